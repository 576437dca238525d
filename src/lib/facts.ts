import type { Locale } from '../i18n/locales.ts';
import type { T } from '../i18n/index.ts';
import { TOPICS, type Topic } from './model.ts';
import { formatArea, formatNumber, formatPercent, formatUsd, formatVnd, formatWhen, usdEquivalent } from './format.ts';
import type { Article, Fact, Owner, Zone } from './types.ts';

/** How one figure reads on a page: the value with its qualifier, and (English, VND) the USD equivalent. */
export interface FactValue {
  text: string;
  equivalent: string | undefined;
}

function bare(fact: Fact, lang: Locale, t: T): string {
  const n = (v: number) => formatNumber(lang, v);
  switch (fact.unit) {
    case 'ha':
      return formatArea(lang, fact.value);
    case 'percent':
      return formatPercent(lang, fact.value);
    case 'vnd':
      return formatVnd(lang, fact.value);
    case 'usd':
      return formatUsd(lang, fact.value);
    case 'count':
      return n(fact.value);
    default:
      return t(`unit.${fact.unit}`, { count: fact.value, value: n(fact.value), money: formatVnd(lang, fact.value) });
  }
}

export function factValue(fact: Fact, lang: Locale, t: T): FactValue {
  if (fact.asPrinted) return { text: fact.asPrinted, equivalent: undefined };
  // A target is marked by its own badge where it is listed, not by a word before the value.
  const qualifier = fact.qualifier === 'exact' || fact.qualifier === 'target' ? '' : t(`qualifier.${fact.qualifier}`);
  const text = `${qualifier}${bare(fact, lang, t)}`;
  const vnd = fact.unit === 'vnd' || fact.unit === 'vnd-per-person-month';
  return { text, equivalent: lang === 'en' && vnd ? usdEquivalent(fact.value) : undefined };
}

/** When a figure holds: its own as-of date, else the date (or inferred period) of the article that reports it. */
export function factWhen(fact: { asOf?: string | undefined }, article: Article, lang: Locale, t: T): string {
  if (fact.asOf) return formatWhen(lang, fact.asOf);
  return articleWhen(article, lang, t);
}

/** An article's title in a language: ours in English where written, else the Vietnamese original. */
export function articleTitle(article: Article, lang: Locale): string {
  return lang === 'en' ? (article.en?.title ?? article.title) : article.title;
}

/**
 * When an article was published, or the period it is inferred to be from. On pages an inferred date carries a
 * marker that one legend line explains (`date.legend`); where there is no room for a legend (share cards) it is
 * spelled out.
 */
export function articleWhen(article: Article, lang: Locale, t: T, inferred: 'marked' | 'spelled' = 'marked'): string {
  const when = article.date ?? article.period;
  if (!when) return t('date.unknown');
  const text = formatWhen(lang, when);
  if (!article.dateInferred) return text;
  return inferred === 'marked' ? t('date.inferredMark', { date: text }) : t('date.inferred', { date: text });
}

/** The date an article is ordered by: its date, or the start of its inferred period; '' when it has neither. */
export function articleDateKey(article: Article | undefined): string {
  return article?.date ?? (article?.period ? `${article.period.slice(0, 4)}-01-01` : '');
}

/**
 * The most recent source article behind these items: "how old is the newest figure". The one rule of every "most
 * recent source" line (pages, footer, printed brief), so a page passes every item it cites (quoteUses). An article
 * with an inferred period counts from the period's start, so a dated article is never outranked by a guess; one
 * with neither date nor period cannot date anything (when no article has a date, the line says so).
 */
export function newestSource(items: readonly { source: string }[], article: (slug: string) => Article): Article | undefined {
  return [...new Set(items.map((i) => i.source))]
    .map(article)
    .filter((a) => articleDateKey(a) !== '')
    .sort((a, b) => articleDateKey(b).localeCompare(articleDateKey(a)))[0];
}

