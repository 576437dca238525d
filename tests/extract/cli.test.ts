/** The extract command as a maintainer runs it: a child process, real files. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { ArticleReport } from '../../src/lib/extract/article.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const script = join(root, 'scripts', 'extract.ts');
const newCluster = join(root, 'tests', 'fixtures', 'extract', 'new-cluster.txt');

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const STACK = /^\s+at\s.+[:(]/mu;

describe('bad input', () => {
  let dir: string;
  const bad: Record<string, RegExp> = {
    'empty.txt': /the file is empty/u,
    'binary.txt': /NUL bytes: it is binary/u,
    'not-utf8.txt': /not valid UTF-8/u,
    'huge.txt': /5\.0 MB, over the 1 MB limit/u,
    'chrome-only.txt': /nothing is left after removing page chrome/u,
    'mojibake.txt':
      /encoding: the text is garbled \(mojibake\): \d+ sequences such as .*decoded as Windows-1252 and saved again\. Fix: re-save the original page as UTF-8/u,
    'utf16.txt': /encoding: the file is UTF-16 \(little-endian\), not UTF-8\. Fix: re-save it as UTF-8/u,
    'english.txt': /text: does not look like Vietnamese: no Vietnamese letters \(ă, â, đ, ê, ô, ơ, ư or tone marks\) in \d+ characters of text/u,
  };
  let result: ReturnType<typeof run>;
  let before: string[];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'extract-bad-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(
      join(dir, 'not-utf8.txt'),
      Buffer.concat([Buffer.from('Khu công nghiệp Thanh Bình có 8 dự án '), Buffer.from([0xc3, 0x28]), Buffer.from(' hoạt động.\n')]),
    );
    writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(5_000_000, 'a'));
    writeFileSync(
      join(dir, 'chrome-only.txt'),
      '0:00 / 0:00\nPublishingPortal - Block_BanTin_Toolbar\nTăng cỡ chữ Giảm cỡ chữ\nXem thêm\nTranslate:\nSkip to content\n',
    );
    const good = readFileSync(newCluster);
    writeFileSync(join(dir, 'mojibake.txt'), new TextDecoder('windows-1252').decode(good));
    writeFileSync(join(dir, 'utf16.txt'), Buffer.from(`\ufeff${good.toString('utf8')}`, 'utf16le'));
    writeFileSync(join(dir, 'english.txt'), 'Thanh Binh Industrial Park\n\nThe park has eight operating projects and about one thousand workers.\n');
    copyFileSync(newCluster, join(dir, 'good.txt'));
    before = readdirSync(dir).map((f) => `${f}:${statSync(join(dir, f)).size}`);
    result = run(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('exit code is non-zero', () => {
    expect(result.code).toBe(1);
  });

  test.each(Object.keys(bad))('%s: a clear message naming the file', (name) => {
    const line = result.stderr.split('\n').find((l) => l.includes(join(dir, name)));
    expect(line, result.stderr).toBeDefined();
    expect(line).toMatch(bad[name]!);
    expect(line).toMatch(/Fix: /u);
  });

  test('no stack trace', () => {
    expect(result.stderr).not.toMatch(STACK);
    expect(result.stdout).not.toMatch(STACK);
    expect(result.stderr).not.toMatch(/\bError:|TypeError|InputError/u);
  });

  test('the good file in the same run still gets its table', () => {
    expect(result.stdout).toContain(`━━ ${join(dir, 'good.txt')}`);
    expect(result.stdout).toMatch(/NUMBERS — 7 found, 7 not cited/u);
    expect(result.stdout).toContain('CCN Thanh Vận');
    expect(result.stdout).toMatch(/9 files: 1 read, 8 failed/u);
  });

  test('nothing is written', () => {
    expect(readdirSync(dir).map((f) => `${f}:${statSync(join(dir, f)).size}`)).toEqual(before);
  });

  test('--json: the errors are in the JSON too, and the good article', () => {
    const r = run('--json', dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { articles: ArticleReport[]; errors: { file: string; message: string }[] };
    expect(out.articles.map((a) => a.file)).toEqual([join(dir, 'good.txt')]);
    expect(out.errors.map((e) => e.file).sort()).toEqual(
      Object.keys(bad)
        .map((n) => join(dir, n))
        .sort(),
    );
  });

  test('a missing path is reported, the others still processed', () => {
    const r = run(join(dir, 'nope.txt'), join(dir, 'good.txt'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nope\.txt: no such file or folder/u);
    expect(r.stdout).toMatch(/NUMBERS — 7 found/u);
    expect(r.stderr).not.toMatch(STACK);
  });

  test('an unknown option is a usage error', () => {
    const r = run('--frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown option --frobnicate/u);
  });
});

describe('folders', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-dirs-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  test('an empty folder: says so, naming it, and exits 1 (no "1 file: 0 read" summary)', () => {
    const dir = tempDir();
    const r = run(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`extract: ${dir}: the folder holds no .txt articles. Fix: pass an article .txt file or a folder of them\n`);
    expect(r.stdout).toBe('');
  });

  test('a folder named sub.txt is walked, never read as a file', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub.txt'));
    copyFileSync(newCluster, join(dir, 'sub.txt', 'thanh-van.txt'));
    mkdirSync(join(dir, 'empty.txt'));
    const r = run(dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`━━ ${join(dir, 'sub.txt', 'thanh-van.txt')}`);
    expect(r.stdout).toMatch(/^1 file: 1 read, 0 failed\./mu);
  });

  test('a folder holding only an empty sub-folder has no articles', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub.txt'));
    const r = run(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`extract: ${dir}: the folder holds no .txt articles. Fix: pass an article .txt file or a folder of them\n`);
  });

  test('a file name in NFD finds its metadata entry written in NFC', () => {
    const dir = tempDir();
    copyFileSync(newCluster, join(dir, 'Thanh Vận.txt'.normalize('NFD')));
    writeFileSync(join(dir, 'metadata.yaml'), 'Thanh Vận.txt:\n  slug: thanh-van\n');
    const r = run('--json', dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { articles: ArticleReport[] };
    expect(out.articles.map((a) => [a.slug, a.slugSource])).toEqual([['thanh-van', 'metadata']]);
  });
});

describe('a new article naming a cluster the site does not know', () => {
  const r = run('--json', newCluster);
  const out = JSON.parse(r.stdout) as { articles: ArticleReport[] };
  const article = out.articles[0]!;

  test('runs cleanly', () => {
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  test('the unknown cluster is reported as new, with its district', () => {
    const thanhVan = article.zones.filter((z) => z.name === 'Thanh Vận');
    expect(thanhVan.length).toBeGreaterThan(0);
    for (const z of thanhVan) expect(z).toMatchObject({ kind: 'cluster', match: { status: 'new' } });
    expect(thanhVan.find((z) => z.district)).toMatchObject({ district: 'huyện Chợ Mới', text: 'Cụm công nghiệp Thanh Vận, huyện Chợ Mới' });
  });

  test('a known park it mentions is matched', () => {
    expect(article.zones.find((z) => z.name === 'Thanh Bình')).toMatchObject({
      kind: 'park',
      match: { status: 'known', zone: 'thanh-binh' },
      usedInProfile: false,
    });
  });

  test('its figures are reported as not cited', () => {
    expect(article.numbers.map((n) => [n.text, n.value, n.unit, n.citation.status])).toEqual([
      ['48,5 ha', 48.5, 'ha', 'new'],
      ['khoảng 215 tỷ đồng', 215_000_000_000, 'vnd', 'new'],
      ['tối thiểu 12 dự án', 12, 'count', 'new'],
      ['khoảng 1.500 lao động', 1500, 'people', 'new'],
      ['7,2 triệu đồng/người/tháng', 7_200_000, 'vnd-per-person-month', 'new'],
      ['khoảng 15 km', 15, 'km', 'new'],
      ['đạt trên 60%', 60, 'percent', 'new'],
    ]);
  });

  test('each figure carries the sentence it came from, verbatim', () => {
    const n = article.numbers.find((x) => x.unit === 'ha')!;
    expect(n.sentence).toBe(
      'Sáng 14/3, UBND huyện Chợ Mới tổ chức lễ khởi công dự án đầu tư xây dựng hạ tầng kỹ thuật Cụm công nghiệp Thanh Vận, huyện Chợ Mới với quy mô 48,5 ha.',
    );
  });

  test('dates: the dateline and the period', () => {
    expect(article.dates.map((d) => [d.text, d.value ?? null])).toEqual(
      expect.arrayContaining([
        ['15/03/2024', '2024-03-15'],
        ['giai đoạn 2024 - 2026', '2024/2026'],
        ['Sáng 14/3', null],
      ]),
    );
  });
});

describe('the seeds', () => {
  const r = run('--json');
  const out = JSON.parse(r.stdout) as { articles: ArticleReport[]; errors: unknown[] };

  test('every seed is read, with its slug from the metadata where the metadata names one', () => {
    expect(r.code).toBe(0);
    expect(out.errors).toEqual([]);
    const meta = parse(readFileSync(join(root, 'seeds', 'metadata.yaml'), 'utf8')) as Record<string, { slug?: string }>;
    const seeds = readdirSync(join(root, 'seeds'))
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(out.articles).toHaveLength(seeds.length);
    for (const file of seeds) {
      const slug = meta[file]?.slug;
      if (slug)
        expect(
          out.articles.map((a) => [a.slug, a.slugSource]),
          file,
        ).toContainEqual([slug, 'metadata']);
    }
  });

  test('the Bắc Giang typo is reported verbatim and flagged', () => {
    const bg = out.articles.find((a) => a.slug === 'hoc-tap-kinh-nghiem-bac-giang')!;
    const typo = bg.numbers.find((n) => n.text.includes('tỷ triệu'))!;
    expect(typo.text).toBe('ước đạt 15,1 tỷ triệu USD');
    expect(typo.suspicious).toMatch(/two scale words/u);
  });

  test('the table form runs too and ends with a summary', () => {
    const t = run();
    expect(t.code).toBe(0);
    const n = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).length;
    expect(t.stdout).toContain(`${n} files: ${n} read, 0 failed.`);
    expect(t.stdout).toContain('⚠ suspicious: two scale words in a row ("tỷ triệu")');
  });
});

test('the listing does not report the digits of numbered names as numbers', () => {
  const r = run('--json', join(root, 'tests', 'fixtures', 'extract', 'numbered-parks.txt'));
  const article = (JSON.parse(r.stdout) as { articles: ArticleReport[] }).articles[0]!;
  expect(article.numbers.map((n) => [n.value, n.unit])).toEqual([
    [200, 'ha'],
    [350, 'ha'],
    [15, 'count'],
  ]);
  // The headline's "các khu công nghiệp Yên Bình" is listed as the headline's; a draft makes no zone of it.
  expect(new Set(article.zones.filter((z) => z.part !== 'title').map((z) => z.name))).toEqual(
    new Set(['Yên Bình 1', 'Yên Bình 2', 'Yên Bình 3', 'Yên Bình 4']),
  );
});
