/**
 * Site search: the matching rule, shared by the build (which writes the index) and the browser (which runs
 * the query), so both fold text the same way. Diacritics and case are ignored ("thanh binh" finds
 * "Thanh Bình"), each query word must start a word of the entry, and titles weigh more than text.
 */
import { foldDiacritics } from './text.ts';

/** One entry of the index as shipped to the browser: its id, its folded titles (one per distinct language version) and text. */
export interface IndexedEntry {
  id: string;
  titles: string[];
  text: string;
}

/** Lower case, no diacritics, words separated by single spaces: the form both the index and queries take. */
export function searchKey(text: string): string {
  return foldDiacritics(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const startsWord = (haystack: string, word: string) => ` ${haystack}`.includes(` ${word}`);

/** Ids of the entries that contain every word of the query, best first (the exact title, the whole phrase in a title, title words, then index order). */
export function rankEntries(query: string, entries: readonly IndexedEntry[]): string[] {
  const phrase = searchKey(query);
  const words = phrase.split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const hits: { id: string; score: number; order: number }[] = [];
  entries.forEach((entry, order) => {
    const title = entry.titles.join(' ');
    let score = 0;
    for (const word of words) {
      if (startsWord(title, word)) score += 3;
      else if (startsWord(entry.text, word)) score += 1;
      else return;
    }
    if (entry.titles.includes(phrase)) score += 10;
    else if (words.length > 1 && entry.titles.some((t) => startsWord(t, phrase))) score += 5;
    hits.push({ id: entry.id, score, order });
  });
  return hits.sort((a, b) => b.score - a.score || a.order - b.order).map((h) => h.id);
}
