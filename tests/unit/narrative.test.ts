/**
 * The narrative check (src/lib/narrative/): each way a narrative can state more than its owner's facts, on fixture
 * files (tests/fixtures/narratives/) run through the real remark plugin, and the English number rules it reads by.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { checkNarrative, findDates } from '../../src/lib/narrative/check.ts';
import { findEnQuantities } from '../../src/lib/narrative/en-number.ts';
import remarkNarrative, { narrativeProblems, readOwner } from '../../src/lib/narrative/remark.ts';
import { missingText } from '../../src/lib/narrative/computed.ts';
import { statusTimeline } from '../../src/lib/status.ts';
import { useT } from '../../src/i18n/index.ts';
import { makeArticle, makeCluster, makeFact } from './lib/site-fixture.ts';

const FIXTURES = 'tests/fixtures/narratives';
const options = { seedsDir: join(FIXTURES, 'seeds') };
const contentDir = join(FIXTURES, 'content');
const file = (owner: string, lang: string) => join(contentDir, 'narratives', owner, `${lang}.mdx`);
const parse = (mdx: string) => remark().use(remarkMdx).parse(mdx);
const owner = readOwner(contentDir, options.seedsDir, 'mau')!;
const sibling = (ids: string[]) => ({ file: 'narratives/mau/vi.mdx', cites: new Map(ids.map((id) => [id, 1])) });
const both = sibling(['area', 'workers']);
/** The problems of an English text whose Vietnamese sibling cites both facts. */
const en = (mdx: string) => checkNarrative(parse(mdx), 'en', owner, both);
const vi = (mdx: string) => checkNarrative(parse(mdx), 'vi', owner, sibling(['area', 'workers']));

