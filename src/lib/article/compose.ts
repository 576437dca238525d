import type { Article } from '../../schemas/article.ts';
import { slugify } from '../slug.ts';
import { cleanArticle } from './clean.ts';
import { decodeArticle } from './decode.ts';
import type { MetadataEntry } from './metadata.ts';

export type { Article };

const SLUG_MAX = 60;

/** A run of capitalised words (and a number after them): a proper name such as "Bắc Kạn" or "Yên Bình 2". */
const WORDS = /\p{Lu}[\p{L}\p{M}]*(?:\s+(?:\p{Lu}[\p{L}\p{M}]*|\d+(?![\p{L}\d])))*|\S+/gu;

/** The title's slug, cut between words and never inside a proper name (not "…-cum-cong-nghiep-bac" for "Bắc Kạn"). */
function shortSlug(title: string): string {
  const slug = slugify(title);
  if (slug.length <= SLUG_MAX) return slug;
  let out = '';
  for (const words of title.match(WORDS) ?? []) {
    const next = [out, slugify(words)].filter(Boolean).join('-');
    if (next.length > SLUG_MAX) break;
    out = next;
  }
  return out || slug.slice(0, SLUG_MAX).replace(/-[^-]*$/, '');
}

/** The first sentence, cut on a word boundary: a stand-in title for a page that prints none. */
function firstSentence(text: string, max = 90): string {
  const sentence = text.split(/(?<=[.!?…])\s/u)[0] ?? text;
  if (sentence.length <= max) return sentence.replace(/[.]$/u, '');
  return `${sentence.slice(0, max).replace(/\s+\S*$/u, '')}…`;
}

/** Decodes, cleans and merges one seed file with its metadata entry (if any). Pure: no I/O. */
export function composeArticle(file: string, bytes: Uint8Array, meta: MetadataEntry | undefined): Article {
  const clean = cleanArticle(file, decodeArticle(file, bytes));
  const missing: string[] = [];
  if (!meta) missing.push('an entry in seeds/metadata.yaml');

  let title: string;
  let titleSource: Article['titleSource'];
  if (clean.title) {
    title = clean.title;
    titleSource = 'page';
  } else if (meta?.title) {
    title = meta.title;
    titleSource = 'editor';
  } else {
    const first = clean.paragraphs.find((p) => p.kind === 'text')!.text;
    title = firstSentence(first);
    titleSource = 'derived';
    missing.push('title (the page prints none; the first sentence stands in)');
  }

  const date = clean.date ?? meta?.date;
  const period = date ? undefined : meta?.period;
  if (!date && !period) missing.push('date or period');
  const publisher = clean.credit ?? meta?.publisher;
  if (!meta?.en?.title) missing.push('en.title');
  if (!meta?.en?.summary) missing.push('en.summary');

  return {
    file,
    slug: meta?.slug ?? shortSlug(title),
    title,
    titleSource,
    publisher,
    date,
    period,
    dateInferred: clean.date ? false : (meta?.dateInferred ?? false),
    dateBasis: meta?.dateBasis,
    byline: clean.byline ?? meta?.byline,
    url: meta?.url,
    tags: clean.tags,
    paragraphs: clean.paragraphs,
    text: clean.text,
    en: meta?.en ? { title: meta.en.title, summary: meta.en.summary } : undefined,
    missing,
  };
}
