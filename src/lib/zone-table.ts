/**
 * The parks-and-clusters table: one row per zone with what an investor compares first. Each cell carries the
 * value a column sorts by; a cell the sources are silent on has none (it sorts last and says so).
 */
import { keyFacts, newestSource, quoteUses } from './facts.ts';
import { sectorIdsOf } from './sectors.ts';
import { districtOf } from './zone-names.ts';
import type { Article, Fact, SiteData, Zone } from './types.ts';

export const ZONE_COLUMNS = ['name', 'kind', 'district', 'area', 'sectors', 'figures', 'newest'] as const;
/** Columns sorted as numbers (largest first on the first click would surprise; all sort ascending first). */
export const NUMERIC_COLUMNS: ReadonlySet<(typeof ZONE_COLUMNS)[number]> = new Set(['area', 'sectors', 'figures']);

export interface ZoneRow {
  zone: Zone;
  /** The district as the sources name it. */
  district: { vi: string; en: string };
  /** The area at a glance (a conflict group keeps all its values), if the sources give one. */
  area: Fact[] | undefined;
  sectorIds: string[];
  figures: number;
  newest: Article | undefined;
}

export function zoneRows(site: Pick<SiteData, 'zones' | 'article'>): ZoneRow[] {
  return site.zones.map((zone) => ({
    zone,
    district: { vi: districtOf(zone, 'vi'), en: districtOf(zone, 'en') },
    area: keyFacts(zone.facts).find((group) => group[0]!.metric === 'area'),
    sectorIds: sectorIdsOf(zone),
    figures: zone.facts.length,
    newest: newestSource(quoteUses(zone), site.article),
  }));
}
