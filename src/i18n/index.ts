import i18next, { type TFunction } from 'i18next';
import type { Locale } from './locales.ts';
import { loadUiStrings } from './resources.ts';

/** The UI strings of both languages, checked for parity when loaded. */
export const RESOURCES = loadUiStrings();

/** The one i18next instance (as Starlight does it): synchronous, no fallback, so a missing key is an error. */
const instance = i18next.createInstance();
void instance.init({
  lng: 'vi',
  fallbackLng: false,
  initAsync: false,
  resources: { vi: { translation: RESOURCES.vi }, en: { translation: RESOURCES.en } },
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
