/**
 * From Astro's collection entries to the content model the pure rules work on: references resolved to ids,
 * each entry's id and file attached, lists in reading order. Pure: the tests feed it plain objects.
 */
import type { z } from 'astro/zod';
import type { Article } from '../schemas/article.ts';
import type { glossarySchema } from '../schemas/glossary.ts';
import type { provinceSchema } from '../schemas/province.ts';
import type { sectorSchema } from '../schemas/sector.ts';
import type { zoneSchema } from '../schemas/zone.ts';
import { newestSource } from './facts.ts';
import type { Content, Owner, Province, Resolved, SiteData } from './types.ts';

/** A collection entry as getCollection() returns it: the id, the parsed data and (for file loaders) its file. */
export interface CollectionEntry<T> {
  id: string;
  data: T;
  filePath?: string | undefined;
}

export interface Collections {
  articles: CollectionEntry<Article>[];
  zones: CollectionEntry<z.output<typeof zoneSchema>>[];
  provinces: CollectionEntry<z.output<typeof provinceSchema>>[];
  sectors: CollectionEntry<z.output<typeof sectorSchema>>[];
  glossary: CollectionEntry<z.output<typeof glossarySchema>>[];
}

const isReference = (value: object): value is { collection: string; id: string } =>
  Object.keys(value).length === 2 && typeof (value as { collection?: unknown }).collection === 'string' && typeof (value as { id?: unknown }).id === 'string';

/** Replaces every `reference()` value ({ collection, id }) in a parsed entry with its id. */
export function resolveReferences<T>(value: T): Resolved<T> {
  if (Array.isArray(value)) return value.map(resolveReferences) as Resolved<T>;
  if (typeof value !== 'object' || value === null) return value as Resolved<T>;
  if (isReference(value)) return value.id as Resolved<T>;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveReferences(v)])) as Resolved<T>;
}

/** The file an entry was read from; a loader that sets no filePath gets the fallback. */
const fileOf = (entry: CollectionEntry<unknown>, fallback: string) => entry.filePath ?? fallback;

export function normaliseContent(c: Collections): Content {
  const byId = <T extends { id: string }>(list: T[]) => list.sort((a, b) => a.id.localeCompare(b.id));
  return {
    articles: c.articles.map((e) => e.data),
    zones: c.zones.map((e) => ({ ...resolveReferences(e.data), id: e.id, file: fileOf(e, `zones/${e.id}.yaml`) })).sort((a, b) => a.order - b.order),
    provinces: byId(
      c.provinces.map((e): Province => ({ ...resolveReferences(e.data), kind: 'province', id: e.id, file: fileOf(e, `provinces/${e.id}.yaml`) })),
    ),
    sectors: byId(c.sectors.map((e) => ({ ...e.data, id: e.id, file: fileOf(e, 'sectors.yaml') }))),
    glossary: c.glossary.map((e) => ({ ...e.data, id: e.id, file: fileOf(e, 'glossary.yaml') })).sort((a, b) => a.term.localeCompare(b.term, 'vi')),
  };
}

/** A lookup that cannot miss once the content is verified; a miss is a bug in a rule, named here. */
function lookup<T>(what: string, entries: Iterable<[string, T]>): (key: string) => T {
  const map = new Map(entries);
  return (key) => {
    const found = map.get(key);
    if (found === undefined) throw new Error(`no ${what} "${key}" (the content checks should have caught this)`);
    return found;
  };
}

/** The checked site: roles and lookups on top of verified content (see verifySite). */
export function siteData(content: Content): SiteData {
  const owners: Owner[] = [...content.zones, ...content.provinces];
  const role = (r: Province['role']) => {
    const found = content.provinces.find((p) => p.role === r);
    if (!found) throw new Error(`no province has role "${r}" (the content checks should have caught this)`);
    return found;
  };
  const article = lookup(
    'article',
    content.articles.map((a) => [a.slug, a]),
  );
  return {
    ...content,
    owners,
    home: role('home'),
    peer: role('peer'),
    newestArticle: newestSource(
      content.articles.map((a) => ({ source: a.slug })),
      article,
    ),
    article,
    sector: lookup(
      'sector',
      content.sectors.map((s) => [s.id, s]),
    ),
    owner: lookup(
      'zone or province',
      owners.map((o) => [o.id, o]),
    ),
  };
}
