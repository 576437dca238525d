import { z } from 'astro/zod';
import { bilingual, realDate } from './bilingual.ts';

/** How a paragraph of a cleaned article reads: the headline, body text, a photo caption or the byline. */
export const paragraphKind = z.enum(['title', 'text', 'caption', 'byline']);

/**
 * A source article as the site uses it: the cleaned text of a seed file plus everything known about it and how
 * it is known. The articles loader composes it (src/lib/article/compose.ts); this schema is its one definition.
 */
export const articleSchema = z.object({
  /** "seeds/000_f42ab8ae87e2fec6.txt": where a maintainer finds it. */
  file: z.string(),
  slug: z.string(),
  title: z.string(),
  /** page: printed on the page; editor: written by us in metadata (the page has none); derived: first sentence. */
  titleSource: z.enum(['page', 'editor', 'derived']),
  publisher: z.string().optional(),
  date: z.string().superRefine(realDate).optional(),
  period: z.string().superRefine(realDate).optional(),
  dateInferred: z.boolean(),
  dateBasis: bilingual.optional(),
  byline: z.string().optional(),
  url: z.string().optional(),
  tags: z.array(z.string()),
  paragraphs: z.array(z.object({ kind: paragraphKind, text: z.string() })),
  /** Title, body, captions and byline as one whitespace-normalised string: what quotes are checked against. */
  text: z.string(),
  en: z.object({ title: z.string(), summary: z.string().optional() }).optional(),
  /** What the maintainer still has to add; printed as build warnings. */
  missing: z.array(z.string()),
});
export type Article = z.output<typeof articleSchema>;

/** One entry of seeds/metadata.yaml: what cannot be read off the article text. */
export const metadataEntry = z
  .object({
    slug: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase ASCII words joined by hyphens')
      .optional(),
    title: z.string().trim().min(1).optional(),
    titleSource: z.enum(['page', 'editor']).optional(),
    publisher: z.string().trim().min(1).optional(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')
      .superRefine(realDate)
      .optional(),
    period: z
      .string()
      .regex(/^\d{4}\/\d{4}$/, 'use YYYY/YYYY')
      .superRefine(realDate)
      .optional(),
    dateInferred: z.boolean().optional(),
    dateBasis: bilingual.optional(),
    byline: z.string().trim().min(1).optional(),
    url: z.url({ protocol: /^https?$/, error: 'use an http(s) address of the original page' }).optional(),
    en: z
      .object({ title: z.string().trim().min(1), summary: z.string().trim().min(1).optional() })
      .strict()
      .optional(),
  })
  .strict();
export type MetadataEntry = z.output<typeof metadataEntry>;
export type Paragraph = Article['paragraphs'][number];
