/**
 * The parks-and-clusters table: one row per zone with what an investor compares first. Each cell carries the
 * value a column sorts by; a cell the sources are silent on has none (it sorts last and says so).
 */
import { keyFacts, newestSource } from './facts.ts';
import { sectorIdsOf } from './sectors.ts';
import type { Article, Fact, SiteData, Zone } from './types.ts';

export const ZONE_COLUMNS = ['name', 'kind', 'district', 'area', 'sectors', 'figures', 'newest'] as const;
export type ZoneColumn = (typeof ZONE_COLUMNS)[number];
/** Columns sorted as numbers (largest first on the first click would surprise; all sort ascending first). */
export const NUMERIC_COLUMNS: ReadonlySet<ZoneColumn> = new Set(['area', 'sectors', 'figures']);

export interface ZoneRow {
  zone: Zone;
  /** The district as the sources name it: the location before its first comma. */
  district: { vi: string; en: string };
  /** The area at a glance (a conflict group keeps all its values), if the sources give one. */
  area: Fact[] | undefined;
  sectorIds: string[];
  figures: number;
  newest: Article | undefined;
}

/** The date an article is sorted by: its date, or the start of its inferred period. */
export const articleSortKey = (a: Article | undefined): string => a?.date ?? (a?.period ? `${a.period.slice(0, 4)}-01-01` : '');

export function zoneRows(site: Pick<SiteData, 'zones' | 'article'>): ZoneRow[] {
  return site.zones.map((zone) => ({
    zone,
    district: { vi: zone.location.vi.split(',')[0]!.trim(), en: zone.location.en.split(',')[0]!.trim() },
    area: keyFacts(zone.facts).find((group) => group[0]!.metric === 'area'),
    sectorIds: sectorIdsOf(zone),
    figures: zone.facts.length,
    newest: newestSource([...zone.facts, ...zone.status, ...zone.sectors], site.article),
  }));
}
