import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serve, type Server } from '../../../scripts/serve.ts';
import { ROOT } from '../../site/lib/build.ts';
import { launchChromium } from './browser.ts';

/**
 * The built site served with its CSP and a Chromium to read it, for one test file (started before its tests and
 * stopped after them). `open` loads a page in a fresh context and collects its console errors.
 */
export function readerSession(dist: string): {
  open: (
    path: string,
    javaScriptEnabled?: boolean,
    viewport?: { width: number; height: number },
    /** Requests to refuse (e.g. the web fonts, to see the page in its fallback font). */
    block?: RegExp,
  ) => Promise<{ page: Page; errors: string[] }>;
} {
  let browser: Browser | undefined;
  let server: Server | undefined;
  beforeAll(async () => {
    server = await serve(dist, { headersFile: join(ROOT, 'public/_headers') });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    open: async (path, javaScriptEnabled = true, viewport, block) => {
      const context = await browser!.newContext({ javaScriptEnabled, ...(viewport ? { viewport } : {}) });
      const page = await context.newPage();
      if (block) await page.route(block, (route) => route.abort());
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(new URL(path.slice(1), server!.url).href, { waitUntil: 'networkidle' });
      return { page, errors };
    },
  };
}
