/**
 * What the site search covers: every zone, sector, source article, glossary term and reference page, with
 * its title and a one-line description in both languages and the rest of its text to match against.
 */
import { useT } from '../i18n/index.ts';
import { LOCALES } from '../i18n/locales.ts';
import { searchKey, type IndexedEntry } from './search.ts';
import { sectorUsers } from './sectors.ts';
import { paths } from './urls.ts';
import type { Bilingual, GlossaryTerm, SiteData } from './types.ts';

export type SearchKind = 'park' | 'cluster' | 'sector' | 'source' | 'term' | 'page';

export interface SearchEntry {
  id: string;
  kind: SearchKind;
  /** Path inside a language, as in `paths` (a glossary term adds its anchor). */
  path: string;
  title: Bilingual;
  blurb: Bilingual;
  /** Everything else worth finding the entry by, in either language. */
  text: string[];
}

const BLURB_MAX = 180;

/** The start of a text, cut on a word boundary. */
function excerpt(text: string): string {
  if (text.length <= BLURB_MAX) return text;
  return `${text.slice(0, BLURB_MAX).replace(/\s+\S*$/u, '')} …`;
}

const both = (make: (lang: 'vi' | 'en') => string): Bilingual => ({ vi: make('vi'), en: make('en') });

export function searchEntries(site: SiteData, glossary: readonly GlossaryTerm[]): SearchEntry[] {
  const t = { vi: useT('vi'), en: useT('en') };
  const sectorName = new Map(site.sectors.map((s) => [s.id, s.name]));
  const page = (id: string, path: string, key: string): SearchEntry => ({
    id: `page:${id}`,
    kind: 'page',
    path,
    title: both((l) => t[l](`${key}.title`)),
    blurb: both((l) => t[l](`${key}.description`)),
    text: [],
  });
  return [
    ...site.zones.map((zone): SearchEntry => ({
      id: `zone:${zone.id}`,
      kind: zone.kind,
      path: paths.zone(zone.id),
      title: zone.name,
      blurb: zone.location,
      text: [
        zone.shortName.vi,
        zone.shortName.en,
        zone.summary.vi,
        zone.summary.en,
        ...zone.sectors.flatMap((s) => Object.values(sectorName.get(s.sector)!)),
        ...zone.tenants.map((tenant) => tenant.name),
        ...zone.facts.flatMap((f) => [f.label.vi, f.label.en]),
        ...zone.status.flatMap((s) => [s.text.vi, s.text.en]),
      ],
    })),
    ...site.sectors.map((sector): SearchEntry => ({
      id: `sector:${sector.id}`,
      kind: 'sector',
      path: paths.sector(sector.id),
      title: sector.name,
      blurb: both((l) => excerpt(sector.description[l])),
      text: [
        sector.description.vi,
        sector.description.en,
        ...sector.isic.map((code) => `ISIC ${code}`),
        ...sectorUsers(site, sector.id).flatMap((u) => (u.link.scope ? [u.link.scope.vi, u.link.scope.en] : [])),
      ],
    })),
    ...site.articles.map((article): SearchEntry => {
      const body = article.paragraphs.filter((p) => p.kind === 'text').map((p) => p.text);
      return {
        id: `source:${article.slug}`,
        kind: 'source',
        path: paths.source(article.slug),
        title: { vi: article.title, en: article.en?.title ?? article.title },
        blurb: { vi: excerpt(body[0] ?? ''), en: article.en?.summary ? excerpt(article.en.summary) : t.en('search.summaryPending') },
        text: [...body, article.en?.summary ?? '', article.publisher ?? '', article.byline ?? '', ...article.tags],
      };
    }),
    ...glossary.map((term): SearchEntry => ({
      id: `term:${term.id}`,
      kind: 'term',
      path: `${paths.glossary()}#${term.id}`,
      title: { vi: term.term, en: term.term },
      blurb: { vi: excerpt(term.vi), en: excerpt(term.en) },
      text: [term.expansion, term.vi, term.en],
    })),
    page('plans', paths.plans(), 'plans'),
    page('compare', paths.compare(), 'compare'),
    page('sectors', paths.sectors(), 'sectors'),
    page('sources', paths.sources(), 'sources'),
    page('glossary', paths.glossary(), 'glossary'),
    page('about', paths.about(), 'about'),
  ];
}

/** The index the browser downloads: ids with folded titles and text, both languages together. */
export function searchIndex(entries: readonly SearchEntry[]): IndexedEntry[] {
  return entries.map((e) => ({
    id: e.id,
    titles: [...new Set(LOCALES.map((l) => searchKey(e.title[l])))],
    // Matching looks at word starts only, so each word is needed once.
    text: [...new Set(searchKey([...LOCALES.map((l) => e.blurb[l]), ...e.text].join(' ')).split(' '))].join(' '),
  }));
}
