/**
 * Link checker over a built site folder. Pure: reads files, returns problems, decides nothing about tests.
 * Base-aware: `site` + `base` are the address the build was made for (SITE_URL, BASE_PATH).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../../../src/i18n/locales.ts';
import { fragmentTargets, parseTags, type Tag } from './html.ts';
import { listFiles, pageFromFile, type SitePage } from './pages.ts';

export type CheckName = 'links' | 'anchors' | 'absolute' | 'external' | 'unsafe' | 'csp' | 'hreflang' | 'sitemap' | 'css';

export interface Problem {
  check: CheckName;
  /** The file the problem is in ("vi/index.html", "_astro/x.css", "sitemap-0.xml"). */
  where: string;
  detail: string;
}

export interface CheckOptions {
  dist: string;
  /** Origin the build was made for: "https://zone-briefs.example.org". */
  site: string;
  /** Base path the build was made for: "/" or "/zone-briefs/". */
  base: string;
  /** The only external URLs links may point at (`data-external="source"` links); undefined: any http(s) URL. */
  sourceUrls?: Set<string>;
}

export interface SiteReport {
  pages: SitePage[];
  problems: Problem[];
}

interface Ref {
  tag: Tag;
  attr: string;
  value: string;
  /** Must be an absolute URL under site + base (canonical, hreflang alternates, Open Graph, Twitter). */
  absolute: boolean;
}

const URL_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src', 'formaction'],
  button: ['formaction'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};
const ABSOLUTE_META = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:url']);
const UNSAFE_SCHEME = /^(javascript|vbscript|data:text\/html)/i;

