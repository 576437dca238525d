import type { APIRoute } from 'astro';
import { getRoutes } from '../data/site.ts';
import { sitemapFiles, sitemapIndexXml, sitemapUrls } from '../lib/sitemap.ts';

/** The sitemap index robots.txt points to. */
export const GET: APIRoute = async () => {
  const files = sitemapFiles(sitemapUrls(await getRoutes())).map((f) => f.file);
  return new Response(await sitemapIndexXml(files), { headers: { 'Content-Type': 'application/xml' } });
};
