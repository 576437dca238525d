/**
 * Industrial parks (KCN, khu công nghiệp) and clusters (CCN, cụm công nghiệp) named in a text, and their
 * match against the zone profiles. A proper name is the run of capitalised syllables after the prefix
 * ("Nam Bằng Lũng"); it stops at the first lower-case word or punctuation.
 */
import { foldDiacritics } from '../text.ts';
import type { KnownZone } from './profiles.ts';

export interface ZoneMention {
  /** As printed, with the district when given: "CCN Cẩm Giàng, huyện Bạch Thông". */
  text: string;
  kind: 'park' | 'cluster';
  /** "Cẩm Giàng" */
  name: string;
  /** "huyện Bạch Thông", "thành phố Bắc Kạn", "xã Thanh Mai" (after 1 July 2025), or a bare place in brackets: "Chợ Mới". */
  district?: string;
  start: number;
  end: number;
}

const SYLLABLE = '\\p{Lu}[\\p{L}\\p{M}]*';
/**
 * A number right after the syllables belongs to the name ("Yên Bình 1" … "Yên Bình 4") unless a unit follows it
 * ("CCN Quảng Chu 50 ha" states an area).
 */
const NUMBERED = `(?:[ \\u00a0]\\d{1,2}(?![\\d.,]\\d|[\\d\\p{L}%]|\\s*(?:ha|km|m2|m3|m²|m³|%|người|lao động|dự án|tỷ|triệu|nghìn|ngàn|tấn|USD|đồng|doanh nghiệp)(?![\\p{L}\\p{M}])))?`;
const PLACE = `${SYLLABLE}(?:[ \\u00a0]${SYLLABLE})*`;
const NAME = `${PLACE}${NUMBERED}`;
const PREFIX = new RegExp(
  `(?<![\\p{L}\\p{M}])(KCN|CCN|[Kk]hu\\s+[Cc]ông\\s+nghiệp|[Cc]ụm\\s+[Cc]ông\\s+nghiệp)(?:\\s*\\((?:KCN|CCN)\\))?\\s+(${NAME})(?![\\p{L}\\p{M}])`,
  'gu',
);
/** "các KCN Quang Châu và Vân Trung", "các CCN Huyền Tụng, Cẩm Giàng": more names after a plural prefix. */
const MORE = new RegExp(`^(\\s*(?:,|và)\\s+)(${NAME})(?![\\p{L}\\p{M}])`, 'u');
const DISTRICT = new RegExp(`^\\s*,\\s*((?:huyện|thành phố|thị xã|quận|xã|phường|TP\\.?)\\s+${PLACE})(?![\\p{L}\\p{M}])`, 'u');
const BRACKET_PLACE = new RegExp(`^\\s*\\(((?:(?:huyện|thành phố|thị xã|xã|phường)\\s+)?${PLACE})\\)`, 'u');

export function zoneKey(name: string): string {
  return foldDiacritics(name).toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Every park or cluster named in `text`, in order. */
export function findZoneMentions(text: string): ZoneMention[] {
  const out: ZoneMention[] = [];
  for (const m of text.matchAll(PREFIX)) {
    const kind = /^(KCN|[Kk]hu)/u.test(m[1]!) ? 'park' : 'cluster';
    // "các KCN A và B", "Hai KCN Yên Bình 2 và Yên Bình 3", "03 cụm công nghiệp gồm …" name more than one zone.
    const plural = /(?:các|những|hai|ba|bốn|\d+)\s+$/iu.test(text.slice(0, m.index));
    const names: { name: string; start: number; end: number }[] = [{ name: m[2]!, start: m.index, end: m.index + m[0].length }];
    let cursor = m.index + m[0].length;
    for (;;) {
      const d = DISTRICT.exec(text.slice(cursor));
      if (d) break;
      const more = plural ? MORE.exec(text.slice(cursor)) : null;
      if (!more) break;
      const s = cursor + more[1]!.length;
      names.push({ name: more[2]!, start: s, end: s + more[2]!.length });
      cursor += more[0].length;
    }
    let district: string | undefined;
    let districtEnd = cursor;
    const d = DISTRICT.exec(text.slice(cursor)) ?? BRACKET_PLACE.exec(text.slice(cursor));
    if (d) {
      district = d[1]!;
      districtEnd = cursor + d[0].length;
    }
    names.forEach((n, i) => {
      const end = i === names.length - 1 ? districtEnd : n.end;
      const mention: ZoneMention = { text: text.slice(n.start, end), kind, name: n.name, start: n.start, end };
      if (district) mention.district = district;
      out.push(mention);
    });
  }
  return out;
}

export type ZoneMatch = { status: 'known'; zone: string; notes: string[] } | { status: 'new'; notes: string[] };

/** Matches a mention to a zone profile by folded proper name (kind first, then any kind, with a note). */
export function matchZone(mention: ZoneMention, zones: readonly KnownZone[]): ZoneMatch {
  const key = zoneKey(mention.name);
  const same = zones.filter((z) => zoneKey(z.properName) === key);
  const zone = same.find((z) => z.kind === mention.kind) ?? same[0];
  if (!zone) return { status: 'new', notes: [] };
  const notes: string[] = [];
  if (zone.kind !== mention.kind) notes.push(`the article calls it a ${mention.kind}; the profile is a ${zone.kind}`);
  if (mention.district) {
    const place = zoneKey(mention.district.replace(/^(huyện|thành phố|thị xã|quận|xã|phường|TP\.?)\s+/iu, ''));
    if (!zoneKey(zone.location).includes(place)) notes.push(`the article places it in "${mention.district}"; the profile says "${zone.location}"`);
  }
  return { status: 'known', zone: zone.id, notes };
}
