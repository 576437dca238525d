/**
 * The narratives (src/lib/narrative/): how the loader reads a narrative file into the tree the site renders, the
 * syntax it refuses, each way a narrative can state more than its owner's facts, and the English number rules the
 * check reads by. The files in tests/fixtures/narratives/ go through the loader's own reading (narrativeFiles,
 * narrativeOfFile) and the build's content checks (verifySite).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { narrativeFiles, narrativeOfFile } from '../../src/loaders/narratives.ts';
import { checkNarrative, findDates, narrativeOwner } from '../../src/lib/narrative/check.ts';
import { findEnQuantities } from '../../src/lib/narrative/en-number.ts';
import { parseNarrative } from '../../src/lib/narrative/tree.ts';
import { missingText } from '../../src/lib/narrative/computed.ts';
import { statusTimeline } from '../../src/lib/status.ts';
import { SiteDataError, verifySite } from '../../src/lib/verify.ts';
import { useT } from '../../src/i18n/index.ts';
import { ARTICLE_TEXT, makeArticle, makeCluster, makeContent, makeFact, makeZone } from './lib/site-fixture.ts';

const DIR = 'tests/fixtures/narratives';
const file = (owner: string, lang: string) => join(DIR, owner, `${lang}.mdx`);
/** The fixture park: 73.5 ha, and about 1,000 people as of 2021/2025 under a resolution of 12/8/2021. */
const WORKERS_QUOTE = 'Tổng số lao động tại KCN hiện nay khoảng 1.000 người theo Nghị quyết số 16-NQ/TU ngày 12/8/2021.';
const zone = makeZone({
  facts: [
    makeFact(),
    makeFact({
      id: 'workers',
      metric: 'workers',
      value: 1000,
      unit: 'people',
      qualifier: 'about',
      asOf: '2021/2025',
      quote: WORKERS_QUOTE,
      topic: 'operations',
    }),
  ],
});
const article = makeArticle({ paragraphs: [...ARTICLE_TEXT, WORKERS_QUOTE].map((text) => ({ kind: 'text' as const, text })) });
const owner = narrativeOwner(zone, () => article);
const parse = (mdx: string) => {
  const { tree, problems } = parseNarrative(mdx);
  expect(problems).toEqual([]);
  return tree;
};
const sibling = (ids: string[]) => ({ file: 'narratives/mau/vi.mdx', cites: new Map(ids.map((id) => [id, 1])) });
/** The problems of an English text whose Vietnamese sibling cites both facts. */
const en = (mdx: string) => checkNarrative(parse(mdx), 'en', owner, sibling(['area', 'workers']));
const vi = (mdx: string) => checkNarrative(parse(mdx), 'vi', owner, sibling(['area', 'workers']));

/** The fixture files as the loader reads them, with `edit` replacing the text of some. */
function narratives(edit: Record<string, string> = {}) {
  return narrativeFiles(DIR).map(({ id, path }) => {
    const { tree, problems } = narrativeOfFile(edit[id] ?? readFileSync(path, 'utf8'), path);
    expect(problems).toEqual([]);
    const [owner = '', lang = ''] = id.split('/');
    return { owner, lang, file: path, tree };
  });
}
/** The content checks on the fixture park and `lone` (a zone with one narrative), their narratives read from the fixture folder. */
function problemsOf(edit: Record<string, string> = {}) {
  const content = makeContent({ articles: [article], zones: [zone, makeZone({ id: 'lone', file: 'src/content/zones/lone.yaml', order: 2 })] });
  const others = content.narratives.filter((n) => n.owner !== 'mau' && n.owner !== 'lone');
  return verifySite({ ...content, narratives: [...others, ...narratives(edit)] });
}

