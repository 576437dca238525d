/**
 * verifySite(): every kind of content problem that stops the build, as the maintainer reads it (file, field,
 * problem, fix). Each test starts from the valid fixture content and breaks one thing.
 */
import { describe, expect, it } from 'vitest';
import { parseNarrative } from '../../src/lib/narrative/tree.ts';
import { SiteDataError, formatProblem, verifySite, type Problem } from '../../src/lib/verify.ts';
import type { Article, Zone } from '../../src/lib/types.ts';
import { ARTICLE_TEXT, makeArticle, makeCluster, makeContent, makeFact, makeProvince, makeSector, makeZone } from './lib/site-fixture.ts';

const ZONE_FILE = 'src/content/zones/mau.yaml';
const HOME_FILE = 'src/content/provinces/bac-kan.yaml';
const SECTORS_FILE = 'src/content/sectors.yaml';
const ARTICLE_FILE = 'seeds/900_mau.txt';
const COPY_FIX = `copy the sentence verbatim from ${ARTICLE_FILE} (only whitespace may differ)`;
const VALUE_FIX =
  'make `value` and `unit` say what the quote says, in base units (VND, USD, ha, people, percent); for a misprint the quote cannot support, add `asPrinted`';

/** The fixture article with extra sentences appended, as the loader would compose it (text = title + body). */
function articleWith(...sentences: string[]): Article {
  const body = [...ARTICLE_TEXT, ...sentences];
  return makeArticle({ paragraphs: body.map((text) => ({ kind: 'text' as const, text })), text: ['Phát triển KCN Mẫu', ...body].join(' ') });
}

/** Problems of the valid content with the park replaced by `makeZone(over)`. */
const problemsWithZone = (over: Partial<Zone>, articles: Article[] = [makeArticle()]): Problem[] =>
  verifySite(makeContent({ zones: [makeZone(over)], articles }));

/** The problem reported when `quote` is not in the fixture article. */
const quoteMissing = (file: string, field: string, quote: string): Problem => ({
  file,
  field: `${field}.quote`,
  problem: `the quote "${quote}" does not occur in ${ARTICLE_FILE}`,
  fix: COPY_FIX,
});

describe('verifySite: valid content', () => {
  it('valid content gives no problems', () => {
    expect(verifySite(makeContent())).toEqual([]);
  });

  it('a quote that differs from the article only by a non-breaking space and doubled spaces verifies', () => {
    expect(problemsWithZone({ facts: [makeFact({ quote: 'KCN Mẫu có\u00a0diện tích  73,5 ha' })] })).toEqual([]);
  });

  it('the same fact id in two different owners is not a duplicate', () => {
    const provinceFact = makeFact({ value: 903.4, quote: 'Toàn tỉnh có 27 cụm công nghiệp với tổng diện tích 903,4 ha' });
    const content = makeContent({ provinces: [makeProvince({ role: 'peer' }), makeProvince({ role: 'home', facts: [provinceFact] })] });
    expect(verifySite(content)).toEqual([]);
  });
});

