/**
 * Every page of the site, built once from the checked site data as typed route objects. The pages' getStaticPaths,
 * the OG cards, the QR files, the search filters, the sitemap and the menu all read this one list, so a page and
 * its card, its search filters or its sitemap line cannot drift apart. Pure: the tests build it from fixtures.
 */
import { useT, type T } from '../i18n/index.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { cardFigures, type OgCard } from '../og/index.ts';
import { countFigure, factFigure, sectorPlacesFigure, zoneCountFigure, zoneFigures, type CardFigure } from './cards.ts';
import { formatNumber } from './format.ts';
import { articleTitle, articleWhen } from './facts.ts';
import { usesOfArticle } from './sources.ts';
import { zoneJsonLd } from './structured-data.ts';
import { pageFacets, sectorFacets, sourceFacets, zoneFacets, type SearchFacets } from './search-index.ts';
import { cutAtWord } from './text.ts';
import { ogImagePath, paths } from './urls.ts';
import type { Article, Sector, SiteData, Zone } from './types.ts';

/** What each kind of page is about: a zone, a sector, a source article, or nothing but the site. */
interface Entities {
  home: undefined;
  zone: Zone;
  sector: Sector;
  source: Article;
  plans: undefined;
  compare: undefined;
  zones: undefined;
  sectors: undefined;
  sources: undefined;
  glossary: undefined;
  about: undefined;
  search: undefined;
  notFound: undefined;
}
export type RouteKind = keyof Entities;

/** Share previews (Facebook, Zalo, LinkedIn) show about this many characters of a description. */
const SHARE_TEXT_MAX = 160;

/** The menu entries, in menu order. */
export const NAV = ['home', 'zones', 'sectors', 'plans', 'compare', 'sources', 'glossary', 'about', 'search'] as const satisfies readonly RouteKind[];

interface RouteBase {
  lang: Locale;
  /** Path inside the language, the same in both languages: "zones/thanh-binh/", "" for home, "404.html". */
  path: string;
  /** The page file's parameters ([lang] and its own slug, if any). */
  params: Record<string, string>;
  /** The page's own title (h1, og:title); the <title> adds the site name. */
  title: string;
  /** meta description and og:description: at most SHARE_TEXT_MAX characters, cut after a whole word. */
  description: string;
  ogType: 'website' | 'article';
  /** Not for search engines (the 404 pages): `noindex`, and left out of the sitemap. */
  noindex: boolean;
  /** The share card, rendered to `card.path` (og/<lang>/<path>.png). */
  card: OgCard;
  /** The same page in every language, this one included, with the language's name in itself; `x-default` is the language chooser. */
  alternates: { lang: Locale; path: string; name: string }[];
  /** Prints as a brief with a QR code of its URL (/qr/<lang>/<path>.svg and .png). */
  qr: boolean;
  /** Listed by the site search (its main content is indexed), with the search page's filters; undefined: not searchable. */
  search: SearchFacets | undefined;
  /** schema.org JSON-LD, on profiles. */
  jsonLd: object | undefined;
}

/** One page in one language. `Route<'zone'>` is a zone profile, whose `entity` is the zone. */
export type Route<K extends RouteKind = RouteKind> = K extends RouteKind ? RouteBase & { kind: K; entity: Entities[K] } : never;

/** What building a route's text needs: its language, the translation function and the site. */
export interface RouteContext {
  lang: Locale;
  t: T;
  site: SiteData;
}

/** How one kind of page is made from its entity. */
interface PageDef<K extends RouteKind> {
  /** One page per entity; single pages have the one entity `undefined`. */
  entities: (site: SiteData) => Entities[K][];
  path: (entity: Entities[K]) => string;
  /** The page file's own parameter, besides [lang]. */
  param?: (entity: Entities[K]) => Record<string, string>;
  title: (entity: Entities[K], c: RouteContext) => string;
  description: (entity: Entities[K], c: RouteContext) => string;
  /** The card's kind line (already localised). */
  cardKind: (entity: Entities[K], c: RouteContext) => string;
  /** The card's figures (at most two are drawn). */
  figures: (entity: Entities[K], c: RouteContext) => CardFigure[];
  ogType?: 'article';
  noindex?: true;
  qr?: true;
  search?: (entity: Entities[K], site: SiteData) => SearchFacets;
  /** schema.org data for the page; it repeats the page's short description, not its whole overview. */
  jsonLd?: (entity: Entities[K], lang: Locale, description: string) => object;
}