describe('reading a narrative file: the tree the site renders', () => {
  it('keeps paragraphs, text as written and as shown (typographic quotes), emphasis, links, line breaks and the components with their place', () => {
    const { tree, problems } = parseNarrative(
      `It's "the" *park* **now** [site](https://example.org "Site")  \nand <Fact id="area" />.\n\n<Missing />\n\n<Count of="clusters" /> clusters.`,
    );
    expect(problems).toEqual([]);
    expect(tree).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'It\'s "the" ', display: 'It’s “the” ', at: [1, 1] },
          { type: 'emphasis', children: [{ type: 'text', value: 'park', display: 'park', at: [1, 13] }] },
          { type: 'text', value: ' ', display: ' ', at: [1, 18] },
          { type: 'strong', children: [{ type: 'text', value: 'now', display: 'now', at: [1, 21] }] },
          { type: 'text', value: ' ', display: ' ', at: [1, 26] },
          { type: 'link', url: 'https://example.org', title: 'Site', children: [{ type: 'text', value: 'site', display: 'site', at: [1, 28] }] },
          { type: 'break' },
          { type: 'text', value: 'and ', display: 'and ', at: [2, 1] },
          { type: 'Fact', id: 'area', at: [2, 5] },
          { type: 'text', value: '.', display: '.', at: [2, 23] },
        ],
      },
      { type: 'Missing', at: [4, 1] },
      {
        type: 'paragraph',
        children: [
          { type: 'Count', of: 'clusters', at: [6, 1] },
          { type: 'text', value: ' clusters.', display: ' clusters.', at: [6, 24] },
        ],
      },
    ]);
  });

  it('refuses, by line and column, what MDX would accept but a narrative cannot hold, and says what to write', () => {
    const problems = (mdx: string) => parseNarrative(mdx).problems.map((p) => `${p.line}:${p.column}: ${p.problem}. Fix: ${p.fix}`);
    expect(problems('import X from "x"\n\nMẫu.')).toEqual([
      '1:1: has an import or export, which a narrative cannot hold. Fix: remove it: the narrative components need no import',
    ]);
    expect(problems('Mẫu covers {73.5} ha.')[0]).toMatch(
      /^1:12: has a \{…\} expression, which a narrative cannot hold\. Fix: remove it, or write \\\{ for a literal brace/,
    );
    expect(problems('Mẫu.\n\n## Figures\n')[0]).toMatch(/^3:1: has a heading, which a narrative cannot hold/);
    expect(problems('- one\n- two')[0]).toMatch(/^1:1: has a list, which a narrative cannot hold\. Fix: write the items as sentences of a paragraph/);
    expect(problems('See <b>this</b>.')).toEqual(['1:5: <b> is not a narrative component. Fix: use <Fact />, <Missing />, <Count />']);
    expect(problems('<Figure id="area" />')).toEqual(['1:1: <Figure> is not a narrative component. Fix: use <Fact />, <Missing />, <Count />']);
    expect(problems('A <Fact /> b')).toEqual(['1:3: <Fact /> has no id. Fix: write <Fact id="<fact id>" /> with the id of a fact of the owner']);
    expect(problems('<Fact id="area" owner="other" />')).toEqual(['1:1: <Fact> has the attribute "owner". Fix: give it only id="…"']);
    expect(problems('<Count of="roads" />')).toEqual(['1:1: <Count /> needs of="parks", "clusters" or "articles". Fix: write e.g. <Count of="clusters" />']);
    expect(problems('---\nsummary: Mẫu.\n---\nMẫu.')[0]).toMatch(/^1:1: has front matter\. Fix: remove it/);
    expect(problems('See [the plan](javascript:alert(1)).')).toEqual([
      '1:5: the link address "javascript:alert(1)" is not a web address. Fix: link to an https:// address, a path of the site or an #anchor',
    ]);
    expect(problems('See [the plan](https://example.org/plan) and [the row](#fact-area).')).toEqual([]);
    expect(problems('Mẫu <Fact id="area" covers.')[0]).toMatch(/^1:\d+: is not valid MDX \(.*\)\. Fix: write text with <Fact \/>, <Missing \/>, <Count \/>/);
  });

  it('reads a folder of narratives as <owner>/<lang>.mdx, and the build message names the file, line and column', () => {
    expect(narrativeFiles(DIR).map((f) => f.id)).toEqual(['lone/vi', 'mau/en', 'mau/vi', 'nobody/en']);
    const { problems } = narrativeOfFile('Mẫu {covers}.', file('mau', 'en'));
    expect(new SiteDataError(problems).message).toContain(`${file('mau', 'en')}:1:5: has a {…} expression, which a narrative cannot hold. Fix:`);
  });
});

