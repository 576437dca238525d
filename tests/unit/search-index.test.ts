/**
 * The site search's entries and the folded index the browser downloads, from the routes of a fixture site:
 * a park and a cluster, two sectors, a translated and an untranslated article, two glossary terms.
 */
import { describe, expect, it } from 'vitest';
import { buildRoutes, type Route } from '../../src/lib/routes.ts';
import { searchEntries, searchIndex, type SearchEntry } from '../../src/lib/search-index.ts';
import { makeArticle, makeCluster, makeSector, makeSite, makeTerm, makeZone } from './lib/site-fixture.ts';

/** Forty numbered words of 6 characters ("mục000" …), 7 with the space: the 180th character falls inside word 25. */
const NUMBERED_WORDS = Array.from({ length: 40 }, (_, i) => `mục${String(i).padStart(3, '0')}`);
const LONG_TEXT = NUMBERED_WORDS.join(' ');
/** What a blurb of LONG_TEXT should read: the 25 whole words before the cut, then "…". */
const LONG_TEXT_BLURB = `${NUMBERED_WORDS.slice(0, 25).join(' ')}…`;

const cluster = makeCluster();
const untranslated = makeArticle({
  slug: 'bai-chua-dich',
  file: 'seeds/901_chua_dich.txt',
  title: 'Bài chưa dịch',
  paragraphs: [
    { kind: 'title', text: 'Bài chưa dịch' },
    { kind: 'text', text: LONG_TEXT },
  ],
  en: undefined,
});
const site = makeSite({
  articles: [makeArticle(), untranslated],
  zones: [makeZone(), cluster],
  sectors: [makeSector({ id: 'garments', name: { vi: 'Dệt may', en: 'Garments' }, description: { vi: LONG_TEXT, en: 'Wearing apparel.' } }), makeSector()],
  glossary: [makeTerm({ id: 'ccn', term: 'CCN', expansion: 'cụm công nghiệp', vi: 'Cụm công nghiệp.', en: 'Industrial cluster.' }), makeTerm()],
});
const routes = buildRoutes(site);
const entries = searchEntries(routes, site);

function entry(id: string, list: readonly SearchEntry[] = entries): SearchEntry {
  const found = list.find((e) => e.id === id);
  if (!found) throw new Error(`no search entry ${id}`);
  return found;
}

/** The routes with one page's title changed in one language: shows where the entries take their titles from. */
function retitled(lang: Route['lang'], path: string, title: string): Route[] {
  return routes.map((r) => (r.lang === lang && r.path === path ? { ...r, title } : r));
}