describe('verifySite: quotes', () => {
  it('a quote that is not in its article names the file, the field and the fix', () => {
    // The figure is in the quote, so the only problem is the quote itself.
    expect(problemsWithZone({ facts: [makeFact({ quote: 'KCN Mẫu rộng 73,5 ha' })] })).toEqual([
      quoteMissing(ZONE_FILE, 'facts[0] (area)', 'KCN Mẫu rộng 73,5 ha'),
    ]);
  });

  it('a long missing quote is shortened to 80 characters in the message', () => {
    const quote = `KCN Mẫu có diện tích 73,5 ha, ${'rất rộng '.repeat(12).trim()}`;
    const [problem] = problemsWithZone({ facts: [makeFact({ quote })] });
    expect(problem?.field).toBe('facts[0] (area).quote');
    expect(problem?.problem).toBe(`the quote "${quote.slice(0, 80)}…" does not occur in ${ARTICLE_FILE}`);
  });

  it("a fact's source naming an unknown article is reported on `.source` and the fix lists the known slugs", () => {
    const second = makeArticle({ slug: 'bai-hai', file: 'seeds/901_hai.txt' });
    expect(problemsWithZone({ facts: [makeFact({ source: 'bai-khac' })] }, [makeArticle(), second])).toEqual([
      { file: ZONE_FILE, field: 'facts[0] (area).source', problem: 'refers to an unknown article "bai-khac"', fix: 'use one of: bai-mau, bai-hai' },
    ]);
  });

  it('a status entry whose quote is not in its article is reported as `status[i] (id)`', () => {
    const status = [
      {
        id: 'wood',
        text: { vi: 'Ưu tiên chế biến gỗ.', en: 'Wood processing first.' },
        source: 'bai-mau',
        quote: 'Tỉnh ưu tiên thu hút các dự án chế biến gỗ',
      },
      { id: 'phase-2', text: { vi: 'Đang mở rộng.', en: 'Expanding.' }, source: 'bai-mau', quote: 'KCN Mẫu đang mở rộng giai đoạn II' },
    ];
    expect(problemsWithZone({ status })).toEqual([quoteMissing(ZONE_FILE, 'status[1] (phase-2)', 'KCN Mẫu đang mở rộng giai đoạn II')]);
  });

  it('a sector link whose quote is not in its article is reported as `sectors[i]`', () => {
    const sectors = [{ sector: 'wood-processing', source: 'bai-mau', quote: 'Tỉnh ưu tiên chế biến gỗ' }];
    expect(problemsWithZone({ sectors })).toEqual([quoteMissing(ZONE_FILE, 'sectors[0]', 'Tỉnh ưu tiên chế biến gỗ')]);
  });

  it('a tenant whose quote is not in its article is reported as `tenants[i] (name)`', () => {
    const tenants = [{ name: 'Công ty Gỗ Mẫu', nameEn: 'Mẫu Wood Company', source: 'bai-mau', quote: 'Công ty Gỗ Mẫu đã đi vào hoạt động' }];
    expect(problemsWithZone({ tenants })).toEqual([quoteMissing(ZONE_FILE, 'tenants[0] (Công ty Gỗ Mẫu)', 'Công ty Gỗ Mẫu đã đi vào hoạt động')]);
  });

  it('a tenant naming an unknown article is reported on `.source`', () => {
    const tenants = [{ name: 'Công ty Gỗ Mẫu', nameEn: 'Mẫu Wood Company', source: 'bai-khac', quote: 'KCN Mẫu có diện tích 73,5 ha' }];
    expect(problemsWithZone({ tenants })).toEqual([
      { file: ZONE_FILE, field: 'tenants[0] (Công ty Gỗ Mẫu).source', problem: 'refers to an unknown article "bai-khac"', fix: 'use one of: bai-mau' },
    ]);
  });

  it('a locationSource whose quote is not in its article is reported as `locationSource`', () => {
    const locationSource = { source: 'bai-mau', quote: 'KCN Mẫu nằm tại huyện Chợ Mới' };
    expect(problemsWithZone({ locationSource })).toEqual([quoteMissing(ZONE_FILE, 'locationSource', 'KCN Mẫu nằm tại huyện Chợ Mới')]);
  });

  it("a province's status entry is checked too, and reported on the province file", () => {
    const status = [{ id: 'plan', text: { vi: 'Quy hoạch.', en: 'Plan.' }, source: 'bai-mau', quote: 'Toàn tỉnh có 30 cụm công nghiệp' }];
    const content = makeContent({ provinces: [makeProvince({ role: 'peer' }), makeProvince({ role: 'home', status })] });
    expect(verifySite(content)).toEqual([quoteMissing(HOME_FILE, 'status[0] (plan)', 'Toàn tỉnh có 30 cụm công nghiệp')]);
  });
});

