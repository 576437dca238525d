/**
 * Build benchmark: prints figures, asserts nothing (budgets are compared by the reader and the README).
 *   npm run bench            real site cold and warm, page weight, OG sizes, synthetic 100/500/1,000-zone sites
 *   npm run bench -- --quick real site only
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, stringify } from 'yaml';
import { buildSite } from './lib/astro-build.ts';

const ROOT = '.cache/bench';
const quick = process.argv.includes('--quick');

async function build(name: string, env: Record<string, string> = {}): Promise<{ ms: number; out: string }> {
  const { ms, outDir } = await buildSite({ outDir: join(ROOT, name, 'dist'), cacheDir: join(ROOT, name, 'cache'), env });
  return { ms, out: outDir };
}

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p, ext) : p.endsWith(ext) ? [p] : [];
  });
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function pageWeight(out: string, page: string): { html: number; css: number; js: number } {
  const html = readFileSync(join(out, page), 'utf8');
  const hrefs = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const css = hrefs.reduce((sum, href) => sum + statSync(join(out, href)).size, 0);
  const js = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>/g)].length;
  return { html: Buffer.byteLength(html), css, js };
}

async function realSite(): Promise<void> {
  rmSync(join(ROOT, 'real'), { recursive: true, force: true });
  rmSync('.cache/og', { recursive: true, force: true }); // a cold start re-renders every OG image
  const cold = await build('real');
  const warm = await build('real');
  const pages = files(cold.out, '.html');
  console.log(`real site: ${pages.length} HTML pages`);
  console.log(`  cold build ${(cold.ms / 1000).toFixed(1)} s (no Astro cache, no OG cache); warm build ${(warm.ms / 1000).toFixed(1)} s`);
  const profiles = pages.filter((p) => /\/zones\/[^/]+\/index\.html$/.test(p)).map((p) => relative(cold.out, p));
  const weights = profiles.map((p) => ({ p, ...pageWeight(cold.out, p) }));
  const heaviest = weights.sort((a, b) => b.html + b.css - (a.html + a.css))[0]!;
  console.log(
    `  profile weight (HTML + CSS, uncompressed): heaviest ${heaviest.p} ${kb(heaviest.html)} + ${kb(heaviest.css)} = ${kb(heaviest.html + heaviest.css)} (budget 50 KB); scripts on profiles: ${weights.reduce((s, w) => s + w.js, 0)}`,
  );
  const pngs = files(join(cold.out, 'og'), '.png').map((p) => statSync(p).size);
  console.log(`  OG images: ${pngs.length}, size min ${kb(Math.min(...pngs))} / median ${kb(median(pngs))} / max ${kb(Math.max(...pngs))} (budget 150 KB)`);
}

/** A content folder with `n` synthetic clusters (copies of a real cluster, each citing real quotes). */
function syntheticContent(n: number): string {
  const dir = join(ROOT, `content-${n}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync('src/content', dir, { recursive: true });
  const template = parse(readFileSync('src/content/zones/cam-giang.yaml', 'utf8')) as Record<string, unknown> & {
    name: { vi: string; en: string };
    shortName: { vi: string; en: string };
  };
  for (let i = 1; i <= n; i++) {
    const id = String(i).padStart(4, '0');
    const zone = {
      ...template,
      order: 100 + i,
      name: { vi: `Cụm công nghiệp Thử nghiệm ${id}`, en: `Test Industrial Cluster ${id}` },
      shortName: { vi: `CCN Thử nghiệm ${id}`, en: `Test IC ${id}` },
    };
    writeFileSync(join(dir, 'zones', `synthetic-${id}.yaml`), stringify(zone));
  }
  return dir;
}

async function synthetic(): Promise<void> {
  const rows: { zones: number; pages: number; ms: number }[] = [];
  for (const n of [100, 500, 1000]) {
    const content = syntheticContent(n);
    rmSync(join(ROOT, `synthetic-${n}`), { recursive: true, force: true });
    const { ms, out } = await build(`synthetic-${n}`, { CONTENT_DIR: content });
    rows.push({ zones: n + 7, pages: files(out, '.html').length, ms });
    console.log(
      `synthetic ${n + 7} zones: ${files(out, '.html').length} pages, ${files(join(out, 'og'), '.png').length} OG images, cold build ${(ms / 1000).toFixed(1)} s`,
    );
  }
  const [a, , c] = rows;
  const perZone = (c!.ms - a!.ms) / (c!.zones - a!.zones);
  console.log(
    `growth: about ${perZone.toFixed(1)} ms per added zone (both languages, pages and OG images); ${c!.ms / a!.ms > (c!.zones / a!.zones) * 1.2 ? 'super-linear' : 'roughly linear'} from ${a!.zones} to ${c!.zones} zones`,
  );
}

mkdirSync(ROOT, { recursive: true });
await realSite();
if (!quick) await synthetic();
