/**
 * Deployment under a sub-path (GitHub Pages project sites) by configuration alone: built with
 * BASE_PATH=/zone-briefs/ and SITE_URL=https://example.github.io, every link and asset still resolves, absolute
 * URLs carry the sub-path, and a browser served the site under /zone-briefs/ finds nothing broken, the search included.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serve, type Server } from '../../scripts/serve.ts';
import { checkPage, launchChromium } from '../e2e/lib/browser.ts';
import { buildSite, ROOT, tempDir } from './lib/build.ts';
import { parseTags } from './lib/html.ts';
import { checkSite, formatProblems } from './lib/links.ts';
import { listPages, type SitePage } from './lib/pages.ts';

const SITE = 'https://example.github.io';
const BASE = '/zone-briefs/';
const PREFIX = `${SITE}${BASE}`;

/** A handful of pages: the root ones, and the first page of each section in each language. */
function sample(pages: SitePage[]): SitePage[] {
  const seen = new Set<string>();
  return pages.filter((p) => {
    const key = `${p.lang ?? ''}/${p.notFound ? '404' : (p.rest.split('/')[0] ?? '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

describe(`built for ${PREFIX}`, () => {
  const tmp = tempDir('base-path');
  let dist: string;
  let pages: SitePage[];
  beforeAll(async () => {
    dist = (await buildSite({ outDir: join(tmp.dir, 'out'), cacheDir: join(tmp.dir, 'cache'), env: { SITE_URL: SITE, BASE_PATH: BASE } })).outDir;
    pages = listPages(dist);
  });
  afterAll(() => tmp.cleanup());

  it('every link, asset, anchor, hreflang pair and sitemap entry resolves under the base path', () => {
    const { problems } = checkSite({ dist, site: SITE, base: BASE });
    expect(pages.length).toBeGreaterThan(2);
    expect(problems.length === 0 ? '' : formatProblems(problems)).toBe('');
  });

  it('canonical, og:url, og:image and twitter:image are absolute under the sub-path', () => {
    const wrong: string[] = [];
    for (const page of pages) {
      const tags = parseTags(readFileSync(join(dist, page.file), 'utf8'));
      const meta = (key: string): string | undefined => tags.find((t) => t.name === 'meta' && (t.attrs.property ?? t.attrs.name) === key)?.attrs.content;
      const canonical = tags.find((t) => t.name === 'link' && t.attrs.rel === 'canonical')?.attrs.href;
      const expected = `${PREFIX}${page.path.slice(1)}`;
      if (!page.notFound && canonical !== expected) wrong.push(`${page.file}: canonical ${canonical} (expected ${expected})`);
      if (!page.notFound && meta('og:url') !== canonical) wrong.push(`${page.file}: og:url ${meta('og:url')} is not the canonical URL`);
      for (const key of ['og:image', 'twitter:image']) {
        if (page.notFound && meta(key) === undefined) continue; // nobody shares a 404
        if (!meta(key)?.startsWith(PREFIX)) wrong.push(`${page.file}: ${key} ${meta(key)} is not under ${PREFIX}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  describe('in the browser, served under the sub-path', () => {
    let browser: Browser;
    let server: Server;
    beforeAll(async () => {
      rmSync(join(ROOT, 'test-results/base-path'), { recursive: true, force: true });
      server = await serve(dist, { base: BASE, headersFile: join(ROOT, 'public/_headers') });
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('a handful of pages load with no failed request, no console error and a working language switch', async () => {
      const context = await browser.newContext();
      const paths = new Set(pages.map((p) => p.path));
      const found: string[] = [];
      for (const page of sample(pages)) {
        const problems = await checkPage(context, page, {
          baseUrl: server.url,
          dist,
          paths,
          axe: false,
          narrow: false,
          screenshotDir: join(ROOT, 'test-results/base-path'),
        });
        found.push(...problems.map((p) => `${BASE}${page.path.slice(1)}: ${p}`));
      }
      await context.close();
      expect(found).toEqual([]);
    });

    it('the search finds pages and links to them under the sub-path', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${server.url}en/search/?q=${encodeURIComponent('thanh binh')}`, { waitUntil: 'networkidle' });
      await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '');
      const first = page.locator('#search-results li a').first();
      expect(new URL(await first.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(`${BASE}en/zones/thanh-binh/`);
      await first.click();
      await page.waitForURL(`**${BASE}en/zones/thanh-binh/`);
      expect(await page.locator('h1').innerText()).toBe('Thanh Bình Industrial Park');
      expect(errors).toEqual([]);
      await context.close();
    });
  });
});
