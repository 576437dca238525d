/**
 * The sitemap: which URLs search engines are given, with their language alternates, how the list is split into
 * files, and the XML written. The unit tests run with the default configuration: site
 * https://zone-briefs.example.org, base path "/".
 */
import { describe, expect, it } from 'vitest';
import { buildRoutes } from '../../src/lib/routes.ts';
import { SITEMAP_LIMIT, sitemapFiles, sitemapIndexXml, sitemapUrls, sitemapXml, type SitemapUrl } from '../../src/lib/sitemap.ts';
import { makeSite } from './lib/site-fixture.ts';

const SITE = 'https://zone-briefs.example.org';

const urls = sitemapUrls(buildRoutes(makeSite()));

function urlEntry(url: string): SitemapUrl {
  const found = urls.find((u) => u.url === url);
  if (!found) throw new Error(`${url} is not in the sitemap`);
  return found;
}

/** A page with both language versions as alternates, as sitemapUrls gives it. */
function syntheticUrl(i: number): SitemapUrl {
  return {
    url: `${SITE}/vi/page-${i}/`,
    links: [
      { lang: 'vi-VN', url: `${SITE}/vi/page-${i}/` },
      { lang: 'en-US', url: `${SITE}/en/page-${i}/` },
    ],
  };
}

describe('sitemap URLs', () => {
  it('lists every indexable page of both languages, sorted, as absolute URLs under the site', () => {
    const pages = [
      '',
      'about/',
      'compare/',
      'glossary/',
      'plans/',
      'search/',
      'sectors/',
      'sectors/wood-processing/',
      'sources/',
      'sources/bai-mau/',
      'zones/',
      'zones/mau/',
    ];
    expect(urls.map((u) => u.url)).toEqual([...pages.map((p) => `${SITE}/en/${p}`), ...pages.map((p) => `${SITE}/vi/${p}`)]);
  });

  it('leaves out the 404 pages', () => {
    expect(urls.filter((u) => u.url.includes('404'))).toEqual([]);
  });

  it('gives each URL both language versions as alternates, with BCP 47 tags', () => {
    const expected = [
      { lang: 'vi-VN', url: `${SITE}/vi/zones/mau/` },
      { lang: 'en-US', url: `${SITE}/en/zones/mau/` },
    ];
    for (const url of [`${SITE}/vi/zones/mau/`, `${SITE}/en/zones/mau/`]) {
      expect(urlEntry(url).links).toHaveLength(2);
      expect(urlEntry(url).links).toEqual(expect.arrayContaining(expected));
    }
    expect(urlEntry(`${SITE}/en/`).links).toEqual(
      expect.arrayContaining([
        { lang: 'vi-VN', url: `${SITE}/vi/` },
        { lang: 'en-US', url: `${SITE}/en/` },
      ]),
    );
  });
});

describe('sitemap files', () => {
  it('allows 50,000 URLs per file, as the sitemap protocol does', () => {
    expect(SITEMAP_LIMIT).toBe(50_000);
  });

  it('puts up to 50,000 URLs in one file', () => {
    const files = sitemapFiles(Array.from({ length: 50_000 }, (_, i) => syntheticUrl(i)));
    expect(files.map((f) => [f.file, f.urls.length])).toEqual([['sitemap-0.xml', 50_000]]);
  });

  it('starts a second file at the 50,001st URL', () => {
    const list = Array.from({ length: 50_001 }, (_, i) => syntheticUrl(i));
    const files = sitemapFiles(list);
    expect(files.map((f) => [f.file, f.urls.length])).toEqual([
      ['sitemap-0.xml', 50_000],
      ['sitemap-1.xml', 1],
    ]);
    expect(files[0]!.urls[0]!.url).toBe(`${SITE}/vi/page-0/`);
    expect(files[1]!.urls[0]!.url).toBe(`${SITE}/vi/page-50000/`);
  });

  it('still writes one (empty) file when there is nothing to list, so the index is never empty', () => {
    expect(sitemapFiles([])).toEqual([{ file: 'sitemap-0.xml', urls: [] }]);
  });
});

describe('sitemap XML', () => {
  it('writes a urlset with each URL and its hreflang alternates', async () => {
    const xml = await sitemapXml([urlEntry(`${SITE}/vi/zones/mau/`)]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
    expect(xml).toContain(`<loc>${SITE}/vi/zones/mau/</loc>`);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="vi-VN" href="${SITE}/vi/zones/mau/"/>`);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="en-US" href="${SITE}/en/zones/mau/"/>`);
  });

  it('escapes "&" in a URL', async () => {
    const xml = await sitemapXml([{ url: `${SITE}/vi/search/?q=a&b`, links: [] }]);
    expect(xml).toContain(`<loc>${SITE}/vi/search/?q=a&amp;b</loc>`);
    expect(xml).not.toContain('?q=a&b');
  });

  it('lists each sitemap file in the index by its absolute URL', async () => {
    const xml = await sitemapIndexXml(['sitemap-0.xml']);
    expect(xml).toContain('<sitemapindex');
    expect(xml).toContain(`<loc>${SITE}/sitemap-0.xml</loc>`);
  });
});
