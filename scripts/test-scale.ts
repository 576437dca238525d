/**
 * The search at national scale: writes the synthetic site of 1,000 zones (scripts/lib/synthetic.ts: the real zones
 * and articles and generated ones), builds it into .cache/scale/ (cold about 3 minutes, mostly OG images; later runs
 * reuse the Astro, OG and search-index caches there) and runs the Chromium search test against that build
 * (TEST_DIST, with CONTENT_DIR and SEEDS_DIR telling the test which content it was built from). Then prints what the
 * first results of three queries download there, as scripts/search-bytes.ts measures it.
 *
 *   npm run test:scale [-- --zones 1000] [-- tests/site/search.test.ts …]   (default: tests/e2e/search.test.ts)
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildSite, cleanEnv, ROOT } from './lib/astro-build.ts';
import { writeSyntheticSite } from './lib/synthetic.ts';
import { formatSearchBytes, searchBytes } from './search-bytes.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--zones');
const zones = at >= 0 ? Number(args.splice(at, 2)[1]) : 1000;
if (!Number.isInteger(zones) || zones < 7) throw new Error(`--zones takes a whole number of zones, at least the real 7 (got ${args[at + 1] ?? 'nothing'})`);
const tests = args.length ? args : ['tests/e2e/search.test.ts'];

const dir = join(ROOT, '.cache/scale');
const site = writeSyntheticSite(join(dir, `site-${zones}`), zones);
const env = { CONTENT_DIR: site.contentDir, SEEDS_DIR: site.seedsDir };
const outDir = join(dir, `dist-${zones}`);
console.log(`[scale] ${zones} zones, ${site.articles} articles: building ${outDir}`);
const build = await buildSite({ outDir, cacheDir: join(dir, `astro-${zones}`), env: { ...env, OG_CACHE_DIR: join(dir, 'og') }, echo: true });
console.log(`[scale] built in ${(build.ms / 1000).toFixed(0)} s`);

const vitest = spawnSync(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'site', ...tests], {
  cwd: ROOT,
  env: { ...cleanEnv(), ...env, TEST_DIST: outDir },
  stdio: 'inherit',
});
if (vitest.status !== 0) process.exit(vitest.status ?? 1);

const bytes = await searchBytes({ dist: outDir, queries: ['thanh binh', 'che bien nong san', 'huyen tung'] });
console.log(`[scale] what the first results download at ${zones} zones:`);
console.log(
  formatSearchBytes(bytes)
    .split('\n')
    .filter((line) => !line.startsWith(' '))
    .join('\n'),
);
