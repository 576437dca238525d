import { INTL_TAG, type Locale } from '../i18n/locales.ts';
import { absoluteUrl, localeUrl, paths } from './urls.ts';
import type { Zone } from './types.ts';

/** schema.org description of a zone profile: a Place in Bắc Kạn, with the profile as its page. */
export function zoneJsonLd(zone: Zone, lang: Locale, description: string): object {
  const url = absoluteUrl(localeUrl(lang, paths.zone(zone.id)));
  return {
    '@context': 'https://schema.org',
    '@type': 'Place',
    '@id': `${url}#place`,
    name: zone.name[lang],
    alternateName: zone.shortName.vi,
    description,
    url,
    inLanguage: INTL_TAG[lang],
    address: { '@type': 'PostalAddress', addressRegion: zone.location[lang], addressCountry: 'VN' },
  };
}
