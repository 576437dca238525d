/** Chromium, driven by playwright-core, and the per-page checks shared by the browser tests. */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { otherLocale, INTL_TAG } from '../../../src/i18n/locales.ts';
import { ROOT } from '../../site/lib/build.ts';
import type { SitePage } from '../../site/lib/pages.ts';

export { launchChromium } from '../../../scripts/lib/chromium.ts';

/** How many A4 pages a page prints on in Chromium's print engine: each "/Type /Page" object of its PDF (not "/Pages"). */
export async function printedPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs `task`s at most `n` at a time (a few pages at once is the sweet spot on 2 cores). */
export function limiter(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const queue: (() => void)[] = [];
  return async (task) => {
    if (running >= n) await new Promise<void>((go) => queue.push(go));
    running++;
    try {
      return await task();
    } finally {
      running--;
      queue.shift()?.();
    }
  };
}

export interface CheckOptions {
  /** Server address including the base path: "http://127.0.0.1:1234/zone-briefs/". */
  baseUrl: string;
  /** Output folder, to compare a 404 response with the 404 page file. */
  dist: string;
  /** Every site path of the build ("/vi/zones/x/"), to check that the language switch leads somewhere. */
  paths: Set<string>;
  axe?: boolean;
  /** Check for horizontal scrolling at 360 px. */
  narrow?: boolean;
  screenshotDir?: string;
}

interface PageState {
  lang: string;
  h1: number;
  switches: string[];
}

/**
 * Opens one page of the build and returns everything wrong with it, as readable lines (empty: all good).
 * 404 pages are opened the way readers meet them: at an unknown URL, where the server must answer 404 with them.
 */
export async function checkPage(context: BrowserContext, page: SitePage, options: CheckOptions): Promise<string[]> {
  const problems: string[] = [];
  const tab = await context.newPage();
  tab.setDefaultTimeout(60_000); // a hung page fails as a problem of its own, not as a timeout of the whole run
  try {
    await inspect(tab, page, options, problems);
  } catch (error) {
    problems.push(`could not check the page: ${(error as Error).message.split('\n')[0]}`);
  }
  if (problems.length > 0 && options.screenshotDir) {
    mkdirSync(options.screenshotDir, { recursive: true });
    const name = page.path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9.-]+/gi, '_') || 'root';
    await tab.screenshot({ path: join(options.screenshotDir, `${name}.png`), fullPage: true }).catch(() => undefined);
  }
  await tab.close();
  return problems;
}

