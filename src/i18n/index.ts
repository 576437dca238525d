import i18next, { type TFunction } from 'i18next';
import en from './en.json' with { type: 'json' };
import vi from './vi.json' with { type: 'json' };
import type { Locale } from './locales.ts';
import { keyParity } from './parity.ts';

export const RESOURCES = { vi, en } as const;

// Language parity: a UI string in one language only stops the build.
const unmatched = keyParity(RESOURCES);
if (unmatched.length > 0) throw new Error(`UI strings differ between languages:\n  - ${unmatched.join('\n  - ')}`);

/** The one i18next instance (as Starlight does it): synchronous, no fallback, so a missing key is an error. */
const instance = i18next.createInstance();
void instance.init({
  lng: 'vi',
  fallbackLng: false,
  initAsync: false,
  resources: { vi: { translation: vi }, en: { translation: en } },
  interpolation: { escapeValue: false }, // Astro escapes on output
  returnNull: false,
  parseMissingKeyHandler: (key: string) => {
    throw new Error(`src/i18n: missing UI string "${key}". Fix: add it to both src/i18n/vi.json and src/i18n/en.json`);
  },
});

export type T = TFunction;

/** The translation function for one language. */
export function useT(lang: Locale): T {
  return instance.getFixedT(lang);
}
