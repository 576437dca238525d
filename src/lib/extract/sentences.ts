import type { Paragraph } from '../article/clean.ts';

export interface Sentence {
  /** Verbatim, whitespace-normalised: a substring of the cleaned article text, usable as a fact's `quote`. */
  text: string;
  /** Index of the paragraph in the cleaned article. */
  paragraph: number;
  kind: Paragraph['kind'];
}

/** A sentence ends at . ! ? … (then optional closing marks) before a space and a capital, digit or opening mark. */
const BOUNDARY = /[.!?…]+["”’)]*\s+(?=[\p{Lu}\d"“(])/gu;

/** Splits cleaned paragraphs into sentences. "1.000" and "TP.HCM" do not end a sentence (no space after the dot). */
export function splitSentences(paragraphs: readonly Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    let start = 0;
    for (const m of p.text.matchAll(BOUNDARY)) {
      const end = m.index + m[0].trimEnd().length;
      out.push({ text: p.text.slice(start, end), paragraph, kind: p.kind });
      start = m.index + m[0].length;
    }
    const last = p.text.slice(start).trim();
    if (last) out.push({ text: last, paragraph, kind: p.kind });
  });
  return out;
}
