import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type en from './en.json';
import { LOCALES, type Locale } from './locales.ts';
import { emptyStrings, keyParity } from './parity.ts';

/** The UI strings of one language; the keys are those of en.json (src/i18n/i18next.d.ts types them for `t`). */
export type UiStrings = typeof en;

/** One language's file, parsed; a syntax error names the file, the line and the column. */
export function parseUiStrings(file: string, source: string): UiStrings {
  try {
    return JSON.parse(source) as UiStrings;
  } catch (error) {
    const where = (error as Error).message.match(/line (\d+) column (\d+)/);
    const at = where ? `line ${where[1]}, column ${where[2]}` : 'json';
    throw new Error(`${file}: ${at}: is not valid JSON (${(error as Error).message}). Fix: check the commas and quotes there (no comma after the last entry)`);
  }
}

/**
 * Every language's UI strings, read from src/i18n (at run time rather than imported, so that a broken file is
 * reported by name instead of by the bundler). Parity is checked here: a key in one language only, or an empty
 * string, stops the build.
 */
export function loadUiStrings(dir = join(process.cwd(), 'src', 'i18n')): Record<Locale, UiStrings> {
  const resources = Object.fromEntries(
    LOCALES.map((lang) => {
      const file = `src/i18n/${lang}.json`;
      return [lang, parseUiStrings(file, readFileSync(join(dir, `${lang}.json`), 'utf8'))];
    }),
  ) as Record<Locale, UiStrings>;
  const problems = [...keyParity(resources), ...emptyStrings(resources)];
  if (problems.length > 0) throw new Error(`The UI strings (src/i18n) have problems:\n  - ${problems.join('\n  - ')}`);
  return resources;
}
