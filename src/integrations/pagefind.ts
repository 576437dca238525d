import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { markUsed, packageVersion, placeFile, pruneCache, writeAtomic } from '../lib/file-cache.ts';

/** Pagefind's ready-made interfaces and its web worker: the search page uses its own markup on the main thread, so they are not published. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\.(js|css)$/;

/**
 * Not searched: what a reader never sees on screen (the printed brief's QR caption, URL and source list), and the
 * evidence repeated from the source articles under each figure (the "Source: <article> · <date>" line and the
 * verbatim quote). The article's own page holds its whole text and is found by it; repeated on every profile and
 * sector page that cites it, it made those pages match every phrase of the article and grew the index by a fifth.
 * The list pages (zones table, sector and source indexes, the about page's file list) mark their rows
 * data-pagefind-ignore: each row is a page of its own, and at 1,000 zones a list's whole text made fragments of 35 KB.
 */
const NOT_SEARCHED = ['.print-only', '.source', 'blockquote', '.chart-data'];

/** Stops the build with Pagefind's own messages. */
function check<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${response.errors.join('\n')}`);
  return response;
}

/** A cache entry: a manifest `<key>.json` naming the files of one index, and each file stored once by its content hash. */
const CACHE_ENTRY = /^[0-9a-f]{40}\.(json|pf)$/;
interface Manifest {
  pages: number;
  /** Path under pagefind/ → content hash of the cached file. */
  files: Record<string, string>;
}
const hash40 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex').slice(0, 40);

/** Everything besides the pages that decides the index: Pagefind's version and this file (its options and what it publishes). */
function fingerprint(): string {
  return createHash('sha256')
    .update(packageVersion('pagefind'))
    .update('\0')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .digest('hex');
}

/** The cache key of a site's index: the fingerprint and every HTML file Pagefind reads (path and bytes). */
export function indexKey(site: string): string {
  const hash = createHash('sha256').update(fingerprint());
  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .sort();
  // Read synchronously: one await per page made this five times slower (3 s for 7,894 pages).
  for (const page of pages) {
    const bytes = readFileSync(join(site, page));
    hash.update('\0').update(page).update('\0').update(String(bytes.length)).update('\0').update(bytes);
  }
  return hash.digest('hex').slice(0, 40);
}

/** Runs Pagefind on the site's pages; the files to publish, by their path under pagefind/. */
async function buildIndex(site: string): Promise<{ pages: number; files: { path: string; content: Uint8Array }[] }> {
  try {
    const { index } = check(await pagefind.createIndex({ excludeSelectors: NOT_SEARCHED }), 'start');
    if (!index) throw new Error('Pagefind could not start: no index');
    const { page_count } = check(await index.addDirectory({ path: site }), `index the pages in ${site}`);
    const { files } = check(await index.getFiles(), 'write the index');
    return { pages: page_count, files: files.filter((f) => !UNUSED.test(f.path)) };
  } finally {
    await pagefind.close();
  }
}

export interface IndexRun {
  /** The HTML pages Pagefind read (it indexes those marked data-pagefind-body). */
  pages: number;
  files: number;
  bytes: number;
  /** True when the pages were the same as a cached build's and its index was placed instead of built. */
  reused: boolean;
}

/**
 * Writes `<site>/pagefind/`: from the cache when a build with byte-identical pages (and the same Pagefind and
 * options) made it before, else built by Pagefind and cached. Entries no build used for CACHE_MAX_AGE_DAYS are removed.
 */
export async function writeSearchIndex(site: string, cacheDir: string): Promise<IndexRun> {
  const now = new Date();
  const manifestFile = join(cacheDir, `${indexKey(site)}.json`);
  const cached = (hash: string) => join(cacheDir, `${hash}.pf`);
  let manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest) : undefined;
  // An entry whose files were removed (by hand, or pruned while a build used it) is built again.
  const reused = manifest !== undefined && Object.values(manifest.files).every((h) => existsSync(cached(h)));
  if (!reused) {
    const built = await buildIndex(site);
    manifest = { pages: built.pages, files: {} };
    for (const file of built.files) {
      const hash = hash40(file.content);
      if (!existsSync(cached(hash))) await writeAtomic(cached(hash), file.content);
      manifest.files[file.path] = hash;
    }
    await writeAtomic(manifestFile, JSON.stringify(manifest)); // last: a manifest names only files already written
  }
  const entries = Object.entries(manifest!.files);
  for (const folder of new Set(entries.map(([path]) => dirname(join(site, 'pagefind', path))))) await mkdir(folder, { recursive: true });
  await Promise.all(entries.map(([path, hash]) => placeFile(cached(hash), join(site, 'pagefind', path))));
  await markUsed([manifestFile, ...entries.map(([, hash]) => cached(hash))], now);
  await pruneCache(cacheDir, CACHE_ENTRY, now);
  const bytes = entries.reduce((total, [, hash]) => total + statSync(cached(hash)).size, 0);
  return { pages: manifest!.pages, files: entries.length, bytes, reused };
}

/**
 * The site search index, written by Pagefind into the build's `pagefind/` folder once every page is written (its
 * `astro:build:done` runs before atomic-output's, which publishes the folder). Pagefind reads the pages the layout
 * marks with data-pagefind-body (those whose route is listed by the search) and makes one index per `<html lang>`.
 * The index is cached by the pages' bytes (`cacheDir`: the `pagefind/` folder of OG_CACHE_DIR), so a
 * build whose pages did not change places the last index instead of indexing every page again.
 */
export function pagefindIndex({ cacheDir }: { cacheDir: string }): AstroIntegration {
  return {
    name: 'zone-briefs:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const run = await writeSearchIndex(fileURLToPath(dir), resolve(cacheDir));
        logger.info(
          `${run.pages} pages ${run.reused ? 'unchanged: index reused from cache' : 'read and indexed'}, ${(run.bytes / 1024).toFixed(0)} KB in pagefind/ (${Math.round(performance.now() - started)} ms)`,
        );
      },
    },
  };
}
