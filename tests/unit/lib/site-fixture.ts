/**
 * Small, valid site data for testing the pure rules without a build: one article whose text holds every quote,
 * one park with a figure and a sector, the home and peer provinces, one sector, one glossary term. Each maker
 * takes overrides, so a test changes only what it is about.
 */
import { siteData } from '../../../src/lib/normalise.ts';
import { parseNarrative } from '../../../src/lib/narrative/tree.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';
import type { Article, Content, Fact, GlossaryTerm, Narrative, Province, Sector, SiteData, Zone } from '../../../src/lib/types.ts';

export const ARTICLE_TEXT = [
  'KCN Mẫu có diện tích 73,5 ha.',
  'Tổng số lao động làm việc tại KCN hiện có 775 người.',
  'Tỉnh ưu tiên thu hút các dự án chế biến gỗ vào KCN Mẫu.',
  'Toàn tỉnh có 27 cụm công nghiệp với tổng diện tích 903,4 ha.',
];

export function makeArticle(over: Partial<Article> = {}): Article {
  const paragraphs = ARTICLE_TEXT.map((text) => ({ kind: 'text' as const, text }));
  return {
    file: 'seeds/900_mau.txt',
    slug: 'bai-mau',
    title: 'Phát triển KCN Mẫu',
    titleSource: 'page',
    publisher: 'Báo Mẫu',
    date: '2022-02-21',
    dateInferred: false,
    tags: [],
    paragraphs,
    text: ['Phát triển KCN Mẫu', ...ARTICLE_TEXT].join(' '),
    en: { title: 'Developing Mẫu Industrial Park', summary: 'The park covers 73.5 ha.' },
    missing: [],
    ...over,
  };
}

export function makeFact(over: Partial<Fact> = {}): Fact {
  return {
    id: 'area',
    metric: 'area',
    value: 73.5,
    unit: 'ha',
    qualifier: 'exact',
    label: { vi: 'Diện tích', en: 'Area' },
    source: 'bai-mau',
    quote: 'KCN Mẫu có diện tích 73,5 ha',
    topic: 'land',
    ...over,
  };
}

export function makeZone(over: Partial<Zone> = {}): Zone {
  return {
    id: 'mau',
    file: 'src/content/zones/mau.yaml',
    kind: 'park',
    order: 1,
    name: { vi: 'Khu công nghiệp Mẫu', en: 'Mẫu Industrial Park' },
    shortName: { vi: 'KCN Mẫu', en: 'Mẫu IP' },
    location: { vi: 'huyện Chợ Mới, tỉnh Bắc Kạn', en: 'Chợ Mới district, Bắc Kạn province' },
    summary: { vi: 'KCN Mẫu là khu công nghiệp mẫu.', en: 'Mẫu is a sample park.' },
    facts: [makeFact()],
    status: [],
    sectors: [{ sector: 'wood-processing', source: 'bai-mau', quote: 'Tỉnh ưu tiên thu hút các dự án chế biến gỗ' }],
    tenants: [],
    phases: [],
    ...over,
  };
}

/** A second zone: a cluster with no figures and no sectors (the sources give few for clusters). */
export function makeCluster(over: Partial<Zone> = {}): Zone {
  return makeZone({
    id: 'na-ri',
    file: 'src/content/zones/na-ri.yaml',
    kind: 'cluster',
    order: 2,
    name: { vi: 'Cụm công nghiệp Na Rì', en: 'Na Rì Industrial Cluster' },
    shortName: { vi: 'CCN Na Rì', en: 'Na Rì IC' },
    location: { vi: 'huyện Na Rì, tỉnh Bắc Kạn', en: 'Na Rì district, Bắc Kạn province' },
    summary: { vi: 'CCN Na Rì là cụm mẫu.', en: 'Na Rì is a sample cluster.' },
    facts: [],
    sectors: [],
    ...over,
  });
}

export function makeProvince(over: Partial<Province> = {}): Province {
  const role = over.role ?? 'home';
  return {
    id: role === 'home' ? 'bac-kan' : 'bac-giang',
    file: `src/content/provinces/${role === 'home' ? 'bac-kan' : 'bac-giang'}.yaml`,
    kind: 'province',
    role,
    name: role === 'home' ? { vi: 'Tỉnh Bắc Kạn', en: 'Bắc Kạn province' } : { vi: 'Tỉnh Bắc Giang', en: 'Bắc Giang province' },
    nowPartOf: role === 'home' ? { vi: 'tỉnh Thái Nguyên', en: 'Thái Nguyên province' } : { vi: 'tỉnh Bắc Ninh', en: 'Bắc Ninh province' },
    summary: { vi: 'Tỉnh mẫu.', en: 'A sample province.' },
    facts: [],
    status: [],
    sectors: [],
    ...over,
  };
}

export function makeSector(over: Partial<Sector> = {}): Sector {
  return {
    id: 'wood-processing',
    file: 'src/content/sectors.yaml',
    name: { vi: 'Chế biến gỗ', en: 'Wood processing' },
    isic: ['16'],
    description: { vi: 'Chế biến gỗ và sản phẩm từ gỗ.', en: 'Wood and wood products.' },
    ...over,
  };
}

export function makeTerm(over: Partial<GlossaryTerm> = {}): GlossaryTerm {
  return { id: 'kcn', file: 'src/content/glossary.yaml', term: 'KCN', expansion: 'khu công nghiệp', vi: 'Khu công nghiệp.', en: 'Industrial park.', ...over };
}

/** Valid content: every quote occurs in the article, every reference resolves, one home and one peer province. */
export function makeContent(over: Partial<Content> = {}): Content {
  const content = {
    articles: [makeArticle()],
    zones: [makeZone()],
    provinces: [makeProvince({ role: 'peer' }), makeProvince({ role: 'home' })],
    sectors: [makeSector()],
    glossary: [makeTerm()],
    ...over,
  };
  return { ...content, narratives: over.narratives ?? narrativesOf([...content.zones, ...content.provinces]) };
}

/** A narrative in each language for each owner, as the narratives collection gives them. */
export function narrativesOf(owners: readonly { id: string }[]): Narrative[] {
  return owners.flatMap((o) =>
    LOCALES.map((lang) => ({ owner: o.id, lang, file: `src/content/narratives/${o.id}/${lang}.mdx`, tree: parseNarrative('Overview.').tree })),
  );
}

/** The checked site built from `makeContent(over)`, as the build would hand it to the routes. */
export function makeSite(over: Partial<Content> = {}): SiteData {
  return siteData(makeContent(over));
}
