/**
 * The parks-and-clusters table: one row per zone with what an investor compares first. Each cell carries the
 * value a column sorts by; a cell the sources are silent on has none (it sorts last and says so).
 */
import { keyFacts, newestSource, phaseAreas, phaseTotal, quoteUses, type PhaseTotal } from './facts.ts';
import { sectorIdsOf } from './sectors.ts';
import { planningStages } from './status.ts';
import { districtOf } from './zone-names.ts';
import type { Article, Fact, SiteData, Zone } from './types.ts';

export const ZONE_COLUMNS = ['name', 'kind', 'district', 'stage', 'area', 'projects', 'workers', 'sectors', 'newest'] as const;
export type ZoneColumn = (typeof ZONE_COLUMNS)[number];
/** Columns sorted as numbers (a planning stage by how advanced it is); all sort ascending first. */
export const NUMERIC_COLUMNS: ReadonlySet<ZoneColumn> = new Set(['stage', 'area', 'projects', 'workers', 'sectors']);

/** A figure cell: the headline figure (with the rest of its conflict group), or a zone's total area over its phases. */
export type FigureCell = { facts: Fact[] } | { total: PhaseTotal };

export interface ZoneRow {
  zone: Zone;
  /** The district as the sources name it. */
  district: { vi: string; en: string };
  /** The planning stages its sources state, most advanced first (sorted by the first one's rank). */
  stages: ReturnType<typeof planningStages>;
  area: FigureCell | undefined;
  projects: FigureCell | undefined;
  workers: FigureCell | undefined;
  sectorIds: string[];
  newest: Article | undefined;
}

/** The value a figure cell sorts by: the largest figure of a conflict group. */
export function cellValue(cell: FigureCell): number {
  return 'total' in cell ? cell.total.value : Math.max(...cell.facts.map((f) => f.value));
}

export function zoneRows(site: Pick<SiteData, 'zones' | 'article'>): ZoneRow[] {
  return site.zones.map((zone) => {
    const key = keyFacts(zone.facts);
    const group = (metric: string): FigureCell | undefined => {
      const facts = key.find((g) => g[0]!.metric === metric);
      return facts ? { facts } : undefined;
    };
    const total = phaseTotal(phaseAreas(zone));
    return {
      zone,
      district: { vi: districtOf(zone, 'vi'), en: districtOf(zone, 'en') },
      stages: planningStages(zone),
      area: total ? { total } : group('area'),
      projects: group('projects'),
      workers: group('workers'),
      sectorIds: sectorIdsOf(zone),
      newest: newestSource(quoteUses(zone), site.article),
    };
  });
}
