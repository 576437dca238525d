/**
 * The rules a narrative (src/content/narratives/<owner>/<lang>.mdx) must keep against its owner's facts, on its parsed
 * tree (tree.ts): every number the prose states is one of the figures the narrative cites with <Fact id="…" /> (same
 * value and unit, read by the language's own number rules), every year or date belongs to a cited item or its
 * source, what the sources do not say is left to <Missing /> (computed from the facts), and the Vietnamese and English
 * files cite the same facts. Pure: verifySite (src/lib/verify.ts) runs it with the rest of the content checks.
 */
import { findQuantities, sameValue } from '../vn-number.ts';
import type { Article, Owner } from '../types.ts';
import { findEnQuantities } from './en-number.ts';
import { walk, type NarrativeProblem, type NarrativeTree } from './tree.ts';

export type NarrativeLang = 'vi' | 'en';

/** What the check needs to know of a narrative's owner: its figures and what its items and their sources date. */
export interface NarrativeOwner {
  id: string;
  /** The YAML file the owner's facts live in, for the fix. */
  file: string;
  facts: readonly { id: string; value: number; unit: string; asOf?: string | undefined; quote: string }[];
  /** Dates an item or its source states: asOf values, article dates and periods, and every date or year in a quote. */
  dates: readonly string[];
}

/** The owner as the check reads it: its facts, and the dates its facts, statements, sectors and tenants and their articles state. */
export function narrativeOwner(owner: Owner, article: (slug: string) => Pick<Article, 'date' | 'period'> | undefined): NarrativeOwner {
  const items: { asOf?: string | undefined; quote: string; source: string }[] = [
    ...owner.facts,
    ...owner.status,
    ...owner.sectors,
    ...(owner.kind === 'province' ? [] : owner.tenants),
  ];
  const sources = [...new Set(items.map((i) => i.source))].map(article).flatMap((a) => [a?.date ?? '', a?.period ?? '']);
  return {
    id: owner.id,
    file: owner.file,
    facts: owner.facts,
    dates: [...items.flatMap((i) => [i.asOf ?? '', i.quote]), ...sources].filter(Boolean),
  };
}

/** The fact ids a narrative cites, each with the line of its first citation. */
export function citedFacts(tree: NarrativeTree): Map<string, number> {
  const cited = new Map<string, number>();
  for (const node of walk(tree)) if (node.type === 'Fact' && !cited.has(node.id)) cited.set(node.id, node.at[0]);
  return cited;
}

/** Count-like units: a bare number in prose ("8 projects") may be any of them. */
const COUNTS = new Set(['number', 'count', 'people', 'years', 'rank', 'cooperatives', 'products']);
const sameUnit = (prose: string, fact: string) => prose === fact || (COUNTS.has(prose) && COUNTS.has(fact));

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A date or year as written in prose, as [year?, month?, day?]. */
interface When {
  text: string;
  start: number;
  year?: number;
  month?: number;
  day?: number;
}

/** Dates and years in a text, in either language's notation (12/8/2021, 22/8, tháng 8/2023, 12 August 2021, 2025). */
export function findDates(text: string): When[] {
  const found: When[] = [];
  let rest = text;
  const take = (pattern: RegExp, read: (m: RegExpExecArray) => Omit<When, 'text' | 'start'> | undefined) => {
    for (const m of rest.matchAll(pattern)) {
      const when = read(m);
      if (!when) continue;
      found.push({ text: m[0], start: m.index, ...when });
      rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
    }
  };
  const real = (day: number, month: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;
  take(/\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\b/gu, (m) =>
    real(Number(m[1]), Number(m[2])) ? { day: Number(m[1]), month: Number(m[2]), ...(m[3] ? { year: Number(m[3]) } : {}) } : undefined,
  );
  take(/\btháng (\d{1,2})\/(\d{4})\b/gu, (m) => ({ month: Number(m[1]), year: Number(m[2]) }));
  take(new RegExp(String.raw`\b(\d{1,2}) (${MONTHS.join('|')})(?: (\d{4}))?\b`, 'giu'), (m) => ({
    day: Number(m[1]),
    month: MONTHS.indexOf(m[2]!.toLowerCase()) + 1,
    ...(m[3] ? { year: Number(m[3]) } : {}),
  }));
  take(new RegExp(String.raw`\b(${MONTHS.join('|')}) (\d{4})\b`, 'giu'), (m) => ({ month: MONTHS.indexOf(m[1]!.toLowerCase()) + 1, year: Number(m[2]) }));
  take(/\b((?:19|20)\d{2})\b/gu, (m) => ({ year: Number(m[1]) }));
  return found.sort((a, b) => a.start - b.start);
}

/** The dates a set of model dates (YYYY, YYYY-MM, YYYY-MM-DD, YYYY/YYYY) and quoted texts allow. */
export function allowedDates(dates: readonly string[]): When[] {
  return dates.flatMap((d): When[] => {
    const model = d.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:\/(\d{4}))?$/);
    if (!model) return findDates(d);
    const [, y, m, day, end] = model;
    return [
      { text: d, start: 0, year: Number(y), ...(m ? { month: Number(m) } : {}), ...(day ? { day: Number(day) } : {}) },
      ...(end ? [{ text: d, start: 0, year: Number(end) }] : []),
    ];
  });
}

