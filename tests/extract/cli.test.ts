/** The extract command as a maintainer runs it: a child process, real files. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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
    expect(result.stdout).toMatch(/6 files: 1 read, 5 failed/u);
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

describe('the five seeds', () => {
  const r = run('--json');
  const out = JSON.parse(r.stdout) as { articles: ArticleReport[]; errors: unknown[] };

  test('all five are read, with their slugs from the metadata', () => {
    expect(r.code).toBe(0);
    expect(out.errors).toEqual([]);
    expect(out.articles.map((a) => [a.slug, a.slugSource])).toEqual([
      ['phat-trien-khu-cum-cong-nghiep', 'metadata'],
      ['thu-hut-dau-tu-kcn-thanh-binh', 'metadata'],
      ['dau-tu-ha-tang-cong-nghiep', 'metadata'],
      ['day-manh-phat-trien-cong-nghiep', 'metadata'],
      ['hoc-tap-kinh-nghiem-bac-giang', 'metadata'],
    ]);
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
    expect(t.stdout).toMatch(/5 files: 5 read, 0 failed\./u);
    expect(t.stdout).toContain('⚠ suspicious: two scale words in a row ("tỷ triệu")');
  });
});
