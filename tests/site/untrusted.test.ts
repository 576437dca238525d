/**
 * Article text is untrusted input. A new seed file full of markup and script URLs (tests/fixtures/hostile/) is
 * built with the real seeds (SEEDS_DIR) and its source pages opened in Chromium WITHOUT the CSP headers, so that
 * the test sees the escaping itself, not the CSP covering for it.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serve, type Server } from '../../scripts/serve.ts';
import { launchChromium } from '../e2e/lib/browser.ts';
import { buildSite, ROOT, tempDir } from './lib/build.ts';
import { checkSite, formatProblems } from './lib/links.ts';
import { buildAddress } from './lib/site.ts';
import { validateHtml } from './lib/validate.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/hostile');
const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror="window.__pwned=1">', 'javascript:alert(1)'];

/** A copy of seeds/ (articles and metadata) plus the given fixture files, and optionally more metadata. */
function seedsWith(dir: string, fixtures: string[], metadata = ''): string {
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt'))) copyFileSync(join(ROOT, 'seeds', f), join(dir, f));
  for (const f of fixtures) copyFileSync(join(FIXTURES, f), join(dir, f));
  writeFileSync(join(dir, 'metadata.yaml'), `${readFileSync(join(ROOT, 'seeds/metadata.yaml'), 'utf8').trimEnd()}\n\n${metadata}`);
  return dir;
}

const folders = (dir: string): string[] => {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  } catch {
    return [];
  }
};

describe('markup and script URLs in a new article', () => {
  const tmp = tempDir('untrusted');
  let dist: string;
  let slug: string | undefined;
  let newSources: string[] = [];
  beforeAll(async () => {
    const seeds = seedsWith(join(tmp.dir, 'seeds'), ['900_hostile.txt']);
    dist = (await buildSite({ outDir: join(tmp.dir, 'out'), cacheDir: join(tmp.dir, 'cache'), env: { SEEDS_DIR: seeds } })).outDir;
    const known = new Set(folders(join(inject('dist'), 'vi/sources')));
    newSources = folders(join(dist, 'vi/sources')).filter((f) => !known.has(f));
    slug = newSources.length === 1 ? newSources[0] : undefined;
  });
  afterAll(() => tmp.cleanup());

  it('the new article gets a source page in both languages', () => {
    expect(newSources, 'new folders under /vi/sources/ (expected exactly one: the hostile article)').toHaveLength(1);
    expect(folders(join(dist, 'en/sources'))).toContain(slug);
  });

  it('no script URL, event handler or inline script anywhere in the build', () => {
    const problems = checkSite({ dist, ...buildAddress({}) }).problems.filter((p) => p.check === 'unsafe' || p.check === 'csp');
    expect(problems.length === 0 ? '' : formatProblems(problems)).toBe('');
  });

  it('its source pages are valid HTML (escaping kept the document whole)', async () => {
    expect(slug).toBeDefined();
    for (const lang of ['vi', 'en']) expect(await validateHtml(join(dist, lang, 'sources', slug!, 'index.html')), lang).toEqual([]);
  });

  describe('in the browser, without CSP', () => {
    let browser: Browser;
    let server: Server;
    beforeAll(async () => {
      server = await serve(dist, { headersFile: false });
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    // The source pages print the whole article; the search pages show its title and an excerpt (found by a query).
    const cases = ['vi', 'en'].flatMap((lang) => [
      { lang, at: 'sources/<new>/', payloads: PAYLOADS },
      { lang, at: 'search/?q=bai thu', payloads: PAYLOADS.slice(0, 2) },
    ]);
    it.each(cases)('/$lang/$at: nothing runs and the markup reads as text', async ({ lang, at, payloads }) => {
      expect(slug, 'no source page for the hostile article').toBeDefined();
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const response = await page.goto(`${server.url}${lang}/${at.replace('<new>', slug!)}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300); // let a failed <img> fire its onerror, if one was injected
      const seen = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        text: document.body.innerText,
        // our own bundled module (the search page's) is the only script a page may have
        scripts: [...document.scripts]
          .filter((s) => s.type !== 'application/ld+json' && !(s.type === 'module' && new URL(s.src, location.href).pathname.startsWith('/_astro/')))
          .map((s) => s.outerHTML.slice(0, 120)),
        handlers: [...document.querySelectorAll('*')].flatMap((e) =>
          [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${e.localName} ${a.name}>`),
        ),
        scriptUrls: [...document.querySelectorAll<HTMLElement>('[href], [src], [action], [formaction]')]
          .map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? e.getAttribute('formaction') ?? '')
          .filter((u) => /^\s*javascript:/i.test(u)),
      }));
      await page.close();
      expect(response?.status()).toBe(200);
      expect(seen.pwned, 'window.__pwned was set: injected markup ran').toBeUndefined();
      expect(dialogs, 'a dialog opened: injected script ran').toEqual([]);
      expect(seen.scripts).toEqual([]);
      expect(seen.handlers).toEqual([]);
      expect(seen.scriptUrls).toEqual([]);
      for (const payload of payloads) expect(seen.text, `"${payload}" should show as text`).toContain(payload);
    });
  });
});

describe('a script URL and markup in the metadata of a new article', () => {
  const tmp = tempDir('untrusted-meta');
  afterAll(() => tmp.cleanup());

  it('is refused with a message naming the file and field, or published as nothing clickable', async () => {
    const seeds = seedsWith(join(tmp.dir, 'seeds'), ['901_hostile_url.txt'], readFileSync(join(FIXTURES, 'metadata-url.yaml'), 'utf8'));
    let dist: string;
    try {
      dist = (await buildSite({ outDir: join(tmp.dir, 'out'), cacheDir: join(tmp.dir, 'cache'), env: { SEEDS_DIR: seeds } })).outDir;
    } catch (error) {
      const output = (error as { output?: string }).output ?? String(error);
      expect(output, 'the build failed, but not with a message that names metadata.yaml and url').toMatch(/metadata\.yaml[\s\S]*url|url[\s\S]*metadata\.yaml/);
      return;
    }
    const problems = checkSite({ dist, ...buildAddress({}) }).problems.filter((p) => p.check === 'unsafe' || p.check === 'csp');
    expect(problems.length === 0 ? '' : formatProblems(problems)).toBe('');
    for (const lang of ['vi', 'en']) {
      const html = readFileSync(join(dist, lang, 'sources/hostile-url/index.html'), 'utf8');
      expect(html, `${lang}: the byline's markup must be escaped`).not.toContain('<script>alert(1)</script>');
      expect(html, `${lang}: the publisher's markup must be escaped`).not.toMatch(/<img src=x/i);
    }
  });
});