/** Figures the sources disagree on: each group with two or more facts, in source order. */
export function conflicts(facts: readonly Fact[]): Fact[][] {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) if (f.conflictGroup) groups.set(f.conflictGroup, [...(groups.get(f.conflictGroup) ?? []), f]);
  return [...groups.values()].filter((g) => g.length > 1 && disagree(g));
}

/**
 * The values a figure allows: "over 73 ha" any area above 73 ha, "about 1,000" (or an estimate) within 10 %,
 * "nearly 80" from 72 to 80; an exact figure only itself.
 */
function allowed(fact: Fact): [number, number] {
  const v = fact.value;
  switch (fact.qualifier) {
    case 'over':
      return [v + Math.abs(v) * 1e-9 + Number.EPSILON, Infinity]; // "over 775" excludes 775 itself
    case 'at-least':
      return [v, Infinity];
    case 'up-to':
      return [-Infinity, v];
    case 'nearly':
      return [v * 0.9, v];
    case 'about':
    case 'estimate':
      return [v * 0.9, v * 1.1];
    default:
      return [v, v];
  }
}

/**
 * Whether the figures of a conflict group really disagree: no one value is allowed by all of them. "Over 73 ha" and
 * "73.5 ha" agree (73.5 is over 73); 775 people and "about 1,000" do not. A figure shown as printed always counts
 * as disagreeing, since its value is only our reading.
 */
export function disagree(group: readonly Fact[]): boolean {
  if (group.some((f) => f.asPrinted || f.unit !== group[0]!.unit)) return true;
  const low = Math.max(...group.map((f) => allowed(f)[0]));
  const high = Math.min(...group.map((f) => allowed(f)[1]));
  return low > high;
}

/** The figures of a group to show: every distinct value where they disagree, else the most precise one. */
export function shownFigures(group: readonly Fact[], lang: Locale, t: T): Fact[] {
  if (disagree(group)) return group.filter((f, i) => group.findIndex((g) => factValue(g, lang, t).text === factValue(f, lang, t).text) === i);
  return [mostPrecise(group)];
}

/** Of figures that agree, the one that allows the fewest values ("73.5 ha" before "over 73 ha"); the first on a tie. */
function mostPrecise(group: readonly Fact[]): Fact {
  const width = (f: Fact) => allowed(f)[1] - allowed(f)[0];
  return [...group].sort((a, b) => width(a) - width(b))[0]!;
}

/** The HTML id of a quote on its source page, and so the link target of a figure. */
export function quoteAnchor(ownerId: string, itemId: string): string {
  return `q-${ownerId}-${itemId}`;
}

/** The anchor of the sentence saying what a tenant does. */
export const tenantActivityAnchor = (ownerId: string, index: number) => quoteAnchor(ownerId, `tenant-${index}-activity`);

/** Every quote an owner rests on, with its anchor: facts, status entries, sector links, tenants, location. */
export interface QuoteUse {
  anchor: string;
  source: string;
  quote: string;
  owner: Owner;
  /** The fact, when the quote backs a figure. */
  fact?: Fact | undefined;
  /** What the quote backs, when it is not a figure. */
  what: 'fact' | 'status' | 'sector' | 'tenant' | 'location';
}

export function quoteUses(owner: Owner): QuoteUse[] {
  const uses: QuoteUse[] = [];
  for (const fact of owner.facts) uses.push({ anchor: quoteAnchor(owner.id, fact.id), source: fact.source, quote: fact.quote, owner, fact, what: 'fact' });
  for (const s of owner.status) uses.push({ anchor: quoteAnchor(owner.id, s.id), source: s.source, quote: s.quote, owner, what: 'status' });
  owner.sectors.forEach((l, i) => uses.push({ anchor: quoteAnchor(owner.id, `sector-${i}`), source: l.source, quote: l.quote, owner, what: 'sector' }));
  if (owner.kind === 'province') return uses;
  owner.tenants.forEach((l, i) => {
    uses.push({ anchor: quoteAnchor(owner.id, `tenant-${i}`), source: l.source, quote: l.quote, owner, what: 'tenant' });
    if (l.activity) uses.push({ anchor: tenantActivityAnchor(owner.id, i), source: l.activity.source, quote: l.activity.quote, owner, what: 'tenant' });
  });
  if (owner.tenantActivity)
    uses.push({
      anchor: quoteAnchor(owner.id, 'tenant-activity'),
      source: owner.tenantActivity.source,
      quote: owner.tenantActivity.quote,
      owner,
      what: 'tenant',
    });
  if (owner.locationSource)
    uses.push({ anchor: quoteAnchor(owner.id, 'location'), source: owner.locationSource.source, quote: owner.locationSource.quote, owner, what: 'location' });
  return uses;
}

