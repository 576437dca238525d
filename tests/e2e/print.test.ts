/**
 * The printed brief: every zone profile, in both languages, fits one A4 page in Chromium's print engine and
 * carries a QR code of the page's own URL.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serve, type Server } from '../../scripts/serve.ts';
import { launchChromium, printedPages } from './lib/browser.ts';

const dist = inject('dist');
const profiles = (['vi', 'en'] as const).flatMap((lang) =>
  readdirSync(join(dist, lang, 'zones'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((zone) => `/${lang}/zones/${zone.name}/`),
);

let browser: Browser | undefined;
let server: Server | undefined;
beforeAll(async () => {
  server = await serve(dist);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('printed profile', () => {
  it.each(profiles)('%s fits one A4 page with its QR code', async (path) => {
    const page = await browser!.newPage();
    const response = await page.goto(new URL(path.slice(1), server!.url).href);
    expect(response?.status()).toBe(200);
    await page.emulateMedia({ media: 'print' });
    const qr = page.locator('.print-qr img');
    expect(await qr.isVisible()).toBe(true);
    expect(await page.locator('.print-qr .url').innerText()).toMatch(new RegExp(`${path.replace(/\//g, '\\/')}$`));
    // The URL breaks only after a "/" (each part is one unbreakable span); the brief says how old its newest source is;
    // a link that cannot be followed on paper is not printed.
    const parts = await page.locator('.print-qr .url span').allInnerTexts();
    expect(parts.join('')).toMatch(/^https?:\/\//);
    for (const part of parts.slice(0, -1)) expect(part.endsWith('/'), part).toBe(true);
    expect(await page.locator('.print-qr').innerText()).toMatch(/Most recent source|Nguồn mới nhất/);
    for (const link of await page.locator('.notice a').all()) expect(await link.isVisible()).toBe(false);
    expect(await printedPages(page)).toBe(1);
    await page.close();
  });
});
