/**
 * Dates and periods in Vietnamese text, read into the `asOf` notation of the content model
 * (YYYY, YYYY-MM, YYYY-MM-DD, YYYY/YYYY). A date printed without a year ("Chiều 22/8") is reported with no
 * value and a note; nothing is guessed.
 */

export type DateKind = 'date' | 'day' | 'month' | 'year' | 'period' | 'since' | 'by' | 'part-of-year' | 'quarter';

export interface DateMention {
  /** As printed: "giai đoạn 2021 - 2030", "14:27, 30/06/2021". */
  text: string;
  kind: DateKind;
  /** In asOf notation, when the text gives enough to write one. */
  value?: string;
  note?: string;
  start: number;
  end: number;
}

const pad = (n: string | number): string => String(n).padStart(2, '0');

function ymd(d: string, m: string, y: string): string | undefined {
  const [day, month] = [Number(d), Number(m)];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${y}-${pad(month)}-${pad(day)}`;
}

const YEAR = '((?:19|20)\\d{2})';
const B = '(?<![\\p{L}\\p{M}\\p{N}])';
const E = '(?![\\p{L}\\p{M}\\p{N}])';

interface Rule {
  re: RegExp;
  read: (m: RegExpExecArray) => Omit<DateMention, 'text' | 'start' | 'end'> | undefined;
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/** In priority order: a longer reading claims its text before a shorter one can. */
const RULES: Rule[] = [
  {
    re: new RegExp(`${B}(\\d{1,2}):(\\d{2}),?\\s*(\\d{1,2})\\/(\\d{1,2})\\/${YEAR}${E}`, 'gu'),
    read: (m) => {
      const value = ymd(m[3]!, m[4]!, m[5]!);
      return value ? { kind: 'date', value, note: `time ${m[1]}:${m[2]}` } : undefined;
    },
  },
  {
    re: new RegExp(`${B}(?:(?:giai đoạn|thời kỳ|từ năm|từ)\\s+)?${YEAR}\\s*(?:-|–|—|đến|tới)\\s*(?:năm\\s+)?${YEAR}${E}`, 'giu'),
    read: (m) => (Number(m[2]) > Number(m[1]) ? { kind: 'period', value: `${m[1]}/${m[2]}` } : undefined),
  },
  {
    re: new RegExp(`${B}(?:ngày\\s+)?(\\d{1,2})([/.-])(\\d{1,2})\\2${YEAR}${E}`, 'giu'),
    read: (m) => {
      const value = ymd(m[1]!, m[3]!, m[4]!);
      return value ? { kind: 'date', value } : undefined;
    },
  },
  {
    re: new RegExp(`${B}(?:(?:đến hết|hết|đến|từ)\\s+)?tháng\\s+(\\d{1,2})(?:\\s*\\/\\s*|\\s+năm\\s+)${YEAR}${E}`, 'giu'),
    read: (m) => (Number(m[1]) >= 1 && Number(m[1]) <= 12 ? { kind: 'month', value: `${m[2]}-${pad(m[1]!)}` } : undefined),
  },
  {
    re: new RegExp(`${B}(\\d{1,2})\\s+tháng\\s+(đầu|cuối)\\s+năm(?:\\s+${YEAR})?${E}`, 'giu'),
    read: (m) => {
      const part = `${m[2]!.toLowerCase() === 'đầu' ? 'first' : 'last'} ${m[1]} months`;
      return m[3] ? { kind: 'part-of-year', value: m[3], note: part } : { kind: 'part-of-year', note: `${part} of a year the text does not print` };
    },
  },
  {
    re: new RegExp(`${B}[Qq]uý\\s+(IV|I{1,3}|[1-4])(?:\\s*(?:\\/|năm)\\s*${YEAR})?${E}`, 'gu'),
    read: (m) => {
      const q = ROMAN[m[1]!] ?? Number(m[1]);
      return m[2] ? { kind: 'quarter', value: m[2], note: `quarter ${q}` } : { kind: 'quarter', note: `quarter ${q}; the year is not printed` };
    },
  },
  {
    re: new RegExp(`${B}(?:ngày|hôm|sáng|chiều|tối|trưa|đêm)\\s+(\\d{1,2})\\/(\\d{1,2})(?![\\d/])`, 'giu'),
    read: (m) => {
      const [d, mo] = [Number(m[1]), Number(m[2])];
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
      return { kind: 'day', note: `${d}/${mo}; the year is not printed` };
    },
  },
  {
    re: new RegExp(`${B}(?:kể từ|từ)\\s+(?:đầu\\s+)?năm\\s+${YEAR}${E}`, 'giu'),
    read: (m) => ({ kind: 'since', value: m[1]! }),
  },
  {
    re: new RegExp(`${B}(?:đến|tới|trước)\\s+(?:hết\\s+)?năm\\s+${YEAR}${E}`, 'giu'),
    read: (m) => ({ kind: 'by', value: m[1]! }),
  },
  {
    re: new RegExp(`${B}năm\\s+${YEAR}${E}`, 'giu'),
    read: (m) => ({ kind: 'year', value: m[1]! }),
  },
];

/** Every date and period in `text`, in order of appearance; overlapping readings keep the first rule's. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const read = rule.read(m as RegExpExecArray);
      if (!read) continue;
      taken.push([start, end]);
      found.push({ text: m[0], start, end, ...read });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
