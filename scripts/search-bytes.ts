/**
 * What a reader downloads for the first results of a search: opens `/<lang>/search/?q=<query>` of a built site in
 * Chromium (a fresh profile each time, so nothing is cached), served with the site's headers, waits for the results
 * and adds up every file of Pagefind's bundle (`pagefind/`) it fetched. Our static server sends files as they are;
 * hosts (Netlify, Cloudflare Pages, GitHub Pages, nginx with gzip on) compress text, so the gzip size of the text
 * files is given too. Pagefind's index files are gzip already.
 *
 *   node scripts/search-bytes.ts [dist=dist] [--base /] [--lang en] [--query "thanh binh"]…
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from './lib/chromium.ts';
import { ROOT } from './lib/astro-build.ts';
import { serve } from './serve.ts';

export interface SearchBytes {
  lang: string;
  query: string;
  /** How many results the page says it found. */
  status: string;
  /** Each file fetched from pagefind/, as served and gzip-compressed (text files) as a host would send it. */
  files: { path: string; bytes: number; gzip: number }[];
  bytes: number;
  gzip: number;
}

export interface SearchBytesOptions {
  /** A built site folder. */
  dist: string;
  /** The base path it was built for (BASE_PATH), "/" by default. */
  base?: string;
  queries: string[];
  /** Languages to search in; default both. */
  langs?: string[];
  /** A running browser to reuse (it is left open); one is launched and closed otherwise. */
  browser?: Browser;
}

const TEXT = /\.(js|json|css|html)$/;

/** Measures each query in each language; one static server for all of them. */
export async function searchBytes({ dist, base = '/', queries, langs = ['vi', 'en'], browser }: SearchBytesOptions): Promise<SearchBytes[]> {
  const server = await serve(dist, { base, headersFile: join(ROOT, 'public/_headers') });
  const chromium = browser ?? (await launchChromium());
  const bundle = `${new URL(server.url).pathname}pagefind/`;
  const out: SearchBytes[] = [];
  try {
    for (const lang of langs) {
      for (const query of queries) {
        const context = await chromium.newContext();
        const page = await context.newPage();
        const fetched: string[] = [];
        page.on('requestfinished', (request) => {
          const path = new URL(request.url()).pathname;
          if (path.startsWith(bundle)) fetched.push(path);
        });
        await page.goto(`${server.url}${lang}/search/?q=${encodeURIComponent(query)}`);
        await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '', undefined, { timeout: 60_000 });
        await page.waitForLoadState('networkidle');
        const status = await page.locator('#search-status').innerText();
        await context.close();
        const files = fetched.map((path) => {
          const body = readFileSync(join(dist, decodeURIComponent(path.slice(bundle.length - 'pagefind/'.length))));
          return { path: path.slice(bundle.length), bytes: body.length, gzip: TEXT.test(path) ? gzipSync(body).length : body.length };
        });
        const sum = (key: 'bytes' | 'gzip') => files.reduce((total, f) => total + f[key], 0);
        out.push({ lang, query, status, files, bytes: sum('bytes'), gzip: sum('gzip') });
      }
    }
  } finally {
    if (!browser) await chromium.close();
    await server.close();
  }
  return out;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** One line per query, with the files it fetched. */
export function formatSearchBytes(results: SearchBytes[]): string {
  return results
    .map((r) =>
      [
        `${r.lang} "${r.query}": ${r.status} — ${r.files.length} files, ${kb(r.bytes)} as served, ${kb(r.gzip)} with gzip`,
        ...r.files.map((f) => `    ${f.path.padEnd(42)} ${kb(f.bytes).padStart(9)} ${kb(f.gzip).padStart(9)}`),
      ].join('\n'),
    )
    .join('\n');
}

async function cli(argv: string[]): Promise<void> {
  const args = [...argv];
  let dist = 'dist';
  let base = '/';
  const langs: string[] = [];
  const queries: string[] = [];
  while (args.length > 0) {
    const arg = args.shift()!;
    if (arg === '--base') base = args.shift() ?? '/';
    else if (arg === '--lang') langs.push(args.shift() ?? '');
    else if (arg === '--query') queries.push(args.shift() ?? '');
    else if (arg.startsWith('--'))
      throw new Error(`unknown option ${arg}; usage: node scripts/search-bytes.ts [dist] [--base /path/] [--lang vi|en]… [--query text]…`);
    else dist = arg;
  }
  const results = await searchBytes({
    dist: resolve(dist),
    base,
    queries: queries.length ? queries : ['thanh binh', 'che bien nong san'],
    ...(langs.length ? { langs } : {}),
  });
  console.log(formatSearchBytes(results));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await cli(process.argv.slice(2));
