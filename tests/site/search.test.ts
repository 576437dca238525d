/**
 * The search index in the built site: Pagefind's bundle under pagefind/, one index per language, covering exactly
 * the pages the search lists (every zone, sector and source article and the reference pages; never the home, search
 * or 404 pages), each with its kind filter; only the files the search page loads are published. A list page is
 * indexed by its heading and introduction, not its rows. The index comes from a cache only when the pages are
 * byte for byte those it was made from.
 */
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { config } from '../../src/config.ts';
import { INTL_TAG, LOCALES } from '../../src/i18n/locales.ts';
import { writeSearchIndex } from '../../src/integrations/pagefind.ts';
import { SEARCH_KINDS } from '../../src/lib/search-index.ts';
import { parseTags } from './lib/html.ts';
import { decodeEntities } from './lib/html.ts';
import { listFiles, listPages } from './lib/pages.ts';

const dist = inject('dist');
const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
const pages = listPages(dist);
const tagsOf = (file: string) => parseTags(readFileSync(join(dist, file), 'utf8'));
/** Pages whose <main> carries data-pagefind-body, with their filters. */
const indexed = pages.flatMap((p) => {
  const tags = tagsOf(p.file);
  const main = tags.find((t) => t.name === 'main');
  if (main?.attrs['data-pagefind-body'] === undefined) return [];
  const filters = tags.filter((t) => t.attrs['data-pagefind-filter'] !== undefined).map((t) => t.attrs['data-pagefind-filter']!);
  return [{ ...p, filters }];
});
const folders = (dir: string) => readdirSync(join(dist, dir), { withFileTypes: true }).filter((e) => e.isDirectory());

describe('search index', () => {
  it('has one index per language, each counting the pages marked for it', () => {
    expect(Object.keys(entry.languages).sort()).toEqual(LOCALES.map((l) => INTL_TAG[l].toLowerCase()).sort());
    for (const lang of LOCALES) expect(entry.languages[INTL_TAG[lang].toLowerCase()]?.page_count, lang).toBe(indexed.filter((p) => p.lang === lang).length);
  });

  it('marks every zone, sector and source page and the reference pages, in both languages', () => {
    const expected = [
      ...readdirSync(join(config.contentDir, 'zones')).map((f) => `zones/${f.replace(/\.yaml$/, '')}/`),
      ...(parse(readFileSync(join(config.contentDir, 'sectors.yaml'), 'utf8')) as { id: string }[]).map((s) => `sectors/${s.id}/`),
      ...folders('vi/sources').map((d) => `sources/${d.name}/`),
      ...['plans/', 'compare/', 'zones/', 'sectors/', 'sources/', 'glossary/', 'about/'],
    ].sort();
    for (const lang of LOCALES)
      expect(
        indexed
          .filter((p) => p.lang === lang)
          .map((p) => p.rest)
          .sort(),
        lang,
      ).toEqual(expected);
  });

  it('never the home, search, 404 or language-chooser pages', () => {
    const rests = new Set(indexed.map((p) => p.rest));
    for (const rest of ['', 'search/', '404.html']) expect(rests.has(rest), rest).toBe(false);
    expect(indexed.every((p) => p.lang !== undefined)).toBe(true);
  });

  it('gives every indexed page one kind filter, and zones and sectors their sectors', () => {
    for (const p of indexed) {
      const kinds = p.filters.filter((f) => f.startsWith('kind:'));
      expect(kinds, p.file).toHaveLength(1);
      expect(SEARCH_KINDS as readonly string[], p.file).toContain(kinds[0]!.split(':')[1]);
    }
    const herbs = indexed.find((p) => p.file === 'en/sectors/medicinal-herbs/index.html')!;
    expect(herbs.filters).toEqual(['kind:sector', 'sector:medicinal-herbs']);
    const park = indexed.find((p) => p.file === 'vi/zones/thanh-binh/index.html')!;
    expect(park.filters[0]).toBe('kind:park');
    expect(park.filters.length).toBeGreaterThan(1);
  });

  it('publishes the search bundle only: no ready-made UI, no worker, no playground', () => {
    const bundle = listFiles(join(dist, 'pagefind'));
    expect(bundle).toContain('pagefind.js');
    expect(bundle.filter((f) => /ui|highlight|worker|playground/.test(f))).toEqual([]);
    for (const lang of LOCALES)
      expect(
        bundle.some((f) => f.startsWith(`index/${INTL_TAG[lang].toLowerCase()}_`)),
        lang,
      ).toBe(true);
    expect(existsSync(join(dist, 'search-index.json')), 'the hand-written index is gone').toBe(false);
  });
});

