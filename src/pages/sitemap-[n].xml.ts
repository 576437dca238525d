import type { APIRoute, GetStaticPaths } from 'astro';
import { getRoutes } from '../data/site.ts';
import { sitemapFiles, sitemapUrls, sitemapXml, type SitemapUrl } from '../lib/sitemap.ts';

/** The sitemap files, from the route list. */
export const getStaticPaths = (async () =>
  sitemapFiles(sitemapUrls(await getRoutes())).map(({ file, urls }) => ({
    params: { n: file.replace(/^sitemap-|\.xml$/g, '') },
    props: { urls },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await sitemapXml((props as { urls: SitemapUrl[] }).urls), { headers: { 'Content-Type': 'application/xml' } });
