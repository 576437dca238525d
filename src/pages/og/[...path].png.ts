import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderOgImages } from '../../og/index.ts';
import { allCards } from '../../lib/cards.ts';
import { getSite } from '../../lib/site.ts';
import { slugify } from '../../lib/slug.ts';

/**
 * Images are rendered once, in parallel and cached by content, into a staging folder; each route serves its file.
 * OG_CACHE_DIR moves the content cache (default .cache/og), e.g. for a test that starts cold.
 */
// One staging folder per output folder, so that builds running at once (the tests) never share one.
const STAGING = resolve('.cache/og-site', slugify(process.env.OUT_DIR ?? 'dist'));
const CACHE = process.env.OG_CACHE_DIR ? resolve(process.env.OG_CACHE_DIR) : undefined;

export const getStaticPaths = (async () => {
  const cards = await allCards(await getSite());
  const result = await renderOgImages(cards, { outDir: STAGING, ...(CACHE ? { cacheDir: CACHE } : {}), log: (msg) => console.log(`[og] ${msg}`) });
  return cards.map((card, i) => ({
    params: { path: card.path.replace(/^og\//, '').replace(/\.png$/, '') },
    props: { file: result.files[i]! },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await readFile((props as { file: string }).file);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};

