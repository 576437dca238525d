import type { APIRoute } from 'astro';
import { factRows } from '../../lib/open-data.ts';
import { getSite } from '../../data/site.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify({ facts: factRows(await getSite()) }, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
