import { z } from 'astro/zod';
import { calendarProblem } from '../lib/dates.ts';

/** Text is published in NFC, whatever form the file was saved in (an NFD "ắ" is two code points). */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * An object that refuses keys it does not define, saying which and why: a typo, or YAML's flow style cutting a text
 * at its first comma (`{ vi: …, en: Area (Phase I, over 73 ha) }` makes a key "over 73 ha)").
 */
export function strictObject<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove it if it is a typo; if it is the rest of a text cut at a comma, write the field in block style (one \`vi:\` and one \`en:\` line)`
        : undefined,
  });
}

/**
 * Text in both languages: language parity is enforced by requiring both, and no other key is accepted.
 * No `astro:content` import here: the article metadata (read outside Astro by the extractor) uses it too.
 */
export const bilingual = strictObject({
  vi: z.string({ error: 'the Vietnamese text is missing: add a `vi:` line' }).trim().min(1, 'the Vietnamese text is empty: write the `vi` text').transform(nfc),
  en: z.string({ error: 'the English text is missing: add an `en:` line' }).trim().min(1, 'the English text is empty: write the `en` text').transform(nfc),
});
export type Bilingual = z.output<typeof bilingual>;

/**
 * When a figure holds: a day (2021-06-30), a month (2023-08), a year (2022) or a period (2021/2025).
 * Absent means "as reported in the source article", and the article's date is shown instead.
 */
const WHEN = /^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4})?$/;
export const asOf = z.string().regex(WHEN, 'use YYYY, YYYY-MM, YYYY-MM-DD or a period YYYY/YYYY').superRefine(realDate);

/** A date or period written in one of the model's forms must also exist (no 2022-13-45, no 2025/2021). */
export function realDate(when: string, ctx: z.RefinementCtx): void {
  if (!WHEN.test(when)) return; // the pattern's own message says how to write it
  const problem = calendarProblem(when);
  if (problem) ctx.addIssue({ code: 'custom', message: `${problem}: write a date that exists` });
}
