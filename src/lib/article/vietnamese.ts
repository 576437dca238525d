import { InputError } from './errors.ts';

/**
 * What sets Vietnamese apart from other Latin-script text: đ, and in decomposed form the marks of ă (breve),
 * â ê ô (circumflex), ơ ư (horn) and the five tones (grave, acute, tilde, hook above, dot below).
 */
const VIETNAMESE_MARK = /[đĐ\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323]/u;

/**
 * Vietnamese prose has diacritics on most words (83–88 % of the words of the five seeds); English or Lorem ipsum
 * has none, French or Spanish a few. Under this share the text is not the Vietnamese original quotes come from.
 */
export const MIN_VIETNAMESE_SHARE = 0.3;

export interface VietnameseShare {
  words: number;
  /** Words with at least one Vietnamese letter. */
  vietnamese: number;
  /** vietnamese / words, 0 for no words. */
  share: number;
}

/** How many of the words (runs of letters) of `text` carry a Vietnamese letter. */
export function vietnameseShare(text: string): VietnameseShare {
  // In NFC, so that a word in NFD is not cut at its combining marks.
  const words = text.normalize('NFC').match(/\p{L}+/gu) ?? [];
  const vietnamese = words.filter((word) => VIETNAMESE_MARK.test(word.normalize('NFD'))).length;
  return { words: words.length, vietnamese, share: words.length === 0 ? 0 : vietnamese / words.length };
}

const LETTERS = 'Vietnamese letters (ă, â, đ, ê, ô, ơ, ư or tone marks)';

/** Throws when the body text is not Vietnamese: another language, placeholder text, or Vietnamese typed without diacritics. */
export function refuseNonVietnamese(file: string, body: string): void {
  const { words, vietnamese, share } = vietnameseShare(body);
  if (share >= MIN_VIETNAMESE_SHARE) return;
  const found =
    vietnamese === 0
      ? `no ${LETTERS} in ${body.length} characters of text`
      : `only ${vietnamese} of ${words} words (${Math.round(share * 100)} %) have ${LETTERS}, in ${body.length} characters of text; Vietnamese prose has them on most words`;
  throw new InputError(
    file,
    'text',
    `does not look like Vietnamese: ${found}`,
    'save the Vietnamese original of the article, with its diacritics (the site quotes it verbatim), not a translation or placeholder text',
  );
}