const KEY_METRICS = ['area', 'projects', 'workers', 'revenue', 'exports', 'income'] as const;
/** The metrics of figures at a glance (each has a short card label, `og.metric.<name>`). */
export type KeyMetric = (typeof KEY_METRICS)[number];
/** Metrics that count over a period: without a stated period (`asOf`) nobody can tell which year they describe. */
const FLOW_METRICS: ReadonlySet<string> = new Set(['revenue', 'exports']);

/**
 * Whether a figure can stand as a headline: not a target, and, for a flow (revenue, exports), its period is
 * stated. "Revenue in the first six months of the year" from an article that names no year is kept in the tables.
 */
function isHeadline(fact: Fact): boolean {
  return fact.qualifier !== 'target' && !(FLOW_METRICS.has(fact.metric) && !fact.asOf);
}

/**
 * The figures at a glance: the first headline figure of each headline metric. A figure the sources disagree on
 * comes with the rest of its conflict group, so a glance never hides the disagreement.
 */
export function keyFacts(facts: readonly Fact[], max = 6): Fact[][] {
  const picked: Fact[][] = [];
  for (const metric of KEY_METRICS) {
    const fact = facts.find((f) => f.metric === metric && isHeadline(f));
    if (!fact) continue;
    picked.push(fact.conflictGroup ? facts.filter((f) => f.conflictGroup === fact.conflictGroup) : [fact]);
  }
  return picked.slice(0, max);
}

/** One phase of a zone with the area figures that measure it (all its sources). */
export interface PhaseArea {
  phase: Zone['phases'][number];
  facts: Fact[];
}
/** The zone's total area as our sum of one sourced figure per phase. */
export interface PhaseTotal {
  /** In ha, rounded to the precision of its terms. */
  value: number;
  /** The figure added for each phase, in phase order. */
  terms: Fact[];
}

/** A zone's area figures by phase, in the order of its `phases`; phases no figure measures are left out. */
export function phaseAreas(zone: Pick<Zone, 'phases' | 'facts'>): PhaseArea[] {
  return zone.phases
    .map((phase) => ({ phase, facts: zone.facts.filter((f) => f.metric === 'area' && f.phase === phase.id && f.qualifier !== 'target') }))
    .filter((p) => p.facts.length > 0);
}

/**
 * The sum of the phases' areas, when it can be stated: two or more phases, each measured by figures that agree,
 * the most precise of which is exact. Otherwise none: a total built on "over 73 ha" would claim a precision the
 * sources do not give.
 */
export function phaseTotal(phases: readonly PhaseArea[]): PhaseTotal | undefined {
  if (phases.length < 2 || phases.some((p) => disagree(p.facts))) return undefined;
  const terms = phases.map((p) => mostPrecise(p.facts));
  if (terms.some((f) => f.qualifier !== 'exact' || f.unit !== 'ha')) return undefined;
  const decimals = Math.max(...terms.map((f) => (String(f.value).split('.')[1] ?? '').length));
  const value = Number(terms.reduce((sum, f) => sum + f.value, 0).toFixed(decimals));
  return { value, terms };
}

/** Facts grouped by topic, topics in the order of the model's TOPICS list. */
export function byTopic(facts: readonly Fact[]): [Topic, Fact[]][] {
  return TOPICS.map((topic) => [topic, facts.filter((f) => f.topic === topic)] as [Topic, Fact[]]).filter(([, list]) => list.length > 0);
}
