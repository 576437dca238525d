/**
 * Provinces named in a text, matched to the province profiles by their name ("Bắc Kạn", "tỉnh Bắc Giang") and, in
 * articles dated after the 2025 reorganisation, by the name of the province they became part of ("tỉnh Thái
 * Nguyên"), which is not the same owner: such a mention carries the question the maintainer must answer.
 */
import type { Province } from '../types.ts';
import { foldDiacritics } from '../text.ts';

/** Provinces merged and the district level abolished (Resolution 202/2025/QH15). */
export const REORGANISATION_DATE = '2025-07-01';

export interface ProvinceMention {
  text: string;
  start: number;
  end: number;
  province: Province;
  /** Set when the name maps to no owner as it stands: what to decide. */
  question?: string;
}

/** "Tỉnh Bắc Kạn" → "Bắc Kạn"; "tỉnh Thái Nguyên (từ 1/7/2025)" → "Thái Nguyên". */
const bare = (name: string) =>
  name
    .replace(/\s*\([^)]*\)/gu, '')
    .replace(/^tỉnh\s+/iu, '')
    .trim();

const fold = (text: string) => foldDiacritics(text).toLowerCase();

/** A zone "named" after a province ("cụm công nghiệp Bắc Kạn", "KCN Bắc Giang") is the province's zones, not a zone. */
export function isProvinceName(name: string, provinces: readonly Province[]): boolean {
  const key = fold(name);
  return provinces.some((p) => fold(bare(p.name.vi)) === key || fold(bare(p.nowPartOf.vi)) === key);
}

export function findProvinceMentions(text: string, provinces: readonly Province[], afterReorganisation: boolean): ProvinceMention[] {
  const out: ProvinceMention[] = [];
  for (const p of provinces) {
    const own = bare(p.name.vi);
    const now = bare(p.nowPartOf.vi);
    // "thành phố Bắc Kạn" is a city (a district), not the province.
    for (const m of text.matchAll(new RegExp(`(?<!(?:thành phố|TP\\.?|KCN|CCN|nghiệp)\\s)(?:[Tt]ỉnh\\s+)?${own}(?![\\p{L}\\p{M}])`, 'gu'))) {
      const mention: ProvinceMention = { text: m[0], start: m.index, end: m.index + m[0].length, province: p };
      out.push(mention);
    }
    // The new province's name counts only with "tỉnh" ("đường BOT Thái Nguyên - Chợ Mới" is a road).
    for (const m of text.matchAll(new RegExp(`[Tt]ỉnh\\s+${now}(?![\\p{L}\\p{M}])`, 'gu'))) {
      out.push({
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        province: p,
        question: afterReorganisation
          ? `"${m[0]}" is the merged province that since 1 July 2025 includes the former ${own} (provinces/${p.id}), which is not the same: set owner to provinces/${p.id} only if the figure is about the former ${own}; otherwise the site has no profile for it`
          : `"${m[0]}" is another province in an article from before 1 July 2025: the site has no profile for it`,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
