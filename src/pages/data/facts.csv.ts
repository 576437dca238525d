import type { APIRoute } from 'astro';
import { factRows, toCsv } from '../../lib/open-data.ts';
import { getSite } from '../../data/site.ts';

export const GET: APIRoute = async () => new Response(toCsv(factRows(await getSite())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
