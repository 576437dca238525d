/**
 * The small rules behind the pages: how a figure reads and when it holds, which figures lead a page, where each
 * quote is anchored, the comparison rows, the open data, the source lists, the sector links and the URLs.
 * Expected strings come from src/i18n/*.json and the formats the site documents, written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { useT } from '../../src/i18n/index.ts';
import { comparisonRows, type ComparisonCell } from '../../src/lib/compare.ts';
import {
  articleTitle,
  articleWhen,
  byTopic,
  conflicts,
  disagree,
  factValue,
  factWhen,
  keyFacts,
  newestSource,
  quoteUses,
  shownFigures,
} from '../../src/lib/facts.ts';
import { factRows, toCsv, type FactRow } from '../../src/lib/open-data.ts';
import { groupSectorLinks, sectorIdsOf, sectorUsers, sectorUsersBySentence, sectorsByName } from '../../src/lib/sectors.ts';
import { ownerPath, printedSources, usesOfArticle } from '../../src/lib/sources.ts';
import { planningStages } from '../../src/lib/status.ts';
import type { Article, Fact, Owner, SectorLink } from '../../src/lib/types.ts';
import { absoluteUrl, assetUrl, localeUrl, ogImagePath, qrImagePath } from '../../src/lib/urls.ts';
import { makeArticle, makeCluster, makeFact, makeProvince, makeSector, makeSite, makeZone } from './lib/site-fixture.ts';

const en = useT('en');
const vi = useT('vi');

// ---- Inputs shared by several rules ----

function workers(value: number, over: Partial<Fact> = {}): Fact {
  return makeFact({ id: `workers-${value}`, metric: 'workers', value, unit: 'people', label: { vi: 'Lao động', en: 'Workers' }, topic: 'operations', ...over });
}
function money(value: number, over: Partial<Fact> = {}): Fact {
  return makeFact({ id: 'revenue', metric: 'revenue', value, unit: 'vnd', label: { vi: 'Doanh thu', en: 'Revenue' }, topic: 'performance', ...over });
}
const projects = makeFact({ id: 'projects', metric: 'projects', value: 12, unit: 'count', label: { vi: 'Dự án', en: 'Projects' }, topic: 'operations' });

/** An article dated on the page, one whose period is inferred, and one with no date at all. */
const dated = makeArticle({ slug: 'dated-2022', date: '2022-02-21' });
const inferred = makeArticle({ slug: 'inferred-2021', file: 'seeds/902_suy_ra.txt', date: undefined, period: '2021/2023', dateInferred: true });
const undated = makeArticle({ slug: 'undated', date: undefined, period: undefined });
const articleBySlug = (slug: string): Article => {
  const found = [dated, inferred, undated].find((a) => a.slug === slug);
  if (!found) throw new Error(`no article ${slug}`);
  return found;
};

const link = (sector: string, over: Partial<SectorLink> = {}): SectorLink => ({
  sector,
  source: 'bai-mau',
  quote: 'Tỉnh ưu tiên thu hút các dự án chế biến gỗ',
  ...over,
});
const ids = (facts: readonly Fact[]) => facts.map((f) => f.id);

