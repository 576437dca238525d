/**
 * Every class of bad input a maintainer can make, built for real through the whole wiring (loaders, schemas, the
 * content checks, rendering): the build must exit non-zero, name the file, the field or line and the fix, and leave
 * the output folder exactly as the last good build, file by file. Each case is a copy of the real content or
 * seeds with one defect; the rules themselves are unit-tested (tests/unit/verify-site.test.ts, schemas, loader).
 * docs/refusals.md lists the same cases.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, tempDir } from './lib/build.ts';
import { diffTrees } from './lib/tree.ts';

const tmp = tempDir('refusals');
const OUT = join(tmp.dir, 'dist');
const GOOD = join(tmp.dir, 'good');
/** Source pages a build has that the good build has not: the article a case added. */
const newSources = (out: string) => {
  const known = new Set(readdirSync(join(GOOD, 'vi', 'sources')));
  return readdirSync(join(out, 'vi', 'sources')).filter((d) => !known.has(d));
};
afterAll(() => tmp.cleanup());

/** A copy of src/content with `edit` applied to it (the folder is passed in). */
function content(name: string, edit: (dir: string) => void): Record<string, string> {
  const dir = join(tmp.dir, name, 'content');
  cpSync('src/content', dir, { recursive: true });
  edit(dir);
  return { CONTENT_DIR: dir };
}

/** A copy of seeds/ with `edit` applied to it. */
function seeds(name: string, edit: (dir: string) => void): Record<string, string> {
  const dir = join(tmp.dir, name, 'seeds');
  cpSync('seeds', dir, { recursive: true });
  edit(dir);
  return { SEEDS_DIR: dir };
}

