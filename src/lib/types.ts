/**
 * The content model after loading, as the pure rules see it: the zod schemas' output types (src/schemas/) with
 * Astro's references ({ collection, id }) resolved to plain ids, and each entry's id and file added.
 */
import type { z } from 'astro/zod';
import type { Article } from '../schemas/article.ts';
import type { Bilingual } from '../schemas/bilingual.ts';
import type { factSchema, sectorLink } from '../schemas/fact.ts';
import type { glossarySchema } from '../schemas/glossary.ts';
import type { provinceSchema } from '../schemas/province.ts';
import type { sectorSchema } from '../schemas/sector.ts';
import type { zoneSchema } from '../schemas/zone.ts';
import type { NarrativeTree } from './narrative/tree.ts';

export type { Article, Bilingual };

/** A schema output with every `reference()` replaced by the id it names. */
export type Resolved<T> = T extends { collection: string; id: string }
  ? string
  : T extends readonly (infer U)[]
    ? Resolved<U>[]
    : T extends object
      ? { [K in keyof T]: Resolved<T[K]> }
      : T;

/** Where an entry came from: its id (the URL slug) and the file a maintainer fixes it in. */
interface Entry {
  id: string;
  file: string;
}

export type Fact = Resolved<z.output<typeof factSchema>>;
export type SectorLink = Resolved<z.output<typeof sectorLink>>;
/** What an owner's narrative adds: its first paragraph as plain text (share descriptions, search, structured data). */
interface Narrated {
  summary: Bilingual;
}
export type Zone = Resolved<z.output<typeof zoneSchema>> & Entry & Narrated;
export type Province = Resolved<z.output<typeof provinceSchema>> & Entry & Narrated & { kind: 'province' };
/** One narrative file: src/content/narratives/<owner>/<lang>.mdx, its text parsed by the narratives loader. */
export interface Narrative {
  owner: string;
  lang: string;
  file: string;
  tree: NarrativeTree;
}
/** Anything that owns facts: a zone (park or cluster) or a province. */
export type Owner = Zone | Province;
export type Sector = z.output<typeof sectorSchema> & Entry;
export type GlossaryTerm = z.output<typeof glossarySchema> & Entry;

/** The collections, loaded and resolved, before any cross-collection check. */
export interface Content {
  /** In file order. */
  articles: Article[];
  /** In their `order`. */
  zones: Zone[];
  provinces: Province[];
  /** By id. */
  sectors: Sector[];
  /** In Vietnamese alphabetical order of the terms. */
  glossary: GlossaryTerm[];
  /** By owner, then language. */
  narratives: Narrative[];
}

/** The checked site: the content plus the roles and lookups every page needs. Built by `siteData()`. */
export interface SiteData extends Content {
  /** Zones, then provinces. */
  owners: Owner[];
  /** The province the site is about (role `home`) and the one it is compared with (role `peer`). */
  home: Province;
  peer: Province;
  /** The most recent source article (an undated one counts from the start of its inferred period). */
  newestArticle: Article | undefined;
  article(slug: string): Article;
  sector(id: string): Sector;
  owner(id: string): Owner;
}