describe('the narrative check, on the fixture park (73.5 ha, about 1,000 people)', () => {
  it('passes the fixture narratives, which state every figure through <Fact /> and cite what their sibling cites', () => {
    expect(problemsOf().filter((p) => p.file.includes('/mau/'))).toEqual([]);
  });

  it('refuses a wrong number in English prose, naming the line, and suggests the fact when one has the value', () => {
    const problems = en('Mẫu covers <Fact id="area" />.\n\nIt employs 1,200 people and <Fact id="workers" />.');
    expect(problems).toEqual([
      expect.objectContaining({ line: 3, column: 12, problem: 'the prose states "1,200", which is not a figure this narrative cites' }),
    ]);
    expect(problems[0]!.fix).toContain('no fact of mau has this value: add it with its quote to src/content/zones/mau.yaml');
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

  it('refuses an unknown fact id', () => {
    expect(en('<Fact id="rent" /> <Fact id="area" /> <Fact id="workers" />')[0]).toMatchObject({
      problem: '<Fact id="rent" /> names no fact of mau',
      fix: expect.stringContaining('area, workers'),
    });
  });

  it('refuses a fact cited in one language only, naming the line in each file', () => {
    const viOnly = 'KCN Mẫu có diện tích <Fact id="area" />.\n\nVà <Fact id="workers" /> lao động, thêm <Fact id="workers" />.';
    expect(problemsOf({ 'mau/vi': viOnly }).filter((p) => p.file.includes('/mau/'))).toEqual([]);
    const onlyArea = checkNarrative(parse('Mẫu covers <Fact id="area" />.'), 'en', owner, sibling(['area', 'workers']));
    expect(onlyArea).toEqual([
      expect.objectContaining({ line: 1, problem: 'does not cite the fact "workers", which the vi narrative cites (narratives/mau/vi.mdx:1)' }),
    ]);
    const extra = checkNarrative(parse('Mẫu.\n\nIt covers <Fact id="area" /> with <Fact id="workers" />.'), 'en', owner, sibling(['area']));
    expect(extra).toEqual([expect.objectContaining({ line: 3, problem: 'cites the fact "workers", which the vi narrative (narratives/mau/vi.mdx) does not' })]);
  });

  it('stops the build with one message naming the file, the line and the fix', () => {
    const message = new SiteDataError(problemsOf({ 'mau/en': 'Mẫu covers 80 ha and <Fact id="area" />.\n' })).message;
    expect(message).toContain(`${file('mau', 'en')}:1:12: the prose states "80 ha", which is not a figure this narrative cites. Fix:`);
    expect(message).toContain(`${file('mau', 'en')}:1:1: does not cite the fact "workers", which the vi narrative cites (${file('mau', 'vi')}:1)`);
  });

  it('refuses a narrative without its other language, and one whose folder names no zone or province', () => {
    const problems = problemsOf();
    expect(problems).toContainEqual(expect.objectContaining({ file: 'narratives/lone/en.mdx', problem: 'Mẫu Industrial Park has no English overview' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: file('nobody', 'en'), problem: 'its folder "nobody" names no zone or province' }));
  });

  it("reads the dates of every item of the owner and of its sources: a statement's date and its article's period are allowed", () => {
    const dated = narrativeOwner(
      makeZone({ status: [{ id: 'plan', text: { vi: 'Quy hoạch.', en: 'Plan.' }, asOf: '2023-08', source: 'bai-cu', quote: 'Quy hoạch đến năm 2030.' }] }),
      (slug) => (slug === 'bai-cu' ? { date: undefined, period: '2019/2020' } : article),
    );
    expect(dated.dates).toEqual(expect.arrayContaining(['2023-08', 'Quy hoạch đến năm 2030.', '2019/2020', '2022-02-21']));
    expect(checkNarrative(parse('In August 2023, by 2030, as in 2019: <Fact id="area" />.'), 'en', dated, undefined)).toEqual([]);
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
