/**
 * What each chart shows, from the sourced figures: a zone's area by phase (our sum, said to be), the province's
 * cluster plan (its periods and the sourced total) and Bắc Kạn beside Bắc Giang (the comparison rows). Values are
 * formatted in the page's language. Pure.
 */
import type { Locale } from '../i18n/locales.ts';
import type { T } from '../i18n/index.ts';
import type { Pair, Part } from './charts.ts';
import type { ComparisonRow } from './compare.ts';
import { factValue, phaseAreas, phaseTotal, type PhaseTotal } from './facts.ts';
import type { Fact, Province, Zone } from './types.ts';

/** A figure as a chart value. */
const value = (fact: Fact, lang: Locale, t: T) => ({ value: fact.value, text: factValue(fact, lang, t).text });

/** A zone's phases as parts of its total area; none when the total cannot be stated (see phaseTotal). */
export function phaseParts(zone: Zone, lang: Locale, t: T): { parts: Part[]; total: PhaseTotal } | undefined {
  const phases = phaseAreas(zone);
  const total = phaseTotal(phases);
  if (!total) return undefined;
  const parts = total.terms.map((fact, i) => ({ ...value(fact, lang, t), label: t('glance.phaseArea', { phase: phases[i]!.phase.name[lang] }) }));
  return { parts, total };
}

/**
 * The cluster plan's periods, with the short labels the chart gives them; the source's own total is the whole.
 * Fact ids are the home province's; a missing one is a content error that names the fix.
 */
const PLAN = { total: 'cluster-plan-total-area', parts: { 'cluster-plan-area-2021-2030': 'period2030', 'cluster-plan-expansion-2050': 'vision2050' } } as const;

export function planParts(home: Province, lang: Locale, t: T): { parts: Part[]; total: Fact } | undefined {
  const fact = (id: string) => home.facts.find((f) => f.id === id);
  const total = fact(PLAN.total);
  const parts = Object.entries(PLAN.parts).map(([id, key]) => {
    const f = fact(id);
    return f && { ...value(f, lang, t), label: t(`chart.plan.${key}`) };
  });
  if (!total || parts.some((p) => !p)) return undefined;
  const sum = parts.reduce((s, p) => s + p!.value, 0);
  if (Math.abs(sum - total.value) > 1e-6)
    throw new Error(
      `${home.file}: the cluster plan's parts add up to ${sum} ha, not its total ${total.value} ha. Fix: check the facts ${Object.keys(PLAN.parts).join(', ')}`,
    );
  return { parts: parts as Part[], total };
}

/**
 * The comparison rows as chart rows: home and peer side by side, each row on its own scale. Rows whose sides
 * measure different things stay in the table only: a bar beside a bar says "alike".
 */
export function comparisonPairs(rows: readonly ComparisonRow[], lang: Locale, t: T): Pair[] {
  return rows
    .filter((row) => (row.home || row.peer) && !row.differs)
    .map((row) => ({
      label: t(`compare.rows.${row.key}`),
      values: [row.home, row.peer].map((cell) => cell && value(cell.fact, lang, t)),
    }));
}
