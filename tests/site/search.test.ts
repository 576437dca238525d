/**
 * Search over the built site: the index covers exactly what the search pages list, and the shared matching
 * rule finds pages across both languages with or without diacritics, on the real index.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { rankEntries, searchKey, type IndexedEntry } from '../../src/lib/search.ts';

const dist = inject('dist');
const index = JSON.parse(readFileSync(join(dist, 'search-index.json'), 'utf8')) as IndexedEntry[];
const listed = (lang: string) => [...readFileSync(join(dist, lang, 'search/index.html'), 'utf8').matchAll(/<li data-id="([^"]+)"/g)].map((m) => m[1]!);
const search = (q: string) => rankEntries(q, index);
const clusters = readdirSync('src/content/zones')
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(parse(readFileSync(`src/content/zones/${f}`, 'utf8')) as { kind: string }) }))
  .filter((z) => z.kind === 'cluster')
  .map((z) => `zone:${z.id}`);

describe('search index', () => {
  it('lists the same entries, in the same order, on both search pages and in the index', () => {
    expect(listed('vi')).toEqual(index.map((e) => e.id));
    expect(listed('en')).toEqual(index.map((e) => e.id));
  });

  it('covers every zone, sector, source article and glossary term', () => {
    const ids = new Set(index.map((e) => e.id));
    for (const f of readdirSync('src/content/zones')) expect(ids).toContain(`zone:${f.replace(/\.yaml$/, '')}`);
    for (const s of parse(readFileSync('src/content/sectors.yaml', 'utf8')) as { id: string }[]) expect(ids).toContain(`sector:${s.id}`);
    for (const g of parse(readFileSync('src/content/glossary.yaml', 'utf8')) as { id: string }[]) expect(ids).toContain(`term:${g.id}`);
    for (const slug of readdirSync(join(dist, 'vi/sources')).filter((d) => !d.endsWith('.html'))) expect(ids).toContain(`source:${slug}`);
  });

  it('holds only folded text: lower case, no diacritics', () => {
    for (const e of index) {
      for (const title of e.titles) expect(title).toBe(searchKey(title));
      expect(e.text).toBe(searchKey(e.text));
    }
  });
});

describe('matching on the real index', () => {
  it('finds Thanh Bình first, with or without diacritics and in any case', () => {
    for (const q of ['thanh binh', 'Thanh Bình', 'THANH BÌNH', 'thanh  bình ', 'Thanh Binh']) expect(search(q)[0], q).toBe('zone:thanh-binh');
  });

  it('finds the clusters from either language, first', () => {
    for (const q of ['cụm công nghiệp', 'cum cong nghiep', 'industrial cluster', 'Industrial Cluster']) {
      expect(search(q).slice(0, clusters.length).sort(), q).toEqual([...clusters].sort());
    }
  });

  it('finds a cluster by a name with stacked diacritics typed without them', () => {
    expect(search('vang muoi')[0]).toBe('zone:vang-muoi');
    expect(search('nam bang lung')[0]).toBe('zone:nam-bang-lung');
  });

  it('ranks an exact title first: "KCN" is the glossary term', () => {
    expect(search('kcn')[0]).toBe('term:kcn');
  });

  it('matches word starts, so "che bien nong" finds agro-forestry processing and "isic 16" its sector', () => {
    expect(search('che bien nong')).toContain('sector:agro-forestry-processing');
    expect(search('isic 16')).toContain('sector:agro-forestry-processing');
  });

  it('requires every word and finds nothing for an unknown word', () => {
    expect(search('xyzzy')).toEqual([]);
    expect(search('thanh binh xyzzy')).toEqual([]);
    expect(search('   ')).toEqual([]);
  });
});