const single = (): undefined[] => [undefined];
const titled = (key: 'plans' | 'compare' | 'zones' | 'sectors' | 'sources' | 'glossary' | 'about' | 'search') => ({
  entities: single,
  title: (_: undefined, { t }: RouteContext) => t(`${key}.title`),
  description: (_: undefined, { t }: RouteContext) => t(`${key}.description`),
});
const page = (_: undefined, { t }: RouteContext) => t('kind.page');

/** The page list: one definition per kind of page. The menu's order is NAV's. */
const PAGES: { [K in RouteKind]: PageDef<K> } = {
  home: {
    entities: single,
    path: paths.home,
    title: (_, { t }) => t('home.title'),
    description: (_, { t }) => t('home.description'),
    cardKind: (_, { t }) => t('kind.overview'),
    figures: (_, { lang, t, site }) => [zoneCountFigure(site, t), ...factFigure(site.home, 'cluster-plan-total-area', t('og.label.clusterArea'), lang, t)],
  },
  zone: {
    entities: (site) => site.zones,
    path: (zone) => paths.zone(zone.id),
    param: (zone) => ({ slug: zone.id }),
    title: (zone, { lang }) => zone.name[lang],
    description: (zone, { lang, t }) =>
      t('zone.description', {
        name: zone.name[lang],
        kind: t(`kind.${zone.kind}`).toLowerCase(),
        location: zone.location[lang],
        summary: zone.summary[lang],
      }),
    cardKind: (zone, { t }) => t(`kind.${zone.kind}`),
    figures: (zone, { lang, t }) => zoneFigures(zone, lang, t),
    ogType: 'article',
    qr: true,
    search: zoneFacets,
    jsonLd: zoneJsonLd,
  },
  sector: {
    entities: (site) => site.sectors,
    path: (sector) => paths.sector(sector.id),
    param: (sector) => ({ id: sector.id }),
    title: (sector, { lang }) => sector.name[lang],
    description: (sector, { lang }) => `${sector.name[lang]}: ${sector.description[lang]}`,
    cardKind: (_, { t }) => t('kind.sector'),
    figures: (sector, { lang, t, site }) => [
      sectorPlacesFigure(site, sector.id, lang, t),
      ...(sector.isic.length ? [{ label: 'ISIC Rev.4', value: sector.isic.join(', ') }] : []),
    ],
    search: sectorFacets,
  },
  source: {
    entities: (site) => site.articles,
    path: (article) => paths.source(article.slug),
    param: (article) => ({ slug: article.slug }),
    title: (article, { lang }) => articleTitle(article, lang),
    description: (article, { lang }) =>
      (lang === 'en' ? article.en?.summary : undefined) ?? article.paragraphs.find((p) => p.kind === 'text')?.text ?? article.title,
    cardKind: (_, { t }) => t('kind.source'),
    figures: (article, { lang, t, site }) => [
      { label: t('source.date'), value: articleWhen(article, lang, t, 'spelled') },
      countFigure(t('og.figures'), usesOfArticle(site, article.slug).filter((u) => u.what === 'fact').length, lang),
    ],
    ogType: 'article',
    search: sourceFacets,
  },
  plans: {
    ...titled('plans'),
    path: paths.plans,
    cardKind: (_, { t }) => t('kind.plans'),
    figures: (_, { lang, t, site }) => [
      ...factFigure(site.home, 'cluster-plan-clusters', t('og.label.clustersPlanned'), lang, t),
      ...factFigure(site.home, 'cluster-plan-total-area', t('og.label.clusterArea'), lang, t),
    ],
    qr: true,
    search: pageFacets,
  },
  compare: {
    ...titled('compare'),
    path: paths.compare,
    cardKind: (_, { t }) => t('kind.compare'),
    figures: (_, { lang, t, site }) => [
      ...factFigure(site.peer, 'parks-established', t('og.label.parksEstablished'), lang, t),
      ...factFigure(site.peer, 'parks-occupancy', t('og.label.parkOccupancy'), lang, t),
    ],
    search: pageFacets,
  },
  zones: {
    ...titled('zones'),
    path: paths.zones,
    cardKind: page,
    figures: (_, { t, site }) => [zoneCountFigure(site, t)],
    search: pageFacets,
  },
  sectors: {
    ...titled('sectors'),
    path: paths.sectors,
    cardKind: page,
    figures: (_, { lang, t, site }) => [countFigure(t('sectors.title'), site.sectors.length, lang)],
    search: pageFacets,
  },
  sources: {
    ...titled('sources'),
    path: paths.sources,
    cardKind: page,
    figures: (_, { lang, t, site }) => [countFigure(t('sources.title'), site.articles.length, lang)],
    search: pageFacets,
  },
  glossary: {
    ...titled('glossary'),
    path: paths.glossary,
    cardKind: page,
    figures: (_, { lang, t, site }) => [countFigure(t('og.terms'), site.glossary.length, lang)],
    search: pageFacets,
  },
  about: {
    ...titled('about'),
    path: paths.about,
    cardKind: page,
    figures: (_, { lang, t, site }) => [
      countFigure(t('og.figures'), site.owners.flatMap((o) => o.facts).length, lang),
      countFigure(t('og.articles'), site.articles.length, lang),
    ],
    search: pageFacets,
  },
  search: {
    ...titled('search'),
    path: paths.search,
    cardKind: page,
    figures: (_, { lang, t, site }) => [
      { label: t('og.searchIn'), value: t('og.searchable', { count: searchableCount(site), n: formatNumber(lang, searchableCount(site)) }) },
    ],
  },
  notFound: {
    entities: single,
    path: () => '404.html',
    title: (_, { t }) => t('notFound.title'),
    description: (_, { t }) => t('notFound.body'),
    cardKind: page,
    figures: () => [],
    noindex: true,
  },
};