describe('verifySite: figures', () => {
  it('a value its quote does not state (decimal comma read as thousands) is reported on `.value`', () => {
    expect(problemsWithZone({ facts: [makeFact({ value: 735 })] })).toEqual([
      { file: ZONE_FILE, field: 'facts[0] (area).value', problem: '735 (ha) does not appear in its quote "KCN Mẫu có diện tích 73,5 ha"', fix: VALUE_FIX },
    ]);
  });

  it('the right number in the wrong unit is reported on `.value`', () => {
    const problems = problemsWithZone({ facts: [makeFact({ unit: 'percent' })] });
    expect(problems).toEqual([
      {
        file: ZONE_FILE,
        field: 'facts[0] (area).value',
        problem: '73.5 (percent) does not appear in its quote "KCN Mẫu có diện tích 73,5 ha"',
        fix: VALUE_FIX,
      },
    ]);
  });

  describe('asPrinted', () => {
    const MISPRINT = 'Kim ngạch xuất khẩu đạt 15,1 tỷ triệu USD.';
    const exportsFact = (over: Parameters<typeof makeFact>[0] = {}) =>
      makeFact({
        id: 'exports',
        metric: 'exports',
        value: 15.1e9,
        unit: 'usd',
        topic: 'performance',
        quote: 'Kim ngạch xuất khẩu đạt 15,1 tỷ triệu USD',
        ...over,
      });

    it('a misprinted figure without asPrinted fails: its value is not what the quote literally says', () => {
      const [problem] = problemsWithZone({ facts: [makeFact(), exportsFact()] }, [articleWith(MISPRINT)]);
      expect(problem).toMatchObject({ file: ZONE_FILE, field: 'facts[1] (exports).value' });
    });

    it('a fact whose quote holds the printed text verifies, with the value read from it', () => {
      expect(problemsWithZone({ facts: [makeFact(), exportsFact({ asPrinted: '15,1 tỷ triệu USD' })] }, [articleWith(MISPRINT)])).toEqual([]);
    });

    it('a fact whose asPrinted is not in its quote is reported at `.asPrinted`', () => {
      expect(problemsWithZone({ facts: [makeFact(), exportsFact({ asPrinted: '15,1 tỷ USD' })] }, [articleWith(MISPRINT)])).toEqual([
        {
          file: ZONE_FILE,
          field: 'facts[1] (exports).asPrinted',
          problem: '"15,1 tỷ USD" does not occur in its quote',
          fix: 'copy the amount exactly as the quote prints it',
        },
      ]);
    });

    it('a fact shown as printed must still be a positive reading of the printed number', () => {
      for (const value of [-3000, 0, 14_000_000_000]) {
        const problems = problemsWithZone({ facts: [makeFact(), exportsFact({ value, asPrinted: '15,1 tỷ triệu USD' })] }, [articleWith(MISPRINT)]);
        expect(problems, String(value)).toHaveLength(1);
        expect(problems[0]).toMatchObject({
          file: ZONE_FILE,
          field: 'facts[1] (exports).value',
          problem: `${value} is not a reading of the printed "15,1 tỷ triệu USD"`,
        });
      }
    });
  });

  it('a duplicate fact id in one owner is reported on the second one, naming the first', () => {
    const workers = makeFact({
      id: 'area',
      metric: 'workers',
      value: 775,
      unit: 'people',
      topic: 'operations',
      quote: 'Tổng số lao động làm việc tại KCN hiện có 775 người',
    });
    expect(problemsWithZone({ facts: [makeFact(), workers] })).toEqual([
      {
        file: ZONE_FILE,
        field: 'facts[1] (area).id',
        problem: 'the id "area" is already used by facts[0] (area) (both would get the anchor q-mau-area)',
        fix: 'give each fact and status entry of the file its own id',
      },
    ]);
  });
});

