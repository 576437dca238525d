import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { nfc, strictObject } from './bilingual.ts';

/** What every sourced item rests on: a source article and the verbatim Vietnamese sentence (or clause) from it. */
export const citation = strictObject({
  source: reference('articles'),
  /** Checked against the article at build time, whitespace-normalised; at least 8 characters besides spaces. */
  quote: z.string().trim().min(8, 'the quote is too short (or only spaces): copy the sentence the item rests on').transform(nfc),
});
