/**
 * Whether a profile already cites a number: a fact with the same value and unit whose source is the same
 * article. A figure the source prints in a form that cannot be read as printed ("15,1 tỷ triệu USD") is
 * cited when a fact of that article records it as `asPrinted`. For counts the fact's quote must not show the
 * figure as a count of something else ("10 tỉnh" is not the fact "10 KCN" of the same article).
 */
import { foldDiacritics, normalizeSpace } from '../text.ts';
import { findQuantities, sameValue, type Quantity } from '../vn-number.ts';
import type { KnownFact } from './profiles.ts';

export interface Citation {
  status: 'cited' | 'new';
  /** Facts citing this figure from this article: "zones/thanh-binh#workers-001". */
  by: string[];
  /** Facts with the same figure (value, unit, counted noun) from another article: corroboration, or a figure to compare. */
  alsoFrom: { ref: string; source: string }[];
}

const NOUN_SYNONYMS: Record<string, string> = {
  ccn: 'cum cong nghiep',
  kcn: 'khu cong nghiep',
  dn: 'doanh nghiep',
  htx: 'hop tac xa',
};

/** "dự án FDI" → "du an"; "CCN" → "cum cong nghiep". */
function nounKey(noun: string | undefined): string {
  const base = foldDiacritics(noun ?? '')
    .replace(/\s+\p{Lu}{2,6}$/u, '')
    .toLowerCase()
    .trim();
  return NOUN_SYNONYMS[base] ?? base;
}

/**
 * What a count in a quote counts, and what is said of it: "06 CCN" established and "03 CCN" funded are counts of
 * different things even with the same noun. Empty for a figure the quote does not show as a count.
 */
export function countKey(quote: string, value: number): string {
  const text = normalizeSpace(quote);
  const q = findQuantities(text).find((x) => x.unit === 'count' && sameValue(x.value, value));
  if (!q) return '';
  const verb = STATUS_VERBS.find((v) => foldDiacritics(text).toLowerCase().includes(v)) ?? '';
  return `${nounKey(q.noun)}|${verb}`;
}

/** What is said of the things counted: established, approved, planned, invested in, operating, licensed, attracted. */
const STATUS_VERBS = ['thanh lap', 'phe duyet', 'quy hoach', 'dau tu ha tang', 'hoat dong', 'cap phep', 'cap giay', 'thu hut', 'dang ky', 'thu hoi'];

function sameFigure(q: Quantity, unit: string, value: number): boolean {
  return unit === q.unit && (sameValue(value, q.value) || (q.max !== undefined && sameValue(value, q.max)));
}

/** What the fact's quote shows of this figure: 'agrees', 'differs' (a count of another noun), or 'silent'. */
function quoteShows(q: Quantity, f: KnownFact): 'agrees' | 'differs' | 'silent' {
  const shown = findQuantities(normalizeSpace(f.quote)).filter((x) => sameFigure(q, x.unit, x.value));
  if (shown.length === 0) return 'silent';
  if (q.unit !== 'count' && q.unit !== 'rank') return 'agrees';
  return shown.some((x) => nounKey(x.noun) === nounKey(q.noun)) ? 'agrees' : 'differs';
}

export function citationOf(q: Quantity, slug: string, facts: readonly KnownFact[]): Citation {
  const printed = normalizeSpace(q.text);
  const by = facts
    .filter((f) => f.source === slug)
    .filter(
      (f) => (sameFigure(q, f.unit, f.value) && quoteShows(q, f) !== 'differs') || (f.asPrinted !== undefined && printed.includes(normalizeSpace(f.asPrinted))),
    )
    .map((f) => f.ref);
  const alsoFrom = facts
    .filter((f) => f.source !== slug && sameFigure(q, f.unit, f.value) && quoteShows(q, f) === 'agrees')
    .map((f) => ({ ref: f.ref, source: f.source }));
  return { status: by.length > 0 ? 'cited' : 'new', by, alsoFrom };
}
