/**
 * The figures on share cards: one or two per page, formatted for the card's language. Labels are short (a
 * thumbnail has room for a few words): one per metric, or named for the figure. A figure the sources disagree on
 * shows all its values.
 */
import type { T } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { factValue, keyFacts, shownFigures, type KeyMetric } from './facts.ts';
import { formatArea, formatNumber } from './format.ts';
import { zoneGlance } from './glance.ts';
import { sectorIdsOf, sectorUsers } from './sectors.ts';
import { planningStages } from './status.ts';
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

/**
 * A park shows its key figures. A cluster (the sources give few figures for clusters) shows its district and what
 * sets it apart: its first key figure, else its sourced status (established, or its 1/500 plan approved), else its
 * number of priority sectors.
 */
export function zoneFigures(zone: Zone, lang: Locale, t: T): CardFigure[] {
  if (zone.kind === 'park')
    // A park with phases shows their total (one phase's area under "Area" would read as the whole park's).
    return zoneGlance(zone, { max: 2, phases: 'total' }).map((item) =>
      item.kind === 'total' ? { label: t('og.totalArea'), value: formatArea(lang, item.total.value) } : figureOf(item.facts, lang, t),
    );
  const [key] = keyFacts(zone.facts, 1);
  const [stage] = planningStages(zone);
  const second = key
    ? figureOf(key, lang, t)
    : stage
      ? { label: t('og.status'), value: t(`stage.${stage.key}`) }
      : countFigure(t('zone.sectors'), sectorIdsOf(zone).length, lang);
  return [{ label: t('og.location'), value: districtOf(zone, lang) }, second];
}

/** Where a sector is a priority: "1 park · 6 clusters", and the provinces that name it ("Bắc Giang province"). */
export function sectorPlacesFigure(site: Pick<SiteData, 'owners'>, sectorId: string, lang: Locale, t: T): CardFigure {
  const owners = [...new Set(sectorUsers(site, sectorId).map((u) => u.owner))];
  const count = (kind: Zone['kind']) => owners.filter((o) => o.kind === kind).length;
  const parts = [
    ...(count('park') ? [t('og.parks', { count: count('park') })] : []),
    ...(count('cluster') ? [t('og.clusters', { count: count('cluster') })] : []),
    ...owners.flatMap((o) => (o.kind === 'province' ? [o.name[lang]] : [])),
  ];
  return { label: t('og.priorityIn'), value: parts.join(' · ') };
}

/** How many parks and clusters the site profiles ("1 park · 6 clusters"). */
export function zoneCountFigure(site: Pick<SiteData, 'zones'>, t: T): CardFigure {
  const count = (kind: Zone['kind']) => site.zones.filter((z) => z.kind === kind).length;
  return { label: t('og.zones'), value: `${t('og.parks', { count: count('park') })} · ${t('og.clusters', { count: count('cluster') })}` };
}
