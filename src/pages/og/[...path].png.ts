import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderOgImages } from '../../og/card.ts';
import { allCards } from '../../lib/cards.ts';
import { getSite } from '../../lib/site.ts';

/** Images are rendered once, in parallel and cached by content, into a staging folder; each route serves its file. */
const STAGING = resolve('.cache/og-site');

export const getStaticPaths = (async () => {
  const cards = await allCards(await getSite());
  const result = await renderOgImages(cards, { outDir: STAGING, log: (msg) => console.log(`[og] ${msg}`) });
  return cards.map((card, i) => ({
    params: { path: card.path.replace(/^og\//, '').replace(/\.png$/, '') },
    props: { file: result.files[i]! },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await readFile((props as { file: string }).file);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};

