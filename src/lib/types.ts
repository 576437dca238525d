import type { METRICS, QUALIFIERS, TOPICS, UNITS } from './model.ts';
import type { Article } from './article/compose.ts';

/** The content model after loading, with references resolved to plain ids: what the pure rules work on. */

export interface Bilingual {
  vi: string;
  en: string;
}

export interface Fact {
  id: string;
  metric: (typeof METRICS)[number];
  value: number;
  unit: (typeof UNITS)[number];
  qualifier: (typeof QUALIFIERS)[number];
  asOf?: string | undefined;
  label: Bilingual;
  source: string;
  quote: string;
  conflictGroup?: string | undefined;
  topic: (typeof TOPICS)[number];
  note?: Bilingual | undefined;
  asPrinted?: string | undefined;
}

export interface SectorLink {
  sector: string;
  scope?: Bilingual | undefined;
  source: string;
  quote: string;
}

export interface StatusEntry {
  id: string;
  text: Bilingual;
  asOf?: string | undefined;
  source: string;
  quote: string;
}

export interface Tenant {
  name: string;
  activity?: Bilingual | undefined;
  source: string;
  quote: string;
}

/** Anything that owns facts: a zone or a province. `file` is where a maintainer fixes it. */
export interface Owner {
  kind: 'park' | 'cluster' | 'province';
  id: string;
  file: string;
  name: Bilingual;
  facts: Fact[];
  status: StatusEntry[];
  sectors: SectorLink[];
}

export interface Zone extends Owner {
  kind: 'park' | 'cluster';
  shortName: Bilingual;
  location: Bilingual;
  locationSource?: { source: string; quote: string } | undefined;
  summary: Bilingual;
  tenants: Tenant[];
  order: number;
}

export interface Province extends Owner {
  kind: 'province';
  nowPartOf: Bilingual;
  role: 'home' | 'peer';
  summary: Bilingual;
}

export interface Sector {
  id: string;
  name: Bilingual;
  isic: string[];
  description: Bilingual;
}

export interface GlossaryTerm {
  id: string;
  term: string;
  expansion: string;
  vi: string;
  en: string;
}

export interface SiteData {
  articles: Article[];
  zones: Zone[];
  provinces: Province[];
  sectors: Sector[];
}

export type { Article };
