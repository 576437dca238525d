/**
 * What a profile shows at a glance: each phase's area, their total as our sum (only when every term is exact and
 * its sources agree), then one headline figure per key metric. Inputs follow Thanh Bình's figures.
 */
import { describe, expect, it } from 'vitest';
import { phaseAreas, phaseTotal } from '../../src/lib/facts.ts';
import { homeGlance, zoneGlance, type GlanceItem } from '../../src/lib/glance.ts';
import type { Fact } from '../../src/lib/types.ts';
import { makeFact, makeProvince, makeZone } from './lib/site-fixture.ts';

const phases = [
  { id: 'phase-1', name: { vi: 'giai đoạn I', en: 'Phase I' } },
  { id: 'phase-1-extension', name: { vi: 'phần mở rộng giai đoạn I', en: 'Phase I extension' } },
  { id: 'phase-2', name: { vi: 'giai đoạn II', en: 'Phase II' } },
];
const area = (id: string, phase: string, value: number, over: Partial<Fact> = {}) => makeFact({ id, metric: 'area', unit: 'ha', value, phase, ...over });
const thanhBinhAreas = [
  area('phase-1-area-000', 'phase-1', 73, { qualifier: 'over', conflictGroup: 'phase-1-area' }),
  area('phase-1-area-001', 'phase-1', 73.5, { conflictGroup: 'phase-1-area' }),
  area('phase-1-extension-area-001', 'phase-1-extension', 51),
  area('phase-2-area-001', 'phase-2', 80.3),
];
const workers = makeFact({ id: 'workers-000', metric: 'workers', value: 775, unit: 'people', topic: 'operations' });
const revenueH1 = makeFact({ id: 'revenue-h1-000', metric: 'revenue', value: 350e9, unit: 'vnd', qualifier: 'over', topic: 'performance' });
const ids = (item: GlanceItem) => (item.kind === 'total' ? ['total', ...item.total.terms.map((f) => f.id)] : item.facts.map((f) => f.id));

describe('phaseTotal: the total area as our sum of the phases', () => {
  it('adds the most precise figure of each phase: 73.5 + 51 + 80.3 = 204.8 ha (not 204.79999…)', () => {
    const total = phaseTotal(phaseAreas({ phases, facts: thanhBinhAreas }));
    expect(total?.value).toBe(204.8);
    expect(total?.terms.map((f) => f.id)).toEqual(['phase-1-area-001', 'phase-1-extension-area-001', 'phase-2-area-001']);
  });

  it('gives no total when a phase is known only as "over" a figure (the sum would claim a precision the sources lack)', () => {
    const facts = [area('p1', 'phase-1', 73, { qualifier: 'over' }), area('p2', 'phase-2', 80.3)];
    expect(phaseTotal(phaseAreas({ phases, facts }))).toBeUndefined();
  });

  it('gives no total when the sources disagree on a phase', () => {
    const facts = [area('a', 'phase-1', 73.5), area('b', 'phase-1', 90), area('p2', 'phase-2', 80.3)];
    expect(phaseTotal(phaseAreas({ phases, facts }))).toBeUndefined();
  });

  it('gives no total for a single phase (its figure is the total)', () => {
    expect(phaseTotal(phaseAreas({ phases, facts: [area('p2', 'phase-2', 80.3)] }))).toBeUndefined();
  });

  it('leaves out targets and phases no figure measures', () => {
    const facts = [area('p1', 'phase-1', 73.5), area('goal', 'phase-2', 300, { qualifier: 'target' })];
    expect(phaseAreas({ phases, facts }).map((p) => p.phase.id)).toEqual(['phase-1']);
  });
});

describe('zoneGlance', () => {
  const zone = makeZone({ phases, facts: [...thanhBinhAreas, workers, revenueH1] });

  it('shows each phase (its sources together), then the total, then the other headline figures', () => {
    expect(zoneGlance(zone).map(ids)).toEqual([
      ['phase-1-area-000', 'phase-1-area-001'],
      ['phase-1-extension-area-001'],
      ['phase-2-area-001'],
      ['total', 'phase-1-area-001', 'phase-1-extension-area-001', 'phase-2-area-001'],
      ['workers-000'],
    ]);
  });

  it('names each phase item by its phase, in both languages', () => {
    const first = zoneGlance(zone)[0]!;
    expect(first.kind === 'figures' && first.phase).toEqual({ vi: 'giai đoạn I', en: 'Phase I' });
  });

  it('keeps the half-year revenue of an unnamed year out of the glance', () => {
    expect(zoneGlance(zone).flatMap(ids)).not.toContain('revenue-h1-000');
  });

  it('without phases shows the one area figure as before', () => {
    const cluster = makeZone({ facts: [makeFact({ id: 'cluster-area', metric: 'area', unit: 'ha', value: 20 }), workers] });
    expect(zoneGlance(cluster).map(ids)).toEqual([['cluster-area'], ['workers-000']]);
  });
});

describe('homeGlance', () => {
  const plan = (id: string, topic: Fact['topic'] = 'cluster-plan') => makeFact({ id, topic });
  const home = makeProvince({ facts: [plan('results', 'industry-results'), plan('plan-clusters'), plan('plan-area'), plan('plan-budget')] });

  it("shows the first park's total area (not each phase) and its headline figures, and the first two figures of the cluster plan", () => {
    const cluster = makeZone({ id: 'na-ri', kind: 'cluster', facts: [makeFact({ id: 'cluster-area' })] });
    const park = makeZone({ phases, facts: [...thanhBinhAreas, workers, revenueH1] });
    const glance = homeGlance({ zones: [cluster, park], home });
    expect(glance.park?.id).toBe('mau');
    expect(glance.parkItems.map(ids)).toEqual([['total', 'phase-1-area-001', 'phase-1-extension-area-001', 'phase-2-area-001'], ['workers-000']]);
    expect(glance.planItems.map(ids)).toEqual([['plan-clusters'], ['plan-area']]);
  });

  it('shows no park figures when the site has no park', () => {
    const glance = homeGlance({ zones: [makeZone({ kind: 'cluster' })], home });
    expect(glance.park).toBeUndefined();
    expect(glance.parkItems).toEqual([]);
  });
});
