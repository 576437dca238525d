import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv } from './lib/build.ts';

/**
 * Every build-time check, proven by a fixture that trips it: a copy of the real content (or seeds) with one
 * defect, built for real. The build must fail, name the file, the field and the fix, and publish nothing.
 * Builds go under .cache/ (inside the project: Astro puts its prerender chunks next to an in-project outDir).
 */
const ROOT = '.cache/check-fixtures';

function build(name: string, env: Record<string, string>): { status: number | null; output: string; published: boolean } {
  const out = join(ROOT, name, 'dist');
  rmSync(out, { recursive: true, force: true });
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...cleanEnv(), ...env, OUT_DIR: out, ASTRO_CACHE_DIR: join(ROOT, name, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  const published = existsSync(out) && readdirSync(out).some((f) => f === 'vi' || f === 'en' || f.endsWith('.html'));
  // Colours are on when CI=true; messages are matched as plain text.
  const output = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: run.status, output, published };
}

/** A copy of src/content with `edit(file text)` applied to one file. */
function contentWith(name: string, file: string, edit: (text: string) => string): Record<string, string> {
  const dir = join(ROOT, name, 'content');
  rmSync(dir, { recursive: true, force: true });
  cpSync('src/content', dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`fixture ${name}: the edit changed nothing in ${file}`);
  writeFileSync(path, after);
  return { CONTENT_DIR: dir };
}

/** A copy of seeds/ plus one extra file. */
function seedsWith(name: string, file: string, bytes: string | Uint8Array): Record<string, string> {
  const dir = join(ROOT, name, 'seeds');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync('seeds', dir, { recursive: true });
  writeFileSync(join(dir, file), bytes);
  return { SEEDS_DIR: dir };
}

const cases: { name: string; env: () => Record<string, string>; message: RegExp }[] = [
  {
    name: 'a quote missing from its article',
    env: () => contentWith('quote', 'zones/thanh-binh.yaml', (t) => t.replace('Tổng số lao động làm việc tại KCN hiện có 775 người', 'Tổng số lao động làm việc tại KCN hiện có 757 người')),
    message: /zones\/thanh-binh\.yaml: facts\[\d+\] \(workers-000\)\.quote: the quote "Tổng số lao động làm việc tại KCN hiện có 757 người.*" does not occur in seeds\/000_f42ab8ae87e2fec6\.txt\. Fix: copy the sentence verbatim/,
  },
  {
    name: 'a figure its quote does not state',
    env: () => contentWith('value', 'zones/thanh-binh.yaml', (t) => t.replace(/(- id: workers-000\n(?:.*\n)*?\s+value: )775/, '$1757')),
    message: /zones\/thanh-binh\.yaml: facts\[\d+\] \(workers-000\)\.value: 757 \(people\) does not appear in its quote "Tổng số lao động làm việc tại KCN hiện có 775 người/,
  },
  {
    name: 'a reference to an unknown article',
    env: () => contentWith('article', 'provinces/bac-giang.yaml', (t) => t.replace('source: hoc-tap-kinh-nghiem-bac-giang', 'source: hoc-tap-bac-giang')),
    message: /provinces\/bac-giang\.yaml: facts\[0\] \(parks-planned-2030\)\.source: refers to an unknown article "hoc-tap-bac-giang"\. Fix: use one of: /,
  },
  {
    name: 'a reference to an unknown sector',
    env: () => contentWith('sector', 'zones/huyen-tung.yaml', (t) => t.replace('sector: medicinal-herbs', 'sector: herbal-medicine')),
    message: /zones\/huyen-tung\.yaml: sectors\[\d\]\.sector: refers to an unknown sector "herbal-medicine"\. Fix: add it to .*sectors\.yaml or use one of: /,
  },
  {
    name: 'a zone with its English name missing',
    env: () => contentWith('english', 'zones/cam-giang.yaml', (t) => t.replace(/\n {2}en: Cẩm Giàng Industrial Cluster\n/, '\n')),
    message: /zones → cam-giang data does not match collection schema[\s\S]*name\.en: the English text is missing: add an `en:` line/,
  },
  {
    name: 'a sector with an empty Vietnamese description',
    env: () => contentWith('vietnamese', 'sectors.yaml', (t) => t.replace(/(description:\n {4}vi: )[^\n]+/, "$1''")),
    message: /sectors → \S+ data does not match collection schema[\s\S]*description\.vi: the Vietnamese text is empty: write the `vi` text/,
  },
  {
    name: 'a duplicate sector slug',
    env: () => contentWith('duplicate', 'sectors.yaml', (t) => `${t}- id: garments\n  name: { vi: May mặc, en: Garments }\n  isic: []\n  description: { vi: May mặc., en: Garments. }\n`),
    message: /sectors\.yaml: \[\d+\]\.id: duplicate id "garments"\. Fix: give each entry its own id/,
  },
  {
    name: 'an empty article',
    env: () => seedsWith('empty', '900_empty.txt', ''),
    message: /seeds\/900_empty\.txt: text: the file is empty\. Fix: paste the article text into the file, or delete the file/,
  },
  {
    name: 'an article of page chrome only',
    env: () => seedsWith('chrome', '901_chrome.txt', '0:00 / 0:00\nXem thêm\nTranslate:\n'),
    message: /seeds\/901_chrome\.txt: text: nothing is left after removing page chrome/,
  },
];

describe('build-time checks stop the build with a clear message', () => {
  it.each(cases)('$name', ({ name, env, message }) => {
    const result = build(name.replace(/\W+/g, '-'), env());
    expect(result.status, result.output.slice(-2000)).not.toBe(0);
    expect(result.output).toMatch(message);
    expect(result.published).toBe(false);
  });
});

describe('a new article without metadata', () => {
  it('builds, gets a source page in both languages with the summary marked pending, and warns what to add', () => {
    const env = seedsWith('new-article', '005_thanh-van.txt', readFileSync('tests/fixtures/extract/new-cluster.txt'));
    const result = build('new-article', env);
    expect(result.status, result.output.slice(-2000)).toBe(0);
    expect(result.output).toMatch(/\[WARN\].*seeds\/005_thanh-van\.txt: still to add in seeds\/metadata\.yaml: an entry in seeds\/metadata\.yaml, en\.title, en\.summary/);
    const out = join(ROOT, 'new-article', 'dist');
    const slug = readdirSync(join(out, 'vi', 'sources')).find((d) => d.includes('thanh-van'));
    expect(slug).toBeDefined();
    const en = readFileSync(join(out, 'en', 'sources', slug!, 'index.html'), 'utf8');
    const vi = readFileSync(join(out, 'vi', 'sources', slug!, 'index.html'), 'utf8');
    expect(en).toContain('The English summary of this article is pending. The original Vietnamese text is below.');
    expect(en).toContain('Thanh Vận');
    expect(vi).toContain('Thanh Vận');
    expect(existsSync(join(out, 'og', 'en', 'sources', `${slug}.png`))).toBe(true);
  });
});