const KINDS = Object.keys(PAGES) as RouteKind[];

/** What the site search finds: the zones, sectors and sources, the reference pages and the glossary terms on one of them. */
export function searchableCount(site: SiteData): number {
  const entries = KINDS.filter((kind) => PAGES[kind].search).reduce((sum, kind) => sum + (PAGES[kind].entities as (s: SiteData) => unknown[])(site).length, 0);
  return entries + site.glossary.length;
}

function routesOf<K extends RouteKind>(kind: K, site: SiteData, c: RouteContext): Route<K>[] {
  const def = PAGES[kind];
  return def.entities(site).map((entity) => {
    const path = def.path(entity);
    const title = def.title(entity, c);
    const card: OgCard = {
      lang: c.lang,
      path: ogImagePath(c.lang, path),
      title,
      kind: def.cardKind(entity, c),
      figures: cardFigures(def.figures(entity, c)),
      province: c.t('og.province'),
      siteName: c.t('site.name'),
    };
    const description = cutAtWord(def.description(entity, c), SHARE_TEXT_MAX);
    const route: RouteBase & { kind: K; entity: Entities[K] } = {
      kind,
      entity,
      lang: c.lang,
      path,
      params: { lang: c.lang, ...def.param?.(entity) },
      title,
      description,
      ogType: def.ogType ?? 'website',
      noindex: def.noindex ?? false,
      card,
      alternates: LOCALES.map((lang) => ({ lang, path, name: useT(lang)('lang.name') })),
      qr: def.qr ?? false,
      search: def.search?.(entity, c.site),
      jsonLd: def.jsonLd?.(entity, c.lang, description),
    };
    return route as Route<K>;
  });
}

/** Every page of the site in every language: each language's pages in page-list order. */
export function buildRoutes(site: SiteData): Route[] {
  return LOCALES.flatMap((lang) => {
    const c: RouteContext = { lang, t: useT(lang), site };
    return KINDS.flatMap((kind) => routesOf(kind, site, c) as Route[]);
  });
}

/** The routes of one kind, narrowed to it. */
export function routesOfKind<K extends RouteKind>(routes: readonly Route[], kind: K): Route<K>[] {
  return routes.filter((r): r is Route<K> => r.kind === kind);
}

export type NavKind = (typeof NAV)[number];
/** A menu entry: the kind of page, its path and its title (a page has one name wherever it is linked). */
export interface NavItem {
  kind: NavKind;
  path: string;
  title: string;
}

/** The menu of one language: NAV's pages, in NAV's order. */
export function navigation(routes: readonly Route[], lang: Locale): NavItem[] {
  return NAV.flatMap((kind) => routes.filter((r) => r.lang === lang && r.kind === kind).map((r) => ({ kind, path: r.path, title: r.title })));
}
