import type { APIRoute } from 'astro';
import { getSearchEntries } from '../data/site.ts';
import { searchIndex } from '../lib/search-index.ts';

/** The search index, one file for both languages: search matches across them. */
export const GET: APIRoute = async () => {
  const index = searchIndex(await getSearchEntries());
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