/** The text Pagefind stored for a page (its fragment), found by the page's URL. */
function indexedText(bundle: string, url: string): string {
  for (const file of readdirSync(join(bundle, 'fragment'))) {
    const fragment = JSON.parse(
      gunzipSync(readFileSync(join(bundle, 'fragment', file)))
        .subarray('pagefind_dcd'.length)
        .toString(),
    ) as { url: string; content: string };
    if (fragment.url === url) return fragment.content;
  }
  throw new Error(`no fragment for ${url} in ${bundle}`);
}

describe('list pages', () => {
  it.each(LOCALES)('%s: the zones table, sector and source indexes and the file list are found by their heading and introduction, not their rows', (lang) => {
    const bundle = join(dist, 'pagefind');
    const strings = JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8')) as Record<string, { title: string; description: string }>;
    for (const list of ['zones', 'sectors', 'sources'] as const) {
      const text = indexedText(bundle, `/${lang}/${list}/`);
      expect(text, list).toContain(strings[list]!.description);
      // a row's link text (a zone's, a sector's, an article's name) is on the list page but not in its indexed text
      const main = readFileSync(join(dist, lang, list, 'index.html'), 'utf8').split('<main')[1]!;
      const row = decodeEntities(main.match(/<(?:th scope="row"|h2)[^>]*>\s*<a [^>]*>([^<]+)<\/a>/)![1]!);
      expect(text, `${list}: ${row}`).not.toContain(row);
    }
    expect(indexedText(bundle, `/${lang}/about/`)).not.toMatch(/seeds\/\S+\.txt/);
  });
});

describe('index cache', () => {
  const ROOT = resolve('.cache/test-builds/pagefind-cache');
  /** A copy of the built pages (the HTML Pagefind reads) without their index. */
  const pagesOnly = (to: string) => {
    rmSync(to, { recursive: true, force: true });
    cpSync(dist, to, { recursive: true, filter: (src) => !src.startsWith(join(dist, 'pagefind')) && (src.endsWith('.html') || statSync(src).isDirectory()) });
    return to;
  };
  const bundle = (site: string) => new Map(listFiles(join(site, 'pagefind')).map((f) => [f, readFileSync(join(site, 'pagefind', f))]));

  it('reuses the index for byte-identical pages, and indexes again after any change, as a fresh index would', async () => {
    rmSync(ROOT, { recursive: true, force: true });
    const cache = join(ROOT, 'cache');
    const cold = await writeSearchIndex(pagesOnly(join(ROOT, 'a')), cache);
    expect(cold).toMatchObject({ reused: false, pages: pages.length });
    expect(bundle(join(ROOT, 'a'))).toEqual(bundle(dist));

    const warm = await writeSearchIndex(pagesOnly(join(ROOT, 'b')), cache);
    expect(warm).toEqual({ ...cold, reused: true });
    expect(bundle(join(ROOT, 'b'))).toEqual(bundle(dist));

    // One word more on one page: a new index, the same as Pagefind makes from those pages with no cache.
    for (const site of [pagesOnly(join(ROOT, 'c')), pagesOnly(join(ROOT, 'fresh'))]) {
      const page = join(site, 'en/zones/thanh-binh/index.html');
      writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', '<p>Zyzzogeton</p></main>'));
    }
    expect(await writeSearchIndex(join(ROOT, 'c'), cache)).toMatchObject({ reused: false });
    await writeSearchIndex(join(ROOT, 'fresh'), join(ROOT, 'empty-cache'));
    const edited = bundle(join(ROOT, 'c'));
    expect(edited).toEqual(bundle(join(ROOT, 'fresh')));
    expect(edited).not.toEqual(bundle(dist));
    expect(indexedText(join(ROOT, 'c', 'pagefind'), '/en/zones/thanh-binh/')).toContain('Zyzzogeton');
    // and the unchanged pages still reuse theirs
    expect(await writeSearchIndex(pagesOnly(join(ROOT, 'd')), cache)).toMatchObject({ reused: true });
  });
});
