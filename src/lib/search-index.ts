/**
 * What the site search covers: every zone, sector, source article, glossary term and reference page, with
 * its title and a one-line description in both languages and the rest of its text to match against.
 */
import { useT } from '../i18n/index.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import type { Route } from './routes.ts';
import { searchKey, type IndexedEntry } from './search.ts';
import { sectorUsers } from './sectors.ts';
import { cutAtWord } from './text.ts';
import { paths } from './urls.ts';
import type { Bilingual, SiteData } from './types.ts';

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

/** A search result's one-line description, in characters. */
const BLURB_MAX = 180;
const excerpt = (text: string) => cutAtWord(text, BLURB_MAX);

const both = (make: (lang: Locale) => string): Bilingual => ({ vi: make('vi'), en: make('en') });

/** What a zone, sector or source page is found by, besides its title. */
function entityEntry(route: Route, site: Pick<SiteData, 'owners' | 'sector'>): Pick<SearchEntry, 'kind' | 'id' | 'blurb' | 'text'> | undefined {
  switch (route.kind) {
    case 'zone': {
      const zone = route.entity;
      return {
        id: `zone:${zone.id}`,
        kind: zone.kind,
        blurb: zone.location,
        text: [
          zone.shortName.vi,
          zone.shortName.en,
          zone.summary.vi,
          zone.summary.en,
          ...zone.sectors.flatMap((s) => Object.values(site.sector(s.sector).name)),
          ...zone.tenants.map((tenant) => tenant.name),
          ...zone.facts.flatMap((f) => [f.label.vi, f.label.en]),
          ...zone.status.flatMap((s) => [s.text.vi, s.text.en]),
        ],
      };
    }
    case 'sector': {
      const sector = route.entity;
      return {
        id: `sector:${sector.id}`,
        kind: 'sector',
        blurb: both((l) => excerpt(sector.description[l])),
        text: [
          sector.description.vi,
          sector.description.en,
          ...sector.isic.map((code) => `ISIC ${code}`),
          ...sectorUsers(site, sector.id).flatMap((u) => (u.link.scope ? [u.link.scope.vi, u.link.scope.en] : [])),
        ],
      };
    }
    case 'source': {
      const article = route.entity;
      const body = article.paragraphs.filter((p) => p.kind === 'text').map((p) => p.text);
      return {
        id: `source:${article.slug}`,
        kind: 'source',
        blurb: { vi: excerpt(body[0] ?? ''), en: article.en?.summary ? excerpt(article.en.summary) : useT('en')('search.summaryPending') },
        text: [...body, article.en?.summary ?? '', article.publisher ?? '', article.byline ?? '', ...article.tags],
      };
    }
    default:
      return undefined;
  }
}

/**
 * The search entries, from the routes the search lists (zones, sectors, sources, then the reference pages, in
 * page-list order) and the glossary terms between them; titles in both languages come from the routes.
 */
export function searchEntries(routes: readonly Route[], site: Pick<SiteData, 'owners' | 'sector' | 'glossary'>): SearchEntry[] {
  const byPath = (lang: Locale) => new Map(routes.filter((r) => r.lang === lang).map((r) => [r.path, r]));
  const langs = Object.fromEntries(LOCALES.map((l) => [l, byPath(l)])) as Record<Locale, Map<string, Route>>;
  const listed = routes.filter((r) => r.lang === LOCALES[0] && r.search);
  const title = (path: string) => both((l) => langs[l].get(path)!.title);
  const entities = listed.flatMap((route): SearchEntry[] => {
    const entry = entityEntry(route, site);
    return entry ? [{ ...entry, path: route.path, title: title(route.path) }] : [];
  });
  const terms = site.glossary.map((term): SearchEntry => ({
    id: `term:${term.id}`,
    kind: 'term',
    path: `${paths.glossary()}#${term.id}`,
    title: { vi: term.term, en: term.term },
    blurb: { vi: excerpt(term.vi), en: excerpt(term.en) },
    text: [term.expansion, term.vi, term.en],
  }));
  const pages = listed
    .filter((route) => route.search === 'page')
    .map((route): SearchEntry => ({
      id: `page:${route.kind}`,
      kind: 'page',
      path: route.path,
      title: title(route.path),
      blurb: both((l) => langs[l].get(route.path)!.description),
      text: [],
    }));
  return [...entities, ...terms, ...pages];
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