describe('factValue: how a figure reads', () => {
  it('writes an exact figure with no qualifier, in the language’s number format', () => {
    expect(factValue(makeFact(), 'en', en)).toEqual({ text: '73.5 ha', equivalent: undefined });
    expect(factValue(makeFact(), 'vi', vi)).toEqual({ text: '73,5 ha', equivalent: undefined });
  });

  it('puts the qualifier before the value', () => {
    expect(factValue(workers(775, { qualifier: 'over' }), 'en', en).text).toBe('over 775 people');
    expect(factValue(workers(775, { qualifier: 'over' }), 'vi', vi).text).toBe('hơn 775 người');
    expect(factValue(workers(1000, { qualifier: 'about' }), 'en', en).text).toBe('about 1,000 people');
    expect(factValue(workers(1000, { qualifier: 'about' }), 'vi', vi).text).toBe('khoảng 1.000 người');
    expect(factValue(makeFact({ unit: 'percent', value: 80, qualifier: 'up-to' }), 'en', en).text).toBe('up to 80%');
    expect(factValue(makeFact({ unit: 'percent', value: 80, qualifier: 'up-to' }), 'vi', vi).text).toBe('lên đến 80%');
  });

  it('writes a target without a qualifier word (its table row carries a "target" badge)', () => {
    expect(factValue(makeFact({ value: 500, qualifier: 'target' }), 'en', en).text).toBe('500 ha');
    expect(factValue(makeFact({ value: 500, qualifier: 'target' }), 'vi', vi).text).toBe('500 ha');
  });

  it('adds the USD equivalent of a VND amount in English, at 25,400 VND per USD', () => {
    expect(factValue(money(350e9), 'en', en)).toEqual({ text: 'VND 350 billion', equivalent: '≈ USD 13.8 million' });
  });

  it('gives no USD equivalent in Vietnamese', () => {
    expect(factValue(money(350e9), 'vi', vi)).toEqual({ text: '350 tỷ đồng', equivalent: undefined });
  });

  it('writes a monthly income per person and its USD equivalent in English', () => {
    const income = makeFact({
      id: 'income',
      metric: 'income',
      value: 6e6,
      unit: 'vnd-per-person-month',
      label: { vi: 'Thu nhập', en: 'Income' },
      topic: 'operations',
    });
    expect(factValue(income, 'en', en)).toEqual({ text: 'VND 6 million per person per month', equivalent: '≈ USD 236' });
    expect(factValue(income, 'vi', vi)).toEqual({ text: '6 triệu đồng/người/tháng', equivalent: undefined });
  });

  it('writes a USD amount with no equivalent', () => {
    const exports = makeFact({ id: 'exports', metric: 'exports', value: 5.5e6, unit: 'usd', label: { vi: 'Xuất khẩu', en: 'Exports' }, topic: 'performance' });
    expect(factValue(exports, 'en', en)).toEqual({ text: 'USD 5.5 million', equivalent: undefined });
    expect(factValue(exports, 'vi', vi)).toEqual({ text: '5,5 triệu USD', equivalent: undefined });
  });

  it('shows an amount the source misprints exactly as printed, in both languages, with no conversion', () => {
    const misprinted = money(15.1e15, { qualifier: 'about', asPrinted: '15,1 tỷ triệu USD' });
    expect(factValue(misprinted, 'en', en)).toEqual({ text: '15,1 tỷ triệu USD', equivalent: undefined });
    expect(factValue(misprinted, 'vi', vi)).toEqual({ text: '15,1 tỷ triệu USD', equivalent: undefined });
  });
});

describe('factWhen and articleWhen: when a figure holds', () => {
  it("uses the figure's own as-of date first", () => {
    expect(factWhen({ asOf: '2021-06-30' }, dated, 'en', en)).toBe('30 June 2021');
    expect(factWhen({ asOf: '2023-08' }, inferred, 'vi', vi)).toBe('tháng 8/2023');
  });

  it("falls back to the article's date", () => {
    expect(factWhen({}, dated, 'en', en)).toBe('21 February 2022');
    expect(factWhen({ asOf: undefined }, dated, 'vi', vi)).toBe('21/02/2022');
  });

  it('marks an inferred period with the marker the page legend explains, or spells it out where there is no legend', () => {
    expect(articleWhen(inferred, 'en', en)).toBe('2021–2023*');
    expect(articleWhen(inferred, 'vi', vi)).toBe('2021–2023*');
    expect(factWhen({}, inferred, 'en', en)).toBe('2021–2023*');
    expect(articleWhen(inferred, 'en', en, 'spelled')).toBe('2021–2023 (inferred)');
    expect(articleWhen(inferred, 'vi', vi, 'spelled')).toBe('2021–2023 (suy ra)');
    expect(en('date.legend')).toMatch(/^\* The article does not print this date in full/);
  });

  it('says so when the article gives no date', () => {
    expect(articleWhen(undated, 'en', en)).toBe('date not stated');
    expect(articleWhen(undated, 'vi', vi)).toBe('không ghi ngày');
  });
});

describe('articleTitle', () => {
  it('uses our English title in English and the original title in Vietnamese', () => {
    expect(articleTitle(makeArticle(), 'en')).toBe('Developing Mẫu Industrial Park');
    expect(articleTitle(makeArticle(), 'vi')).toBe('Phát triển KCN Mẫu');
  });

  it('falls back to the Vietnamese title in English when there is no English one', () => {
    expect(articleTitle(makeArticle({ en: undefined }), 'en')).toBe('Phát triển KCN Mẫu');
  });
});

