/**
 * The static server the browser tests stand on, and public/_headers: if either is wrong, the browser suite
 * proves nothing. Includes a canary page with inline script and style, which the CSP must visibly block.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONTENT_TYPES, contentType, headersFor, parseHeadersFile, serve, type Server } from '../../scripts/serve.ts';
import { ROOT, tempDir } from '../site/lib/build.ts';
import { listFiles } from '../site/lib/pages.ts';
import { launchChromium } from './lib/browser.ts';

const dist = inject('dist');
const HEADERS = join(ROOT, 'public/_headers');
const rules = parseHeadersFile(readFileSync(HEADERS, 'utf8'));

describe('public/_headers', () => {
  const page = headersFor(rules, '/vi/zones/thanh-binh/');
  it('sets a Content-Security-Policy without unsafe-inline or unsafe-eval on every path (WebAssembly only: wasm-unsafe-eval, for the search)', () => {
    const csp = page['content-security-policy'] ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/unsafe-inline|(?<!wasm-)unsafe-eval/);
  });
  it('sets nosniff, a referrer policy and a permissions policy', () => {
    expect(page['x-content-type-options']).toBe('nosniff');
    expect(page['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(page['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  });
  it('caches hashed assets for a year and OG images for long, and pages not at all long', () => {
    expect(headersFor(rules, '/_astro/index.abc123.css')['cache-control']).toMatch(/max-age=31536000.*immutable/);
    expect(headersFor(rules, '/og/vi/home.png')['cache-control']).toMatch(/max-age=\d{6,}/);
    expect(page['cache-control']).toBeUndefined();
  });
});

describe('scripts/serve.ts', () => {
  let server: Server;
  let based: Server;
  beforeAll(async () => {
    server = await serve(dist, { headersFile: HEADERS });
    based = await serve(dist, { base: '/zone-briefs/', headersFile: HEADERS });
  });
  afterAll(async () => {
    await server?.close();
    await based?.close();
  });

  it('knows the content types a static host must get right (nosniff makes browsers take them literally)', () => {
    const expected: Record<string, string> = {
      'a.html': 'text/html',
      'a.css': 'text/css',
      'a.png': 'image/png',
      'a.svg': 'image/svg+xml',
      'a.woff': 'font/woff',
      'a.woff2': 'font/woff2',
      'a.xml': 'application/xml',
      'a.json': 'application/json',
      'a.csv': 'text/csv',
      'a.txt': 'text/plain',
    };
    for (const [file, type] of Object.entries(expected)) expect(contentType(file).split(';')[0], file).toBe(type);
  });

  it('serves every file of the build with its content type', async () => {
    const wrong: string[] = [];
    for (const file of listFiles(dist)) {
      const res = await fetch(`${server.url}${file.split('/').map(encodeURIComponent).join('/')}`, { method: 'HEAD' });
      const type = CONTENT_TYPES[extname(file).toLowerCase()];
      if (res.status !== 200 || (type && res.headers.get('content-type') !== type)) wrong.push(`${file}: ${res.status} ${res.headers.get('content-type')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('resolves /x/ to /x/index.html and redirects /x to /x/', async () => {
    const home = await fetch(`${server.url}vi/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toBe(readFileSync(join(dist, 'vi/index.html'), 'utf8'));
    const bare = await fetch(`${server.url}vi`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/vi/');
  });

  it('answers unknown paths with 404 and the nearest 404 page (per language, else the root one)', async () => {
    for (const [path, page] of [
      ['vi/no-such/page/', 'vi/404.html'],
      ['en/nope', 'en/404.html'],
      ['nope/', '404.html'],
    ] as const) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toBe(readFileSync(join(dist, page), 'utf8'));
    }
  });

  it('never serves files outside the folder', async () => {
    for (const path of ['%2e%2e/package.json', '..%2fpackage.json', '%2e%2e%2f%2e%2e%2fetc/passwd']) {
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(404);
    }
  });

  it('applies _headers to pages, assets and 404s', async () => {
    const home = await fetch(`${server.url}en/`);
    expect(home.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${server.url}nope/`)).headers.get('content-security-policy')).toContain("default-src 'self'");
    const css = listFiles(dist).find((f) => f.startsWith('_astro/'));
    if (css) expect((await fetch(`${server.url}${css}`)).headers.get('cache-control')).toContain('immutable');
  });

  it('serves under a base path and nothing outside it', async () => {
    expect(based.url).toMatch(/\/zone-briefs\/$/);
    expect((await fetch(`${based.url}vi/`)).status).toBe(200);
    expect((await fetch(`${based.origin}/vi/`)).status).toBe(404);
    expect((await fetch(`${based.url}vi/nope/`)).status).toBe(404);
    expect((await fetch(`${based.origin}/zone-briefs`, { redirect: 'manual' })).headers.get('location')).toBe('/zone-briefs/');
  });
});

describe('the CSP shows up in the browser', () => {
  it('an inline script and an inline style on a canary page are blocked and logged as console errors', async () => {
    const tmp = tempDir('csp');
    const browser = await launchChromium();
    const server = await serve(tmp.dir, { headersFile: HEADERS });
    try {
      mkdirSync(join(tmp.dir, 'canary'));
      writeFileSync(
        join(tmp.dir, 'canary/index.html'),
        '<!doctype html><html lang="en"><title>canary</title><style>body{color:red}</style><h1 style="color:red">x</h1><script>window.__ran = 1</script>',
      );
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${server.url}canary/`);
      expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
      expect(errors.filter((e) => /Content Security Policy/i.test(e)).length).toBeGreaterThanOrEqual(3);
    } finally {
      await server.close();
      await browser.close();
      tmp.cleanup();
    }
  });
});
