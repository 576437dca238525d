/**
 * Every page of the build, in a real browser behind a real static server that applies public/_headers (so a CSP
 * violation is a console error): status, console, requests, <html lang>, one h1, language switch, axe, 360 px.
 * The pages are checked three at a time in one hook (one browser, one context); each page then reports as its
 * own test, so waiting in the queue never counts against a test's timeout.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serve, type Server } from '../../scripts/serve.ts';
import { ROOT } from '../site/lib/build.ts';
import { listPages } from '../site/lib/pages.ts';
import { checkPage, launchChromium, limiter } from './lib/browser.ts';

const dist = inject('dist');
const pages = listPages(dist);
const paths = new Set(pages.map((p) => p.path));
const results = new Map<string, string[]>();
const SHOTS = join(ROOT, 'test-results/e2e');

let browser: Browser | undefined;
let context: BrowserContext | undefined;
let server: Server | undefined;

beforeAll(async () => {
  rmSync(SHOTS, { recursive: true, force: true }); // only this run's failures
  server = await serve(dist, { headersFile: join(ROOT, 'public/_headers') });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const started = Date.now();
  const pool = limiter(3);
  await Promise.all(
    pages.map((page) =>
      pool(async () => {
        const options = { baseUrl: server!.url, dist, paths, screenshotDir: SHOTS };
        results.set(page.path, await checkPage(context!, page, options));
      }),
    ),
  );
  console.info(`browser: ${pages.length} pages checked in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}, 900_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('every page in the browser', () => {
  it('the build has pages in both languages', () => {
    expect(pages.filter((p) => p.lang === 'vi').length).toBeGreaterThan(0);
    expect(pages.filter((p) => p.lang === 'en').length).toBeGreaterThan(0);
  });

  it.each(pages.map((p) => p.path))('%s', (path) => {
    const problems = results.get(path);
    expect(problems, `${path} was not checked`).toBeDefined();
    expect(problems, `${path}: ${problems?.length} problem(s); screenshot in test-results/e2e/`).toEqual([]);
  });
});