/** A date in prose is allowed when an allowed date has every part it states (a bare year: any allowed date of that year). */
function dateAllowed(when: When, allowed: readonly When[]): boolean {
  return allowed.some(
    (a) =>
      (when.year === undefined || a.year === when.year) &&
      (when.month === undefined || a.month === when.month) &&
      (when.day === undefined || a.day === when.day),
  );
}

/** Phrases that state what the sources do not say: that is computed (<Missing />), never typed. */
const ABSENCE: Record<NarrativeLang, RegExp> = {
  vi: /không nêu|không cho biết|chưa có số liệu|không có số liệu/iu,
  en: /\b(?:gives?|gave|state|states|say|says|mention|mentions)\s+no\b|\bno (?:area|figures?|workforce|data)\b|\bdo(?:es)? not (?:give|state|say|mention)\b|\bnot stated\b/iu,
};

/** Line and column of an offset inside a text node that starts at `start`. */
function at(start: { line: number; column: number }, text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return before.length === 1
    ? { line: start.line, column: start.column + offset }
    : { line: start.line + before.length - 1, column: before.at(-1)!.length + 1 };
}

export function checkNarrative(
  tree: NarrativeTree,
  lang: NarrativeLang,
  owner: NarrativeOwner,
  sibling: { file: string; cites: Map<string, number> } | undefined,
): NarrativeProblem[] {
  const problems: NarrativeProblem[] = [];
  const cited = citedFacts(tree);
  const citedFacts_ = owner.facts.filter((f) => cited.has(f.id));
  const allowed = allowedDates([...owner.dates, ...citedFacts_.flatMap((f) => [f.asOf ?? '', f.quote])].filter(Boolean));
  const other = lang === 'vi' ? 'en' : 'vi';

  for (const node of walk(tree)) {
    if (node.type === 'Fact') {
      const [line, column] = node.at;
      const { id } = node;
      if (!owner.facts.some((f) => f.id === id))
        problems.push({
          line,
          column,
          problem: `<Fact id="${id}" /> names no fact of ${owner.id}`,
          fix: `use the id of a fact in ${owner.file} (${owner.facts.map((f) => f.id).join(', ') || 'it has none'})`,
        });
      else if (sibling && !sibling.cites.has(id))
        problems.push({
          line,
          column,
          problem: `cites the fact "${id}", which the ${other} narrative (${sibling.file}) does not`,
          fix: `cite <Fact id="${id}" /> in ${sibling.file} too, or remove it here: both languages cite the same facts`,
        });
      continue;
    }
    if (node.type !== 'text') continue;
    const start = { line: node.at[0], column: node.at[1] };
    const text = node.value;
    const absence = text.match(ABSENCE[lang]);
    if (absence)
      problems.push({
        ...at(start, text, absence.index ?? 0),
        problem: `"${absence[0]}" types what the sources do not say`,
        fix: 'write <Missing />, which computes it from the facts (so it cannot go stale when a figure is added)',
      });
    const quantities =
      lang === 'vi' ? findQuantities(text).map((q) => ({ text: q.text, start: q.start, value: q.value, unit: q.unit })) : findEnQuantities(text);
    for (const q of quantities) {
      if (citedFacts_.some((f) => sameUnit(q.unit, f.unit) && sameValue(q.value, f.value))) continue;
      const candidates = owner.facts.filter((f) => sameUnit(q.unit, f.unit) && sameValue(q.value, f.value));
      problems.push({
        ...at(start, text, q.start),
        problem: `the prose states "${q.text.trim()}", which is not a figure this narrative cites`,
        fix: candidates.length
          ? `write <Fact id="${candidates[0]!.id}" /> instead of the number`
          : `no fact of ${owner.id} has this value: add it with its quote to ${owner.file} and write <Fact id="…" />, or remove the number`,
      });
    }
    for (const when of findDates(text)) {
      if (dateAllowed(when, allowed)) continue;
      problems.push({
        ...at(start, text, when.start),
        problem: `the date "${when.text}" belongs to no cited fact, statement or source of ${owner.id}`,
        fix: 'remove it, or cite the fact it belongs to with <Fact id="…" />',
      });
    }
  }
  if (sibling) {
    for (const [id, line] of sibling.cites) {
      if (cited.has(id) || !owner.facts.some((f) => f.id === id)) continue;
      problems.push({
        line: 1,
        column: 1,
        problem: `does not cite the fact "${id}", which the ${other} narrative cites (${sibling.file}:${line})`,
        fix: `cite <Fact id="${id}" /> here too, or remove it from ${sibling.file}: both languages cite the same facts`,
      });
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
