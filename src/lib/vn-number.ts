/**
 * Vietnamese numbers and quantities, as news articles print them.
 *
 * Conventions: `.` groups thousands and `,` is the decimal mark (`1.000` = 1000, `73,5` = 73.5); scale words
 * multiply (`nghìn`/`ngàn` 10³, `triệu` 10⁶, `tỷ`/`tỉ` 10⁹, and `nghìn tỷ` 10¹²); the unit follows the number,
 * with or without a space (`73,5 ha`, `73,5ha`, `3.000m3`).
 *
 * The API is three functions:
 * - {@link parseVnNumber}: one number as printed → its value (`"2.150"` → 2150), or undefined.
 * - {@link parseQuantity}: one quantity as printed → {@link Quantity} (`"2.150 tỷ đồng"` → 2150000000000 vnd).
 * - {@link findQuantities}: every quantity in a text, with offsets, skipping what is not a quantity: years
 *   (2030), dates (21/02/2022, 12/8/2021, tháng 8/2023), periods (2021 - 2030), times (14:27), document numbers
 *   (16-NQ/TU) and scale ratios (1/500).
 *
 * Values are in base units (VND, USD, ha, people, percent as 75.6); unit codes follow `UNITS` in model.ts
 * where one fits, and are built the same way where none does (`tonnes`, `m2`, `vnd-per-month`, …).
 * Nothing is corrected: a quantity that cannot be read without correcting the source (`15,1 tỷ triệu USD`)
 * keeps its literal reading (15,1 × 10⁹ × 10⁶) and says why it is `suspicious`; to check a fact recorded with
 * `asPrinted`, compare that text rather than the value. Pure: no I/O.
 *
 * Checking that a fact's value appears in its quote:
 *   findQuantities(quote).some((q) => q.unit === fact.unit && q.value === fact.value)
 */

/** How the source hedges a figure: "trên"/"hơn" over, "khoảng" about, "gần" nearly, "tối thiểu"/"ít nhất" at-least, "ước" estimate, "lên đến" up-to, "dưới" under. */
export type Qualifier = 'exact' | 'over' | 'about' | 'nearly' | 'at-least' | 'estimate' | 'up-to' | 'under';

export interface Quantity {
  /** Verbatim, from the qualifier to the end of the unit: "đạt trên 2.150 tỷ đồng". */
  text: string;
  /** The number as printed, without qualifier or unit: "2.150", "5 - 7". */
  number: string;
  /** Offsets of `text` in the string that was searched. */
  start: number;
  end: number;
  /** In base units: 2150000000000 for "2.150 tỷ đồng", 75.6 for "75,6%". The lower bound of a range. */
  value: number;
  /** The upper bound of a range ("50 - 70 ha"). */
  max?: number;
  /**
   * Unit code: those of `UNITS` in model.ts (ha, count, people, percent, percent-per-year, vnd, usd,
   * vnd-per-person-month, tonnes-per-year, m3, m3-per-year, years, rank) where one fits; otherwise built the same
   * way (tonnes, m2, km, km2, mw, kw, kv, kwh, months, days, times, vnd-per-m2-year, usd-per-ha, …); `number`
   * when nothing follows the number.
   */
  unit: string;
  /** What a count counts, as printed: "dự án", "CCN", "hợp tác xã". */
  noun?: string;
  /** "2/63 tỉnh": 2 out of 63. */
  outOf?: number;
  qualifier: Qualifier;
  /** The qualifier words as printed ("ước đạt khoảng"), when there are any. */
  qualifierText?: string;
  /** Why the figure cannot be taken as printed (e.g. two scale words in a row); it is still reported verbatim. */
  suspicious?: string;
}

const GROUPED = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/u;
const PLAIN = /^(\d+)(?:,(\d+))?$/u;

/** Integer and fraction digits of a Vietnamese number, or undefined when it is not one ("1.5", "1,000.5"). */
function digitsOf(text: string): { int: string; frac: string } | undefined {
  const s = text.trim();
  const m = GROUPED.exec(s) ?? PLAIN.exec(s);
  if (!m) return undefined;
  return { int: m[1]!.replace(/\./gu, ''), frac: m[2] ?? '' };
}

