/**
 * Exact glyph coverage and advance widths, read from the fonts' own tables (cmap, hmtx).
 * The unicode-range in @fontsource's CSS only says which subset a browser should fetch, not
 * which characters a file has a glyph for, so it is not used here.
 */
import { readFileSync } from 'node:fs';
import { fontFiles, sfntTables, SUBSETS, WEIGHTS, type FontWeight, type Subset } from './fonts.ts';

export interface FontMetrics {
  unitsPerEm: number;
  /** code point → glyph id (only non-zero ids) */
  cmap: Map<number, number>;
  /** advance width per glyph id, in font units */
  advances: Uint16Array;
}

function need(tables: Map<string, DataView>, name: string): DataView {
  const t = tables.get(name);
  if (!t) throw new Error(`og: font has no '${name}' table`);
  return t;
}

/** Unicode cmap subtables: format 12 (full repertoire) if present, else format 4 (BMP). */
export function parseCmap(cmap: DataView): Map<number, number> {
  const out = new Map<number, number>();
  const n = cmap.getUint16(2);
  const candidates: { offset: number; format: number }[] = [];
  for (let i = 0; i < n; i++) {
    const platform = cmap.getUint16(4 + i * 8);
    const encoding = cmap.getUint16(6 + i * 8);
    const offset = cmap.getUint32(8 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode) candidates.push({ offset, format: cmap.getUint16(offset) });
  }
  const pick = candidates.find((c) => c.format === 12) ?? candidates.find((c) => c.format === 4);
  if (!pick) throw new Error('og: font has no Unicode cmap (format 4 or 12)');
  const o = pick.offset;
  if (pick.format === 12) {
    const groups = cmap.getUint32(o + 12);
    for (let g = 0; g < groups; g++) {
      const p = o + 16 + g * 12;
      const start = cmap.getUint32(p);
      const end = cmap.getUint32(p + 4);
      const gid = cmap.getUint32(p + 8);
      for (let c = start; c <= end; c++) if (gid + c - start) out.set(c, gid + c - start);
    }
    return out;
  }
  const segX2 = cmap.getUint16(o + 6);
  const ends = o + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  for (let s = 0; s < segX2; s += 2) {
    const end = cmap.getUint16(ends + s);
    const start = cmap.getUint16(starts + s);
    const delta = cmap.getInt16(deltas + s);
    const ro = cmap.getUint16(rangeOffsets + s);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let gid: number;
      if (ro === 0) gid = (c + delta) & 0xffff;
      else {
        const raw = cmap.getUint16(rangeOffsets + s + ro + (c - start) * 2);
        gid = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (gid) out.set(c, gid);
    }
  }
  return out;
}

export function parseMetrics(buf: Uint8Array): FontMetrics {
  const t = sfntTables(buf);
  const head = need(t, 'head');
  const hhea = need(t, 'hhea');
  const hmtx = need(t, 'hmtx');
  const numGlyphs = need(t, 'maxp').getUint16(4);
  const longMetrics = hhea.getUint16(34);
  const advances = new Uint16Array(numGlyphs);
  for (let g = 0; g < numGlyphs; g++) advances[g] = hmtx.getUint16(Math.min(g, longMetrics - 1) * 4);
  return { unitsPerEm: head.getUint16(18), cmap: parseCmap(need(t, 'cmap')), advances };
}

type Loaded = Record<FontWeight, { subset: Subset; metrics: FontMetrics }[]>;
let loaded: Loaded | undefined;

/** Metrics of every loaded file, per weight, in the family fallback order. */
function fonts(): Loaded {
  if (loaded) return loaded;
  const byWeight = Object.fromEntries(WEIGHTS.map((w) => [w, []])) as unknown as Loaded;
  for (const f of fontFiles()) byWeight[f.weight].push({ subset: f.subset, metrics: parseMetrics(readFileSync(f.path)) });
  for (const w of WEIGHTS) byWeight[w].sort((a, b) => SUBSETS.indexOf(a.subset) - SUBSETS.indexOf(b.subset));
  loaded = byWeight;
  return loaded;
}

/** Whitespace that satori collapses and never draws. */
const COLLAPSED = new Set(['\n', '\r', '\t']);

/**
 * Every distinct character of `text` (after NFC, in order of appearance) that no loaded subset
 * has a glyph for, in any of the loaded weights. Satori would draw these blank without a word.
 */
export function missingGlyphs(text: string): string[] {
  const all = fonts();
  const missing: string[] = [];
  for (const ch of new Set(text.normalize('NFC'))) {
    if (COLLAPSED.has(ch)) continue;
    const cp = ch.codePointAt(0)!;
    const covered = WEIGHTS.every((w) => all[w].some((f) => f.metrics.cmap.has(cp)));
    if (!covered) missing.push(ch);
  }
  return missing;
}

/**
 * Width of `text` on one line, in px, as satori will lay it out (first subset with the glyph
 * wins). Kerning is ignored: callers keep a small margin.
 */
export function textWidth(text: string, weight: FontWeight, sizePx: number): number {
  const list = fonts()[weight];
  let units = 0;
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    const hit = list.find((f) => f.metrics.cmap.has(cp));
    // An uncovered character is blank but still takes space; estimate it wide rather than narrow.
    units += hit ? hit.metrics.advances[hit.metrics.cmap.get(cp)!]! / hit.metrics.unitsPerEm : 0.7;
  }
  return units * sizePx;
}