describe('verifySite: phases', () => {
  const phases = [{ id: 'phase-1', name: { vi: 'giai đoạn I', en: 'Phase I' } }];

  it("an area figure naming one of the zone's phases verifies", () => {
    expect(problemsWithZone({ phases, facts: [makeFact({ phase: 'phase-1' })] })).toEqual([]);
  });

  it('a phase the zone does not list is reported on `.phase`, and the fix lists the phases', () => {
    expect(problemsWithZone({ phases, facts: [makeFact({ phase: 'phase-2' })] })).toEqual([
      {
        file: ZONE_FILE,
        field: 'facts[0] (area).phase',
        problem: 'names the phase "phase-2", which is not among the zone\'s `phases`',
        fix: 'use one of: phase-1',
      },
    ]);
  });

  it('a phase on a zone without `phases` says to add it', () => {
    expect(problemsWithZone({ facts: [makeFact({ phase: 'phase-1' })] })[0]?.fix).toBe(
      "add the phase to the zone's `phases` (id and name in both languages), or remove `phase`",
    );
  });

  it('a phase on a figure other than an area is refused (only areas are summed by phase)', () => {
    const workers = makeFact({
      id: 'w',
      metric: 'workers',
      value: 775,
      unit: 'people',
      phase: 'phase-1',
      quote: 'Tổng số lao động làm việc tại KCN hiện có 775 người',
    });
    expect(problemsWithZone({ phases, facts: [workers] }, [articleWith('Tổng số lao động làm việc tại KCN hiện có 775 người.')])).toEqual([
      { file: ZONE_FILE, field: 'facts[0] (w).phase', problem: 'a workers figure has a phase; only area figures are summed by phase', fix: 'remove `phase`' },
    ]);
  });
});

describe('verifySite: sectors', () => {
  it('a sector link naming an unknown sector names the sectors file and lists the sector ids', () => {
    const sectors = [
      { sector: 'wood-processing', source: 'bai-mau', quote: 'Tỉnh ưu tiên thu hút các dự án chế biến gỗ' },
      { sector: 'mining', source: 'bai-mau', quote: 'Tỉnh ưu tiên thu hút các dự án chế biến gỗ' },
    ];
    const agro = makeSector({ id: 'agro-processing', name: { vi: 'Chế biến nông sản', en: 'Agro-processing' } });
    const homeLinksAgro = makeProvince({ role: 'home', sectors: [{ sector: 'agro-processing', source: 'bai-mau', quote: 'Toàn tỉnh có 27 cụm công nghiệp' }] });
    const content = makeContent({ zones: [makeZone({ sectors })], sectors: [makeSector(), agro], provinces: [makeProvince({ role: 'peer' }), homeLinksAgro] });
    expect(verifySite(content)).toEqual([
      {
        file: ZONE_FILE,
        field: 'sectors[1].sector',
        problem: 'refers to an unknown sector "mining"',
        fix: `add it to ${SECTORS_FILE} or use one of: wood-processing, agro-processing`,
      },
    ]);
  });

  it('a sector no zone or province links is reported on the sectors file, under its id', () => {
    const content = makeContent({ sectors: [makeSector(), makeSector({ id: 'mining' })] });
    expect(verifySite(content)).toEqual([
      {
        file: SECTORS_FILE,
        field: 'mining',
        problem: 'no zone or province lists this sector, so its page would be empty',
        fix: 'link it from a zone or province `sectors` entry with its quote, or remove it',
      },
    ]);
  });

  it('a sector linked only from a province is not reported as unlinked', () => {
    const homeLinksWood = makeProvince({
      role: 'home',
      sectors: [{ sector: 'wood-processing', source: 'bai-mau', quote: 'Tỉnh ưu tiên thu hút các dự án chế biến gỗ' }],
    });
    const content = makeContent({ zones: [makeZone({ sectors: [] })], provinces: [makeProvince({ role: 'peer' }), homeLinksWood] });
    expect(verifySite(content)).toEqual([]);
  });
});

