/** Text normalisation shared by cleaning, quote verification and search. */

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
