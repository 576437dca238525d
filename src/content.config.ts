import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { articlesLoader } from './loaders/articles.ts';
import { yamlListLoader } from './loaders/yaml-list.ts';
import { METRICS, QUALIFIERS, TOPICS, UNITS } from './lib/model.ts';
import { CONTENT_DIR } from './lib/content-dir.ts';

const CONTENT = CONTENT_DIR.startsWith("/") ? CONTENT_DIR : `./${CONTENT_DIR}`;

/** Text in both languages; parity is enforced by requiring both. */
const bilingual = z.object({
  vi: z.string({ error: 'the Vietnamese text is missing: add a `vi:` line' }).trim().min(1, 'the Vietnamese text is empty: write the `vi` text'),
  en: z.string({ error: 'the English text is missing: add an `en:` line' }).trim().min(1, 'the English text is empty: write the `en` text'),
});

/**
 * When a figure holds: a day (2021-06-30), a month (2023-08), a year (2022) or a period (2021/2025).
 * Absent means "as reported in the source article", and the article's date is shown instead.
 */
const asOf = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4})?$/, 'use YYYY, YYYY-MM, YYYY-MM-DD or a period YYYY/YYYY');

/** One figure, traceable to a verbatim sentence of a source article. */
export const factSchema = z.object({
  /** Stable id, unique within its zone/province; used as the HTML anchor. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'fact ids are lowercase ASCII with hyphens'),
  metric: z.enum(METRICS),
  /** In base units: VND, USD, ha, people, percent (75.6 for 75,6%). */
  value: z.number(),
  unit: z.enum(UNITS),
  qualifier: z.enum(QUALIFIERS).default('exact'),
  asOf: asOf.optional(),
  /** What exactly is counted, in both languages ("Phase I", "new projects 2021–2025"). */
  label: bilingual,
  source: reference('articles'),
  /** The verbatim Vietnamese sentence (or clause) the figure rests on; checked against the article. */
  quote: z.string().min(8),
  /** Groups facts into one comparison row when sources disagree (e.g. workers at Thanh Bình). */
  conflictGroup: z.string().optional(),
  /** Section of the page the fact belongs to; section titles live in the i18n files (`topic.<name>`). */
  topic: z.enum(TOPICS),
  note: bilingual.optional(),
  /**
   * The amount exactly as the source prints it, for a figure that cannot be read as a number
   * without correcting the source (e.g. "15,1 tỷ triệu USD"). Shown verbatim with `note`; never corrected.
   */
  asPrinted: z.string().optional(),
});

const sectorLink = z.object({
  sector: reference('sectors'),
  /** Which part of the zone the priority applies to ("Phase II and the Phase I extension"). */
  scope: bilingual.optional(),
  source: reference('articles'),
  quote: z.string().min(8),
});

const statusEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  text: bilingual,
  asOf: asOf.optional(),
  source: reference('articles'),
  quote: z.string().min(8),
});

const zones = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${CONTENT}/zones` }),
  schema: z.object({
    kind: z.enum(['park', 'cluster']),
    name: bilingual,
    /** The name as the sources abbreviate it: "KCN Thanh Bình", "CCN Cẩm Giàng". */
    shortName: bilingual,
    /** District and province as the sources name them (before the 2025 reorganisation). */
    location: bilingual,
    locationSource: z.object({ source: reference('articles'), quote: z.string().min(8) }).optional(),
    summary: bilingual,
    status: z.array(statusEntry).default([]),
    facts: z.array(factSchema).default([]),
    sectors: z.array(sectorLink).default([]),
    tenants: z
      .array(z.object({ name: z.string(), activity: bilingual.optional(), source: reference('articles'), quote: z.string().min(8) }))
      .default([]),
    order: z.number().int(),
  }),
});

const sectors = defineCollection({
  loader: yamlListLoader(`${CONTENT}/sectors.yaml`),
  schema: z.object({
    name: bilingual,
    /** ISIC Rev.4 / VSIC 2018 codes where one fits; VSIC 2018 follows ISIC Rev.4 at these levels. */
    isic: z.array(z.string().regex(/^\d{2,4}$/)).default([]),
    description: bilingual,
  }),
});

const provinces = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${CONTENT}/provinces` }),
  schema: z.object({
    name: bilingual,
    /** What the province is called since 1 July 2025. */
    nowPartOf: bilingual,
    role: z.enum(['home', 'peer']),
    summary: bilingual,
    facts: z.array(factSchema).default([]),
    status: z.array(statusEntry).default([]),
    sectors: z.array(sectorLink).default([]),
  }),
});

const articles = defineCollection({
  loader: articlesLoader(),
  schema: z.object({
    file: z.string(),
    slug: z.string(),
    title: z.string(),
    titleSource: z.enum(['page', 'editor', 'derived']),
    publisher: z.string().optional(),
    date: z.string().optional(),
    period: z.string().optional(),
    dateInferred: z.boolean(),
    dateBasis: bilingual.optional(),
    byline: z.string().optional(),
    url: z.string().optional(),
    tags: z.array(z.string()),
    paragraphs: z.array(z.object({ kind: z.enum(['title', 'text', 'caption', 'byline']), text: z.string() })),
    text: z.string(),
    en: z.object({ title: z.string(), summary: z.string().optional() }).optional(),
    missing: z.array(z.string()),
  }),
});

const glossary = defineCollection({
  loader: yamlListLoader(`${CONTENT}/glossary.yaml`),
  schema: z.object({ term: z.string(), expansion: z.string(), vi: z.string().min(1), en: z.string().min(1) }),
});

export const collections = { articles, zones, sectors, provinces, glossary };
