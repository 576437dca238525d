import { reference } from 'astro:content';
import { z } from 'astro/zod';

/** What every sourced item rests on: a source article and the verbatim Vietnamese sentence (or clause) from it. */
export const citation = z.object({
  source: reference('articles'),
  /** Checked against the article at build time, whitespace-normalised. */
  quote: z.string().min(8),
});