function srcsetUrls(value: string): string[] {
  return value
    .split(/,(?=\s*\S)/)
    .map((c) => c.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

function refsOf(tag: Tag): Ref[] {
  const refs: Ref[] = [];
  for (const attr of URL_ATTRS[tag.name] ?? []) {
    const value = tag.attrs[attr];
    if (value === undefined) continue;
    const rel = (tag.attrs.rel ?? '').toLowerCase().split(/\s+/);
    const absolute = tag.name === 'link' && (rel.includes('canonical') || (rel.includes('alternate') && tag.attrs.hreflang !== undefined));
    if (attr === 'srcset') for (const url of srcsetUrls(value)) refs.push({ tag, attr, value: url, absolute: false });
    else refs.push({ tag, attr, value, absolute });
  }
  const metaName = tag.name === 'meta' ? (tag.attrs.property ?? tag.attrs.name ?? '').toLowerCase() : '';
  if (ABSOLUTE_META.has(metaName) && tag.attrs.content !== undefined) refs.push({ tag, attr: metaName, value: tag.attrs.content, absolute: true });
  return refs;
}

function describe(ref: Ref): string {
  return `<${ref.tag.name} ${ref.attr}="${ref.value}">`;
}

export function checkSite(options: CheckOptions): SiteReport {
  const { dist } = options;
  const basePath = `/${options.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const prefix = new URL(basePath, options.site).href;
  const origin = new URL(options.site).origin;
  const files = listFiles(dist);
  const fileSet = new Set(files);
  const pages = files.filter((f) => f.endsWith('.html')).map(pageFromFile);
  const problems: Problem[] = [];
  const report = (check: CheckName, where: string, detail: string): void => void problems.push({ check, where, detail });

  const tagCache = new Map<string, Tag[]>();
  const tagsOf = (file: string): Tag[] => {
    let tags = tagCache.get(file);
    if (!tags) tagCache.set(file, (tags = parseTags(readFileSync(join(dist, file), 'utf8'))));
    return tags;
  };
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let ids = idCache.get(file);
    if (!ids) idCache.set(file, (ids = fragmentTargets(tagsOf(file))));
    return ids;
  };
  const urlOfFile = (file: string): URL => new URL(pageFromFile(file).path.slice(1), prefix);

  /** The output file an internal URL is served from, or why there is none. */
  const resolveInternal = (url: URL): { file: string } | { error: string } => {
    if (!url.pathname.startsWith(basePath)) return { error: `is outside the base path ${basePath}` };
    let path: string;
    try {
      path = decodeURIComponent(url.pathname.slice(basePath.length));
    } catch {
      return { error: 'has a malformed %-escape' };
    }
    const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
    if (fileSet.has(file)) return { file };
    if (fileSet.has(`${path}/index.html`)) return { error: `needs a trailing slash (${url.pathname}/): the site uses trailingSlash "always"` };
    return { error: `points at ${file}, which is not in the build` };
  };

  for (const page of pages) {
    for (const tag of tagsOf(page.file)) {
      checkInline(tag, page.file, report);
      for (const ref of refsOf(tag)) checkRef(ref, page.file);
    }
  }

  function checkRef(ref: Ref, file: string): void {
    const raw = ref.value.replace(/[\u0000-\u0020]/g, '');
    if (UNSAFE_SCHEME.test(raw)) return report('unsafe', file, `${describe(ref)}: script URL`);
    if (/^(mailto|tel):/i.test(raw)) {
      if (ref.tag.name !== 'a' && ref.tag.name !== 'area') report('links', file, `${describe(ref)}: ${raw.split(':')[0]} URL outside a link`);
      return;
    }
    if (/^data:/i.test(raw)) {
      if (!['img', 'source'].includes(ref.tag.name) || !/^data:image\//i.test(raw)) report('unsafe', file, `${describe(ref)}: data URL`);
      return;
    }
    if (ref.tag.name === 'a' && (raw === '' || raw === '#')) return report('anchors', file, `${describe(ref)}: empty link target`);
    let url: URL;
    try {
      url = new URL(ref.value.trim(), urlOfFile(file));
    } catch {
      return report('links', file, `${describe(ref)}: not a valid URL`);
    }
    const isAbsolute = /^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//');
    if (url.origin !== origin || !/^https?:$/.test(url.protocol)) {
      const source = (ref.tag.name === 'a' || ref.tag.name === 'area') && ref.tag.attrs['data-external'] === 'source';
      if (!source) return report('external', file, `${describe(ref)}: leaves the site (only original article links, marked data-external="source", may)`);
      if (!/^https?:$/.test(url.protocol)) return report('external', file, `${describe(ref)}: an article link must be http(s)`);
      if (options.sourceUrls && !options.sourceUrls.has(ref.value.trim())) {
        report('external', file, `${describe(ref)}: not the url of any article in seeds/metadata.yaml`);
      }
      return;
    }
    if (ref.absolute && !raw.startsWith(prefix)) report('absolute', file, `${describe(ref)}: must be an absolute URL under ${prefix}`);
    if (!ref.absolute && isAbsolute) report('absolute', file, `${describe(ref)}: write internal URLs root-relative, so the build works on any host`);
    const target = resolveInternal(url);
    if ('error' in target) return report('links', file, `${describe(ref)} ${target.error}`);
    const fragment = url.hash.slice(1);
    if (url.hash === '#' && ref.tag.name === 'a') report('anchors', file, `${describe(ref)}: empty fragment`);
    if (fragment && target.file.endsWith('.html')) {
      let id = fragment;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        /* report as is */
      }
      if (!idsOf(target.file).has(id)) report('anchors', file, `${describe(ref)}: no element with id="${id}" in ${target.file}`);
    }
  }

  checkHreflang(pages, tagsOf, resolveInternal, prefix, report);
  checkSitemap({ dist, fileSet, pages, prefix, resolveInternal, report });
  checkCss(files, dist, prefix, origin, resolveInternal, report);
  return { pages, problems };
}

type Report = (check: CheckName, where: string, detail: string) => void;
type Resolve = (url: URL) => { file: string } | { error: string };

/** What the CSP in public/_headers forbids, and event-handler attributes (the site ships no JavaScript). */
function checkInline(tag: Tag, file: string, report: Report): void {
  for (const attr of Object.keys(tag.attrs)) {
    if (/^on[a-z]+$/.test(attr)) report('unsafe', file, `<${tag.name} ${attr}="…">: event-handler attribute`);
  }
  if (tag.attrs.style !== undefined) report('csp', file, `<${tag.name} style="${tag.attrs.style}">: inline style attribute (CSP style-src 'self' blocks it)`);
  if (tag.name === 'style') report('csp', file, `<style> element: inline CSS (CSP style-src 'self' blocks it; Astro should emit external CSS)`);
  const type = (tag.attrs.type ?? '').toLowerCase();
  if (tag.name === 'script' && tag.attrs.src === undefined && type !== 'application/ld+json') {
    report('csp', file, `<script${type ? ` type="${type}"` : ''}> without src: inline script (CSP script-src 'self' blocks it)`);
  }
}

function linkAlternates(tags: Tag[]): Tag[] {
  return tags.filter((t) => t.name === 'link' && (t.attrs.rel ?? '').toLowerCase().split(/\s+/).includes('alternate') && t.attrs.hreflang !== undefined);
}

const langOf = (hreflang: string): string => hreflang.toLowerCase().split('-')[0]!;

/** Canonical and hreflang: each language page names itself, the other language and x-default; pairs are reciprocal. */
function checkHreflang(pages: SitePage[], tagsOf: (file: string) => Tag[], resolve: Resolve, prefix: string, report: Report): void {
  const targetOf = (href: string | undefined): string | undefined => {
    if (!href) return undefined;
    try {
      const r = resolve(new URL(href, prefix));
      return 'file' in r ? r.file : undefined;
    } catch {
      return undefined;
    }
  };
  const alternates = new Map<string, { hreflang: string; file: string | undefined }[]>();
  for (const page of pages) {
    alternates.set(
      page.file,
      linkAlternates(tagsOf(page.file)).map((t) => ({ hreflang: t.attrs.hreflang!, file: targetOf(t.attrs.href) })),
    );
  }
  for (const page of pages) {
    const tags = tagsOf(page.file);
    const alts = alternates.get(page.file)!;
    const canonicals = tags.filter((t) => t.name === 'link' && (t.attrs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'));
    if (!page.notFound) {
      if (canonicals.length !== 1) report('hreflang', page.file, `${canonicals.length} <link rel="canonical"> (expected 1)`);
      else if (targetOf(canonicals[0]!.attrs.href) !== page.file) report('hreflang', page.file, `canonical ${canonicals[0]!.attrs.href} is not this page`);
    }
    const seen = new Set<string>();
    for (const alt of alts) {
      if (seen.has(alt.hreflang.toLowerCase())) report('hreflang', page.file, `hreflang="${alt.hreflang}" appears twice`);
      seen.add(alt.hreflang.toLowerCase());
    }
    if (page.lang && !page.notFound) {
      for (const l of [...LOCALES, 'x-default']) {
        if (!alts.some((a) => (l === 'x-default' ? a.hreflang === l : langOf(a.hreflang) === l)))
          report('hreflang', page.file, `no hreflang alternate for ${l}`);
      }
      const self = alts.find((a) => langOf(a.hreflang) === page.lang);
      if (self && self.file !== page.file)
        report('hreflang', page.file, `the ${page.lang} alternate is ${self.file ?? 'missing from the build'}, not this page`);
    }
    for (const alt of alts) {
      if (!alt.file) {
        report('hreflang', page.file, `hreflang="${alt.hreflang}" points at a page that is not in the build`);
      } else if (alt.hreflang !== 'x-default' && alt.file !== page.file) {
        const back = alternates.get(alt.file) ?? [];
        if (!back.some((b) => b.file === page.file)) {
          report('hreflang', page.file, `hreflang="${alt.hreflang}" → ${alt.file}, which has no hreflang link back to this page`);
        }
      }
    }
  }
}

interface SitemapInput {
  dist: string;
  fileSet: Set<string>;
  pages: SitePage[];
  prefix: string;
  resolveInternal: Resolve;
  report: Report;
}

const xmlText = (s: string): string =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

/** sitemap-index.xml → sitemaps → every indexable page once, each with its language alternates; robots.txt names it. */
function checkSitemap({ dist, fileSet, pages, prefix, resolveInternal, report }: SitemapInput): void {
  const fileOf = (href: string, where: string): string | undefined => {
    if (!href.startsWith(prefix)) {
      report('sitemap', where, `${href} is not an absolute URL under ${prefix}`);
      return undefined;
    }
    const r = resolveInternal(new URL(href));
    if ('error' in r) report('sitemap', where, `${href} ${r.error}`);
    return 'file' in r ? r.file : undefined;
  };
  const robots = join(dist, 'robots.txt');
  const indexUrl = `${prefix}sitemap-index.xml`;
  if (!existsSync(robots)) report('sitemap', 'robots.txt', 'missing');
  else if (!readFileSync(robots, 'utf8').split(/\r?\n/).includes(`Sitemap: ${indexUrl}`))
    report('sitemap', 'robots.txt', `does not say "Sitemap: ${indexUrl}"`);
  if (!fileSet.has('sitemap-index.xml')) return report('sitemap', 'sitemap-index.xml', 'missing');

  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  const listed = new Map<string, { where: string; alternates: { hreflang: string; file: string | undefined }[] }>();
  for (const [, loc] of index.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)) {
    const sitemap = fileOf(xmlText(loc!), 'sitemap-index.xml');
    if (!sitemap) continue;
    const xml = readFileSync(join(dist, sitemap), 'utf8');
    for (const [, body] of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
      const href = xmlText(body!.match(/<loc>\s*([^<]+?)\s*<\/loc>/)?.[1] ?? '');
      const file = fileOf(href, sitemap);
      if (!file) continue;
      if (listed.has(file)) report('sitemap', sitemap, `${href} is listed twice`);
      const alternates = [...body!.matchAll(/<xhtml:link\b([^>]*)\/?>/g)].map(([, attrs]) => ({
        hreflang: attrs!.match(/hreflang="([^"]*)"/)?.[1] ?? '',
        file: fileOf(xmlText(attrs!.match(/href="([^"]*)"/)?.[1] ?? ''), sitemap),
      }));
      listed.set(file, { where: sitemap, alternates });
    }
  }
  const expected = pages.filter((p) => !p.notFound && p.path !== '/');
  for (const page of expected) if (!listed.has(page.file)) report('sitemap', 'sitemap-index.xml', `${page.path} (${page.file}) is not in the sitemap`);
  for (const [file, entry] of listed) {
    const page = pages.find((p) => p.file === file);
    if (!page || page.notFound || page.path === '/')
      report('sitemap', entry.where, `${file} should not be in the sitemap (404 pages, the root chooser and non-pages are left out)`);
    for (const l of LOCALES) {
      if (!entry.alternates.some((a) => langOf(a.hreflang) === l)) report('sitemap', entry.where, `${file}: no xhtml:link alternate for ${l}`);
    }
    if (!entry.alternates.some((a) => a.file === file)) report('sitemap', entry.where, `${file}: its alternates do not include itself`);
    for (const alt of entry.alternates) {
      if (alt.file && alt.file !== file && !(listed.get(alt.file)?.alternates ?? []).some((b) => b.file === file)) {
        report('sitemap', entry.where, `${file}: alternate ${alt.file} does not list it back`);
      }
    }
  }
}

/** url(...) and @import in built CSS: self-hosted and present. */
function checkCss(files: string[], dist: string, prefix: string, origin: string, resolve: Resolve, report: Report): void {
  for (const file of files.filter((f) => f.endsWith('.css'))) {
    const css = readFileSync(join(dist, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const urls = [
      ...[...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"']*?))\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? ''),
      ...[...css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)].map((m) => m[1] ?? m[2] ?? ''),
    ];
    for (const value of urls) {
      if (value === '' || value.startsWith('#') || /^data:/i.test(value)) continue;
      const url = new URL(value, new URL(file, prefix));
      if (url.origin !== origin) {
        report('css', file, `url(${value}) leaves the site (fonts and images must be self-hosted)`);
        continue;
      }
      const r = resolve(url);
      if ('error' in r) report('css', file, `url(${value}) ${r.error}`);
    }
  }
}

/** The problems of one check, as a readable list for a failure message. */
export function formatProblems(problems: Problem[], limit = 150): string {
  const lines = problems.slice(0, limit).map((p) => `  ${p.where}: ${p.detail}`);
  if (problems.length > limit) lines.push(`  … and ${problems.length - limit} more`);
  return `${problems.length} problem(s):\n${lines.join('\n')}`;
}
