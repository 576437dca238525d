/**
 * The route table: which pages exist in which language, under which path, and what each page says about itself
 * (title, description, share card, alternates, search listing). Built from a small fixture site; every expected
 * value is written out by hand from src/i18n/*.json and the rules in src/lib/routes.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales.ts';
import { buildRoutes, NAV, navigation, routesOfKind, searchableCount, type Route, type RouteKind } from '../../src/lib/routes.ts';
import type { Article, Content } from '../../src/lib/types.ts';
import { makeArticle, makeCluster, makeFact, makeProvince, makeSector, makeSite, makeTerm, makeZone } from './lib/site-fixture.ts';

// ---- The fixture site: a park with three headline figures, a cluster, two sectors, two articles, two terms. ----

/** 329 characters of plain text: longer than every description limit (200 for sources, 300 for zones). */
const LONG_PARAGRAPH = 'Cụm công nghiệp Na Rì '.repeat(15).trim();

const projectsFact = makeFact({ id: 'projects', metric: 'projects', value: 12, unit: 'count', label: { vi: 'Dự án', en: 'Projects' }, topic: 'operations' });
const workersFact = makeFact({ id: 'workers', metric: 'workers', value: 775, unit: 'people', label: { vi: 'Lao động', en: 'Workers' }, topic: 'operations' });
const clusterPlanCount = makeFact({
  id: 'cluster-plan-clusters',
  metric: 'zones',
  value: 27,
  unit: 'count',
  label: { vi: 'Số CCN', en: 'Clusters' },
  topic: 'cluster-plan',
});
const clusterPlanArea = makeFact({
  id: 'cluster-plan-total-area',
  metric: 'area',
  value: 903.4,
  unit: 'ha',
  label: { vi: 'Tổng diện tích', en: 'Total area' },
  topic: 'cluster-plan',
});

const park = makeZone({ facts: [makeFact(), projectsFact, workersFact] });
const cluster = makeCluster({
  sectors: [
    { sector: 'wood-processing', source: 'bai-mau', quote: 'Tỉnh ưu tiên thu hút các dự án chế biến gỗ' },
    { sector: 'garments', source: 'bai-mau', quote: 'Tỉnh ưu tiên thu hút các dự án chế biến gỗ' },
  ],
});
const untranslated: Article = makeArticle({
  file: 'seeds/901_chua_dich.txt',
  slug: 'bai-chua-dich',
  title: 'Bài chưa dịch về CCN Na Rì',
  date: undefined,
  period: '2021/2023',
  dateInferred: true,
  paragraphs: [
    { kind: 'title', text: 'Bài chưa dịch về CCN Na Rì' },
    { kind: 'text', text: LONG_PARAGRAPH },
  ],
  en: undefined,
});

const siteContent = {
  articles: [makeArticle(), untranslated],
  zones: [park, cluster],
  provinces: [makeProvince({ role: 'peer' }), makeProvince({ role: 'home', facts: [clusterPlanCount, clusterPlanArea] })],
  sectors: [
    makeSector({ id: 'garments', name: { vi: 'Dệt may', en: 'Garments' }, isic: ['14'], description: { vi: 'May trang phục.', en: 'Wearing apparel.' } }),
    makeSector(),
  ],
  glossary: [makeTerm({ id: 'ccn', term: 'CCN', expansion: 'cụm công nghiệp', vi: 'Cụm công nghiệp.', en: 'Industrial cluster.' }), makeTerm()],
} satisfies Partial<Content>;
const site = makeSite(siteContent);
const routes = buildRoutes(site);

// ---- Helpers ----

const SINGLE_KINDS = [
  'home',
  'plans',
  'compare',
  'zones',
  'sectors',
  'sources',
  'glossary',
  'about',
  'search',
  'notFound',
] as const satisfies readonly RouteKind[];

function routeAt(lang: Locale, path: string, from: readonly Route[] = routes): Route {
  const route = from.find((r) => r.lang === lang && r.path === path);
  if (!route) throw new Error(`no ${lang} route at "${path}"`);
  return route;
}
const inLanguage = (lang: Locale) => routes.filter((r) => r.lang === lang);
const kindsWhere = (test: (route: Route) => boolean) => [...new Set(routes.filter(test).map((r) => r.kind))].sort();