describe('newestSource: how old the newest figure is', () => {
  it('ranks a dated article above an inferred period that starts earlier', () => {
    expect(newestSource([{ source: 'inferred-2021' }, { source: 'dated-2022' }], articleBySlug)?.slug).toBe('dated-2022');
  });

  it('picks the most recent of several dated articles', () => {
    const later = makeArticle({ slug: 'dated-2023', date: '2023-08-15' });
    const lookup = (slug: string) => (slug === later.slug ? later : articleBySlug(slug));
    expect(newestSource([{ source: 'dated-2022' }, { source: 'dated-2023' }, { source: 'dated-2022' }], lookup)?.slug).toBe('dated-2023');
  });

  it('ignores undated articles', () => {
    expect(newestSource([{ source: 'undated' }, { source: 'inferred-2021' }], articleBySlug)?.slug).toBe('inferred-2021');
    expect(newestSource([{ source: 'undated' }], articleBySlug)).toBeUndefined();
    expect(newestSource([], articleBySlug)).toBeUndefined();
  });
});

describe('conflicts', () => {
  it('groups the figures the sources disagree on, in source order, and drops groups of one', () => {
    const a = workers(775, { conflictGroup: 'workers' });
    const b = workers(1000, { conflictGroup: 'workers' });
    const alone = makeFact({ conflictGroup: 'area' });
    expect(conflicts([a, projects, alone, b]).map(ids)).toEqual([['workers-775', 'workers-1000']]);
  });

  it('finds no conflict among figures without a group', () => {
    expect(conflicts([makeFact(), projects])).toEqual([]);
  });
});

describe('keyFacts: figures at a glance', () => {
  const target = makeFact({ id: 'area-2030', value: 500, qualifier: 'target' });
  const share = makeFact({ id: 'share', metric: 'share', value: 40, unit: 'percent' });
  const facts = [
    workers(775, { conflictGroup: 'workers' }),
    target,
    share,
    projects,
    makeFact(),
    workers(1000, { conflictGroup: 'workers' }),
    money(350e9, { asOf: '2022' }),
  ];

  it('takes the first reported figure of each headline metric in metric order (area, projects, workers, revenue …), skipping targets', () => {
    expect(keyFacts(facts).map(ids)).toEqual([['area'], ['projects'], ['workers-775', 'workers-1000'], ['revenue']]);
  });

  it('stops at the maximum asked for', () => {
    expect(keyFacts(facts, 2).map(ids)).toEqual([['area'], ['projects']]);
  });

  it('keeps a disputed figure together with the rest of its conflict group', () => {
    expect(keyFacts([workers(775, { conflictGroup: 'workers' }), workers(800), workers(1000, { conflictGroup: 'workers' })]).map(ids)).toEqual([
      ['workers-775', 'workers-1000'],
    ]);
  });

  it('shows nothing when only targets and other metrics are given', () => {
    expect(keyFacts([target, share])).toEqual([]);
  });

  it('leaves out revenue or exports whose period is not stated ("the first six months" of a year the article does not name)', () => {
    const exports = makeFact({ id: 'exports', metric: 'exports', unit: 'usd', value: 5.5e6, topic: 'performance' });
    expect(keyFacts([money(350e9), exports, projects]).map(ids)).toEqual([['projects']]);
    expect(keyFacts([money(350e9, { asOf: '2022' })]).map(ids)).toEqual([['revenue']]);
  });
});

describe('byTopic', () => {
  it("groups figures under topics in the model's order and drops empty topics", () => {
    const growth = makeFact({ id: 'growth', metric: 'growth', topic: 'performance' });
    const grouped = byTopic([projects, growth, makeFact(), workers(775)]);
    expect(grouped.map(([topic, list]) => [topic, ids(list)])).toEqual([
      ['land', ['area']],
      ['operations', ['projects', 'workers-775']],
      ['performance', ['growth']],
    ]);
  });
});

