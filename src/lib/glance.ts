/**
 * What a profile shows at a glance, chosen for an investor: the area of each phase and their total (our sum,
 * said to be ours), then the first headline figure of each key metric. Pure: the components only draw it.
 */
import { keyFacts, phaseAreas, phaseTotal, type PhaseTotal } from './facts.ts';
import type { Bilingual, Fact, SiteData, Zone } from './types.ts';

export type GlanceItem =
  /** Sourced figures: one, or the figures of one conflict group shown together; `phase` names what they measure. */
  | { kind: 'figures'; facts: Fact[]; phase?: Bilingual | undefined }
  /** The total of the phases' areas, computed by us from the figures it names. */
  | { kind: 'total'; total: PhaseTotal };

/**
 * A zone's glance. With phases, each phase's area replaces the one area figure and the total follows them;
 * `phases: 'total'` keeps only the total (the home page, where the profile is one link away).
 */
export function zoneGlance(
  zone: Pick<Zone, 'phases' | 'facts'>,
  { max = 8, phases: show = 'each' }: { max?: number; phases?: 'each' | 'total' } = {},
): GlanceItem[] {
  const phases = phaseAreas(zone);
  const total = phaseTotal(phases);
  const areaItems: GlanceItem[] = [
    ...(show === 'each' || !total ? phases.map((p): GlanceItem => ({ kind: 'figures', facts: p.facts, phase: p.phase.name })) : []),
    ...(total ? [{ kind: 'total', total } as const] : []),
  ];
  const others = keyFacts(zone.facts).filter((group) => areaItems.length === 0 || group[0]!.metric !== 'area');
  return [...areaItems, ...others.map((facts): GlanceItem => ({ kind: 'figures', facts }))].slice(0, max);
}

/** The home page's figures at a glance: the first park's (its total area, not each phase) and the first two of the cluster plan. */
export function homeGlance(site: Pick<SiteData, 'zones' | 'home'>): { park: Zone | undefined; parkItems: GlanceItem[]; planItems: GlanceItem[] } {
  const park = site.zones.find((z) => z.kind === 'park');
  return {
    park,
    parkItems: park ? zoneGlance(park, { max: 4, phases: 'total' }) : [],
    planItems: site.home.facts
      .filter((f) => f.topic === 'cluster-plan')
      .slice(0, 2)
      .map((f) => ({ kind: 'figures', facts: [f] })),
  };
}
