/** The one list of languages. Vietnamese is the sources' language and the default. */
export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';

/** BCP 47 tags for Intl and <html lang>, and the Open Graph locale names. */
export const INTL_TAG: Record<Locale, string> = { vi: 'vi-VN', en: 'en-US' };
export const OG_LOCALE: Record<Locale, string> = { vi: 'vi_VN', en: 'en_US' };

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

export function otherLocale(lang: Locale): Locale {
  return lang === 'vi' ? 'en' : 'vi';
}
