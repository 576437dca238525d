/**
 * Build benchmark: prints figures, asserts nothing (the README and the issue compare them with the goals).
 *   npm run bench              synthetic sites of 10, 100 and 1,000 zones (~3 articles each), cold and warm, and
 *                              Astro's floor (a minimal project, same node_modules, as many trivial pages)
 *   npm run bench -- --n 5000  one other size (repeat --n for several)
 *   npm run bench -- --quick   the real site only
 * Cold = no cache of any kind: a fresh Astro cache and OG cache, and node_modules/.vite and .astro removed.
 * Warm = the same build again with the caches the cold build left. Peak memory is given twice: GNU time's maximum
 * resident set of the largest single process (Node, or Pagefind's indexer, which it runs as a child), and the peak
 * of all the build's processes together, sampled from /proc every 250 ms. The machine may be shared: compare the ratios
 * of one run rather than seconds across runs; CPU time (user + system of the build and its threads, from
 * /usr/bin/time) is less sensitive to other load than wall time.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { buildSite, ROOT, type BuildRun } from './lib/astro-build.ts';
import { searchBytesPerQuery } from './lib/bench-search.ts';
import { writeSyntheticSite } from './lib/synthetic.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const sizes = args.flatMap((a, i) => (a === '--n' ? [Number(args[i + 1])] : []));
if (sizes.some((n) => !Number.isInteger(n) || n < 7)) throw new Error('--n takes a whole number of zones, at least 7 (the real zones are kept)');
const SIZES = quick ? [] : sizes.length ? sizes : [10, 100, 1000];
const TMP = join(tmpdir(), `zone-briefs-bench-${process.pid}`);

function files(dir: string, ext = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name));
}
const bytes = (dir: string) => files(dir).reduce((sum, f) => sum + statSync(f).size, 0);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const s = (ms: number) => (ms / 1000).toFixed(1);

/** HTML + linked CSS of the heaviest zone profile, and whether any profile loads a script. */
function heaviestProfile(out: string): string {
  const profiles = files(out, 'index.html').filter((p) => /\/zones\/[^/]+\/index\.html$/.test(p));
  let best = { page: '', html: 0, css: 0 };
  let scripts = 0;
  for (const page of profiles) {
    const html = readFileSync(page, 'utf8');
    const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].reduce((sum, m) => sum + statSync(join(out, m[1]!)).size, 0);
    scripts += [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>/g)].length;
    const size = Buffer.byteLength(html);
    if (size + css > best.html + best.css) best = { page: relative(out, page), html: size, css };
  }
  return `${kb(best.html + best.css)} (${best.page.replace(/\/index\.html$/, '/')}${scripts ? `, ${scripts} scripts` : ''})`;
}

/** "og: 2072 image(s) → …: 2072 rendered in 2 workers, 0 reused from cache, 41234 ms" */
function ogFigures(output: string): { rendered: number; ms: number } {
  const m = output.match(/og: (\d+) image\(s\)[^\n]*?: (\d+) rendered[^\n]*?, (\d+) ms/);
  return m ? { rendered: Number(m[2]), ms: Number(m[3]) } : { rendered: 0, ms: 0 };
}

/** Removes every cache a build could reuse: Astro's and the OG cache (given per build), Vite's and .astro/. */
function clearSharedCaches(): void {
  rmSync(join(ROOT, 'node_modules/.vite'), { recursive: true, force: true });
  rmSync(join(ROOT, '.astro'), { recursive: true, force: true });
}

async function build(name: string, env: Record<string, string>, cwd?: string): Promise<BuildRun> {
  const dir = join(TMP, name);
  return buildSite({
    outDir: join(dir, 'dist'),
    cacheDir: join(dir, 'astro-cache'),
    env: { OG_CACHE_DIR: join(dir, 'og-cache'), ...env },
    measureMemory: true,
    ...(cwd ? { cwd } : {}),
  });
}

