import { describe, expect, it } from 'vitest';
import satori from 'satori';
import { readFileSync } from 'node:fs';
import { FONT_FAMILY, fontFiles, satoriFonts, sfntTables, woffToSfnt, type SatoriFont } from '../../src/og/fonts.ts';
import { missingGlyphs, parseMetrics, textWidth } from '../../src/og/glyphs.ts';

// Every Vietnamese vowel with every tone, built from combining marks so none is forgotten.
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']; // none, huyền, sắc, hỏi, ngã, nặng
const LOWER = VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC')));
const ALL_VIETNAMESE = [...LOWER, ...LOWER.map((c) => c.toUpperCase()), 'đ', 'Đ', ...'bcdghklmnpqrstvx', ...'BCDGHKLMNPQRSTVX'];
// The brief's own list, typed as precomposed letters, as a cross-check of the generated one.
const FROM_BRIEF = 'ắằẳẵặ ấầẩẫậ ếềểễệ ốồổỗộ ớờởỡợ ứừửữự ỳỷỹỵý đĐ ẮẰẲẴẶ ẤẦẨẪẬ ẾỀỂỄỆ ỐỒỔỖỘ ỚỜỞỠỢ ỨỪỬỮỰ ỲỶỸỴÝ';

describe('missingGlyphs (from the fonts’ cmap tables)', () => {
  it('covers every Vietnamese letter with every tone, upper and lower case', () => {
    expect(LOWER).toHaveLength(72);
    // NFC composed each vowel + tone into one code point, which is what the cmap has to hold
    for (const c of ALL_VIETNAMESE) expect([...c], c).toHaveLength(1);
    expect(missingGlyphs(ALL_VIETNAMESE.join(''))).toEqual([]);
    expect(missingGlyphs(FROM_BRIEF)).toEqual([]);
  });

  it('covers the punctuation and symbols titles and figures use', () => {
    expect(missingGlyphs('0123456789 .,:;!?()/%–—·•“”‘’"\'…&+-×° ₫ € $ ha m² \u00a0')).toEqual([]);
  });

  it('normalises to NFC first, so decomposed input is judged by what will be drawn', () => {
    expect(missingGlyphs('Bắc Kạn Nam Bằng Lũng'.normalize('NFD'))).toEqual([]);
  });

  it('reports CJK, emoji and other uncovered characters once each, in order', () => {
    expect(missingGlyphs('漢')).toEqual(['漢']);
    expect(missingGlyphs('Khu 😀 công nghiệp')).toEqual(['😀']);
    expect(missingGlyphs('漢a漢😀')).toEqual(['漢', '😀']);
    // no subset of Be Vietnam Pro has ≈, so "≈ USD 13.8 million" cannot go on a card
    expect(missingGlyphs('≈ USD 13.8 million')).toEqual(['≈']);
  });

  it('measures real advances: the Vietnamese letters have width', () => {
    expect(textWidth('Bắc Kạn', 700, 100)).toBeGreaterThan(textWidth('B c Kạn', 700, 100) + 20);
    expect(textWidth('Thanh Bình', 700, 80)).toBeGreaterThan(textWidth('Thanh Bình', 400, 80));
    expect(textWidth('Thanh Bình', 700, 80)).toBeCloseTo(2 * textWidth('Thanh Bình', 700, 40), 6);
  });
});

describe('woffToSfnt (what satori is given)', () => {
  it('unpacks every table byte for byte, and the cmap and advances read the same', () => {
    for (const f of fontFiles()) {
      const woff = readFileSync(f.path);
      const ttf = woffToSfnt(woff);
      expect(ttf.readUInt32BE(0), f.path).toBe(0x00010000); // TrueType outlines
      const a = sfntTables(woff);
      const b = sfntTables(ttf);
      expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
      for (const [tag, t] of a)
        expect(
          Buffer.from(t.buffer, t.byteOffset, t.byteLength).equals(Buffer.from(b.get(tag)!.buffer, b.get(tag)!.byteOffset, b.get(tag)!.byteLength)),
          tag,
        ).toBe(true);
      expect(parseMetrics(ttf)).toEqual(parseMetrics(woff));
    }
  });
});

/** Renders one character alone; returns the length of the glyph path satori drew (0 = blank). */
async function glyphPathLength(ch: string, fonts: SatoriFont[], family: string): Promise<number> {
  const svg = await satori(
    { type: 'div', props: { style: { display: 'flex', fontFamily: family, fontSize: 40 }, children: ch } },
    { width: 100, height: 60, fonts },
  );
  return /<path[^>]*\sd="([^"]*)"/.exec(svg)?.[1]?.length ?? 0;
}

describe('satori draws Vietnamese with these fonts', () => {
  const text = 'Bắc Kạn Đồng Lũng Huyền Tụng Vằng Mười';

  it('draws a glyph for every character of the text', async () => {
    const fonts = satoriFonts();
    const blank: string[] = [];
    for (const ch of new Set(text.replace(/ /g, ''))) if ((await glyphPathLength(ch, fonts, FONT_FAMILY)) === 0) blank.push(ch);
    expect(blank).toEqual([]);
  });

  it('"Bắc Kạn" and "B c Kạn" come out different', async () => {
    const render = (s: string) =>
      satori(
        { type: 'div', props: { style: { display: 'flex', fontFamily: FONT_FAMILY, fontSize: 40 }, children: s } },
        { width: 400, height: 60, fonts: satoriFonts() },
      );
    const [full, gap] = await Promise.all([render('Bắc Kạn'), render('B c Kạn')]);
    expect(full).not.toEqual(gap);
    expect(full.length).toBeGreaterThan(gap.length + 500); // the path of ắ
  });

  it('would catch the one-family-name bug (negative control)', async () => {
    // All subsets under one name: satori uses the first (latin) file and draws ắ, Đ, ư, ờ… blank.
    const oneName = satoriFonts().map((f) => ({ ...f, name: 'BVP' }));
    const blank: string[] = [];
    for (const ch of new Set(text.replace(/ /g, ''))) if ((await glyphPathLength(ch, oneName, 'BVP')) === 0) blank.push(ch);
    expect(blank).toEqual(expect.arrayContaining(['ắ', 'Đ', 'ư', 'ờ']));
  });
});
