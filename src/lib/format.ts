import { INTL_TAG, type Locale } from '../i18n/locales.ts';
import { EXCHANGE_RATE } from './exchange.ts';

/** All number and date formatting goes through here: Intl per locale, one rule per kind of figure. */

const numberFormats = new Map<string, Intl.NumberFormat>();
function nf(lang: Locale, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${lang}:${maximumFractionDigits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_TAG[lang], { maximumFractionDigits });
    numberFormats.set(key, f);
  }
  return f;
}

/** en "1,000" / "73.5"; vi "1.000" / "73,5". */
export function formatNumber(lang: Locale, value: number, maximumFractionDigits = 2): string {
  return nf(lang, maximumFractionDigits).format(value);
}

/** en "wood, garments and batteries"; vi "gỗ, may mặc và ắc quy". */
export function formatList(lang: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(INTL_TAG[lang], { type: 'conjunction' }).format(items);
}

/** en "73.5 ha"; vi "73,5 ha". */
export function formatArea(lang: Locale, hectares: number): string {
  return `${formatNumber(lang, hectares)} ha`;
}

/** en "75.6%"; vi "75,6%". */
export function formatPercent(lang: Locale, percent: number): string {
  return `${formatNumber(lang, percent)}%`;
}

interface Scale {
  size: number;
  /** Smallest amount written with this scale word. */
  from: number;
  vi: string;
  en: string;
}
/**
 * Vietnamese counts money in triệu, tỷ and nghìn tỷ; Intl's compact notation ("2,5 NT") reads badly. As the
 * sources do, amounts stay in tỷ up to 9.999 tỷ ("2.150 tỷ đồng") and switch to nghìn tỷ from 10 nghìn tỷ.
 */
const SCALES: readonly Scale[] = [
  { size: 1e12, from: 1e13, vi: 'nghìn tỷ', en: 'trillion' },
  { size: 1e9, from: 1e9, vi: 'tỷ', en: 'billion' },
  { size: 1e6, from: 1e6, vi: 'triệu', en: 'million' },
];

function scaled(lang: Locale, amount: number): { number: string; word: string | undefined } {
  const scale = SCALES.find((s) => Math.abs(amount) >= s.from);
  if (!scale) return { number: formatNumber(lang, amount), word: undefined };
  return { number: formatNumber(lang, amount / scale.size), word: scale[lang] };
}

/** vi "350 tỷ đồng"; en "VND 350 billion". */
export function formatVnd(lang: Locale, vnd: number): string {
  const { number, word } = scaled(lang, vnd);
  if (lang === 'vi') return word ? `${number} ${word} đồng` : `${number} đồng`;
  return word ? `VND ${number} ${word}` : `VND ${number}`;
}

/** vi "5,5 triệu USD"; en "USD 5.5 million". */
export function formatUsd(lang: Locale, usd: number): string {
  const { number, word } = scaled(lang, usd);
  if (lang === 'vi') return word ? `${number} ${word} USD` : `${number} USD`;
  return word ? `USD ${number} ${word}` : `USD ${number}`;
}

/** The English "≈ USD 13.8 million" equivalent of a VND amount, at the site's stated rate, to 3 significant digits. */
export function usdEquivalent(vnd: number): string {
  const usd = Number((vnd / EXCHANGE_RATE.vndPerUsd).toPrecision(3));
  return `≈ ${formatUsd('en', usd)}`;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date or period as the content model writes it (YYYY, YYYY-MM, YYYY-MM-DD, YYYY/YYYY), for reading:
 * en "30 June 2021", "August 2023", "2021–2025"; vi "30/06/2021", "tháng 8/2023", "2021–2025".
 */
export function formatWhen(lang: Locale, when: string): string {
  const period = when.match(/^(\d{4})\/(\d{4})$/);
  if (period) return `${period[1]}–${period[2]}`;
  const [year, month, day] = when.split('-');
  if (!month) return year!;
  const m = Number(month);
  if (!day) return lang === 'vi' ? `tháng ${m}/${year}` : `${MONTHS_EN[m - 1]} ${year}`;
  return lang === 'vi' ? `${day}/${month}/${year}` : `${Number(day)} ${MONTHS_EN[m - 1]} ${year}`;
}