/** Astro's own floor: a minimal project using this node_modules, `pages` trivial pages, built cold. */
async function floor(pages: number): Promise<BuildRun> {
  const dir = join(TMP, `floor-${pages}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "name": "floor", "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "export default { outDir: process.env.OUT_DIR, cacheDir: process.env.ASTRO_CACHE_DIR, build: { format: 'directory' } };\n",
  );
  writeFileSync(
    join(dir, 'src/pages/[n].astro'),
    `---\nexport const getStaticPaths = () => Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i) } }));\nconst { n } = Astro.params;\n---\n<html lang="en"><head><title>Page {n}</title></head><body><h1>Page {n}</h1><p>A trivial page.</p></body></html>\n`,
  );
  return buildSite({ outDir: join(dir, 'dist'), cacheDir: join(dir, 'cache'), cwd: dir, measureMemory: true });
}

interface Row {
  site: string;
  zones: number;
  articles: number;
  pages: number;
  cold: BuildRun;
  warm: BuildRun;
  floor: BuildRun;
  og: { rendered: number; ms: number };
  ogWarm: number;
  qr: number;
  dist: number;
  heaviest: string;
  search: string;
}

async function measure(site: string, zones: number, articles: number, env: Record<string, string>): Promise<Row> {
  const name = site.replace(/\W+/g, '-');
  rmSync(join(TMP, name), { recursive: true, force: true });
  clearSharedCaches();
  console.log(`[bench] ${site}: cold build …`);
  const cold = await build(name, env);
  console.log(`[bench] ${site}: cold ${s(cold.ms)} s; warm build …`);
  const warm = await build(name, env);
  const out = warm.outDir;
  const pages = files(out, '.html').length;
  console.log(`[bench] ${site}: warm ${s(warm.ms)} s; floor of ${pages} pages …`);
  const floorRun = await floor(pages);
  console.log(`[bench] ${site}: floor ${s(floorRun.ms)} s`);
  return {
    site,
    zones,
    articles,
    pages,
    cold,
    warm,
    floor: floorRun,
    og: ogFigures(cold.output),
    ogWarm: ogFigures(warm.output).rendered,
    qr: files(join(out, 'qr')).length,
    dist: bytes(out),
    heaviest: heaviestProfile(out),
    search: await searchBytesPerQuery(out),
  };
}

function table(rows: Row[]): void {
  const head = [
    'site',
    'zones',
    'articles',
    'pages',
    'cold s',
    'warm s',
    'floor s',
    'cold/floor',
    'warm/floor',
    'CPU s cold / warm / floor',
    'CPU cold/floor',
    'CPU warm/floor',
    'warm ms/page',
    'cold ms/zone',
    'OG rendered (cold)',
    'ms/image',
    'OG rendered (warm)',
    'QR files',
    'peak memory: largest process / all together',
    'dist/',
    'heaviest profile (HTML+CSS)',
    'search bytes/query',
  ];
  const lines = rows.map((r) => [
    r.site,
    String(r.zones),
    String(r.articles),
    String(r.pages),
    s(r.cold.ms),
    s(r.warm.ms),
    s(r.floor.ms),
    `${(r.cold.ms / r.floor.ms).toFixed(2)}×`,
    `${(r.warm.ms / r.floor.ms).toFixed(2)}×`,
    [r.cold, r.warm, r.floor].map((b) => s(b.cpuMs ?? NaN)).join(' / '),
    `${((r.cold.cpuMs ?? NaN) / (r.floor.cpuMs ?? NaN)).toFixed(2)}×`,
    `${((r.warm.cpuMs ?? NaN) / (r.floor.cpuMs ?? NaN)).toFixed(2)}×`,
    (r.warm.ms / r.pages).toFixed(1),
    (r.cold.ms / r.zones).toFixed(1),
    String(r.og.rendered),
    r.og.rendered ? (r.og.ms / r.og.rendered).toFixed(1) : '–',
    String(r.ogWarm),
    String(r.qr),
    `${mb(Math.max(r.cold.peakBytes ?? 0, r.warm.peakBytes ?? 0))} / ${mb(Math.max(r.cold.peakTotalBytes ?? 0, r.warm.peakTotalBytes ?? 0))}`,
    mb(r.dist),
    r.heaviest,
    r.search,
  ]);
  console.log(`\n| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
  for (const l of lines) console.log(`| ${l.join(' | ')} |`);
  const at = (z: number) => rows.find((r) => r.zones === z);
  const [a, b] = [at(100), at(1000)];
  if (a && b) {
    const per = (r: Row, run: 'cold' | 'warm', what: 'ms' | 'cpuMs') => (r[run][what] ?? NaN) / r.zones;
    const ratio = (run: 'cold' | 'warm', what: 'ms' | 'cpuMs') => (per(b, run, what) / per(a, run, what)).toFixed(2);
    console.log(
      `\nper-zone time at 1,000 ÷ at 100 (goal ≤ 1.2): wall cold ${ratio('cold', 'ms')}, warm ${ratio('warm', 'ms')}; CPU cold ${ratio('cold', 'cpuMs')}, warm ${ratio('warm', 'cpuMs')}`,
    );
  }
}

console.log(
  `[bench] ${cpus().length} × ${cpus()[0]?.model.trim()}, ${mb(totalmem())} RAM, Node ${process.version}; temp folders in ${TMP}; cold = fresh Astro and OG caches, node_modules/.vite and .astro removed`,
);
mkdirSync(TMP, { recursive: true });
const rows: Row[] = [];
try {
  rows.push(await measure('real site', 7, files(join(ROOT, 'seeds'), '.txt').length, {}));
  for (const n of SIZES) {
    const synthetic = writeSyntheticSite(join(TMP, `content-${n}`), n);
    rows.push(await measure(`synthetic ${n}`, n, synthetic.articles, { CONTENT_DIR: synthetic.contentDir, SEEDS_DIR: synthetic.seedsDir }));
    table(rows); // so far, in case a larger size fails
  }
  if (!SIZES.length) table(rows);
} finally {
  rmSync(TMP, { recursive: true, force: true });
}