describe('verifySite: province roles', () => {
  it('no province with role home is reported on the provinces folder', () => {
    expect(verifySite(makeContent({ provinces: [makeProvince({ role: 'peer' })] }))).toEqual([
      { file: 'provinces/', field: 'role', problem: 'no province has role "home"', fix: 'give exactly one province file `role: home`' },
    ]);
  });

  it('two provinces with role peer are both named, on the second one’s file', () => {
    const langSon = makeProvince({ role: 'peer', id: 'lang-son', file: 'src/content/provinces/lang-son.yaml' });
    expect(verifySite(makeContent({ provinces: [makeProvince({ role: 'home' }), makeProvince({ role: 'peer' }), langSon] }))).toEqual([
      {
        file: 'src/content/provinces/lang-son.yaml',
        field: 'role',
        problem: '2 provinces have role "peer" (bac-giang, lang-son)',
        fix: 'give exactly one province file `role: peer`',
      },
    ]);
  });
});

describe('reporting problems', () => {
  const first: Problem = { file: ZONE_FILE, field: 'facts[0] (area).value', problem: '80 (ha) does not appear in its quote "x"', fix: 'correct the value' };
  const second: Problem = { file: 'provinces/', field: 'role', problem: 'no province has role "home"', fix: 'give exactly one province file `role: home`' };

  it('formatProblem writes file, field, problem and fix on one line', () => {
    expect(formatProblem(first)).toBe('src/content/zones/mau.yaml: facts[0] (area).value: 80 (ha) does not appear in its quote "x". Fix: correct the value');
  });

  it('SiteDataError says nothing was published and lists every problem, one per line', () => {
    const error = new SiteDataError([first, second]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('SiteDataError');
    expect(error.problems).toEqual([first, second]);
    expect(error.message).toBe(
      [
        'The content has 2 problem(s); nothing was published:',
        '  - src/content/zones/mau.yaml: facts[0] (area).value: 80 (ha) does not appear in its quote "x". Fix: correct the value',
        '  - provinces/: role: no province has role "home". Fix: give exactly one province file `role: home`',
      ].join('\n'),
    );
  });
});

describe('verifySite: what the quote says about the figure', () => {
  const workers = (over: Parameters<typeof makeFact>[0] = {}) =>
    makeFact({
      id: 'workers',
      metric: 'workers',
      value: 775,
      unit: 'people',
      topic: 'operations',
      quote: 'Tổng số lao động làm việc tại KCN hiện có 775 người',
      ...over,
    });
  const OVER = 'KCN Mẫu có trên 80 lao động người địa phương và khoảng 100 lao động ngoại tỉnh.';

  it('a qualifier the quote does not state is refused, naming what the quote says and the word table', () => {
    expect(problemsWithZone({ facts: [makeFact({ qualifier: 'nearly' })] })).toEqual([
      {
        file: ZONE_FILE,
        field: 'facts[0] (area).qualifier',
        problem: 'the quote says "73,5 ha" (exact), not nearly',
        fix: 'set `qualifier: exact` (trên/hơn → over, khoảng → about, gần → nearly, ước → estimate, tối thiểu → at-least, tối đa → up-to; lên đến (amounting to) or none → exact)',
      },
    ]);
  });

  it('an exact figure whose quote says "trên" (over) is refused; the qualifier the quote states passes', () => {
    const article = articleWith(OVER);
    const fact = workers({ value: 80, quote: 'KCN Mẫu có trên 80 lao động người địa phương' });
    expect(problemsWithZone({ facts: [makeFact(), fact] }, [article])[0]).toMatchObject({
      field: 'facts[1] (workers).qualifier',
      problem: 'the quote says "trên 80 lao động" (over), not exact',
    });
    expect(problemsWithZone({ facts: [makeFact(), { ...fact, qualifier: 'over' }] }, [article])).toEqual([]);
  });

  it('"ước đạt khoảng" states both an estimate and "about": either qualifier passes', () => {
    const article = articleWith('Doanh thu ước đạt khoảng 350 tỷ đồng.');
    const revenue = (qualifier: 'estimate' | 'about' | 'over') =>
      makeFact({ id: 'revenue', metric: 'revenue', value: 350e9, unit: 'vnd', topic: 'performance', qualifier, quote: 'Doanh thu ước đạt khoảng 350 tỷ đồng' });
    expect(problemsWithZone({ facts: [makeFact(), revenue('estimate')] }, [article])).toEqual([]);
    expect(problemsWithZone({ facts: [makeFact(), revenue('about')] }, [article])).toEqual([]);
    expect(problemsWithZone({ facts: [makeFact(), revenue('over')] }, [article])).toHaveLength(1);
  });

  it('a target is not held to the words before its number', () => {
    expect(problemsWithZone({ facts: [makeFact({ qualifier: 'target' })] })).toEqual([]);
  });

  it('a negative value never matches a quote (the scanner reads no signs), so it is refused', () => {
    expect(problemsWithZone({ facts: [makeFact({ value: -73.5 })] })[0]).toMatchObject({ field: 'facts[0] (area).value' });
  });
});

describe('verifySite: where a quote comes from', () => {
  it('a quote that runs across two paragraphs (a caption and the text after it) is refused', () => {
    const article = makeArticle({
      paragraphs: [
        { kind: 'caption', text: 'KCN Mẫu nhìn từ trên cao' },
        { kind: 'text', text: 'KCN Mẫu có diện tích 73,5 ha.' },
      ],
      text: 'Phát triển KCN Mẫu KCN Mẫu nhìn từ trên cao KCN Mẫu có diện tích 73,5 ha.',
    });
    expect(problemsWithZone({ facts: [makeFact({ quote: 'nhìn từ trên cao KCN Mẫu có diện tích 73,5 ha' })] }, [article])).toContainEqual({
      file: ZONE_FILE,
      field: 'facts[0] (area).quote',
      problem: `the quote "nhìn từ trên cao KCN Mẫu có diện tích 73,5 ha" runs across two paragraphs of ${ARTICLE_FILE} (e.g. a photo caption and the text after it)`,
      fix: 'quote from one paragraph only; split it into two items if both parts are needed',
    });
  });

  it("a zone's quote that names another zone and not its own is refused, pointing to the other zone's file", () => {
    const other = makeCluster({
      id: 'cam-giang',
      file: 'src/content/zones/cam-giang.yaml',
      name: { vi: 'Cụm công nghiệp Cẩm Giàng', en: 'Cẩm Giàng Industrial Cluster' },
    });
    const article = articleWith('CCN Cẩm Giàng có diện tích 50 ha.');
    const misfiled = makeFact({ id: 'area-cam-giang', value: 50, quote: 'CCN Cẩm Giàng có diện tích 50 ha' });
    const problems = verifySite(makeContent({ zones: [makeZone({ facts: [makeFact(), misfiled] }), other], articles: [article] }));
    expect(problems).toEqual([
      {
        file: ZONE_FILE,
        field: 'facts[1] (area-cam-giang).quote',
        problem: 'the quote names Cụm công nghiệp Cẩm Giàng (src/content/zones/cam-giang.yaml) and not Khu công nghiệp Mẫu',
        fix: 'move the item to src/content/zones/cam-giang.yaml, or quote a sentence about Khu công nghiệp Mẫu',
      },
    ]);
  });
});

describe('verifySite: ids that become HTML anchors', () => {
  const status = (id: string) => ({
    id,
    text: { vi: 'Đang mở rộng.', en: 'Expanding.' },
    source: 'bai-mau',
    quote: 'Tỉnh ưu tiên thu hút các dự án chế biến gỗ',
  });

  it('two status entries with one id are refused', () => {
    expect(problemsWithZone({ status: [status('plan'), status('plan')] })).toEqual([
      {
        file: ZONE_FILE,
        field: 'status[1] (plan).id',
        problem: 'the id "plan" is already used by status[0] (plan) (both would get the anchor q-mau-plan)',
        fix: 'give each fact and status entry of the file its own id',
      },
    ]);
  });

  it('a status id equal to a fact id, or to a positional anchor ("sector-0"), is refused', () => {
    expect(problemsWithZone({ status: [status('area')] })[0]).toMatchObject({ field: 'status[0] (area).id' });
    expect(problemsWithZone({ status: [status('sector-0')] })[0]).toMatchObject({
      field: 'status[0] (sector-0).id',
      problem: 'the id "sector-0" is the anchor of a sector, tenant or location quote',
    });
  });
});

describe('verifySite: narratives, tenants and sums "amounting to"', () => {
  it('an owner without its overview in one language is refused, naming the file to write', () => {
    const content = makeContent();
    const problems = verifySite({ ...content, narratives: content.narratives.filter((n) => !(n.owner === 'mau' && n.lang === 'en')) });
    expect(problems).toEqual([
      {
        file: 'narratives/mau/en.mdx',
        field: '(file)',
        problem: 'Mẫu Industrial Park has no English overview',
        fix: 'write it (each zone and province has narratives/<id>/vi.mdx and en.mdx, citing the same facts with <Fact id="…" />)',
      },
    ]);
  });

  it('a narrative folder that names no zone or province is refused', () => {
    const content = makeContent();
    const stray = { owner: 'mau-cu', lang: 'vi', file: 'src/content/narratives/mau-cu/vi.mdx', tree: parseNarrative('Cũ.').tree };
    expect(verifySite({ ...content, narratives: [...content.narratives, stray] })).toEqual([
      expect.objectContaining({ file: stray.file, field: '(file name)', problem: 'its folder "mau-cu" names no zone or province' }),
    ]);
  });

  it('the same enterprise listed twice is refused: each once, a second source goes under its activity', () => {
    const tenant = { name: 'Công ty TNHH Mẫu', nameEn: 'Mẫu Co., Ltd.', source: 'bai-mau', quote: 'Tỉnh ưu tiên thu hút các dự án chế biến gỗ' };
    expect(problemsWithZone({ tenants: [tenant, tenant] })).toEqual([
      {
        file: ZONE_FILE,
        field: 'tenants[1] (Công ty TNHH Mẫu)',
        problem: 'lists the same enterprise as tenants[0]',
        fix: 'list each enterprise once; put a second source saying what it does under its `activity`',
      },
    ]);
  });

  it("a tenant's activity quote is checked like any other", () => {
    const tenant = { name: 'Công ty TNHH Mẫu', nameEn: 'Mẫu Co., Ltd.', source: 'bai-mau', quote: 'Tỉnh ưu tiên thu hút các dự án chế biến gỗ' };
    const activity = { text: { vi: 'Sản xuất', en: 'Manufacturing' }, source: 'bai-mau', quote: 'Sản xuất tại Công ty TNHH Mẫu' };
    expect(problemsWithZone({ tenants: [{ ...tenant, activity }] })).toEqual([
      quoteMissing(ZONE_FILE, 'tenants[0] (Công ty TNHH Mẫu).activity', 'Sản xuất tại Công ty TNHH Mẫu'),
    ]);
  });

  it('"lên đến 1.620 tỷ đồng" states the sum it amounts to: exact is accepted (and so is up-to)', () => {
    const quote = 'tổng vốn đầu tư đăng ký lên đến 1.620 tỷ đồng';
    const fact = makeFact({ id: 'capital', metric: 'capital', unit: 'vnd', value: 1620e9, quote });
    expect(problemsWithZone({ facts: [fact] }, [articleWith(`${quote}.`)])).toEqual([]);
    expect(problemsWithZone({ facts: [{ ...fact, qualifier: 'up-to' }] }, [articleWith(`${quote}.`)])).toEqual([]);
  });
});
