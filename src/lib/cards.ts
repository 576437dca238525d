/**
 * The figures on share cards: one or two per page, formatted for the card's language. Labels are short (a
 * thumbnail has room for a few words): one per metric, or named for the figure. A figure the sources disagree on
 * shows all its values.
 */
import type { T } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { factValue, keyFacts, shownFigures, type KeyMetric } from './facts.ts';
import { formatNumber } from './format.ts';
import { sectorIdsOf } from './sectors.ts';
import { districtOf } from './zone-names.ts';
import type { Fact, Owner, SiteData, Zone } from './types.ts';

export interface CardFigure {
  label: string;
  value: string;
}

/** A figure (or a conflict group) with its metric's short label, or the label given. */
export function figureOf(group: readonly Fact[], lang: Locale, t: T, label = t(`og.metric.${group[0]!.metric as KeyMetric}`)): CardFigure {
  return {
    label,
    value: shownFigures(group, lang, t)
      .map((f) => factValue(f, lang, t).text)
      .join(' / '),
  };
}

/** The owner's fact with this id, as a figure under the given label; none if the owner has no such fact. */
export function factFigure(owner: Owner, id: string, label: string, lang: Locale, t: T): CardFigure[] {
  return owner.facts.filter((f) => f.id === id).map((f) => figureOf([f], lang, t, label));
}

/** A count under a label, in the language's digits. */
export function countFigure(label: string, count: number, lang: Locale): CardFigure {
  return { label, value: formatNumber(lang, count) };
}

/** A park shows its key figures; a cluster (the sources give few figures for clusters) its district and sector count. */
export function zoneFigures(zone: Zone, lang: Locale, t: T): CardFigure[] {
  if (zone.kind === 'park') return keyFacts(zone.facts, 2).map((group) => figureOf(group, lang, t));
  return [{ label: t('og.location'), value: districtOf(zone, lang) }, countFigure(t('zone.sectors'), sectorIdsOf(zone).length, lang)];
}

/** How many parks and clusters the site profiles ("1 park · 6 clusters"). */
export function zoneCountFigure(site: Pick<SiteData, 'zones'>, t: T): CardFigure {
  const count = (kind: Zone['kind']) => site.zones.filter((z) => z.kind === kind).length;
  return { label: t('og.zones'), value: `${t('og.parks', { count: count('park') })} · ${t('og.clusters', { count: count('cluster') })}` };
}