describe('search entries', () => {
  it('lists zones, sectors, sources, glossary terms, then the reference pages plans, compare, zones, sectors, sources, glossary, about', () => {
    expect(entries.map((e) => e.id)).toEqual([
      'zone:mau',
      'zone:na-ri',
      'sector:garments',
      'sector:wood-processing',
      'source:bai-mau',
      'source:bai-chua-dich',
      'term:ccn',
      'term:kcn',
      'page:plans',
      'page:compare',
      'page:zones',
      'page:sectors',
      'page:sources',
      'page:glossary',
      'page:about',
    ]);
  });

  it('lists nothing for the home, search and 404 pages', () => {
    expect(entries.map((e) => e.path)).not.toContain('');
    expect(entries.map((e) => e.path)).not.toContain('search/');
    expect(entries.map((e) => e.path)).not.toContain('404.html');
  });

  it('tells parks from clusters and gives every other entry its kind', () => {
    expect(entries.map((e) => e.kind)).toEqual([
      'park',
      'cluster',
      'sector',
      'sector',
      'source',
      'source',
      'term',
      'term',
      'page',
      'page',
      'page',
      'page',
      'page',
      'page',
      'page',
    ]);
  });

  it('points each entry at its page; a glossary term at its anchor on the glossary page', () => {
    expect(entry('zone:na-ri').path).toBe('zones/na-ri/');
    expect(entry('sector:garments').path).toBe('sectors/garments/');
    expect(entry('source:bai-mau').path).toBe('sources/bai-mau/');
    expect(entry('term:kcn').path).toBe('glossary/#kcn');
    expect(entry('page:about').path).toBe('about/');
  });

  it('titles entries in both languages', () => {
    expect(entry('zone:mau').title).toEqual({ vi: 'Khu công nghiệp Mẫu', en: 'Mẫu Industrial Park' });
    expect(entry('source:bai-mau').title).toEqual({ vi: 'Phát triển KCN Mẫu', en: 'Developing Mẫu Industrial Park' });
    expect(entry('source:bai-chua-dich').title).toEqual({ vi: 'Bài chưa dịch', en: 'Bài chưa dịch' });
    expect(entry('term:ccn').title).toEqual({ vi: 'CCN', en: 'CCN' });
    expect(entry('page:plans').title).toEqual({ vi: 'Quy hoạch và kết quả', en: 'Plans and results' });
  });

  it("takes each page's titles from its routes", () => {
    expect(entry('zone:mau', searchEntries(retitled('en', 'zones/mau/', 'Renamed park'), site)).title).toEqual({
      vi: 'Khu công nghiệp Mẫu',
      en: 'Renamed park',
    });
    expect(entry('page:compare', searchEntries(retitled('vi', 'compare/', 'Đổi tên'), site)).title).toEqual({ vi: 'Đổi tên', en: 'Comparison with Bắc Giang' });
  });

  it("describes a zone by its location and a reference page by the page's description", () => {
    expect(entry('zone:na-ri').blurb).toEqual({ vi: 'huyện Na Rì, tỉnh Bắc Kạn', en: 'Na Rì district, Bắc Kạn province' });
    expect(entry('page:glossary').blurb).toEqual({
      vi: 'Các thuật ngữ và chữ viết tắt tiếng Việt trong bài báo nguồn, kèm nghĩa tiếng Anh.',
      en: 'Vietnamese terms and abbreviations used in the sources, with their English equivalents.',
    });
  });

  it('describes a source by its first text paragraph in Vietnamese and its English summary in English', () => {
    expect(entry('source:bai-mau').blurb).toEqual({ vi: 'KCN Mẫu có diện tích 73,5 ha.', en: 'The park covers 73.5 ha.' });
  });

  it('says the English summary is pending for a source without one', () => {
    expect(entry('source:bai-chua-dich').blurb.en).toBe('English summary pending.');
  });

  it('cuts a long blurb on a word boundary near 180 characters and marks the cut with "…"', () => {
    expect(LONG_TEXT.length).toBeGreaterThan(180);
    expect(entry('source:bai-chua-dich').blurb.vi).toBe(LONG_TEXT_BLURB);
    expect(entry('sector:garments').blurb).toEqual({ vi: LONG_TEXT_BLURB, en: 'Wearing apparel.' });
  });

  it('describes a glossary term by its definitions and finds it by its expansion', () => {
    expect(entry('term:ccn').blurb).toEqual({ vi: 'Cụm công nghiệp.', en: 'Industrial cluster.' });
    expect(entry('term:ccn').text).toContain('cụm công nghiệp');
  });

  it('finds a zone by its short names, sectors and figure labels', () => {
    expect(entry('zone:mau').text).toEqual(expect.arrayContaining(['KCN Mẫu', 'Mẫu IP', 'Chế biến gỗ', 'Wood processing', 'Diện tích', 'Area']));
  });

  it('finds a source by its whole text and its publisher', () => {
    expect(entry('source:bai-mau').text).toEqual(expect.arrayContaining(['Tổng số lao động làm việc tại KCN hiện có 775 người.', 'Báo Mẫu']));
  });
});

describe('search index', () => {
  const handMade = (over: Partial<SearchEntry>): SearchEntry => ({
    id: 'page:test',
    kind: 'page',
    path: 'test/',
    title: { vi: '', en: '' },
    blurb: { vi: '', en: '' },
    text: [],
    ...over,
  });

  it('folds titles to lower case without diacritics, one per distinct language version', () => {
    const [zone, term] = searchIndex([entry('zone:mau'), entry('term:kcn')]);
    expect(zone).toEqual(expect.objectContaining({ id: 'zone:mau', titles: ['khu cong nghiep mau', 'mau industrial park'] }));
    expect(term).toEqual(expect.objectContaining({ id: 'term:kcn', titles: ['kcn'] }));
  });

  it('folds đ to d and Đ to d', () => {
    const [indexed] = searchIndex([handMade({ title: { vi: 'Đường điện', en: 'Power line' } })]);
    expect(indexed!.titles).toEqual(['duong dien', 'power line']);
  });

  it('indexes blurbs and text as folded words, each word once, punctuation dropped', () => {
    const [indexed] = searchIndex([handMade({ blurb: { vi: 'Điện, nước', en: 'Power; water' }, text: ['điện', 'Nước sạch'] })]);
    expect(indexed).toEqual({ id: 'page:test', titles: [''], text: 'dien nuoc power water sach' });
  });

  it('keeps one index entry per search entry, in order', () => {
    expect(searchIndex(entries).map((e) => e.id)).toEqual(entries.map((e) => e.id));
  });
});