/** Replaces `from` by `to` in one file; the fixture is void if the text is not there. */
function replaceIn(file: string, from: string | RegExp, to: string): void {
  const before = readFileSync(file, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture: ${String(from)} not found in ${file}`);
  writeFileSync(file, after);
}

/** The block of one fact (from its `- id:` line to the next item), to edit it alone. */
function editFact(file: string, id: string, edit: (block: string) => string): void {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(`- id: ${id}\n`);
  if (start < 0) throw new Error(`fixture: no fact ${id} in ${file}`);
  const end = text.indexOf('\n- ', start + 1);
  const block = text.slice(start, end < 0 ? undefined : end);
  const edited = edit(block);
  if (edited === block) throw new Error(`fixture: the edit changed nothing in ${id}`);
  writeFileSync(file, text.replace(block, edited));
}

const zone = (dir: string, id: string) => join(dir, 'zones', `${id}.yaml`);
const narrative = (dir: string, id: string, lang: string) => join(dir, 'narratives', id, `${lang}.mdx`);

interface Case {
  class: string;
  example: string;
  env: () => Record<string, string>;
  /** What the build prints: the file, the field or line, the problem and the fix. */
  message: RegExp;
}

const cases: Case[] = [
  {
    class: 'schema: a missing language',
    example: 'a zone without its English name',
    env: () => content('english', (d) => replaceIn(zone(d, 'cam-giang'), /\n {2}en: Cẩm Giàng Industrial Cluster\n/, '\n')),
    message: /zones → cam-giang data does not match collection schema[\s\S]*name\.en: the English text is missing: add an `en:` line/,
  },
  {
    class: 'schema: a key the schema does not know',
    example: 'a label in YAML flow style cut at its first comma',
    env: () =>
      content('flow-label', (d) =>
        editFact(zone(d, 'thanh-binh'), 'phase-1-area-000', (b) =>
          b.replace(/ {2}label:\n {4}vi: .*\n {4}en: .*\n/, '  label: { vi: Diện tích giai đoạn I, en: Phase I area (first stage, over 73 ha) }\n'),
        ),
      ),
    message:
      /zones → thanh-binh data does not match collection schema[\s\S]*label: unknown key "over 73 ha\)": remove it if it is a typo; if it is the rest of a text cut at a comma, write the field in block style/,
  },
  {
    class: 'schema: an impossible date',
    example: 'asOf: 2022-13 on a fact',
    env: () => content('as-of', (d) => editFact(zone(d, 'thanh-binh'), 'phase-1-area-000', (b) => b.replace('  unit: ha\n', '  unit: ha\n  asOf: 2022-13\n'))),
    message: /zones → thanh-binh data does not match collection schema[\s\S]*asOf: month 13 does not exist in 2022-13: write a date that exists/,
  },
  {
    class: 'metadata: an impossible date',
    example: 'date: 2022-13-45 in seeds/metadata.yaml',
    env: () => seeds('metadata-date', (d) => replaceIn(join(d, 'metadata.yaml'), 'period: 2021/2023', 'date: 2022-13-45')),
    message: /seeds\/metadata\.yaml: 000_f42ab8ae87e2fec6\.txt\.date: month 13 does not exist in 2022-13-45: write a date that exists\. Fix:/,
  },
  {
    class: 'schema: a value written as text',
    example: "value: '73' on a fact",
    env: () => content('value-text', (d) => editFact(zone(d, 'thanh-binh'), 'phase-1-area-000', (b) => b.replace('  value: 73\n', "  value: '73'\n"))),
    message: /zones → thanh-binh data does not match collection schema[\s\S]*value: the value must be a number in base units/,
  },
  {
    class: 'schema: a printed figure without its note',
    example: 'asPrinted kept, note removed',
    env: () =>
      content('as-printed-note', (d) =>
        editFact(join(d, 'provinces', 'bac-giang.yaml'), 'exports-2023', (b) => b.replace(/\n {2}note:\n {4}vi: .*\n {4}en: .*/, '')),
      ),
    message: /provinces → bac-giang data does not match collection schema[\s\S]*note: a figure shown as printed \(`asPrinted`\) needs a `note`/,
  },
  {
    class: 'content check: an unknown article',
    example: 'source: hoc-tap-bac-giang',
    env: () =>
      content('article', (d) => replaceIn(join(d, 'provinces', 'bac-giang.yaml'), 'source: hoc-tap-kinh-nghiem-bac-giang', 'source: hoc-tap-bac-giang')),
    message: /provinces\/bac-giang\.yaml: facts\[0\] \(parks-planned-2030\)\.source: refers to an unknown article "hoc-tap-bac-giang"\. Fix: use one of: /,
  },
  {
    class: 'content check: a quote that is not in its article',
    example: '757 for 775 in the quote of workers-000',
    env: () =>
      content('quote', (d) =>
        replaceIn(zone(d, 'thanh-binh'), 'Tổng số lao động làm việc tại KCN hiện có 775 người', 'Tổng số lao động làm việc tại KCN hiện có 757 người'),
      ),
    message:
      /zones\/thanh-binh\.yaml: facts\[\d+\] \(workers-000\)\.quote: the quote "Tổng số lao động làm việc tại KCN hiện có 757 người.*" does not occur in seeds\/000_f42ab8ae87e2fec6\.txt\. Fix: copy the sentence verbatim/,
  },
  {
    class: 'content check: a qualifier the quote contradicts',
    example: 'qualifier: nearly on "trên 73ha"',
    env: () => content('qualifier', (d) => editFact(zone(d, 'thanh-binh'), 'phase-1-area-000', (b) => b.replace('qualifier: over', 'qualifier: nearly'))),
    message:
      /zones\/thanh-binh\.yaml: facts\[\d+\] \(phase-1-area-000\)\.qualifier: the quote says "trên 73ha" \(over\), not nearly\. Fix: set `qualifier: over`/,
  },
  {
    class: 'content check: a figure shown as printed that is not a reading of it',
    example: 'value: -3000 with asPrinted "15,1 tỷ triệu USD"',
    env: () =>
      content('as-printed', (d) => editFact(join(d, 'provinces', 'bac-giang.yaml'), 'exports-2023', (b) => b.replace('value: 15100000000', 'value: -3000'))),
    message:
      /provinces\/bac-giang\.yaml: facts\[\d+\] \(exports-2023\)\.value: -3000 is not a reading of the printed "15,1 tỷ triệu USD"\. Fix: give as `value` the positive number/,
  },
  {
    class: 'content check: a quote across two paragraphs',
    example: 'a photo caption and the paragraph after it in one quote',
    env: () =>
      content('paragraphs', (d) =>
        editFact(zone(d, 'thanh-binh'), 'phase-1-area-000', (b) =>
          b.replace(
            'quote: KCN Thanh Bình giai đoạn I có quy mô trên 73ha.',
            'quote: KCN Thanh Bình giai đoạn I có quy mô trên 73ha. Bắc Kạn là tỉnh miền núi',
          ),
        ),
      ),
    message:
      /zones\/thanh-binh\.yaml: facts\[\d+\] \(phase-1-area-000\)\.quote: the quote ".*" runs across two paragraphs of seeds\/000_f42ab8ae87e2fec6\.txt .*Fix: quote from one paragraph only/,
  },
  {
    class: 'content check: a quote about another zone',
    example: "Cẩm Giàng's location quote on Quảng Chu's profile",
    env: () => content('misfiled', (d) => replaceIn(zone(d, 'quang-chu'), 'quote: CCN Quảng Chu, huyện Chợ Mới', 'quote: CCN Cẩm Giàng, huyện Bạch Thông')),
    message:
      /zones\/quang-chu\.yaml: locationSource\.quote: the quote names Cụm công nghiệp Cẩm Giàng \(.*zones\/cam-giang\.yaml\) and not Cụm công nghiệp Quảng Chu\. Fix: move the item to/,
  },
  {
    class: 'content check: a duplicate id that becomes an HTML id',
    example: 'two status entries with the id established',
    env: () => content('status-id', (d) => replaceIn(zone(d, 'quang-chu'), '- id: detailed-plan-1-500-approved', '- id: established')),
    message:
      /zones\/quang-chu\.yaml: status\[\d\] \(established\)\.id: the id "established" is already used by status\[\d\] \(established\).*Fix: give each fact and status entry of the file its own id/,
  },
  {
    class: 'narrative: a number that is no cited fact',
    example: 'a planted "52 ha" in the English overview of Thanh Bình',
    env: () => content('narrative-number', (d) => replaceIn(narrative(d, 'thanh-binh', 'en'), 'under the plan and', 'under the plan to 52 ha and')),
    message:
      /narratives\/thanh-binh\/en\.mdx:1:\d+: the prose states "52 ha", which is not a figure this narrative cites\. Fix: no fact of thanh-binh has this value: add it with its quote to .*zones\/thanh-binh\.yaml and write <Fact id="…" \/>/,
  },
  {
    class: 'narrative: a fact cited in one language only',
    example: 'licensed-projects-003 cited in the Vietnamese overview of Thanh Bình only',
    env: () =>
      content('narrative-parity', (d) =>
        replaceIn(narrative(d, 'thanh-binh', 'vi'), /\n$/, '\n\nBan quản lý đã cấp Giấy chứng nhận đầu tư cho <Fact id="licensed-projects-003" /> dự án.\n'),
      ),
    // Both files are named: the Vietnamese one at the citation, the English one with the line it lacks.
    message:
      /(?=[\s\S]*narratives\/thanh-binh\/vi\.mdx:5:\d+: cites the fact "licensed-projects-003", which the en narrative .* does not)[\s\S]*narratives\/thanh-binh\/en\.mdx:1:1: does not cite the fact "licensed-projects-003", which the vi narrative cites \(.*narratives\/thanh-binh\/vi\.mdx:5\)/,
  },
  {
    class: 'narrative: a statement of absence typed instead of computed',
    example: '"The sources give no area for this cluster alone" in place of <Missing /> for Quảng Chu',
    env: () =>
      content('narrative-absence', (d) => replaceIn(narrative(d, 'quang-chu', 'en'), '<Missing />', 'The sources give no area for this cluster alone.')),
    message: /narratives\/quang-chu\/en\.mdx:1:\d+: "give no" types what the sources do not say\. Fix: write <Missing \/>/,
  },
  {
    class: 'narrative: one language missing',
    example: 'narratives/cam-giang/en.mdx deleted',
    env: () => content('narrative-missing', (d) => rmSync(narrative(d, 'cam-giang', 'en'))),
    message: /narratives\/cam-giang\/en\.mdx: \(file\): Cẩm Giàng Industrial Cluster has no English overview/,
  },
  {
    class: 'narrative: syntax a narrative cannot hold',
    example: 'a {…} expression in the English overview of Chu Hương',
    env: () => content('narrative-syntax', (d) => replaceIn(narrative(d, 'chu-huong', 'en'), '<Missing />', '<Missing /> {new Date().getFullYear()}')),
    message: /narratives\/chu-huong\/en\.mdx:1:\d+: has a \{…\} expression, which a narrative cannot hold\. Fix: remove it, or write \\\{ for a literal brace/,
  },
  {
    class: 'files: a case-only copy of a zone',
    example: 'Cam-Giang.yaml beside cam-giang.yaml',
    env: () => content('case-copy', (d) => cpSync(zone(d, 'cam-giang'), join(d, 'zones', 'Cam-Giang.yaml'))),
    message:
      /zones\/Cam-Giang\.yaml: \(file name\): is not named <lowercase-slug>\.yaml, so it would be published as another entry \(or skipped\)\. Fix: it looks like a copy of cam-giang\.yaml/,
  },
  {
    class: 'files: a "copy" of a zone',
    example: 'cam-giang copy.yaml',
    env: () => content('copy', (d) => cpSync(zone(d, 'cam-giang'), join(d, 'zones', 'cam-giang copy.yaml'))),
    message: /zones\/cam-giang copy\.yaml: \(file name\): .* Fix: it looks like a copy of cam-giang\.yaml/,
  },
  {
    class: 'files: a wrong extension',
    example: 'a zone saved as .yml',
    env: () => content('yml', (d) => renameSync(zone(d, 'cam-giang'), join(d, 'zones', 'cam-giang.yml'))),
    message: /zones\/cam-giang\.yml: \(file name\): ends in \.yml, so it would not be read\. Fix: rename it to cam-giang\.yaml/,
  },
  {
    class: 'files: malformed YAML',
    example: 'bad indentation in sectors.yaml',
    env: () => content('yaml', (d) => replaceIn(join(d, 'sectors.yaml'), /\n {2}name:/, '\n     name:')),
    message: /sectors\.yaml: line \d+, column \d+: is not valid YAML \(.*\)\. Fix: fix the indentation or quoting there/,
  },
  {
    class: 'articles: mojibake',
    example: 'a seed saved again after being read as Windows-1252',
    env: () =>
      seeds('mojibake', (d) => {
        const file = join(d, '002_bc5a2a4d9f524227.txt');
        writeFileSync(file, Buffer.from(readFileSync(file, 'utf8'), 'utf8').toString('latin1'));
      }),
    message: /seeds\/002_bc5a2a4d9f524227\.txt: encoding: the text is garbled \(mojibake\): .*Fix: re-save the original page as UTF-8/,
  },
  {
    class: 'articles: not Vietnamese',
    example: 'an English page saved as a seed',
    env: () =>
      seeds('english', (d) =>
        writeFileSync(
          join(d, '005_english.txt'),
          'Investing in Bac Kan\n\nThe province welcomes investors in its industrial parks and clusters. It offers land, roads and power to new projects.\n',
        ),
      ),
    message: /seeds\/005_english\.txt: text: does not look like Vietnamese: .*Fix: save the Vietnamese original of the article/,
  },
  {
    class: 'articles: UTF-16',
    example: 'a seed saved as UTF-16',
    env: () =>
      seeds('utf16', (d) => {
        const file = join(d, '002_bc5a2a4d9f524227.txt');
        writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(file, 'utf8'), 'utf16le')]));
      }),
    message: /seeds\/002_bc5a2a4d9f524227\.txt: encoding: the file is UTF-16 \(little-endian\), not UTF-8\. Fix: re-save it as UTF-8/,
  },
  {
    class: 'articles: a missing folder',
    example: 'SEEDS_DIR naming a folder that does not exist',
    env: () => ({ SEEDS_DIR: join(tmp.dir, 'no-such-seeds') }),
    message: /seeds\/: folder: does not exist \(SEEDS_DIR=.*no-such-seeds\)\. Fix: create it and put the article \.txt files in it/,
  },
  {
    class: 'articles: a file the build would skip',
    example: '005_new.TXT in seeds/',
    env: () => seeds('upper-ext', (d) => cpSync(join(d, '002_bc5a2a4d9f524227.txt'), join(d, '005_new.TXT'))),
    message: /seeds\/005_new\.TXT: file name: is neither an article \(\.txt\) nor metadata\.yaml, so the build would skip it\. Fix: rename it to 005_new\.txt/,
  },
  {
    class: 'articles: a missing metadata file',
    example: 'seeds/metadata.yaml deleted',
    env: () => seeds('no-metadata', (d) => rmSync(join(d, 'metadata.yaml'))),
    message: /seeds\/metadata\.yaml: file: does not exist, so no article has its slug, date or English summary\. Fix: create it/,
  },
  {
    class: 'rendering: a share card the fonts cannot draw',
    example: 'an emoji in a zone name',
    env: () => content('glyph', (d) => replaceIn(zone(d, 'chu-huong'), 'en: Chu Hương Industrial Cluster', 'en: Chu Hương Industrial Cluster 🏭')),
    message: /og\/en\/zones\/chu-huong\.png: title has characters the fonts cannot draw \(they would come out blank\): '🏭'/,
  },
];

describe('bad input is refused by name and the last good build stays published', () => {
  beforeAll(async () => {
    const good = await runBuild({ outDir: OUT, cacheDir: join(tmp.dir, 'cache') });
    expect(good.status, good.output.slice(-2000)).toBe(0);
    cpSync(OUT, GOOD, { recursive: true });
  });

  it.each(cases)('$class ($example)', async ({ env, message }) => {
    const run = await runBuild({ outDir: OUT, cacheDir: join(tmp.dir, 'cache'), env: env() });
    expect(run.status, run.output.slice(-2000)).not.toBe(0);
    expect(run.output).toMatch(message);
    expect(diffTrees(GOOD, OUT)).toEqual([]);
  });
});

describe('input that is odd but right still builds and is published', () => {
  it('an article with NBSP, NFD text, a BOM and CRLF line ends, in a file named with spaces and diacritics', async () => {
    const text = readFileSync('tests/fixtures/extract/new-cluster.txt', 'utf8');
    const odd = `\ufeff${text
      .normalize('NFD')
      .replace(/ /g, (s, i: number) => (i % 7 === 0 ? '\u00a0' : s))
      .replace(/\n/g, '\r\n')}`;
    const env = seeds('odd', (d) => writeFileSync(join(d, 'zz fixture Thanh Vận – bài mới.txt'), odd));
    const run = await runBuild({ outDir: OUT, cacheDir: join(tmp.dir, 'cache'), env });
    expect(run.status, run.output.slice(-2000)).toBe(0);
    expect(newSources(OUT), 'exactly one new source page').toHaveLength(1);
    const slug = newSources(OUT)[0];
    const html = readFileSync(join(OUT, 'vi', 'sources', slug!, 'index.html'), 'utf8');
    expect(html).toContain('Thanh Vận'.normalize('NFC'));
    expect(html).not.toContain('\ufeff');
    expect(existsSync(join(OUT, 'en', 'sources', slug!, 'index.html'))).toBe(true);
  });
});

describe('a new article without metadata', () => {
  it('builds, gets a source page in both languages with the summary marked pending, and warns what to add', async () => {
    const out = join(tmp.dir, 'new-article');
    mkdirSync(out, { recursive: true });
    const env = seeds('new-article', (d) => cpSync('tests/fixtures/extract/new-cluster.txt', join(d, 'zz_fixture_thanh-van.txt')));
    const run = await runBuild({ outDir: out, cacheDir: join(tmp.dir, 'cache-new'), env });
    expect(run.status, run.output.slice(-2000)).toBe(0);
    expect(run.output).toMatch(
      /\[WARN\].*seeds\/zz_fixture_thanh-van\.txt: still to add in seeds\/metadata\.yaml: an entry in seeds\/metadata\.yaml, en\.title, en\.summary/,
    );
    expect(newSources(out), 'exactly one new source page').toHaveLength(1);
    const slug = newSources(out)[0];
    const en = readFileSync(join(out, 'en', 'sources', slug!, 'index.html'), 'utf8');
    const vi = readFileSync(join(out, 'vi', 'sources', slug!, 'index.html'), 'utf8');
    expect(en).toContain('The English summary of this article is pending. The original Vietnamese text is below.');
    expect(en).toContain('Thanh Vận');
    expect(vi).toContain('Thanh Vận');
    expect(existsSync(join(out, 'og', 'en', 'sources', `${slug}.png`))).toBe(true);
    rmSync(out, { recursive: true, force: true });
  });
});
