import { config } from '../config.ts';
import type { Locale } from '../i18n/locales.ts';

/** The site's base path with a trailing slash ("/" or "/zone-briefs/"). */
export const BASE = config.base;

/** Page paths inside a language, without the language: the one place URLs are spelled. */
export const paths = {
  home: () => '',
  zones: () => 'zones/',
  zone: (slug: string) => `zones/${slug}/`,
  sectors: () => 'sectors/',
  sector: (id: string) => `sectors/${id}/`,
  plans: () => 'plans/',
  compare: () => 'compare/',
  sources: () => 'sources/',
  source: (slug: string) => `sources/${slug}/`,
  glossary: () => 'glossary/',
  about: () => 'about/',
  search: () => 'search/',
} as const;

/** Root-relative URL of a page in a language: "/en/zones/thanh-binh/" (with the base path). */
export function localeUrl(lang: Locale, path: string): string {
  return `${BASE}${lang}/${path}`;
}

/** Root-relative URL of a file at the site root ("og/en/home.png", "data/facts.json"). */
export function assetUrl(path: string): string {
  return `${BASE}${path.replace(/^\//, '')}`;
}

/** A file generated for a page, named after it: ("og", "en", "zones/thanh-binh/", "png") → "og/en/zones/thanh-binh.png"; the home page is "home". */
function pageFile(folder: string, lang: Locale, path: string, ext: string): string {
  return `${folder}/${lang}/${path.replace(/(\/|\.html)$/, '') || 'home'}.${ext}`;
}

/** The OG image of a page: "og/en/zones/thanh-binh.png"; the home page is "og/en/home.png". */
export function ogImagePath(lang: Locale, path: string): string {
  return pageFile('og', lang, path, 'png');
}

/** QR codes of a page's URL, for print and download: "qr/en/zones/thanh-binh.svg" (or .png). */
export function qrImagePath(lang: Locale, path: string, ext: 'svg' | 'png'): string {
  return pageFile('qr', lang, path, ext);
}

/** Absolute URL for canonical links, og:url and og:image (Facebook and Zalo need absolute URLs). */
export function absoluteUrl(rootRelative: string): string {
  return new URL(rootRelative, config.site).href;
}
