/**
 * The search index in the built site: Pagefind's bundle under pagefind/, one index per language, covering exactly
 * the pages the search lists (every zone, sector and source article and the reference pages; never the home, search
 * or 404 pages), each with its kind filter; only the files the search page loads are published.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { INTL_TAG, LOCALES } from '../../src/i18n/locales.ts';
import { SEARCH_KINDS } from '../../src/lib/search-index.ts';
import { parseTags } from './lib/html.ts';
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
      ...readdirSync('src/content/zones').map((f) => `zones/${f.replace(/\.yaml$/, '')}/`),
      ...(parse(readFileSync('src/content/sectors.yaml', 'utf8')) as { id: string }[]).map((s) => `sectors/${s.id}/`),
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
