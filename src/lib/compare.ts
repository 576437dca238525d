import type en from '../i18n/en.json';
import type { Fact, Owner, SiteData } from './types.ts';

/** A row of the comparison, named by its label's key under `compare.rows` in the UI strings. */
export type ComparisonRowKey = keyof (typeof en)['compare']['rows'];

/**
 * The Bắc Giang comparison: rows that put like beside like. Each side names an owner (zone or province) and a
 * fact id; a side the sources are silent on is left empty and the page says so. Labels live in
 * src/i18n (`compare.rows.<key>`); each cell still shows its own fact label, so a difference in what is
 * counted stays visible.
 */
const ROWS: readonly { key: ComparisonRowKey; home?: [string, string]; peer?: [string, string]; differs?: true }[] = [
  { key: 'parksPlanned', peer: ['bac-giang', 'parks-planned-2030'] },
  // Thanh Bình's Phase I against the total of Bắc Giang's nine parks: the nearest figures the sources give, not alike.
  { key: 'parkArea', home: ['thanh-binh', 'phase-1-area-001'], peer: ['bac-giang', 'parks-established-area'], differs: true },
  { key: 'parkOccupancy', peer: ['bac-giang', 'parks-occupancy'] },
  { key: 'clustersPlanned', home: ['bac-kan', 'cluster-plan-clusters'], peer: ['bac-giang', 'clusters-planned-2030'] },
  { key: 'clustersEstablished', home: ['bac-kan', 'clusters-established'], peer: ['bac-giang', 'clusters-established'] },
  { key: 'clusterArea', home: ['bac-kan', 'clusters-established-area'], peer: ['bac-giang', 'clusters-established-area'] },
  { key: 'clusterOccupancy', peer: ['bac-giang', 'clusters-occupancy'] },
];

export interface ComparisonCell {
  owner: Owner;
  fact: Fact;
  /** The other figures of the fact's conflict group: a comparison never hides a disagreement. */
  others: Fact[];
}
export interface ComparisonRow {
  key: ComparisonRowKey;
  /** The two sides measure different things: the table shows both with their labels; the chart leaves the row out. */
  differs: boolean;
  home: ComparisonCell | undefined;
  peer: ComparisonCell | undefined;
}

/** Resolves the rows against the content; a row naming a fact that does not exist is a content error. */
export function comparisonRows(site: Pick<SiteData, 'owners'>): ComparisonRow[] {
  const owners = new Map<string, Owner>(site.owners.map((o) => [o.id, o]));
  const cell = (ref: [string, string] | undefined): ComparisonCell | undefined => {
    if (!ref) return undefined;
    const owner = owners.get(ref[0]);
    const fact = owner?.facts.find((f) => f.id === ref[1]);
    if (!owner || !fact)
      throw new Error(`src/lib/compare.ts: row refers to ${ref[0]}#${ref[1]}, which does not exist. Fix: update ROWS to an existing fact id`);
    const others = fact.conflictGroup ? owner.facts.filter((f) => f.conflictGroup === fact.conflictGroup && f !== fact) : [];
    return { owner, fact, others };
  };
  return ROWS.map((row) => ({ key: row.key, differs: row.differs === true, home: cell(row.home), peer: cell(row.peer) }));
}