describe('which pages exist', () => {
  it.each(['vi', 'en'] as const)('%s has each single page exactly once', (lang) => {
    for (const kind of SINGLE_KINDS)
      expect(
        inLanguage(lang).filter((r) => r.kind === kind),
        kind,
      ).toHaveLength(1);
  });

  it.each(['vi', 'en'] as const)('%s has one profile per zone, one page per sector and one page per source article', (lang) => {
    const pathsOf = (kind: RouteKind) =>
      inLanguage(lang)
        .filter((r) => r.kind === kind)
        .map((r) => r.path);
    expect(pathsOf('zone')).toEqual(['zones/mau/', 'zones/na-ri/']);
    expect(pathsOf('sector')).toEqual(['sectors/garments/', 'sectors/wood-processing/']);
    expect(pathsOf('source')).toEqual(['sources/bai-mau/', 'sources/bai-chua-dich/']);
  });

  it('has 16 pages per language (10 single pages, 2 zones, 2 sectors, 2 sources) and nothing else', () => {
    expect(routes).toHaveLength(32);
    expect(inLanguage('vi')).toHaveLength(16);
    expect(inLanguage('en')).toHaveLength(16);
  });

  it('lists each language under the same paths, in page-list order', () => {
    const expected = [
      '',
      'zones/mau/',
      'zones/na-ri/',
      'sectors/garments/',
      'sectors/wood-processing/',
      'sources/bai-mau/',
      'sources/bai-chua-dich/',
      'plans/',
      'compare/',
      'zones/',
      'sectors/',
      'sources/',
      'glossary/',
      'about/',
      'search/',
      '404.html',
    ];
    expect(inLanguage('vi').map((r) => r.path)).toEqual(expected);
    expect(inLanguage('en').map((r) => r.path)).toEqual(expected);
  });

  it('routesOfKind picks the pages of one kind, with their entity', () => {
    expect(routesOfKind(routes, 'zone').map((r) => `${r.lang}:${r.entity.id}`)).toEqual(['vi:mau', 'vi:na-ri', 'en:mau', 'en:na-ri']);
    expect(routesOfKind(routes, 'source').map((r) => `${r.lang}:${r.entity.slug}`)).toEqual([
      'vi:bai-mau',
      'vi:bai-chua-dich',
      'en:bai-mau',
      'en:bai-chua-dich',
    ]);
    expect(routesOfKind(routes, 'notFound').map((r) => r.path)).toEqual(['404.html', '404.html']);
  });
});

describe('page-file parameters', () => {
  it('gives zone and source pages a slug, sector pages an id', () => {
    expect(routeAt('en', 'zones/na-ri/').params).toEqual({ lang: 'en', slug: 'na-ri' });
    expect(routeAt('vi', 'sources/bai-mau/').params).toEqual({ lang: 'vi', slug: 'bai-mau' });
    expect(routeAt('vi', 'sectors/garments/').params).toEqual({ lang: 'vi', id: 'garments' });
  });

  it('gives every other page only its language', () => {
    for (const path of ['', 'plans/', 'compare/', 'zones/', 'sectors/', 'sources/', 'glossary/', 'about/', 'search/', '404.html']) {
      expect(routeAt('en', path).params, path).toEqual({ lang: 'en' });
      expect(routeAt('vi', path).params, path).toEqual({ lang: 'vi' });
    }
  });
});

