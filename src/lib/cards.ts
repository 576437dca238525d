import type { OgCard } from '../og/card.ts';
import { useT } from '../i18n/index.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { articleWhen, factValue, keyFacts } from './facts.ts';
import { formatNumber } from './format.ts';
import { sectorUsers } from './sectors.ts';
import { getGlossary, getSearchEntries } from './site.ts';
import { usesOfArticle } from './sources.ts';
import { ogImagePath, paths } from './urls.ts';
import type { Fact, SiteData } from './types.ts';

/**
 * The share card of every page, in its own language: the same titles the pages use, the page's kind, and one
 * or two key figures formatted for the language. A figure the sources disagree on shows all its values.
 */
export async function allCards(site: SiteData): Promise<OgCard[]> {
  const [glossary, searchable] = await Promise.all([getGlossary(), getSearchEntries()]);
  return LOCALES.flatMap((lang) => cardsFor(site, lang, glossary.length, searchable.length));
}

function cardsFor(site: SiteData, lang: Locale, glossaryTerms: number, searchable: number): OgCard[] {
  const t = useT(lang);
  const home = site.provinces.find((p) => p.role === 'home')!;
  const peer = site.provinces.find((p) => p.role === 'peer')!;
  const articles = new Map(site.articles.map((a) => [a.slug, a]));
  const n = (v: number) => formatNumber(lang, v);
  // Card labels are short (a thumbnail has room for a few words): one per metric, or named for the figure.
  const figure = (group: Fact[], label = t(`og.metric.${group[0]!.metric}`)) => ({
    label,
    value: [...new Set(group.map((f) => factValue(f, lang, t).text))].join(' / '),
  });
  const fact = (owner: { facts: Fact[] }, id: string, label: string) => owner.facts.filter((f) => f.id === id).map((f) => figure([f], label));
  const card = (path: string, title: string, kind: string, figures: OgCard['figures']): OgCard => ({
    lang,
    path: ogImagePath(lang, path),
    title,
    kind,
    figures: figures.slice(0, 2),
    province: t('og.province'),
    siteName: t('site.name'),
  });
  const zoneCount = (kind: 'park' | 'cluster') => site.zones.filter((z) => z.kind === kind).length;

  return [
    card(paths.home(), t('home.title'), t('kind.overview'), [
      { label: t('og.zones'), value: t('og.zoneCount', { parks: zoneCount('park'), clusters: zoneCount('cluster') }) },
      ...fact(home, 'cluster-plan-total-area', t('og.label.clusterArea')),
    ]),
    ...site.zones.map((zone) => {
      const sectors = new Set(zone.sectors.map((s) => s.sector)).size;
      const figures = zone.kind === 'park'
        ? keyFacts(zone.facts, 2).map((group) => figure(group))
        : [{ label: t('og.location'), value: zone.location[lang].split(',')[0]! }, { label: t('zone.sectors'), value: n(sectors) }];
      return card(paths.zone(zone.id), zone.name[lang], t(`kind.${zone.kind}`), figures);
    }),
    card(paths.sectors(), t('sectors.title'), t('kind.page'), [{ label: t('sectors.title'), value: n(site.sectors.length) }]),
    ...site.sectors.map((sector) => {
      const users = new Set(sectorUsers(site, sector.id).map((u) => u.owner.id)).size;
      return card(paths.sector(sector.id), sector.name[lang], t('kind.sector'), [
        { label: t('sectors.prioritisedBy'), value: t('og.places', { count: users }) },
        ...(sector.isic.length ? [{ label: 'ISIC Rev.4', value: sector.isic.join(', ') }] : []),
      ]);
    }),
    card(paths.plans(), t('plans.title'), t('kind.plans'), [...fact(home, 'cluster-plan-clusters', t('og.label.clustersPlanned')), ...fact(home, 'cluster-plan-total-area', t('og.label.clusterArea'))]),
    card(paths.compare(), t('compare.title'), t('kind.compare'), [...fact(peer, 'parks-established', t('og.label.parksEstablished')), ...fact(peer, 'parks-occupancy', t('og.label.parkOccupancy'))]),
    card(paths.sources(), t('sources.title'), t('kind.page'), [{ label: t('sources.title'), value: n(site.articles.length) }]),
    ...site.articles.map((article) => card(paths.source(article.slug), lang === 'en' ? (article.en?.title ?? article.title) : article.title, t('kind.source'), [
      { label: t('source.date'), value: articleWhen(article, lang, t) },
      { label: t('og.figures'), value: n(usesOfArticle(site, article.slug).filter((u) => u.what === 'fact').length) },
    ])),
    card(paths.glossary(), t('glossary.title'), t('kind.page'), [{ label: t('og.terms'), value: n(glossaryTerms) }]),
    card(paths.about(), t('about.title'), t('kind.page'), [{ label: t('og.figures'), value: n([...site.zones, ...site.provinces].flatMap((o) => o.facts).length) }, { label: t('og.articles'), value: n(articles.size) }]),
    card(paths.search(), t('search.title'), t('kind.page'), [{ label: t('og.searchable'), value: n(searchable) }]),
    card('404.html', t('notFound.title'), t('kind.page'), []),
  ];
}