/** Runs the real plugin on a fixture file, as the MDX integration does; returns the error message, if any. */
function compile(owner: string, lang: string, text = readFileSync(file(owner, lang), 'utf8')): string | undefined {
  const vfile = new VFile({ path: file(owner, lang), value: text });
  try {
    remarkNarrative(options)(parse(text), vfile);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('the narrative check, on the fixture park (73.5 ha, about 1,000 people)', () => {
  it('passes a narrative that states every figure through <Fact /> and cites what its sibling cites', () => {
    expect(compile('mau', 'vi')).toBeUndefined();
    expect(compile('mau', 'en')).toBeUndefined();
  });

  it('refuses a wrong number in English prose, naming the line, and suggests the fact when one has the value', () => {
    const problems = en('Mẫu covers <Fact id="area" />.\n\nIt employs 1,200 people and <Fact id="workers" />.');
    expect(problems).toEqual([
      expect.objectContaining({ line: 3, column: 12, problem: 'the prose states "1,200", which is not a figure this narrative cites' }),
    ]);
    expect(problems[0]!.fix).toContain('no fact of mau has this value: add it with its quote to');
    expect(en('Mẫu covers 73.5 ha <Fact id="workers" />.').find((p) => p.column > 1)).toMatchObject({
      line: 1,
      problem: expect.stringContaining('"73.5 ha"'),
      fix: 'write <Fact id="area" /> instead of the number',
    });
  });

  it('accepts a number in prose that repeats a cited figure (same value and unit)', () => {
    expect(en('Mẫu covers 73.5 ha: <Fact id="area" />, with <Fact id="workers" />.')).toEqual([]);
    expect(vi('KCN Mẫu rộng 73,5 ha (<Fact id="area" />), <Fact id="workers" />.')).toEqual([]);
  });

  it('reads Vietnamese prose by the Vietnamese number rules: 73.5 ha in Vietnamese is 73,5 ha', () => {
    expect(vi('KCN Mẫu rộng 73,5 ha, <Fact id="area" /> <Fact id="workers" />.')).toEqual([]);
    const problems = vi('KCN Mẫu rộng 74,5 ha, <Fact id="area" /> <Fact id="workers" />.');
    expect(problems).toEqual([expect.objectContaining({ line: 1, problem: 'the prose states "74,5 ha", which is not a figure this narrative cites' })]);
  });

  it('refuses a spelled-out count that no cited fact has ("six clusters")', () => {
    expect(en('Mẫu is one of six parks <Fact id="area" /> <Fact id="workers" />.')[0]).toMatchObject({ problem: expect.stringContaining('"six"') });
  });

  it('allows years and dates that belong to a cited fact or its source, and no others', () => {
    expect(en('In 2021–2025 (<Fact id="workers" />, under the resolution of 12 August 2021) <Fact id="area" />, reported on 21 February 2022.')).toEqual([]);
    expect(vi('Ngày 12/8/2021, bài ngày 21/02/2022: <Fact id="area" /> <Fact id="workers" />.')).toEqual([]);
    const problems = en('By 2030 the park will grow. <Fact id="area" /> <Fact id="workers" /> On 3 March 2022 it opened.');
    expect(problems.map((p) => p.problem)).toEqual([
      'the date "2030" belongs to no cited fact, statement or source of mau',
      'the date "3 March 2022" belongs to no cited fact, statement or source of mau',
    ]);
  });

  it('refuses a typed statement of absence: <Missing /> computes it from the facts', () => {
    expect(en('The sources give no workforce figure. <Fact id="area" /> <Fact id="workers" />')[0]).toMatchObject({
      problem: '"give no" types what the sources do not say',
      fix: expect.stringContaining('<Missing />'),
    });
    expect(vi('Các nguồn không nêu diện tích. <Fact id="area" /> <Fact id="workers" />')[0]).toMatchObject({
      problem: '"không nêu" types what the sources do not say',
    });
  });

  it('refuses an unknown fact id and an unknown component', () => {
    expect(en('<Fact id="rent" /> <Fact id="area" /> <Fact id="workers" />')[0]).toMatchObject({
      problem: '<Fact id="rent" /> names no fact of mau',
      fix: expect.stringContaining('area, workers'),
    });
    expect(en('<Figure id="area" /> <Fact id="area" /> <Fact id="workers" />')[0]).toMatchObject({ problem: '<Figure> is not a narrative component' });
  });

  it('refuses a fact cited in one language only, naming the line in each file', () => {
    const viOnly = compile('mau', 'vi', 'KCN Mẫu có diện tích <Fact id="area" />.\n\nVà <Fact id="workers" /> lao động, thêm <Fact id="workers" />.');
    expect(viOnly).toBeUndefined();
    const onlyArea = checkNarrative(parse('Mẫu covers <Fact id="area" />.'), 'en', owner, sibling(['area', 'workers']));
    expect(onlyArea).toEqual([
      expect.objectContaining({ line: 1, problem: 'does not cite the fact "workers", which the vi narrative cites (narratives/mau/vi.mdx:1)' }),
    ]);
    const extra = checkNarrative(parse('Mẫu.\n\nIt covers <Fact id="area" /> with <Fact id="workers" />.'), 'en', owner, sibling(['area']));
    expect(extra).toEqual([expect.objectContaining({ line: 3, problem: 'cites the fact "workers", which the vi narrative (narratives/mau/vi.mdx) does not' })]);
  });

  it('stops the build with one message naming the file, the line and the fix', () => {
    const message = compile('mau', 'en', 'Mẫu covers 80 ha and <Fact id="area" />.\n');
    expect(message).toContain(`${file('mau', 'en')}:1:12: the prose states "80 ha", which is not a figure this narrative cites. Fix:`);
    expect(message).toContain(`${file('mau', 'en')}:1:1: does not cite the fact "workers", which the vi narrative cites (${file('mau', 'vi')}:1)`);
  });

  it('refuses a narrative without its other language, and one whose folder names no zone or province', () => {
    expect(compile('lone', 'vi')).toContain(
      `${file('lone', 'vi')}:1:1: has no English counterpart (${file('lone', 'en')}). Fix: write ${file('lone', 'en')} citing the same facts`,
    );
    expect(compile('nobody', 'en')).toContain('its folder "nobody" names no zone or province');
  });

  it('leaves MDX outside the narratives folder alone', () => {
    expect(narrativeProblems(options, 'src/pages/other.mdx', parse('Costs 5 dollars.'))).toBeUndefined();
  });

  it('hands each component its owner, so authors never type it', () => {
    const tree = parse(readFileSync(file('mau', 'en'), 'utf8'));
    remarkNarrative(options)(tree, new VFile({ path: file('mau', 'en') }));
    expect(JSON.stringify(tree)).toContain('"name":"owner","value":"mau"');
  });
});

describe('English number rules', () => {
  it('reads the notation format.ts writes: thousands commas, decimal points, VND/USD with scale words, percent, hectares', () => {
    const read = (s: string) => findEnQuantities(s).map((q) => [q.value, q.unit]);
    expect(read('1,000 people, 73.5 ha, VND 350 billion, USD 5.5 million, 75.6%')).toEqual([
      [1000, 'number'],
      [73.5, 'ha'],
      [350e9, 'vnd'],
      [5.5e6, 'usd'],
      [75.6, 'percent'],
    ]);
  });

  it('skips what is not a figure: years, periods, dates, ratios and document numbers', () => {
    expect(findEnQuantities('In 2021–2025, on 22 August 2023, a 1/500 plan under Resolution 16-NQ/TU of August 2021')).toEqual([]);
    expect(findDates('22 August 2023, 21/02/2022, tháng 8/2023, 2030').map((d) => [d.year, d.month, d.day])).toEqual([
      [2023, 8, 22],
      [2022, 2, 21],
      [2023, 8, undefined],
      [2030, undefined, undefined],
    ]);
  });
});

describe('what a narrative computes instead of typing', () => {
  it('a cluster without figures says which headline figures the sources do not give; adding an area removes it from the sentence', () => {
    const bare = makeCluster({ facts: [] });
    expect(missingText(bare, 'en', useT('en'))).toBe(
      'The sources give no figures for this industrial cluster alone on area, projects, workforce, income, revenue, and exports.',
    );
    expect(missingText(bare, 'vi', useT('vi'))).toBe(
      'Các nguồn không nêu diện tích, số dự án, số lao động, thu nhập, doanh thu và giá trị xuất khẩu riêng của cụm công nghiệp này.',
    );
    const withArea = makeCluster({ facts: [makeFact()] });
    expect(missingText(withArea, 'en', useT('en'))).toBe(
      'The sources give no figures for this industrial cluster alone on projects, workforce, income, revenue, and exports.',
    );
  });
});

describe('the status timeline', () => {
  it('orders statements newest first by their article date, undated articles last in file order (Huyền Tụng: 002, 003, then 000)', () => {
    const articles = {
      a000: makeArticle({ slug: 'a000', date: undefined, period: '2021/2023', dateInferred: true }),
      a002: makeArticle({ slug: 'a002', date: '2022-02-21' }),
      a003: makeArticle({ slug: 'a003', date: '2021-06-30' }),
    };
    const entry = (id: string, source: keyof typeof articles) => ({ id, text: { vi: id, en: id }, source, quote: 'trích dẫn mẫu' });
    const owner = {
      status: [entry('plan-1-500', 'a000'), entry('established', 'a003'), entry('site-built', 'a000'), entry('preparing', 'a002'), entry('caption', 'a002')],
    };
    const timeline = statusTimeline(owner, (slug) => articles[slug as keyof typeof articles]);
    expect(timeline.map((t) => [t.entry.id, t.date])).toEqual([
      ['preparing', '2022-02-21'],
      ['caption', '2022-02-21'],
      ['established', '2021-06-30'],
      ['plan-1-500', undefined],
      ['site-built', undefined],
    ]);
  });
});