describe('titles and descriptions', () => {
  it('titles a zone profile with the zone name in the page language', () => {
    expect(routeAt('vi', 'zones/mau/').title).toBe('Khu công nghiệp Mẫu');
    expect(routeAt('en', 'zones/mau/').title).toBe('Mẫu Industrial Park');
  });

  it('describes a zone by name, kind, location and summary', () => {
    expect(routeAt('en', 'zones/mau/').description).toBe('Mẫu Industrial Park, industrial park in Chợ Mới district, Bắc Kạn province. Mẫu is a sample park.');
    expect(routeAt('vi', 'zones/na-ri/').description).toBe('Cụm công nghiệp Na Rì, cụm công nghiệp tại huyện Na Rì, tỉnh Bắc Kạn. CCN Na Rì là cụm mẫu.');
  });

  /** A share text cut from `full`: at most 160 characters, ending in "…" right after a whole word of `full`. */
  const expectCutAtWord = (description: string, full: string) => {
    expect(full.length).toBeGreaterThan(160);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description.endsWith('…')).toBe(true);
    const kept = description.slice(0, -1);
    expect(full.startsWith(kept)).toBe(true);
    expect(full[kept.length], 'the cut falls between words').toMatch(/\s/u);
  };

  it('cuts a zone description after a whole word, at most 160 characters with "…"', () => {
    const longSite = makeSite({ zones: [makeZone({ summary: { vi: LONG_PARAGRAPH, en: LONG_PARAGRAPH } })] });
    const description = routeAt('en', 'zones/mau/', buildRoutes(longSite)).description;
    expectCutAtWord(description, `Mẫu Industrial Park, industrial park in Chợ Mới district, Bắc Kạn province. ${LONG_PARAGRAPH}`);
  });

  it("titles a source page in English with the article's English title", () => {
    expect(routeAt('en', 'sources/bai-mau/').title).toBe('Developing Mẫu Industrial Park');
    expect(routeAt('vi', 'sources/bai-mau/').title).toBe('Phát triển KCN Mẫu');
  });

  it('falls back to the Vietnamese title for an article with no English title', () => {
    expect(routeAt('en', 'sources/bai-chua-dich/').title).toBe('Bài chưa dịch về CCN Na Rì');
  });

  it('describes a source by its English summary in English and its first text paragraph in Vietnamese', () => {
    expect(routeAt('en', 'sources/bai-mau/').description).toBe('The park covers 73.5 ha.');
    expect(routeAt('vi', 'sources/bai-mau/').description).toBe('KCN Mẫu có diện tích 73,5 ha.');
  });

  it('skips the headline paragraph and cuts a source description after a whole word', () => {
    for (const lang of ['vi', 'en'] as const) expectCutAtWord(routeAt(lang, 'sources/bai-chua-dich/').description, LONG_PARAGRAPH);
  });

  it('takes the reference pages’ titles and descriptions from the UI strings', () => {
    expect(routeAt('en', 'plans/').title).toBe('Plans and results');
    expect(routeAt('vi', 'compare/').title).toBe('So sánh với Bắc Giang');
    expect(routeAt('en', 'glossary/').description).toBe('Vietnamese terms and abbreviations used in the sources, with their English equivalents.');
    expect(routeAt('vi', '404.html').title).toBe('Không tìm thấy trang');
    expect(routeAt('en', '404.html').description).toBe('This page does not exist or has moved.');
    expect(routeAt('en', 'sectors/garments/').description).toBe('Garments: Wearing apparel.');
  });
});

describe('page flags', () => {
  it('marks zone profiles and source pages as articles for Open Graph, every other page as a website', () => {
    expect(kindsWhere((r) => r.ogType === 'article')).toEqual(['source', 'zone']);
    expect(kindsWhere((r) => r.ogType === 'website')).toEqual([
      'about',
      'compare',
      'glossary',
      'home',
      'notFound',
      'plans',
      'search',
      'sector',
      'sectors',
      'sources',
      'zones',
    ]);
  });

  it('keeps only the 404 pages out of search engines', () => {
    expect(kindsWhere((r) => r.noindex)).toEqual(['notFound']);
  });

  it('prints a QR code on zone profiles and the plans page only', () => {
    expect(kindsWhere((r) => r.qr)).toEqual(['plans', 'zone']);
  });

  it('lists zones, sectors and sources by their kind and the reference pages as pages in the search; never home, search or 404', () => {
    expect(kindsWhere((r) => r.search !== undefined && r.search.kind !== 'page')).toEqual(['sector', 'source', 'zone']);
    expect(kindsWhere((r) => r.search?.kind === 'page')).toEqual(['about', 'compare', 'glossary', 'plans', 'sectors', 'sources', 'zones']);
    expect(kindsWhere((r) => r.search === undefined)).toEqual(['home', 'notFound', 'search']);
  });
});

