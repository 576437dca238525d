import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { config } from '../../config.ts';
import { getRoutes } from '../../data/site.ts';
import { renderOgImages } from '../../og/index.ts';
import { slugify } from '../../lib/slug.ts';

/**
 * Every route's card is rendered once, in parallel and cached by content, into a staging folder; each image route
 * serves its file. One staging folder per output folder, so that builds running at once (the tests) never share one.
 */
const STAGING = resolve('.cache/og-site', slugify(config.outDir));

export const getStaticPaths = (async () => {
  const cards = (await getRoutes()).map((route) => route.card);
  const result = await renderOgImages(cards, { outDir: STAGING, cacheDir: resolve(config.ogCacheDir), log: (msg) => console.log(`[og] ${msg}`) });
  return cards.map((card, i) => ({
    params: { path: card.path.replace(/^og\//, '').replace(/\.png$/, '') },
    props: { file: result.files[i]! },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await readFile((props as { file: string }).file);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
