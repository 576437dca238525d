import type { APIRoute } from 'astro';
import { absoluteUrl, assetUrl } from '../lib/urls.ts';

/** robots.txt with the sitemap's absolute URL, which depends on SITE_URL and BASE_PATH. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(assetUrl('sitemap-index.xml'))}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