describe('language alternates', () => {
  it('links every page to itself in every language, under the same path, named in that language', () => {
    for (const route of routes) {
      expect(route.alternates, `${route.lang}:${route.path}`).toEqual([
        { lang: 'vi', path: route.path, name: 'Tiếng Việt' },
        { lang: 'en', path: route.path, name: 'English' },
      ]);
    }
  });
});

describe('structured data', () => {
  it('describes a zone profile as a schema.org Place whose url is the absolute profile URL', () => {
    expect(routeAt('en', 'zones/mau/').jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Place',
      name: 'Mẫu Industrial Park',
      url: 'https://zone-briefs.example.org/en/zones/mau/',
    });
    expect(routeAt('vi', 'zones/na-ri/').jsonLd).toMatchObject({
      '@type': 'Place',
      name: 'Cụm công nghiệp Na Rì',
      url: 'https://zone-briefs.example.org/vi/zones/na-ri/',
    });
  });

  it('gives no JSON-LD to any other page', () => {
    expect(kindsWhere((r) => r.jsonLd !== undefined)).toEqual(['zone']);
  });
});

describe('share cards', () => {
  it('names each card after its page: og/<lang>/<path>.png, "home" for the home page, "404" for the 404 page', () => {
    expect(routeAt('en', '').card.path).toBe('og/en/home.png');
    expect(routeAt('vi', '404.html').card.path).toBe('og/vi/404.png');
    expect(routeAt('en', 'zones/mau/').card.path).toBe('og/en/zones/mau.png');
    expect(routeAt('vi', 'sources/bai-mau/').card.path).toBe('og/vi/sources/bai-mau.png');
    expect(routeAt('en', 'sectors/').card.path).toBe('og/en/sectors.png');
  });

  it('gives every card its own path, the page title and the page language', () => {
    expect(new Set(routes.map((r) => r.card.path)).size).toBe(routes.length);
    for (const route of routes) {
      expect(route.card.title).toBe(route.title);
      expect(route.card.lang).toBe(route.lang);
    }
  });

  it('prints the kind of page in the card language', () => {
    expect(routeAt('en', 'zones/mau/').card.kind).toBe('Industrial park');
    expect(routeAt('en', 'zones/na-ri/').card.kind).toBe('Industrial cluster');
    expect(routeAt('vi', 'zones/mau/').card.kind).toBe('Khu công nghiệp');
    expect(routeAt('en', 'sectors/garments/').card.kind).toBe('Priority sector');
    expect(routeAt('vi', 'sources/bai-mau/').card.kind).toBe('Bài báo nguồn');
    expect(routeAt('en', '').card.kind).toBe('Overview');
    expect(routeAt('en', 'plans/').card.kind).toBe('Plans and results');
    expect(routeAt('en', 'compare/').card.kind).toBe('Comparison');
    expect(routeAt('en', 'glossary/').card.kind).toBe('Reference');
    expect(routeAt('vi', '404.html').card.kind).toBe('Tham khảo');
  });

  it('prints the province line and the site name on every card', () => {
    expect(routeAt('en', 'about/').card.province).toBe('Bắc Kạn province · now part of Thái Nguyên');
    expect(routeAt('vi', 'about/').card.province).toBe('Tỉnh Bắc Kạn · nay thuộc tỉnh Thái Nguyên');
    expect(routeAt('vi', 'about/').card.siteName).toBe('Zone Briefs · Bắc Kạn');
  });

  it('draws at most two figures on any card', () => {
    for (const route of routes) expect(route.card.figures.length, `${route.lang}:${route.path}`).toBeLessThanOrEqual(2);
  });

  it('drops figures beyond the second, even when a page offers more', () => {
    // A home province that lists its planned cluster count twice offers the plans card three figures.
    const crowded = makeSite({
      ...siteContent,
      provinces: [makeProvince({ role: 'peer' }), makeProvince({ role: 'home', facts: [clusterPlanCount, clusterPlanCount, clusterPlanArea] })],
    });
    expect(routeAt('en', 'plans/', buildRoutes(crowded)).card.figures).toEqual([
      { label: 'Clusters planned', value: '27' },
      { label: 'Clusters planned', value: '27' },
    ]);
  });

  it("shows a park's first two headline figures, area first, in the card language's number format", () => {
    expect(routeAt('vi', 'zones/mau/').card.figures).toEqual([
      { label: 'Diện tích', value: '73,5 ha' },
      { label: 'Dự án', value: '12' },
    ]);
    expect(routeAt('en', 'zones/mau/').card.figures).toEqual([
      { label: 'Area', value: '73.5 ha' },
      { label: 'Projects', value: '12' },
    ]);
  });

  it("shows a cluster's district and, without a headline figure, its sourced status: established before plan approved", () => {
    const status = (id: string) => ({ id, text: { vi: 'Trạng thái.', en: 'Status.' }, source: 'bai-mau', quote: 'Tỉnh ưu tiên thu hút các dự án chế biến gỗ' });
    const withStatus = (...ids: string[]) => buildRoutes(makeSite({ ...siteContent, zones: [park, makeCluster({ ...cluster, status: ids.map(status) })] }));
    expect(routeAt('en', 'zones/na-ri/', withStatus('detailed-plan-1-500-approved')).card.figures).toEqual([
      { label: 'Location', value: 'Na Rì district' },
      { label: 'Status', value: '1/500 plan approved' },
    ]);
    expect(routeAt('vi', 'zones/na-ri/', withStatus('detailed-plan-1-500-approved', 'established')).card.figures).toEqual([
      { label: 'Địa điểm', value: 'huyện Na Rì' },
      { label: 'Tình trạng', value: 'Đã thành lập' },
    ]);
    const measured = buildRoutes(
      makeSite({ ...siteContent, zones: [park, makeCluster({ ...cluster, facts: [makeFact({ quote: 'CCN Na Rì có diện tích 73,5 ha' })] })] }),
    );
    expect(routeAt('en', 'zones/na-ri/', measured).card.figures[1]).toEqual({ label: 'Area', value: '73.5 ha' });
  });

  it('says on a sector card how many parks and clusters (and which provinces) give it priority', () => {
    expect(routeAt('en', 'sectors/wood-processing/').card.figures[0]).toEqual({ label: 'Priority in', value: '1 park · 1 cluster' });
    expect(routeAt('vi', 'sectors/garments/').card.figures[0]).toEqual({ label: 'Ưu tiên tại', value: '1 CCN' });
    const provincial = buildRoutes(
      makeSite({
        ...siteContent,
        provinces: [
          makeProvince({ role: 'peer', sectors: [{ sector: 'garments', source: 'bai-mau', quote: 'Tỉnh ưu tiên thu hút các dự án chế biến gỗ' }] }),
          siteContent.provinces[1]!,
        ],
      }),
    );
    expect(routeAt('en', 'sectors/garments/', provincial).card.figures[0]).toEqual({ label: 'Priority in', value: '1 cluster · Bắc Giang province' });
  });

  it("shows a cluster's district and its number of priority sectors when the sources give no figure or status", () => {
    expect(routeAt('en', 'zones/na-ri/').card.figures).toEqual([
      { label: 'Location', value: 'Na Rì district' },
      { label: 'Priority sectors', value: '2' },
    ]);
    expect(routeAt('vi', 'zones/na-ri/').card.figures).toEqual([
      { label: 'Địa điểm', value: 'huyện Na Rì' },
      { label: 'Ngành ưu tiên', value: '2' },
    ]);
  });

  it("shows the home province's planned cluster figures on the plans card", () => {
    expect(routeAt('en', 'plans/').card.figures).toEqual([
      { label: 'Clusters planned', value: '27' },
      { label: 'Cluster area planned', value: '903.4 ha' },
    ]);
  });

  it('shows the number of parks and clusters and the planned cluster area on the home card', () => {
    const secondCluster = makeZone({ ...cluster, id: 'cho-moi', order: 3 });
    const homeRoutes = buildRoutes(makeSite({ ...siteContent, zones: [park, cluster, secondCluster] }));
    expect(routeAt('en', '', homeRoutes).card.figures).toEqual([
      { label: 'Zones profiled', value: '1 park · 2 clusters' },
      { label: 'Cluster area planned', value: '903.4 ha' },
    ]);
    expect(routeAt('vi', '', homeRoutes).card.figures).toEqual([
      { label: 'Khu, cụm có hồ sơ', value: '1 KCN · 2 CCN' },
      { label: 'Diện tích CCN quy hoạch', value: '903,4 ha' },
    ]);
  });

  it('counts parks and clusters in correct English plurals on the home card', () => {
    const twoParksOneCluster = buildRoutes(makeSite({ ...siteContent, zones: [park, makeZone({ ...park, id: 'mau-2', order: 2 }), cluster] }));
    expect(routeAt('en', '', twoParksOneCluster).card.figures[0]).toEqual({ label: 'Zones profiled', value: '2 parks · 1 cluster' });
  });

  it("shows a source's date (marked when inferred) and how many figures on the site come from it", () => {
    // bai-mau backs the park's three figures and the home province's two.
    expect(routeAt('en', 'sources/bai-mau/').card.figures).toEqual([
      { label: 'Date', value: '21 February 2022' },
      { label: 'Sourced figures', value: '5' },
    ]);
    expect(routeAt('vi', 'sources/bai-chua-dich/').card.figures).toEqual([
      { label: 'Ngày', value: '2021–2023 (suy ra)' },
      { label: 'Số liệu có nguồn', value: '0' },
    ]);
  });

  it('counts zones, sectors, articles, glossary terms and the 7 reference pages as searchable', () => {
    // 2 zones + 2 sectors + 2 articles + 2 terms + plans, compare, zones, sectors, sources, glossary, about.
    expect(searchableCount(site)).toBe(15);
    expect(routeAt('en', 'search/').card.figures).toEqual([{ label: 'Search across', value: '15 pages and terms' }]);
    expect(routeAt('vi', 'search/').card.figures).toEqual([{ label: 'Tìm kiếm trong', value: '15 trang và thuật ngữ' }]);
  });

  it('draws no figure on the 404 card', () => {
    expect(routeAt('en', '404.html').card.figures).toEqual([]);
  });
});

