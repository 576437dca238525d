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
import { useT } from '../i18n/index.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { factValue, newestSource } from './facts.ts';
import { countOf, missingText } from './narrative/computed.ts';
import { firstParagraph } from './narrative/plain.ts';
import type { NarrativeTree } from './narrative/tree.ts';
import type { Content, Narrative, Owner, Province, Resolved, SiteData } from './types.ts';

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
  /** The narratives loader's entries: id `<owner>/<lang>`, the parsed text as `tree`. */
  narratives: CollectionEntry<{ tree: NarrativeTree }>[];
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
  const narratives: Narrative[] = c.narratives
    .map((e) => {
      const [owner = '', lang = ''] = e.id.split('/');
      return { owner, lang, file: fileOf(e, `narratives/${e.id}.mdx`), tree: e.data.tree };
    })
    .sort((a, b) => a.owner.localeCompare(b.owner) || a.lang.localeCompare(b.lang));
  const articles = c.articles.map((e) => e.data);
  const zones = c.zones.map((e) => ({ ...resolveReferences(e.data), id: e.id, file: fileOf(e, `zones/${e.id}.yaml`) })).sort((a, b) => a.order - b.order);
  const provinces = byId(
    c.provinces.map((e) => ({ ...resolveReferences(e.data), kind: 'province' as const, id: e.id, file: fileOf(e, `provinces/${e.id}.yaml`) })),
  );
  const counted = { zones, articles };
  const narrated = <O extends Omit<Owner, 'summary'>>(owner: O): O & { summary: Owner['summary'] } => ({
    ...owner,
    summary: Object.fromEntries(LOCALES.map((lang) => [lang, summaryOf(owner as unknown as Owner, lang, narratives, counted)])) as Owner['summary'],
  });
  return {
    articles,
    zones: zones.map(narrated),
    provinces: provinces.map(narrated) as Province[],
    sectors: byId(c.sectors.map((e) => ({ ...e.data, id: e.id, file: fileOf(e, 'sectors.yaml') }))),
    glossary: c.glossary.map((e) => ({ ...e.data, id: e.id, file: fileOf(e, 'glossary.yaml') })).sort((a, b) => a.term.localeCompare(b.term, 'vi')),
    narratives,
  };
}

/** An owner's lead in plain text: the first paragraph of its narrative, each component read as it renders. */
function summaryOf(owner: Owner, lang: Locale, narratives: readonly Narrative[], counted: Parameters<typeof countOf>[1]): string {
  const narrative = narratives.find((n) => n.owner === owner.id && n.lang === lang);
  if (!narrative) return '';
  const t = useT(lang);
  return firstParagraph(narrative.tree, (c) => {
    if (c.type === 'Missing') return missingText(owner, lang, t);
    if (c.type === 'Count') return countOf(c.of, counted, lang);
    const fact = owner.facts.find((f) => f.id === c.id);
    return fact ? factValue(fact, lang, t).text : '';
  });
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