/** Two readings of a number are the same figure (tolerant of floating-point scale arithmetic: 5,5 triệu = 5.5e6). */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * One number in Vietnamese notation: `"2.150"` → 2150, `"73,5"` → 73.5, `"08"` → 8, `"1.967,25"` → 1967.25.
 * Returns undefined for anything else, including `"1.5"` (a dot must group exactly three digits).
 */
export function parseVnNumber(text: string): number | undefined {
  const d = digitsOf(text);
  return d ? Number(d.frac ? `${d.int}.${d.frac}` : d.int) : undefined;
}

/** Exact decimal scaling: "258,8" × 10¹² without floating-point drift. */
function scaled(text: string, exponent: number): number {
  const d = digitsOf(text)!;
  return Number(`${d.int}${d.frac}e${exponent - d.frac.length}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary

const L = '[\\p{L}\\p{M}]';
/** Not followed by a letter or digit: the end of a word. */
const END = `(?![\\p{L}\\p{M}\\p{N}])`;

const SCALES: Record<string, number> = { nghìn: 3, ngàn: 3, triệu: 6, tỷ: 9, tỉ: 9 };
/** "tỷ trọng" (share), "tỷ lệ" (rate), "tỷ giá" (exchange rate) are not "billion". */
const SCALE_RE = new RegExp(`^\\s*(nghìn|ngàn|triệu|tỷ|tỉ)${END}(?!\\s+(?:trọng|lệ|giá|suất|số)${END})`, 'u');

const PER_WORDS: [RegExp, string][] = [
  [/^người|^lao động/u, 'person'],
  [/^tháng/u, 'month'],
  [/^năm/u, 'year'],
  [/^ngày đêm|^ngày/u, 'day'],
  [/^giờ/u, 'hour'],
  [/^m2|^m²/u, 'm2'],
  [/^ha/u, 'ha'],
];
const PER_RE = new RegExp(`^\\s*\\/\\s*(người|lao động|tháng|năm|ngày đêm|ngày|giờ|m2|m²|ha)${END}`, 'u');

interface UnitRule {
  re: RegExp;
  unit: string;
  /** Words may stand between the unit and "/năm": "54.000 tấn sản phẩm/năm", "4.500m3 ván dăm/năm". */
  perAfterWords?: boolean;
  /** Takes "/người/tháng", "/năm", … */
  per?: boolean;
}

/** Measuring units, longest first. Matched right after the number (or its scale word), space optional. */
const UNIT_RULES: UnitRule[] = [
  { re: /^\s*%/u, unit: 'percent', per: true },
  { re: new RegExp(`^\\s*(?:đồng|VNĐ|VND|vnđ)${END}`, 'u'), unit: 'vnd', per: true },
  { re: new RegExp(`^\\s*(?:USD|US\\$|đô la Mỹ|đô-la Mỹ|đô la|đô-la)${END}`, 'u'), unit: 'usd', per: true },
  { re: new RegExp(`^\\s*(?:ha|hecta|héc-ta|héc ta)${END}`, 'u'), unit: 'ha' },
  { re: new RegExp(`^\\s*(?:km2|km²)${END}`, 'u'), unit: 'km2' },
  { re: new RegExp(`^\\s*(?:m3|m³)${END}`, 'u'), unit: 'm3', per: true, perAfterWords: true },
  { re: new RegExp(`^\\s*(?:m2|m²)${END}`, 'u'), unit: 'm2' },
  { re: new RegExp(`^\\s*km${END}`, 'u'), unit: 'km' },
  { re: new RegExp(`^\\s*tấn${END}`, 'u'), unit: 'tonnes', per: true, perAfterWords: true },
  { re: new RegExp(`^\\s*(?:MWh|kWh)${END}`, 'u'), unit: 'kwh' },
  { re: new RegExp(`^\\s*MW${END}`, 'u'), unit: 'mw' },
  { re: new RegExp(`^\\s*kW${END}`, 'u'), unit: 'kw' },
  { re: new RegExp(`^\\s*kV${END}`, 'u'), unit: 'kv' },
];

/** Counted nouns with their unit; the noun is kept as printed. Longest first. */
const NOUN_RULES: [string, string][] = [
  ['người lao động', 'people'],
  ['lao động', 'people'],
  ['công nhân', 'people'],
  ['người', 'people'],
  ['năm', 'years'],
  ['tháng', 'months'],
  ['ngày', 'days'],
  ['lần', 'times'],
  ['liên hiệp hợp tác xã', 'count'],
  ['hợp tác xã', 'count'],
  ['cụm công nghiệp', 'count'],
  ['khu công nghiệp', 'count'],
  ['khu kinh tế', 'count'],
  ['dự án', 'count'],
  ['doanh nghiệp', 'count'],
  ['nhà đầu tư', 'count'],
  ['nhà máy', 'count'],
  ['sản phẩm', 'count'],
  ['đề án', 'count'],
  ['khu vực', 'count'],
  ['giai đoạn', 'count'],
  ['mũi nhọn', 'count'],
  ['nghị quyết', 'count'],
  ['Nghị quyết', 'count'],
  ['tỉnh', 'count'],
  ['huyện', 'count'],
  ['bên', 'count'],
  ['KCN', 'count'],
  ['CCN', 'count'],
  ['KKT', 'count'],
  ['DN', 'count'],
  ['HTX', 'count'],
];
const NOUN_RE = new RegExp(`^\\s+(${NOUN_RULES.map(([n]) => n).join('|')})${END}`, 'u');
/** Any other lower-case word after a number is taken as the counted noun, unless it is one of these. */
const NOT_NOUNS = new Set(
  'và hoặc hay của trong trên dưới là thì mà đã đang sẽ được bị với cho tại từ đến tới theo về so như nên có không này đó các những mỗi một cả vào ra lên xuống đạt chiếm bằng tăng giảm gồm trở'.split(
    ' ',
  ),
);
const FALLBACK_NOUN_RE = new RegExp(`^\\s+(\\p{Ll}${L}*)${END}`, 'u');

const QUALIFIER_WORDS: [string, Qualifier | undefined][] = [
  ['ước đạt', 'estimate'],
  ['ước tính', 'estimate'],
  ['ước', 'estimate'],
  ['đạt', undefined],
  ['lên đến', 'up-to'],
  ['lên tới', 'up-to'],
  ['tối đa', 'up-to'],
  ['tối thiểu', 'at-least'],
  ['ít nhất', 'at-least'],
  ['trên dưới', 'about'],
  ['trên', 'over'],
  ['hơn', 'over'],
  ['khoảng', 'about'],
  ['xấp xỉ', 'about'],
  ['gần', 'nearly'],
  ['chưa đến', 'under'],
  ['chưa tới', 'under'],
  ['dưới', 'under'],
];
const QUALIFIER_TAIL = new RegExp(`(?<![\\p{L}\\p{M}])((?:(?:${QUALIFIER_WORDS.map(([w]) => w).join('|')})\\s+)+)$`, 'iu');

// ---------------------------------------------------------------------------------------------------------------
// Scanner

const NUM = /^\d(?:[\d.,]*\d)?/u;
const TIME = /^(?:\d{1,2}:\d{2}(?::\d{2})?(?!\d)|\d{1,2}h\d{0,2}(?![\p{L}\p{N}]))/u;
/** 16-NQ/TU, 02-KL/TU, 1234/QĐ-UBND, 68/2017/NĐ-CP */
const DOC_NUMBER = /^\d+(?:\/\d+)*(?:[-/][\p{Lu}Đ][\p{Lu}\p{N}Đ]*)+(?:[-/][\p{Lu}\p{N}Đ]+)*/u;
const FULL_DATE = /^\d{1,2}([/.-])\d{1,2}\1\d{4}(?!\d)/u;
const PERIOD = /^(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}(?!\d)/u;
const SLASH = /^(\d+)\/(\d+)(?![\d/])/u;
const RANGE_SEP = /^\s*(?:-|–|—|đến|tới)\s*(\d(?:[\d.,]*\d)?)/u;
const DATE_CUE = /(?:ngày|hôm|sáng|chiều|tối|trưa|đêm)\s*$/iu;
const MONTH_CUE = /tháng\s*$/iu;
const RATIO_CUE = /(?:tỷ lệ|tỉ lệ|quy hoạch|bản đồ)\s*$/iu;
const YEAR_CUE = /(?:năm|giai đoạn|thời kỳ|niên độ|từ|đến|tới|trước|sau|cuối|đầu)\s*$/iu;
const RANK_CUE = /(?:(?:đứng|xếp|xếp hạng|vị trí)\s+thứ|(?<![\p{L}\p{M}])hạng)\s*$/iu;
/** "số 10 đường …": a house or document number ("tổng số 20 dự án", "trong số 15 KCN" name a known noun). */
const NUMBER_SIGN = /(?<![\p{L}\p{M}])số\s*$/iu;
const ORDINAL_OR_REFERENCE = /(?:thứ|số|Điều|điều|Khoản|khoản|Điểm|Mục|mục|Chương|chương|khóa|khoá|Khóa|Khoá|lần)\s*$/u;
const PART_OF_YEAR = /^\s+tháng\s+(?:đầu|cuối)\s+năm|^\s+tháng\s+năm\s+\d/u;

interface UnitMatch {
  unit: string;
  noun?: string;
  length: number;
  /** The noun is just the next word, not one of NOUN_RULES. */
  guessed?: boolean;
}

function perSuffix(rest: string): { codes: string[]; length: number } {
  const codes: string[] = [];
  let length = 0;
  for (;;) {
    const m = PER_RE.exec(rest.slice(length));
    if (!m) break;
    codes.push(PER_WORDS.find(([re]) => re.test(m[1]!))![1]);
    length += m[0].length;
  }
  return { codes, length };
}

/** A measuring unit (with "/năm" etc.) at the start of `rest`. */
function measureAt(rest: string): UnitMatch | undefined {
  for (const rule of UNIT_RULES) {
    const m = rule.re.exec(rest);
    if (!m) continue;
    let length = m[0].length;
    let unit = rule.unit;
    if (rule.per) {
      let per = perSuffix(rest.slice(length));
      if (per.codes.length === 0 && rule.perAfterWords) {
        // "tấn sản phẩm/năm": up to three lower-case words, then "/năm"
        const words = new RegExp(`^(?:\\s+\\p{Ll}${L}*){1,3}?(?=\\s*\\/)`, 'u').exec(rest.slice(length));
        if (words) {
          const after = perSuffix(rest.slice(length + words[0].length));
          if (after.codes.length > 0) per = { codes: after.codes, length: words[0].length + after.length };
        }
      }
      if (per.codes.length > 0) {
        unit = `${unit}-per-${per.codes.join('-')}`;
        length += per.length;
      }
    }
    return { unit, length };
  }
  return undefined;
}

/** A counted noun at the start of `rest` ("dự án", "CCN"); with `fallback`, any lower-case content word. */
function nounAt(rest: string, fallback: boolean): UnitMatch | undefined {
  if (PART_OF_YEAR.test(rest)) return undefined;
  const m = NOUN_RE.exec(rest);
  if (m) {
    const noun = m[1]!;
    const unit = NOUN_RULES.find(([n]) => n === noun)![1];
    // "năm 2022" after a number is not "years"; "15 năm" is
    if (unit !== 'count' && /^\s*\d/u.test(rest.slice(m[0].length))) return undefined;
    // "dự án FDI", "sản phẩm OCOP": keep an abbreviation that qualifies the noun
    const abbr = unit === 'count' ? /^\s+(\p{Lu}{2,6})(?![\p{L}\p{M}\p{N}])/u.exec(rest.slice(m[0].length)) : null;
    if (abbr) return { unit, noun: `${noun} ${abbr[1]}`, length: m[0].length + abbr[0].length };
    return { unit, noun, length: m[0].length };
  }
  if (!fallback) return undefined;
  const f = FALLBACK_NOUN_RE.exec(rest);
  if (f && !NOT_NOUNS.has(f[1]!.toLowerCase())) return { unit: 'count', noun: f[1]!, length: f[0].length, guessed: true };
  return undefined;
}

function unitAt(rest: string, fallback: boolean): UnitMatch | undefined {
  return measureAt(rest) ?? nounAt(rest, fallback);
}

/** Scale words after a number: "nghìn tỷ" → [3, 9]. */
function scalesAt(rest: string): { words: string[]; exps: number[]; length: number } {
  const words: string[] = [];
  const exps: number[] = [];
  let length = 0;
  for (;;) {
    const m = SCALE_RE.exec(rest.slice(length));
    if (!m) break;
    words.push(m[1]!);
    exps.push(SCALES[m[1]!]!);
    length += m[0].length;
  }
  return { words, exps, length };
}

function qualifierBefore(before: string): { qualifier: Qualifier; text?: string; length: number } {
  const m = QUALIFIER_TAIL.exec(before);
  if (!m) return { qualifier: 'exact', length: 0 };
  const text = m[1]!.trim();
  // The word nearest the number decides.
  return { qualifier: qualifiersOf(text)[0] ?? 'exact', text, length: m[1]!.length };
}

/** Every qualifier that the words before a number state, nearest the number first ("ước đạt khoảng" → about, estimate); "đạt" alone is neutral. */
export function qualifiersOf(words: string): Qualifier[] {
  const found: Qualifier[] = [];
  let rest = words.trim().toLowerCase();
  while (rest.length > 0) {
    const word = QUALIFIER_WORDS.find(([w]) => rest.endsWith(w) && (rest.length === w.length || /\s$/u.test(rest.slice(0, -w.length))));
    if (!word) break;
    if (word[1]) found.push(word[1]);
    rest = rest.slice(0, -word[0].length).trimEnd();
  }
  return found;
}

function isYear(raw: string): boolean {
  return /^(?:19|20)\d{2}$/u.test(raw);
}

/**
 * Every quantity in `text`, in order. Years, dates, periods, times, document numbers and scale ratios are
 * skipped; a number with no unit at all is reported with unit `number` (unless it is an ordinal or a
 * reference such as "lần thứ 4", "Điều 5").
 */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  const digit = /\d/gu;
  let from = 0;
  for (;;) {
    digit.lastIndex = from;
    const d = digit.exec(text);
    if (!d) break;
    const p = d.index;
    const before = text.slice(0, p);
    const rest = text.slice(p);
    // Part of a word or code: "m3", "GRDP2", "COVID-19", "Block_2"
    if (/[\p{L}\p{M}_]$|[\p{L}\p{M}][-/]$|\d[.,]$/u.test(before)) {
      from = p + (/^[\p{L}\p{M}\p{N}_]+/u.exec(rest)?.[0].length ?? 1);
      continue;
    }
    const skip = TIME.exec(rest) ?? DOC_NUMBER.exec(rest) ?? FULL_DATE.exec(rest) ?? PERIOD.exec(rest);
    if (skip) {
      from = p + skip[0].length;
      continue;
    }

    const slash = SLASH.exec(rest);
    if (slash) {
      const [whole, a, b] = [slash[0], Number(slash[1]), Number(slash[2])];
      from = p + whole.length;
      const after = rest.slice(whole.length);
      const isRatio = RATIO_CUE.test(before) || (a === 1 && b >= 100 && !MONTH_CUE.test(before));
      const isMonthYear = /^\d{1,2}\/\d{4}$/u.test(whole) && a >= 1 && a <= 12;
      if (isRatio || isMonthYear || DATE_CUE.test(before)) continue;
      const unit = unitAt(after, false);
      if (!unit) continue; // a date without a year ("22/8") or a bare fraction
      const rank = /thứ\s*$/iu.test(before);
      const start = rank ? before.search(/thứ\s*$/iu) : p;
      const end = p + whole.length + unit.length;
      const q: Quantity = {
        text: text.slice(start, end),
        number: whole,
        start,
        end,
        value: a,
        unit: rank ? 'rank' : unit.unit,
        outOf: b,
        qualifier: 'exact',
      };
      if (unit.noun) q.noun = unit.noun;
      out.push(q);
      continue;
    }

    const raw = NUM.exec(rest)![0];
    from = p + raw.length;
    if (parseVnNumber(raw) === undefined) continue; // "1.5": not Vietnamese notation; do not guess
    let cursor = raw.length;
    let number = raw;
    let maxRaw: string | undefined;

    const range = RANGE_SEP.exec(rest.slice(cursor));
    if (range && parseVnNumber(range[1]!) !== undefined && !(isYear(raw) && isYear(range[1]!))) {
      const afterMax = rest.slice(cursor + range[0].length);
      const sc = scalesAt(afterMax);
      if (sc.words.length > 0 || measureAt(afterMax) || nounAt(afterMax, false)) {
        maxRaw = range[1]!;
        number = rest.slice(0, cursor + range[0].length).trim();
        cursor += range[0].length;
      }
    }

    const scales = scalesAt(rest.slice(cursor));
    const rank = RANK_CUE.test(before);
    // "đứng thứ 13 cả nước": a rank takes a known noun ("thứ 2 tỉnh") but not any following word
    const unit = unitAt(rest.slice(cursor + scales.length), !rank);
    if (isYear(raw) && maxRaw === undefined && scales.words.length === 0 && (!unit || unit.noun !== undefined || YEAR_CUE.test(before))) {
      continue; // a year
    }
    if (PART_OF_YEAR.test(rest.slice(cursor))) continue; // "6 tháng đầu năm" is a period
    if (!unit && scales.words.length === 0 && !rank && ORDINAL_OR_REFERENCE.test(before)) continue;
    if (NUMBER_SIGN.test(before) && (!unit || unit.guessed) && scales.words.length === 0) continue;

    const exponent = scales.exps.reduce((sum, e) => sum + e, 0);
    const q0 = qualifierBefore(before);
    let start = rank ? before.search(/(?:thứ|hạng)\s*$/iu) : p - q0.length;
    const from_ = maxRaw !== undefined && q0.length === 0 ? /(?<![\p{L}\p{M}])từ\s+$/iu.exec(before) : null;
    if (from_) start = from_.index; // "từ 50 đến 70 ha"

    const end = p + cursor + scales.length + (unit?.length ?? 0);
    const q: Quantity = {
      text: text.slice(start, end),
      number,
      start,
      end,
      value: scaled(raw, exponent),
      unit: rank ? 'rank' : (unit?.unit ?? 'number'),
      qualifier: q0.qualifier,
    };
    if (maxRaw !== undefined) q.max = scaled(maxRaw, exponent);
    if (unit?.noun) q.noun = unit.noun;
    if (q0.text && !rank) q.qualifierText = q0.text;
    for (let i = 1; i < scales.exps.length; i++) {
      if (scales.exps[i]! <= scales.exps[i - 1]!) {
        q.suspicious = `two scale words in a row ("${scales.words.join(' ')}"): the amount cannot be read without correcting the source; value shown is the literal reading`;
      }
    }
    if (!q.suspicious && (q.unit === 'count' || q.unit === 'people') && !Number.isInteger(q.value)) {
      q.suspicious = `a fractional ${q.unit === 'people' ? 'number of people' : 'count'}: was "," meant as a thousands separator?`;
    }
    out.push(q);
    from = p + cursor + scales.length + (unit?.length ?? 0);
  }
  return out;
}

/**
 * Exactly one quantity, as printed: `parseQuantity("2.150 tỷ đồng")` → {value: 2150000000000, unit: 'vnd', …},
 * `parseQuantity("khoảng 6 triệu đồng/người/tháng")` → {value: 6000000, unit: 'vnd-per-person-month',
 * qualifier: 'about', …}. Undefined when the text is not one quantity (several, none, or extra words).
 */
export function parseQuantity(text: string): Quantity | undefined {
  const trimmed = text.trim();
  const found = findQuantities(trimmed);
  const q = found[0];
  if (found.length !== 1 || !q || q.start !== 0 || trimmed.slice(q.end).replace(/[.,;:…]+$/u, '') !== '') return undefined;
  return q;
}
