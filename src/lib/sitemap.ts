/**
 * The sitemap, from the route list: every page search engines should index, with its language alternates, as
 * the `sitemap` library (the one @astrojs/sitemap uses) writes it; split into files of at most 50,000 URLs.
 */
import { Readable } from 'node:stream';
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap';
import { INTL_TAG } from '../i18n/locales.ts';
import type { Route } from './routes.ts';
import { absoluteUrl, assetUrl, localeUrl } from './urls.ts';

/** The sitemap protocol's limit of URLs per file. */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapUrl {
  url: string;
  /** The page in every language (hreflang as BCP 47 tags), this one included. */
  links: { lang: string; url: string }[];
}

/** One collator for every comparison (localeCompare with options builds one per call: 1.2 s for a 1,000-zone sitemap). */
const byUrl = new Intl.Collator('en', { numeric: true }).compare;

/** Every indexable route as an absolute URL with its alternates, sorted by URL. */
export function sitemapUrls(routes: readonly Route[]): SitemapUrl[] {
  return routes
    .filter((route) => !route.noindex)
    .map((route) => ({
      url: absoluteUrl(localeUrl(route.lang, route.path)),
      links: route.alternates.map((a) => ({ lang: INTL_TAG[a.lang], url: absoluteUrl(localeUrl(a.lang, a.path)) })).sort((a, b) => byUrl(a.url, b.url)),
    }))
    .sort((a, b) => byUrl(a.url, b.url));
}

/** The sitemap files: "sitemap-0.xml", "sitemap-1.xml" … each with its share of the URLs. */
export function sitemapFiles(urls: readonly SitemapUrl[]): { file: string; urls: SitemapUrl[] }[] {
  const files: { file: string; urls: SitemapUrl[] }[] = [];
  for (let i = 0; i * SITEMAP_LIMIT < Math.max(urls.length, 1); i++)
    files.push({ file: `sitemap-${i}.xml`, urls: urls.slice(i * SITEMAP_LIMIT, (i + 1) * SITEMAP_LIMIT) });
  return files;
}

const toString = async (stream: Readable): Promise<string> => (await streamToPromise(stream)).toString('utf8');

export function sitemapXml(urls: readonly SitemapUrl[]): Promise<string> {
  const stream = new SitemapStream({ xmlns: { news: true, xhtml: true, image: true, video: true } });
  return toString(Readable.from(urls).pipe(stream));
}

/** The index of the sitemap files, each by its absolute URL. */
export function sitemapIndexXml(files: readonly string[]): Promise<string> {
  return toString(Readable.from(files.map((file) => ({ url: absoluteUrl(assetUrl(file)) }))).pipe(new SitemapIndexStream()));
}
