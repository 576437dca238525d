/** How the sources name a zone and where it is: the one place these are read off its names and location. */
import type { Locale } from '../i18n/locales.ts';

/** "KCN Thanh Bình", "Cụm công nghiệp Cẩm Giàng" → "Thanh Bình", "Cẩm Giàng": the proper name without its kind. */
export function stripZonePrefix(name: string): string {
  return name.replace(/^(?:KCN|CCN|khu công nghiệp|cụm công nghiệp)\s+/iu, '').trim();
}

/** The district as the sources name it: the zone's location before its first comma ("huyện Chợ Mới"). */
export function districtOf(zone: { location: Record<Locale, string> }, lang: Locale): string {
  return zone.location[lang].split(',')[0]!.trim();
}
