import type { APIRoute } from 'astro';
import { searchEntries, searchIndex } from '../lib/search-index.ts';
import { getGlossary, getSite } from '../lib/site.ts';

/** The search index, one file for both languages: search matches across them. */
export const GET: APIRoute = async () => {
  const index = searchIndex(searchEntries(await getSite(), await getGlossary()));
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
