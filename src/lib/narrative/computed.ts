/**
 * What a narrative states without typing it: the figures the sources do not give for an owner (<Missing />) and
 * the number of parks, clusters or articles (<Count of="…" />), computed from the facts and the collections so that
 * adding a figure or a zone cannot leave a sentence stale. Pure; the components and the plain-text summary share it.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { T } from '../../i18n/index.ts';
import { formatList, formatNumber } from '../format.ts';
import type { Owner, Zone } from '../types.ts';
import type { COUNTABLE } from './tree.ts';

/** The headline figures a profile is expected to give; a zone without one of them says so. */
export const EXPECTED_METRICS = ['area', 'projects', 'workers', 'income', 'revenue', 'exports'] as const;

export function missingMetrics(owner: Pick<Owner, 'facts'>): (typeof EXPECTED_METRICS)[number][] {
  return EXPECTED_METRICS.filter((m) => !owner.facts.some((f) => f.metric === m && f.qualifier !== 'target'));
}

/** "The sources give no area, workforce … figure for this cluster alone"; empty when they give all of them. */
export function missingText(owner: Owner, lang: Locale, t: T): string {
  const missing = missingMetrics(owner);
  if (missing.length === 0) return '';
  const kind = owner.kind === 'province' ? t('kind.province').toLowerCase() : t(`kind.${owner.kind}`).toLowerCase();
  return t('narrative.missing', {
    list: formatList(
      lang,
      missing.map((m) => t(`narrative.metric.${m}`)),
    ),
    kind,
  });
}

export function countOf(
  what: (typeof COUNTABLE)[number],
  content: { zones: readonly Pick<Zone, 'kind'>[]; articles: readonly unknown[] },
  lang: Locale,
): string {
  const n = what === 'articles' ? content.articles.length : content.zones.filter((z) => z.kind === (what === 'parks' ? 'park' : 'cluster')).length;
  return formatNumber(lang, n);
}
