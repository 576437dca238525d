import { DEFAULT_LOCALE, LOCALE_TABLE, type Locale } from '../config.ts';

/** The languages, derived from the locale table in src/config.ts (the one place they are listed). */
export { DEFAULT_LOCALE, type Locale };
export const LOCALES = Object.keys(LOCALE_TABLE) as Locale[];

/** BCP 47 tags for Intl and <html lang>, and the Open Graph locale names. */
export const INTL_TAG = Object.fromEntries(LOCALES.map((l) => [l, LOCALE_TABLE[l].tag])) as Record<Locale, string>;
export const OG_LOCALE = Object.fromEntries(LOCALES.map((l) => [l, LOCALE_TABLE[l].og])) as Record<Locale, string>;

export function isLocale(value: string): value is Locale {
  return value in LOCALE_TABLE;
}

export function otherLocale(lang: Locale): Locale {
  return lang === 'vi' ? 'en' : 'vi';
}
