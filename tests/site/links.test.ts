/**
 * Links over the built folder: every internal URL and #fragment resolves, hreflang pairs are reciprocal, the
 * sitemap lists every indexable page with its alternates, and only original article links leave the site.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT, tempDir } from './lib/build.ts';
import { checkSite, formatProblems, type CheckName, type SiteReport } from './lib/links.ts';
import { buildAddress } from './lib/site.ts';

/** The `url` of every article in the metadata file: the only addresses outside the site that pages may link to. */
function articleUrls(): Set<string> {
  const meta = (parse(readFileSync(join(ROOT, process.env.SEEDS_DIR ?? 'seeds', 'metadata.yaml'), 'utf8')) ?? {}) as Record<string, { url?: string } | null>;
  return new Set(Object.values(meta).flatMap((entry) => (entry?.url ? [entry.url] : [])));
}

const dist = inject('dist');
let report: SiteReport;

beforeAll(() => {
  report = checkSite({ dist, ...buildAddress(), sourceUrls: articleUrls() });
});

const only = (...checks: CheckName[]): string => {
  const problems = report.problems.filter((p) => checks.includes(p.check));
  return problems.length === 0 ? '' : formatProblems(problems);
};

describe('links in the build', () => {
  it('has pages to check', () => {
    expect(report.pages.length).toBeGreaterThan(2);
  });
  it('every internal link and asset resolves to a file (a, link, img, srcset, script, og:image, twitter:image)', () => {
    expect(only('links')).toBe('');
  });
  it('every #fragment names an element of its page', () => {
    expect(only('anchors')).toBe('');
  });
  it('canonical, hreflang and Open Graph URLs are absolute under the site address; everything else is root-relative', () => {
    expect(only('absolute')).toBe('');
  });
  it('nothing leaves the site except original article links (data-external="source", as listed in seeds/metadata.yaml)', () => {
    expect(only('external')).toBe('');
  });
  it('no script URLs or event-handler attributes', () => {
    expect(only('unsafe')).toBe('');
  });
  it('no inline styles or scripts that the Content-Security-Policy would block', () => {
    expect(only('csp')).toBe('');
  });
  it('every page has one canonical, hreflang alternates for both languages and x-default, and the pairs are reciprocal', () => {
    expect(only('hreflang')).toBe('');
  });
  it('the sitemap lists every page except 404s and the root chooser, with language alternates; robots.txt names it', () => {
    expect(only('sitemap')).toBe('');
  });
  it('url(...) in the built CSS resolves to self-hosted files', () => {
    expect(only('css')).toBe('');
  });
});

describe('the link checker itself (a small site with one defect of each kind)', () => {
  const S = 'https://example.org';
  const head = (path: string, alts: [string, string][]): string =>
    `<link rel="canonical" href="${S}${path}">${alts.map(([l, p]) => `<link rel="alternate" hreflang="${l}" href="${S}${p}">`).join('')}<link rel="stylesheet" href="/_astro/x.css">`;
  const files: Record<string, string> = {
    'vi/index.html': `<html><head>${head('/vi/', [
      ['vi', '/vi/'],
      ['en', '/en/'],
      ['x-default', '/vi/'],
    ])}</head><body id="top">
      <a href="/vi/missing/">1</a><a href="/vi/a">2</a><a href="#nope">3</a><a href="#top">ok</a><a href="https://evil.example/">4</a>
      <a data-external="source" href="https://source.example/a">ok</a><a data-external="source" href="https://other.example/">5</a>
      <a href=" javascript:alert(1)">6</a><div onclick="x()">7</div><p style="color:red">8</p><img src="/img.png" alt=""><img srcset="/ok.png 1x, /x2.png 2x" alt=""></body></html>`,
    'vi/a/index.html': `<html><head>${head('/vi/a/', [
      ['vi', '/vi/a/'],
      ['en', '/en/a/'],
      ['x-default', '/vi/'],
    ])}</head><body></body></html>`,
    'en/index.html': `<html><head>${head('/en/', [
      ['vi', '/vi/'],
      ['en', '/en/'],
      ['x-default', '/vi/'],
    ])}</head><body></body></html>`,
    'en/a/index.html': `<html><head>${head('/en/a/', [
      ['en', '/en/a/'],
      ['x-default', '/vi/'],
    ])}</head><body></body></html>`,
    'vi/404.html': '<html><body><a href="/vi/">home</a></body></html>',
    'ok.png': '',
    '_astro/x.css': '@font-face{src:url(/_astro/missing.woff2)}body{background:url("https://fonts.example/x.woff2")}',
    'robots.txt': 'User-agent: *\n',
    'sitemap-index.xml': `<sitemapindex><sitemap><loc>${S}/sitemap-0.xml</loc></sitemap></sitemapindex>`,
    'sitemap-0.xml': `<urlset><url><loc>${S}/vi/</loc><xhtml:link rel="alternate" hreflang="vi-VN" href="${S}/vi/"/><xhtml:link rel="alternate" hreflang="en-US" href="${S}/en/"/></url><url><loc>${S}/en/</loc><xhtml:link rel="alternate" hreflang="en-US" href="${S}/en/"/></url><url><loc>${S}/vi/404.html</loc></url></urlset>`,
  };
  let problems: string[];
  beforeAll(() => {
    const tmp = tempDir('links-self');
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(tmp.dir, file)), { recursive: true });
      writeFileSync(join(tmp.dir, file), text);
    }
    problems = checkSite({ dist: tmp.dir, site: S, base: '/', sourceUrls: new Set(['https://source.example/a']) }).problems.map(
      (p) => `${p.check} ${p.where}: ${p.detail}`,
    );
    tmp.cleanup();
  });
  it.each([
    ['links vi/index.html: <a href="/vi/missing/"> points at vi/missing/index.html'],
    ['links vi/index.html: <a href="/vi/a"> needs a trailing slash'],
    ['anchors vi/index.html: <a href="#nope">: no element with id="nope"'],
    ['external vi/index.html: <a href="https://evil.example/">'],
    ['external vi/index.html: <a href="https://other.example/">: not the url of any article'],
    ['unsafe vi/index.html: <a href=" javascript:alert(1)">: script URL'],
    ['unsafe vi/index.html: <div onclick="…">'],
    ['csp vi/index.html: <p style="color:red">'],
    ['links vi/index.html: <img src="/img.png">'],
    ['links vi/index.html: <img srcset="/x2.png">'],
    ['hreflang vi/a/index.html: hreflang="en" → en/a/index.html, which has no hreflang link back'],
    ['hreflang en/a/index.html: no hreflang alternate for vi'],
    ['sitemap robots.txt: does not say "Sitemap: https://example.org/sitemap-index.xml"'],
    ['sitemap sitemap-index.xml: /vi/a/ (vi/a/index.html) is not in the sitemap'],
    ['sitemap sitemap-0.xml: vi/404.html should not be in the sitemap'],
    ['sitemap sitemap-0.xml: en/index.html: no xhtml:link alternate for vi'],
    ['css _astro/x.css: url(/_astro/missing.woff2) points at _astro/missing.woff2'],
    ['css _astro/x.css: url(https://fonts.example/x.woff2) leaves the site'],
  ])('finds %s', (expected) => {
    expect(
      problems.some((p) => p.startsWith(expected)),
      problems.join('\n'),
    ).toBe(true);
  });
  it('passes what is right', () => {
    expect(problems.filter((p) => /#top|source\.example\/a|ok\.png|vi\/404\.html: <a/.test(p))).toEqual([]);
  });
});
