/** Text normalisation shared by cleaning, quote verification, slugs and the extractor. */

/** NFC, every run of whitespace (including U+00A0 and other Unicode spaces) as one space, trimmed. */
export function normalizeSpace(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/gu, ' ')
    .trim();
}

/** Strips diacritics (đ → d), so "Thanh Bình" and "Thanh Binh" compare equal once lower-cased. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/**
 * The start of a text that fits in `max` characters, cut after a whole word and marked with "…" (share previews
 * show this much; a word cut in half reads as a typo).
 */
export function cutAtWord(text: string, max: number): string {
  const clean = normalizeSpace(text);
  if (clean.length <= max) return clean;
  const head = clean.slice(0, max - 1); // one character is left for the "…"
  const cut = /\s/u.test(clean[max - 1] ?? '') ? head : head.replace(/\s+\S*$/u, '');
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}