describe('quoteUses: where each quote is anchored', () => {
  const status = { id: 'plan-2025', source: 'bai-mau', quote: 'Tổng số lao động làm việc tại KCN', text: { vi: 'Kế hoạch', en: 'Plan' } };

  it('anchors a zone’s facts, status, sectors, tenants and location as q-<owner>-<item>', () => {
    const zone = makeZone({
      facts: [makeFact()],
      status: [status],
      sectors: [link('wood-processing'), link('garments')],
      tenants: [{ name: 'Công ty Mẫu', nameEn: 'Mẫu Company', source: 'bai-mau', quote: 'Tổng số lao động làm việc tại KCN' }],
      locationSource: { source: 'bai-mau', quote: 'KCN Mẫu có diện tích 73,5 ha' },
    });
    expect(quoteUses(zone).map((u) => [u.anchor, u.what])).toEqual([
      ['q-mau-area', 'fact'],
      ['q-mau-plan-2025', 'status'],
      ['q-mau-sector-0', 'sector'],
      ['q-mau-sector-1', 'sector'],
      ['q-mau-tenant-0', 'tenant'],
      ['q-mau-location', 'location'],
    ]);
  });

  it('carries the fact, the source and the quote of a figure', () => {
    const [use] = quoteUses(makeZone());
    expect(use).toMatchObject({ source: 'bai-mau', quote: 'KCN Mẫu có diện tích 73,5 ha', fact: { id: 'area' } });
  });

  it('anchors a province’s facts, status and sectors (provinces have no tenants or location)', () => {
    const province = makeProvince({ facts: [projects], status: [status], sectors: [link('wood-processing')] });
    expect(quoteUses(province).map((u) => [u.anchor, u.what])).toEqual([
      ['q-bac-kan-projects', 'fact'],
      ['q-bac-kan-plan-2025', 'status'],
      ['q-bac-kan-sector-0', 'sector'],
    ]);
  });
});

describe('comparisonRows: the Bắc Giang comparison', () => {
  const facts = (...list: string[]) => list.map((id) => makeFact({ id }));
  const thanhBinh = makeZone({ id: 'thanh-binh', facts: facts('phase-1-area-001') });
  const homeFacts = facts('cluster-plan-clusters', 'clusters-established', 'clusters-established-area');
  const peerFacts = [
    ...facts(
      'parks-planned-2030',
      'parks-established-area',
      'clusters-planned-2030',
      'clusters-established',
      'clusters-established-area',
      'clusters-occupancy',
    ),
    makeFact({ id: 'parks-occupancy', value: 75.6, unit: 'percent', conflictGroup: 'occupancy' }),
    makeFact({ id: 'parks-occupancy-2022', value: 70, unit: 'percent', conflictGroup: 'occupancy' }),
  ];
  const owners = (home: Fact[] = homeFacts): Owner[] => [
    thanhBinh,
    makeProvince({ role: 'home', facts: home }),
    makeProvince({ role: 'peer', facts: peerFacts }),
  ];
  const side = (cell: ComparisonCell | undefined) => (cell ? `${cell.owner.id}#${cell.fact.id}` : undefined);

  it('puts each row’s Bắc Kạn figure beside the Bắc Giang one, leaving a side empty where the sources are silent', () => {
    expect(comparisonRows({ owners: owners() }).map((row) => [row.key, side(row.home), side(row.peer)])).toEqual([
      ['parksPlanned', undefined, 'bac-giang#parks-planned-2030'],
      ['parkArea', 'thanh-binh#phase-1-area-001', 'bac-giang#parks-established-area'],
      ['parkOccupancy', undefined, 'bac-giang#parks-occupancy'],
      ['clustersPlanned', 'bac-kan#cluster-plan-clusters', 'bac-giang#clusters-planned-2030'],
      ['clustersEstablished', 'bac-kan#clusters-established', 'bac-giang#clusters-established'],
      ['clusterArea', 'bac-kan#clusters-established-area', 'bac-giang#clusters-established-area'],
      ['clusterOccupancy', undefined, 'bac-giang#clusters-occupancy'],
    ]);
  });

  it("carries the other figures of a cell's conflict group, and none for an undisputed figure", () => {
    const rows = comparisonRows({ owners: owners() });
    const occupancy = rows.find((row) => row.key === 'parkOccupancy')!;
    expect(ids(occupancy.peer!.others)).toEqual(['parks-occupancy-2022']);
    expect(rows.find((row) => row.key === 'parkArea')!.peer!.others).toEqual([]);
  });

  it('stops with the owner and fact id of a row whose figure does not exist', () => {
    expect(() => comparisonRows({ owners: owners(facts('cluster-plan-clusters', 'clusters-established')) })).toThrow('bac-kan#clusters-established-area');
  });

  it('stops when the owner a row names does not exist', () => {
    expect(() => comparisonRows({ owners: owners().filter((o) => o.id !== 'thanh-binh') })).toThrow('thanh-binh#phase-1-area-001');
  });
});

