import { z } from 'astro/zod';

/**
 * Text in both languages: language parity is enforced by requiring both, and no other key is accepted.
 * No `astro:content` import here: the article metadata (read outside Astro by the extractor) uses it too.
 */
export const bilingual = z
  .object({
    vi: z.string({ error: 'the Vietnamese text is missing: add a `vi:` line' }).trim().min(1, 'the Vietnamese text is empty: write the `vi` text'),
    en: z.string({ error: 'the English text is missing: add an `en:` line' }).trim().min(1, 'the English text is empty: write the `en` text'),
  })
  .strict();
export type Bilingual = z.output<typeof bilingual>;

/**
 * When a figure holds: a day (2021-06-30), a month (2023-08), a year (2022) or a period (2021/2025).
 * Absent means "as reported in the source article", and the article's date is shown instead.
 */
export const asOf = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4})?$/, 'use YYYY, YYYY-MM, YYYY-MM-DD or a period YYYY/YYYY');
