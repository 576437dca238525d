import type { Paragraph } from '../../schemas/article.ts';
import { normalizeSpace } from '../text.ts';
import { DATE_LINE, SOURCE_LINE, isChrome } from './chrome.ts';
import { InputError } from './errors.ts';
import { refuseNonVietnamese } from './vietnamese.ts';

export type { Paragraph };

export interface CleanArticle {
  /** The title as printed at the top of the page, when the page has one. */
  title: string | undefined;
  /** YYYY-MM-DD from a dateline, when the page prints one. */
  date: string | undefined;
  /** The publisher credit ("Nguồn: …"), when printed. */
  credit: string | undefined;
  byline: string | undefined;
  /** Keyword tags at the foot of the page. */
  tags: string[];
  /** Body paragraphs in order, without the title and chrome; captions deduplicated. */
  paragraphs: Paragraph[];
  /** Title, body, captions and byline as one whitespace-normalised string: what quotes are checked against. */
  text: string;
}

const TITLE_MAX = 160;
const SENTENCE_END = /[.!?…:;|"”)]$/u;

/**
 * Photo captions: a line ending in the photo-credit bar "… |", a "(Ảnh: …)" credit, or a line in the body
 * that is not a sentence (prose paragraphs end with punctuation; captions usually do not).
 */
function isCaption(line: string): boolean {
  return /\s\|$/u.test(line) || /^\(?Ảnh\s*:/iu.test(line) || !SENTENCE_END.test(line);
}

/** "Hương Lan", "N.V", "Tin, ảnh: Thế Đại": a short name line at the end of the story. */
function looksLikeByline(line: string): boolean {
  if (/^(Tin|Ảnh|Bài|Tin, ảnh|Bài, ảnh|Tin và ảnh)\s*:/iu.test(line)) return line.length < 60;
  const words = line.split(' ');
  return words.length <= 4 && line.length <= 40 && !/[.!?…]$/u.test(line.replace(/^[A-ZĐ]\.[A-ZĐ]\.?$/u, '')) && /^\p{Lu}/u.test(line);
}

/** "Bắc Giang, Bắc Kạn, trao đổi kinh nghiệm, công nghiệp,khu công nghiệp": a tag list, not prose. */
function looksLikeTags(line: string): boolean {
  const items = line.split(/\s*,\s*/u);
  return items.length >= 3 && !SENTENCE_END.test(line) && items.every((item) => item.length > 0 && item.split(' ').length <= 4);
}

function isoDate(m: RegExpMatchArray): string | undefined {
  const [day, month, year] = [Number(m[3]), Number(m[4]), Number(m[5])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Cleans the text of a news page copied from the web: drops page chrome, reads the dateline, credit,
 * byline and tags off the page, splits paragraphs and marks captions. Throws when nothing is left, or when what
 * is left is not Vietnamese.
 */
export function cleanArticle(file: string, raw: string): CleanArticle {
  const lines = raw.split(/\r?\n/u).map(normalizeSpace);
  let date: string | undefined;
  let credit: string | undefined;
  const kept: string[] = [];
  for (const line of lines) {
    if (line === '' || isChrome(line)) continue;
    const d = line.match(DATE_LINE);
    if (d && date === undefined) {
      date = isoDate(d);
      continue;
    }
    const s = line.match(SOURCE_LINE);
    if (s?.[1]) {
      credit = s[1].trim();
      continue;
    }
    kept.push(line);
  }
  if (kept.length === 0) {
    throw new InputError(
      file,
      'text',
      'nothing is left after removing page chrome (player timers, toolbars, widget headings)',
      'paste the article body itself, not only the page furniture',
    );
  }

  let tags: string[] = [];
  const last = kept.at(-1);
  if (last !== undefined && kept.length > 1 && looksLikeTags(last)) {
    tags = last.split(/\s*,\s*/u);
    kept.pop();
  }
  let byline: string | undefined;
  const foot = kept.at(-1);
  if (foot !== undefined && kept.length > 1 && looksLikeByline(foot)) {
    byline = foot.replace(/^(Tin, ảnh|Tin và ảnh|Bài, ảnh|Tin|Ảnh|Bài)\s*:\s*/iu, '');
    kept.pop();
  }

  // A short first line that is not a sentence is the headline.
  let title: string | undefined;
  const head = kept[0];
  if (head !== undefined && kept.length > 1 && head.length <= TITLE_MAX && !/[.!?…|]$/u.test(head) && !/\s[-–]\s/u.test(head.slice(0, 20))) {
    title = head;
    kept.shift();
  }

  const paragraphs: Paragraph[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < kept.length; i++) {
    const line = kept[i]!;
    const repeated = kept.indexOf(line) !== i || kept.lastIndexOf(line) !== i;
    if (seen.has(line)) continue; // the second print of a repeated caption
    seen.add(line);
    const kind: Paragraph['kind'] = repeated || isCaption(line) ? 'caption' : 'text';
    paragraphs.push({ kind, text: kind === 'caption' ? line.replace(/\s*\|$/u, '') : line });
  }
  if (!paragraphs.some((p) => p.kind === 'text')) {
    throw new InputError(file, 'text', 'no body text is left after removing page chrome and captions', 'paste the article body itself');
  }
  // Measured on the body alone: a caption or a tag list in Vietnamese does not make an English page an article.
  refuseNonVietnamese(
    file,
    paragraphs
      .filter((p) => p.kind === 'text')
      .map((p) => p.text)
      .join(' '),
  );

  const text = normalizeSpace([title ?? '', ...paragraphs.map((p) => p.text), byline ?? ''].join(' '));
  return { title, date, credit, byline, tags, paragraphs, text };
}
