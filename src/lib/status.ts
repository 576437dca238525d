import type { Article, Owner } from './types.ts';

/** One statement of a timeline: the entry and the date its source prints, if it prints one. */
export interface TimelineEntry {
  entry: Owner['status'][number];
  article: Article;
  /** The article's printed date (YYYY-MM-DD); undefined when the article states none (only an inferred period). */
  date: string | undefined;
}

/**
 * An owner's statements as a timeline, newest first by the date of the article that makes them; statements from an
 * article that prints no date come last, in file order, marked "date not stated": an inferred period orders nothing.
 */
export function statusTimeline(owner: Pick<Owner, 'status'>, article: (slug: string) => Article): TimelineEntry[] {
  const entries = owner.status.map((entry, i) => {
    const a = article(entry.source);
    return { entry, article: a, date: a.date, i };
  });
  return entries
    .sort((x, y) => (x.date && y.date ? y.date.localeCompare(x.date) : x.date ? -1 : y.date ? 1 : 0) || x.i - y.i)
    .map(({ entry, article: a, date }) => ({ entry, article: a, date }));
}

/**
 * Planning stages a reader compares zones by, most advanced first: the status entry that states each (its id in the
 * zone files) and its short name (`stage.<key>`). A zone's stages are those its sources state, never inferred.
 */
const STAGES = [
  ['established', 'established'],
  ['detailed-plan-1-500-approved', 'planApproved'],
] as const;
export type StageKey = (typeof STAGES)[number][1];

/** The stages a zone's status entries state, most advanced first, each with its entry (for its anchor). */
export function planningStages(owner: Pick<Owner, 'status'>): { key: StageKey; rank: number; entry: Owner['status'][number] }[] {
  return STAGES.flatMap(([id, key], i) => owner.status.filter((s) => s.id === id).map((entry) => ({ key, rank: STAGES.length - i, entry })));
}
