import { normalizeSpace } from './text.ts';

/** A run of paragraph text; `anchors` is set where a quote starts, `marked` where any quote covers it. */
export interface Segment {
  text: string;
  marked: boolean;
  anchors: string[];
}

/**
 * Splits a paragraph into plain and quoted runs so the page can mark every quoted sentence and give each quote
 * its anchor. Overlapping quotes merge into one mark; every quote keeps its own anchor at its start.
 * Text stays text: the caller renders it escaped.
 */
export function segmentParagraph(paragraph: string, quotes: readonly { anchor: string; quote: string }[]): Segment[] {
  const text = normalizeSpace(paragraph);
  const ranges: { start: number; end: number; anchor: string }[] = [];
  for (const { anchor, quote } of quotes) {
    const q = normalizeSpace(quote);
    const start = text.indexOf(q);
    if (start >= 0) ranges.push({ start, end: start + q.length, anchor });
  }
  if (ranges.length === 0) return [{ text, marked: false, anchors: [] }];
  const cuts = new Set<number>([0, text.length]);
  for (const r of ranges) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const marked = ranges.some((r) => r.start <= from && r.end >= to);
    const anchors = ranges.filter((r) => r.start === from).map((r) => r.anchor);
    const last = segments.at(-1);
    if (last && last.marked === marked && anchors.length === 0) last.text += text.slice(from, to);
    else segments.push({ text: text.slice(from, to), marked, anchors });
  }
  return segments;
}

/**
 * Segments every paragraph of an article. Quotes that span paragraphs (or sit in the headline) cannot be
 * marked in place; their anchors are returned as `unplaced` so the page can still put them on the text.
 */
export function segmentArticle(
  paragraphs: readonly string[],
  quotes: readonly { anchor: string; quote: string }[],
): { paragraphs: Segment[][]; unplaced: string[] } {
  const segmented = paragraphs.map((p) => segmentParagraph(p, quotes));
  const placed = new Set(segmented.flat().flatMap((s) => s.anchors));
  return { paragraphs: segmented, unplaced: [...new Set(quotes.map((q) => q.anchor))].filter((a) => !placed.has(a)) };
}
