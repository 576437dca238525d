/**
 * Sectors named in a text, matched to the `sectors` collection by folded Vietnamese name and by the synonyms
 * in SECTOR_SYNONYMS (the one table to extend). Matching ignores case, diacritics, and the punctuation that
 * varies between sources ("chế biến nông, lâm sản" = "chế biến nông - lâm sản").
 */
import { foldDiacritics } from '../text.ts';
import type { KnownSector } from './profiles.ts';

/**
 * Phrases that name a sector, by sector id. Ids not in src/content/sectors.yaml are sectors the site does not
 * have yet: a mention of one is reported as new, so a maintainer can decide whether to add it.
 */
export const SECTOR_SYNONYMS: Record<string, readonly string[]> = {
  'agro-forestry-processing': [
    'chế biến nông, lâm sản',
    'chế biến nông lâm sản',
    'chế biến nông sản, lâm sản',
    'chế biến nông, lâm, thủy sản',
    'chế biến nông sản',
    'chế biến lâm sản',
  ],
  'export-farm-produce-processing': ['chế biến nông sản xuất khẩu', 'sơ chế nông sản xuất khẩu'],
  'wood-processing': ['chế biến gỗ', 'sản xuất đồ gỗ', 'chế biến lâm sản gỗ'],
  'medicinal-herbs': ['dược liệu', 'chế biến dược liệu'],
  'supporting-industries': ['công nghiệp hỗ trợ', 'công nghiệp phụ trợ'],
  'electronics-computers-optical': ['sản phẩm điện tử', 'linh kiện điện tử', 'máy vi tính', 'sản phẩm quang học'],
  'electrical-equipment': ['thiết bị điện'],
  'basic-metals': ['sản xuất kim loại', 'luyện kim', 'luyện gang', 'gang thép', 'sản xuất thép'],
  'fabricated-metal-products': ['sản phẩm từ kim loại đúc sẵn', 'sản phẩm kim loại đúc sẵn'],
  'machinery-equipment': ['sản xuất máy móc, thiết bị', 'máy móc, thiết bị', 'máy móc thiết bị'],
  'non-ferrous-metal-processing': ['chế biến sâu kim loại màu', 'kim loại màu'],
  'solar-panels': ['pin năng lượng mặt trời', 'tấm pin mặt trời', 'pin mặt trời'],
  batteries: ['ắc quy'],
  'paper-pulp': ['giấy nguyên liệu', 'bột giấy'],
  garments: ['may mặc', 'dệt may'],
  // Not (yet) in the sectors collection
  mining: ['khai thác khoáng sản', 'công nghiệp khai khoáng', 'khai khoáng', 'chế biến khoáng sản'],
  'construction-materials': ['vật liệu xây dựng'],
  hydropower: ['thủy điện'],
  'small-scale-industry-handicrafts': ['tiểu thủ công nghiệp', 'làng nghề'],
  'food-processing': ['chế biến thực phẩm', 'chế biến thức ăn chăn nuôi'],
  footwear: ['da giày'],
  'automotive-assembly': ['lắp ráp ô tô'],
};

export interface SectorMention {
  /** As printed: "chế biến nông - lâm sản". */
  text: string;
  /** Sector id (from the collection or the synonyms table). */
  sector: string;
  /** False when the id is not in the sectors collection. */
  known: boolean;
  start: number;
  end: number;
}

/** Folded, lower-cased, with commas, dashes and spaces as one space; `map[i]` is the original index of folded[i]. */
function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/[\s,\-–—]/u.test(ch)) {
      if (!space && folded.length > 0) {
        folded += ' ';
        map.push(i);
      }
      space = true;
      continue;
    }
    space = false;
    for (const f of foldDiacritics(ch).toLowerCase()) {
      folded += f;
      map.push(i);
    }
  }
  return { folded, map };
}

const fold = (phrase: string): string => foldWithMap(phrase).folded.trim();

export interface SectorTable {
  phrases: { folded: string; sector: string; known: boolean }[];
}

/** The phrases to look for: each sector's own Vietnamese name (and its bracketed alternative) plus the synonyms. */
export function sectorTable(sectors: readonly KnownSector[]): SectorTable {
  const known = new Set(sectors.map((s) => s.id));
  const phrases = new Map<string, { folded: string; sector: string; known: boolean }>();
  const add = (phrase: string, sector: string): void => {
    const folded = fold(phrase);
    if (folded.length >= 4 && !phrases.has(folded)) phrases.set(folded, { folded, sector, known: known.has(sector) });
  };
  for (const s of sectors) {
    add(s.name.replace(/\s*\([^)]*\)/gu, ''), s.id);
    for (const alt of s.name.matchAll(/\(([^)]+)\)/gu)) {
      // "Công nghiệp hỗ trợ (phụ trợ)": the bracket replaces as many words at the end of the name
      const words = s.name.replace(/\s*\([^)]*\)/gu, '').split(/\s+/u);
      const altWords = alt[1]!.trim().split(/\s+/u);
      add([...words.slice(0, Math.max(0, words.length - altWords.length)), ...altWords].join(' '), s.id);
    }
  }
  for (const [sector, list] of Object.entries(SECTOR_SYNONYMS)) for (const p of list) add(p, sector);
  return { phrases: [...phrases.values()].sort((a, b) => b.folded.length - a.folded.length) };
}

/** Sector phrases in `text`; the longest phrase wins where two overlap. */
export function findSectorMentions(text: string, table: SectorTable): SectorMention[] {
  const { folded, map } = foldWithMap(text);
  const taken: [number, number][] = [];
  const out: SectorMention[] = [];
  for (const p of table.phrases) {
    let at = folded.indexOf(p.folded);
    while (at !== -1) {
      const end = at + p.folded.length;
      const bounded = !/[a-z0-9]/u.test(folded[at - 1] ?? ' ') && !/[a-z0-9]/u.test(folded[end] ?? ' ');
      if (bounded && !taken.some(([s, e]) => at < e && end > s)) {
        taken.push([at, end]);
        const start = map[at]!;
        const stop = map[end - 1]! + 1;
        out.push({ text: text.slice(start, stop), sector: p.sector, known: p.known, start, end: stop });
      }
      at = folded.indexOf(p.folded, at + 1);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