async function inspect(tab: Page, page: SitePage, options: CheckOptions, problems: string[]): Promise<void> {
  const { origin } = new URL(options.baseUrl);
  const basePath = new URL(options.baseUrl).pathname;
  const url = page.notFound ? `${options.baseUrl}${page.path.slice(1).replace(/[^/]*$/, '')}no-such-page-e2e/` : `${options.baseUrl}${page.path.slice(1)}`;

  tab.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    if (page.notFound && msg.location().url === url && /status of 404/.test(msg.text())) return; // the 404 page's own status
    problems.push(`console error: ${msg.text()}`);
  });
  tab.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  tab.on('dialog', (dialog) => {
    problems.push(`a ${dialog.type()} dialog opened: "${dialog.message()}"`);
    void dialog.dismiss();
  });
  tab.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} (${req.failure()?.errorText ?? 'unknown'})`));
  tab.on('request', (req) => {
    if (!req.url().startsWith(origin) && !req.url().startsWith('data:')) problems.push(`request outside the site: ${req.url()}`);
  });
  tab.on('response', (res) => {
    if (res.status() >= 400 && !(page.notFound && res.url() === url)) problems.push(`HTTP ${res.status()} for ${res.url()}`);
  });

  const response = await tab.goto(url, { waitUntil: 'load' });
  const expected = page.notFound ? 404 : 200;
  if (response?.status() !== expected) problems.push(`status ${response?.status()} for ${url} (expected ${expected})`);
  if (page.notFound && response && (await response.text()) !== readFileSync(join(options.dist, page.file), 'utf8')) {
    problems.push(`${url} was not answered with ${page.file}`);
  }

  const state: PageState = await tab.evaluate(() => ({
    lang: document.documentElement.lang,
    h1: document.querySelectorAll('h1').length,
    switches: [...document.querySelectorAll<HTMLAnchorElement>('nav.lang-switch a[rel=alternate]')].map((a) => a.href),
  }));
  const tags = Object.values(INTL_TAG);
  if (page.lang ? state.lang !== INTL_TAG[page.lang] : !tags.includes(state.lang)) {
    problems.push(`<html lang="${state.lang}"> (expected ${page.lang ? INTL_TAG[page.lang] : tags.join(' or ')})`);
  }
  if (state.h1 !== 1) problems.push(`${state.h1} <h1> elements (expected exactly 1)`);
  if (page.lang) checkSwitch(page, state.switches, basePath, options.paths, problems);

  if (options.axe ?? true) problems.push(...(await axeViolations(tab)));

  if (options.narrow ?? true) {
    await tab.setViewportSize({ width: 360, height: 740 });
    const wide = await tab.evaluate(() => {
      const scrollWidth = document.scrollingElement!.scrollWidth;
      if (scrollWidth <= 360) return undefined;
      const culprits = [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > 360.5 && !e.querySelector('*:not(span, a, b, i, em, strong, abbr, code)'))
        .slice(0, 4)
        .map(
          (e) =>
            `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.classList.length ? `.${[...e.classList].join('.')}` : ''} (right edge ${Math.round(e.getBoundingClientRect().right)} px)`,
        );
      return { scrollWidth, culprits };
    });
    if (wide) problems.push(`scrolls sideways at 360 px: scrollWidth ${wide.scrollWidth}; widest: ${wide.culprits.join(', ') || '?'}`);
    // The page may not scroll sideways while a box inside it does (a table in its scrolling wrapper): nothing may be
    // wider than the box that holds it, so nothing is cut off or hidden behind a scroll bar.
    const clipped = await tab.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main *')]
        .filter((e) => {
          const overflow = getComputedStyle(e).overflowX;
          // Visually hidden on purpose (a 1 px box, read by screen readers only), or inside such a box.
          for (let a: Element | null = e; a; a = a.parentElement) if (a.getBoundingClientRect().width <= 1) return false;
          return (overflow !== 'visible' || e.matches('table, .table-wrap')) && e.scrollWidth > e.clientWidth + 1;
        })
        .slice(0, 4)
        .map(
          (e) =>
            `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.classList.length ? `.${[...e.classList].join('.')}` : ''} (${e.scrollWidth} px of content in ${e.clientWidth} px)`,
        ),
    );
    if (clipped.length) problems.push(`content wider than its box at 360 px: ${clipped.join(', ')}`);
    // Nor may any text run outside the block that holds it (a long word or URL that does not wrap).
    const outside = await tab.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node && found.length < 4; node = walker.nextNode()) {
        if (!node.textContent?.trim() || node.parentElement?.closest('svg')) continue;
        let block = node.parentElement!;
        while (getComputedStyle(block).display.startsWith('inline') && block.parentElement) block = block.parentElement;
        const box = block.getBoundingClientRect();
        if (box.width <= 1) continue; // visually hidden on purpose
        range.selectNodeContents(node);
        const r = range.getBoundingClientRect();
        if (r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1))
          found.push(`"${node.textContent.trim().slice(0, 40)}" in ${block.tagName.toLowerCase()}`);
      }
      return found;
    });
    if (outside.length) problems.push(`text outside its box at 360 px: ${outside.join(', ')}`);
  }
}

/** axe-core's violations on the page as it is now, one readable line each (empty: none). */
export async function axeViolations(tab: Page): Promise<string[]> {
  await tab.evaluate(AXE_SOURCE);
  const violations = await tab.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            o: object,
          ) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 200)}` : ''}`),
      count: v.nodes.length,
    }));
  });
  return violations.map((v) => `axe ${v.id} (${v.impact}): ${v.help}; ${v.count} node(s): ${v.nodes.join(' | ')}`);
}

/** The language switch leads to the same path in the other language (a 404 page may lead to the other 404 or home). */
function checkSwitch(page: SitePage, hrefs: string[], basePath: string, paths: Set<string>, problems: string[]): void {
  if (hrefs.length !== 1) {
    problems.push(`${hrefs.length} links in nav.lang-switch a[rel=alternate] (expected 1)`);
    return;
  }
  const target = new URL(hrefs[0]!);
  const sitePath = target.pathname.startsWith(basePath) ? `/${target.pathname.slice(basePath.length)}` : target.pathname;
  const other = otherLocale(page.lang!);
  const accepted = page.notFound ? [`/${other}/${page.rest}`, `/${other}/404/`, `/${other}/`] : [`/${other}/${page.rest}`];
  if (!accepted.includes(sitePath) || target.hash || target.search) {
    problems.push(
      `language switch leads to ${target.pathname}${target.search}${target.hash} (expected ${accepted.map((p) => `${basePath}${p.slice(1)}`).join(' or ')})`,
    );
  } else if (!paths.has(sitePath)) {
    problems.push(`language switch leads to ${target.pathname}, which is not in the build`);
  }
}