describe('open data', () => {
  /** The fixture park's area figure as one row of open data, written out by hand. */
  const AREA_ROW: FactRow = {
    owner_kind: 'park',
    owner_id: 'mau',
    owner_name_vi: 'Khu công nghiệp Mẫu',
    owner_name_en: 'Mẫu Industrial Park',
    fact_id: 'area',
    metric: 'area',
    value: 73.5,
    unit: 'ha',
    qualifier: 'exact',
    as_of: '',
    as_printed: '',
    value_is_reading: false,
    label_vi: 'Diện tích',
    label_en: 'Area',
    conflict_group: '',
    note_vi: '',
    note_en: '',
    source: 'bai-mau',
    source_file: 'seeds/900_mau.txt',
    source_date: '2022-02-21',
    source_date_inferred: false,
    quote: 'KCN Mẫu có diện tích 73,5 ha',
  };

  it("keeps a printed figure's note and marks its value as our reading", () => {
    const note = { vi: 'Nguồn in sai.', en: 'The source misprints it.' };
    const site = makeSite({ zones: [makeZone({ facts: [makeFact({ asPrinted: '73,5 hecta', note })] })] });
    expect(factRows(site)[0]).toMatchObject({
      as_printed: '73,5 hecta',
      value_is_reading: true,
      note_vi: 'Nguồn in sai.',
      note_en: 'The source misprints it.',
    });
  });

  it('gives one row per figure, with its owner and the provenance of its source', () => {
    const site = makeSite({
      articles: [makeArticle(), inferred],
      provinces: [
        makeProvince({ role: 'peer' }),
        makeProvince({
          role: 'home',
          facts: [makeFact({ id: 'plan-area', value: 903.4, asOf: '2021', conflictGroup: 'plan', source: 'inferred-2021', topic: 'cluster-plan' })],
        }),
      ],
    });
    expect(factRows(site)).toEqual([
      AREA_ROW,
      expect.objectContaining({
        owner_kind: 'province',
        owner_id: 'bac-kan',
        fact_id: 'plan-area',
        value: 903.4,
        as_of: '2021',
        conflict_group: 'plan',
        source: 'inferred-2021',
        source_file: 'seeds/902_suy_ra.txt',
        source_date: '2021/2023',
        source_date_inferred: true,
      }),
    ]);
  });

  const row: FactRow = { ...AREA_ROW, quote: 'Ban quản lý nói: "sẵn sàng", ngay' };
  const HEADER =
    '"owner_kind","owner_id","owner_name_vi","owner_name_en","fact_id","metric","value","unit","qualifier","as_of","as_printed","value_is_reading","label_vi","label_en","conflict_group","note_vi","note_en","source","source_file","source_date","source_date_inferred","quote"';
  const LINE =
    '"park","mau","Khu công nghiệp Mẫu","Mẫu Industrial Park","area","area","73.5","ha","exact","","","false","Diện tích","Area","","","","bai-mau","seeds/900_mau.txt","2022-02-21","false","Ban quản lý nói: ""sẵn sàng"", ngay"';

  it('writes CSV with a BOM, a header, every field quoted, quotes doubled and CRLF line ends', () => {
    expect(toCsv([row])).toBe(`\ufeff${HEADER}\r\n${LINE}\r\n`);
  });

  it('ends every line, not only the last, with CRLF', () => {
    const csv = toCsv([row, { ...row, fact_id: 'area-2' }]);
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

describe('sources', () => {
  const site = makeSite({
    articles: [makeArticle(), makeArticle({ slug: 'bai-khac', file: 'seeds/903_khac.txt' })],
    zones: [makeZone({ tenants: [{ name: 'Công ty Mẫu', nameEn: 'Mẫu Company', source: 'bai-khac', quote: 'Tổng số lao động làm việc tại KCN' }] })],
    provinces: [
      makeProvince({ role: 'peer' }),
      makeProvince({ role: 'home', facts: [makeFact({ id: 'plan-area', source: 'bai-khac' })], sectors: [link('wood-processing')] }),
    ],
  });

  it('finds every quote taken from an article, across zones and provinces', () => {
    expect(usesOfArticle(site, 'bai-mau').map((u) => [u.anchor, u.what])).toEqual([
      ['q-mau-area', 'fact'],
      ['q-mau-sector-0', 'sector'],
      ['q-bac-kan-sector-0', 'sector'],
    ]);
    expect(usesOfArticle(site, 'bai-khac').map((u) => [u.anchor, u.what])).toEqual([
      ['q-mau-tenant-0', 'tenant'],
      ['q-bac-kan-plan-area', 'fact'],
    ]);
    expect(usesOfArticle(site, 'no-such-article')).toEqual([]);
  });

  it("links a zone's figures to its profile, the home province's to the plans page and the peer's to the comparison", () => {
    expect(ownerPath(makeZone({ id: 'na-ri' }))).toBe('zones/na-ri/');
    expect(ownerPath(makeProvince({ role: 'home' }))).toBe('plans/');
    expect(ownerPath(makeProvince({ role: 'peer' }))).toBe('compare/');
  });

  it('numbers the printed source list in order of first use: facts, then sectors, then status', () => {
    const owner = makeZone({
      facts: [makeFact({ source: 'b' }), makeFact({ id: 'a', source: 'a' }), makeFact({ id: 'b2', source: 'b' })],
      sectors: [link('wood-processing', { source: 'c' }), link('garments', { source: 'a' })],
      status: [{ id: 'plan', source: 'd', quote: 'Tổng số lao động làm việc tại KCN', text: { vi: 'Kế hoạch', en: 'Plan' } }],
    });
    expect([...printedSources(owner)]).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
      ['d', 4],
    ]);
  });
});

describe('sectors', () => {
  it('finds every zone and province that prioritises a sector, with the index of the link in its list', () => {
    const site = makeSite({
      zones: [makeZone(), makeZone({ id: 'na-ri', kind: 'cluster', sectors: [link('garments'), link('wood-processing', { quote: 'Tỉnh ưu tiên thu hút' })] })],
      provinces: [makeProvince({ role: 'peer' }), makeProvince({ role: 'home', sectors: [link('wood-processing')] })],
    });
    expect(sectorUsers(site, 'wood-processing').map((u) => [u.owner.id, u.index, u.link.quote])).toEqual([
      ['mau', 0, 'Tỉnh ưu tiên thu hút các dự án chế biến gỗ'],
      ['na-ri', 1, 'Tỉnh ưu tiên thu hút'],
      ['bac-kan', 0, 'Tỉnh ưu tiên thu hút các dự án chế biến gỗ'],
    ]);
    expect(sectorUsers(site, 'mining')).toEqual([]);
  });

  it('groups links that share scope, source and quote under one source line, in first-appearance order', () => {
    const phase2 = { vi: 'Giai đoạn II', en: 'Phase II' };
    const groups = groupSectorLinks([
      link('wood-processing'),
      link('mining', { quote: 'Toàn tỉnh có 27 cụm công nghiệp' }),
      link('garments'),
      link('wood-processing', { scope: phase2 }),
      link('garments', { source: 'bai-khac' }),
    ]);
    expect(groups.map((g) => [g.scope?.en, g.source, g.links.map((l) => `${l.index}:${l.link.sector}`)])).toEqual([
      [undefined, 'bai-mau', ['0:wood-processing', '2:garments']],
      [undefined, 'bai-mau', ['1:mining']],
      ['Phase II', 'bai-mau', ['3:wood-processing']],
      [undefined, 'bai-khac', ['4:garments']],
    ]);
  });

  it('lists the distinct sectors an owner names, in the order it first names them', () => {
    expect(sectorIdsOf({ sectors: [link('wood-processing'), link('garments'), link('wood-processing', { scope: { vi: 'GĐ II', en: 'Phase II' } })] })).toEqual([
      'wood-processing',
      'garments',
    ]);
  });
});

describe('URLs (default configuration: base "/", site https://zone-briefs.example.org)', () => {
  it('prefixes a page path with its language', () => {
    expect(localeUrl('en', 'zones/mau/')).toBe('/en/zones/mau/');
    expect(localeUrl('vi', '')).toBe('/vi/');
  });

  it('places site-root files under the base, with or without a leading slash', () => {
    expect(assetUrl('og/en/home.png')).toBe('/og/en/home.png');
    expect(assetUrl('/data/facts.json')).toBe('/data/facts.json');
  });

  it('names share images and QR codes after their page, the home page "home"', () => {
    expect(ogImagePath('en', 'zones/mau/')).toBe('og/en/zones/mau.png');
    expect(ogImagePath('en', '')).toBe('og/en/home.png');
    expect(ogImagePath('vi', '404.html')).toBe('og/vi/404.png');
    expect(qrImagePath('vi', 'plans/', 'svg')).toBe('qr/vi/plans.svg');
    expect(qrImagePath('en', 'zones/mau/', 'png')).toBe('qr/en/zones/mau.png');
  });

  it('makes absolute URLs under the configured site', () => {
    expect(absoluteUrl('/en/zones/mau/')).toBe('https://zone-briefs.example.org/en/zones/mau/');
    expect(absoluteUrl('/sitemap-index.xml')).toBe('https://zone-briefs.example.org/sitemap-index.xml');
  });
});

describe('sector lists for readers', () => {
  it('orders sectors by their names in the page language, with Vietnamese collation', () => {
    const sectors = [
      makeSector({ id: 'b', name: { vi: 'Dược liệu', en: 'Medicinal herbs' } }),
      makeSector({ id: 'a', name: { vi: 'Ắc quy', en: 'Batteries' } }),
      makeSector({ id: 'c', name: { vi: 'Chế biến gỗ', en: 'Wood processing' } }),
    ];
    expect(sectorsByName(sectors, 'vi').map((s) => s.name.vi)).toEqual(['Ắc quy', 'Chế biến gỗ', 'Dược liệu']);
    expect(sectorsByName(sectors, 'en').map((s) => s.name.en)).toEqual(['Batteries', 'Medicinal herbs', 'Wood processing']);
  });

  it('shows a sentence that names a sector for several zones once, and a scope they share once', () => {
    const quote = 'Tỉnh ưu tiên thu hút các dự án chế biến gỗ';
    const scope = { vi: 'Chung cho các CCN', en: 'For all clusters' };
    const link = { sector: 'wood-processing', source: 'bai-mau', quote, scope };
    const site = makeSite({
      zones: [
        makeZone({ sectors: [{ sector: 'wood-processing', source: 'bai-mau', quote }] }),
        makeCluster({ sectors: [link] }),
        makeCluster({ id: 'cho-don', order: 3, sectors: [link] }),
      ],
    });
    const [sentence, ...rest] = sectorUsersBySentence(site, 'wood-processing');
    expect(rest).toEqual([]);
    expect(sentence!.quote).toBe(quote);
    expect(sentence!.scopes.map((s) => [s.scope?.en, s.owners.map((o) => o.id)])).toEqual([
      [undefined, ['mau']],
      ['For all clusters', ['na-ri', 'cho-don']],
    ]);
  });
});

describe('disagree: whether sources really give different figures', () => {
  const area = (value: number, qualifier: Fact['qualifier'] = 'exact', id = `a-${value}-${qualifier}`) =>
    makeFact({ id, value, qualifier, conflictGroup: 'phase-1' });
  it('"over 73 ha" and "73.5 ha" agree, and a glance shows the precise one', () => {
    const group = [area(73, 'over'), area(73.5), area(73.5, 'exact', 'again')];
    expect(disagree(group)).toBe(false);
    expect(conflicts(group)).toEqual([]);
    expect(shownFigures(group, 'en', en).map((f) => factValue(f, 'en', en).text)).toEqual(['73.5 ha']);
  });
  it('775 people and "about 1,000" disagree; "about 1,000" and 950 agree', () => {
    const workers = (value: number, qualifier: Fact['qualifier'] = 'exact') =>
      makeFact({ id: `w-${value}`, metric: 'workers', unit: 'people', value, qualifier, conflictGroup: 'w' });
    expect(disagree([workers(775), workers(1000, 'about')])).toBe(true);
    expect(disagree([workers(950), workers(1000, 'about')])).toBe(false);
  });
  it('"over 775" excludes 775 itself', () => {
    expect(disagree([area(775), area(775, 'over')])).toBe(true);
  });
});

describe('planningStages: how far a zone has come, as its sources state it', () => {
  const status = (id: string) => ({ id, text: { vi: id, en: id }, source: 'bai-mau', quote: 'KCN Mẫu' });

  it('lists the stated stages most advanced first, whatever the file order', () => {
    const zone = makeCluster({ status: [status('detailed-plan-1-500-approved'), status('other-news'), status('established')] });
    expect(planningStages(zone).map((s) => [s.key, s.rank])).toEqual([
      ['established', 2],
      ['planApproved', 1],
    ]);
  });

  it('states nothing for a zone whose sources name no stage', () => {
    expect(planningStages(makeCluster({ status: [status('other-news')] }))).toEqual([]);
  });
});
