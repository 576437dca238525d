import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from './lib/build.ts';

/**
 * The build-time checks through the real wiring (loaders, schemas, the content checks inside Astro), one of each
 * kind; every rule itself is unit-tested on fixtures (tests/unit/verify-site.test.ts, schemas, loader). Each case
 * is a copy of the real content (or seeds) with one defect, built for real: the build must fail, name the file,
 * the field and the fix, and publish nothing. Builds go under .cache/ (inside the project: Astro puts its
 * prerender chunks next to an in-project outDir).
 */
const ROOT = '.cache/check-fixtures';

async function build(name: string, env: Record<string, string>): Promise<{ status: number | null; output: string; published: boolean }> {
  const out = join(ROOT, name, 'dist');
  rmSync(out, { recursive: true, force: true });
  const run = await runBuild({ outDir: out, cacheDir: join(ROOT, name, 'cache'), env });
  const published = existsSync(out) && readdirSync(out).some((f) => f === 'vi' || f === 'en' || f.endsWith('.html'));
  return { status: run.status, output: run.output, published };
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
    name: 'a schema error: a zone with its English name missing',
    env: () => contentWith('english', 'zones/cam-giang.yaml', (t) => t.replace(/\n {2}en: Cẩm Giàng Industrial Cluster\n/, '\n')),
    message: /zones → cam-giang data does not match collection schema[\s\S]*name\.en: the English text is missing: add an `en:` line/,
  },
  {
    name: 'a loader error: an empty article',
    env: () => seedsWith('empty', '900_empty.txt', ''),
    message: /seeds\/900_empty\.txt: text: the file is empty\. Fix: paste the article text into the file, or delete the file/,
  },
  {
    name: 'a content check: a quote missing from its article',
    env: () =>
      contentWith('quote', 'zones/thanh-binh.yaml', (t) =>
        t.replace('Tổng số lao động làm việc tại KCN hiện có 775 người', 'Tổng số lao động làm việc tại KCN hiện có 757 người'),
      ),
    message:
      /zones\/thanh-binh\.yaml: facts\[\d+\] \(workers-000\)\.quote: the quote "Tổng số lao động làm việc tại KCN hiện có 757 người.*" does not occur in seeds\/000_f42ab8ae87e2fec6\.txt\. Fix: copy the sentence verbatim/,
  },
];

describe('build-time checks stop the build with a clear message', () => {
  it.each(cases)('$name', async ({ name, env, message }) => {
    const result = await build(name.replace(/\W+/g, '-'), env());
    expect(result.status, result.output.slice(-2000)).not.toBe(0);
    expect(result.output).toMatch(message);
    expect(result.published).toBe(false);
  });
});

describe('a new article without metadata', () => {
  it('builds, gets a source page in both languages with the summary marked pending, and warns what to add', async () => {
    const env = seedsWith('new-article', '005_thanh-van.txt', readFileSync('tests/fixtures/extract/new-cluster.txt'));
    const result = await build('new-article', env);
    expect(result.status, result.output.slice(-2000)).toBe(0);
    expect(result.output).toMatch(
      /\[WARN\].*seeds\/005_thanh-van\.txt: still to add in seeds\/metadata\.yaml: an entry in seeds\/metadata\.yaml, en\.title, en\.summary/,
    );
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