describe('the menu', () => {
  it('lists overview, parks and clusters, sectors, plans, comparison, sources, glossary, method and search, in that order', () => {
    expect(NAV).toEqual(['home', 'zones', 'sectors', 'plans', 'compare', 'sources', 'glossary', 'about', 'search']);
  });

  it("gives each menu entry its page's path and title (one name wherever a page is linked), in NAV's order", () => {
    expect(navigation(routes, 'en')).toEqual([
      { kind: 'home', path: '', title: 'Bắc Kạn: industrial parks and clusters' },
      { kind: 'zones', path: 'zones/', title: 'Parks and clusters' },
      { kind: 'sectors', path: 'sectors/', title: 'Priority sectors' },
      { kind: 'plans', path: 'plans/', title: 'Plans and results' },
      { kind: 'compare', path: 'compare/', title: 'Comparison with Bắc Giang' },
      { kind: 'sources', path: 'sources/', title: 'Source articles' },
      { kind: 'glossary', path: 'glossary/', title: 'Glossary' },
      { kind: 'about', path: 'about/', title: 'Method and sources' },
      { kind: 'search', path: 'search/', title: 'Search' },
    ]);
    expect(navigation(routes, 'vi').map((item) => item.title)).toEqual([
      'Bắc Kạn: khu và cụm công nghiệp',
      'Khu và cụm công nghiệp',
      'Ngành ưu tiên',
      'Quy hoạch và kết quả',
      'So sánh với Bắc Giang',
      'Bài báo nguồn',
      'Thuật ngữ',
      'Phương pháp và nguồn',
      'Tìm kiếm',
    ]);
  });

  it('builds the menu of one language only', () => {
    expect(navigation(inLanguage('vi'), 'en')).toEqual([]);
  });
});
