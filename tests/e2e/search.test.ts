/**
 * Search as a reader uses it, in Chromium behind the static server with the site's CSP: typing filters and
 * orders the listed pages, the header form on any page leads there, a hostile query stays text, and without
 * JavaScript the page is a plain list of everything.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readerSession } from './lib/reader.ts';

const dist = inject('dist');
const { open } = readerSession(dist);
const shown = (page: Page) => page.locator('#search-results li:not([hidden]) > a').allInnerTexts();

describe('search page', () => {
  it('filters as the reader types, without diacritics, and says how many it found', async () => {
    const { page, errors } = await open('/en/search/');
    const all = (await shown(page)).length;
    await page.fill('#search-q', 'thanh binh');
    expect((await shown(page))[0]).toBe('Thanh Bình Industrial Park');
    expect((await shown(page)).length).toBeLessThan(all);
    expect(await page.locator('#search-status').innerText()).toMatch(/^\d+ results for “thanh binh”$/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('thanh binh');
    await page.click('.lang-switch a[hreflang]');
    await page.waitForURL(/\/vi\/search\/\?q=thanh\+binh$/);
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.includes('thanh binh'));
    expect((await shown(page))[0]).toBe('Khu công nghiệp Thanh Bình');
    await page.goBack();
    await page.fill('#search-q', '');
    expect((await shown(page)).length).toBe(all);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('finds Vietnamese pages from an English query and says so when nothing matches', async () => {
    const { page } = await open('/vi/search/?q=industrial%20cluster');
    expect((await shown(page))[0]).toMatch(/^Cụm công nghiệp /);
    await page.fill('#search-q', 'xyzzy');
    expect(await shown(page)).toEqual([]);
    expect(await page.locator('#search-status').innerText()).toBe('Không tìm thấy “xyzzy”. Hãy thử ít từ hơn hoặc cách viết khác.');
    await page.context().close();
  });

  it('is reached from the header form of any page, with the query carried over', async () => {
    const { page } = await open('/vi/zones/cam-giang/');
    await page.fill('#site-q', 'vang muoi');
    await page.press('#site-q', 'Enter');
    await page.waitForURL(/\/vi\/search\/\?q=vang\+muoi$/);
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.includes('vang muoi'));
    expect((await shown(page))[0]).toBe('Cụm công nghiệp Vằng Mười');
    await page.context().close();
  });

  it('shows a hostile query as text and runs none of it', async () => {
    const { page, errors } = await open(`/en/search/?q=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}`);
    expect(await page.locator('#search-status').innerText()).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript lists every page and hides the form that could not work', async () => {
    const { page } = await open('/en/search/', false);
    expect(await page.locator('form.search-form').isVisible()).toBe(false);
    const items = await page.locator('#search-results li').count();
    expect(items).toBeGreaterThan(40);
    expect(await page.locator('#search-results li:not([hidden])').count()).toBe(items);
    expect(await page.locator('#search-status').innerText()).toBe(`Everything on this site (${items} pages and terms)`);
    await page.context().close();
  });
});
