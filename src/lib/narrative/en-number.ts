/**
 * English numbers as our narratives write them (src/lib/format.ts's notation): `,` groups thousands and `.` is the
 * decimal mark ("1,000", "73.5 ha"), money is "VND 350 billion" / "USD 5.5 million", shares "75.6%", and small counts
 * may be spelled out ("six clusters"). The English counterpart of findQuantities in src/lib/vn-number.ts: it skips
 * what is not a figure (years, dates, periods, scale ratios such as 1/500, document numbers such as 16-NQ/TU),
 * which the narrative check reads separately. Pure.
 */

export interface EnQuantity {
  text: string;
  start: number;
  value: number;
  /** ha, percent, vnd, usd, or `number` for a bare count. */
  unit: string;
}

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const WORDS = [
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** What is not a figure: document numbers, ratios, periods, dates; blanked out before figures are read. */
const NOT_FIGURES = [
  /\b\d+-[A-Z]+\/[A-Z]+\b/gu, // 16-NQ/TU
  /\b\d+\/\d+(?:\/\d+)?\b/gu, // 1/500, 12/8/2021
  new RegExp(String.raw`\b\d{1,2} (?:${MONTHS})(?: \d{4})?\b`, 'gu'), // 22 August 2023
  new RegExp(String.raw`\b(?:${MONTHS}) \d{4}\b`, 'gu'), // August 2023
  /\b(?:19|20)\d{2}\b/gu, // years, also in periods (2021–2025)
];

const parse = (n: string) => Number(n.replace(/,/g, ''));

export function findEnQuantities(text: string): EnQuantity[] {
  let rest = text;
  for (const pattern of NOT_FIGURES) rest = rest.replace(pattern, (m) => ' '.repeat(m.length));
  const found: EnQuantity[] = [];
  const take = (pattern: RegExp, read: (m: RegExpExecArray) => { value: number; unit: string }) => {
    for (const m of rest.matchAll(pattern)) {
      found.push({ text: m[0], start: m.index, ...read(m) });
      rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
    }
  };
  const money = new RegExp(String.raw`\b(VND|USD)\s?(${NUMBER})(?:\s(thousand|million|billion|trillion)\b)?`, 'gu');
  take(money, (m) => ({ value: parse(m[2]!) * (m[3] ? SCALE[m[3]]! : 1), unit: m[1]!.toLowerCase() }));
  take(new RegExp(String.raw`\b(${NUMBER})\s?(?:%|per ?cent\b)`, 'gu'), (m) => ({ value: parse(m[1]!), unit: 'percent' }));
  take(new RegExp(String.raw`\b(${NUMBER})\s?(?:ha|hectares?)\b`, 'gu'), (m) => ({ value: parse(m[1]!), unit: 'ha' }));
  take(new RegExp(String.raw`\b(${NUMBER})(?:\s(thousand|million|billion)\b)?`, 'gu'), (m) => ({
    value: parse(m[1]!) * (m[2] ? SCALE[m[2]]! : 1),
    unit: 'number',
  }));
  take(new RegExp(String.raw`\b(${WORDS.join('|')})\b`, 'giu'), (m) => ({ value: WORDS.indexOf(m[1]!.toLowerCase()) + 2, unit: 'number' }));
  return found.sort((a, b) => a.start - b.start);
}
