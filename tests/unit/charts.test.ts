/**
 * Chart geometry and chart data: stacked parts fill the canvas in order, legend lines never share a line, each
 * comparison row has its own scale, and the charts show only what the sources say (rows that measure different
 * things stay out; a plan whose parts do not add up to its stated total stops the build).
 */
import { describe, expect, it } from 'vitest';
import { useT } from '../../src/i18n/index.ts';
import { comparisonPairs, phaseParts, planParts } from '../../src/lib/chart-data.ts';
import { CHART_WIDTH, pairsLayout, partsLayout, type Part } from '../../src/lib/charts.ts';
import type { ComparisonRow } from '../../src/lib/compare.ts';
import { makeFact, makeProvince, makeZone } from './lib/site-fixture.ts';

const en = useT('en');
const vi = useT('vi');
const part = (label: string, value: number): Part => ({ label, value, text: `${value} ha` });

describe('partsLayout: parts of a whole as one stacked bar', () => {
  const layout = partsLayout([part('Phase I area', 73.5), part('Phase I extension area', 51), part('Phase II area', 80.3)]);

  it('stacks the parts left to right in proportion, filling the canvas', () => {
    const [a, b, c] = layout.segments;
    expect(a!.x).toBe(0);
    expect(b!.x).toBeCloseTo(a!.width);
    expect(c!.x + c!.width).toBeCloseTo(CHART_WIDTH);
    expect(a!.width / CHART_WIDTH).toBeCloseTo(73.5 / 204.8);
  });

  it('gives each legend entry its own lines below the bar, and the canvas room for them all', () => {
    const ys = layout.legend.map((l) => l.y);
    expect(ys[0]).toBeGreaterThan(layout.bar.y + layout.bar.height);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(36); // label + value line
    expect(layout.height).toBeGreaterThan(ys.at(-1)! + 30);
  });
});

describe('pairsLayout: measures side by side', () => {
  const v = (value: number) => ({ value, text: String(value) });
  const layout = pairsLayout(
    [
      { label: 'Clusters established', values: [v(3), v(54)] },
      { label: 'Area of established clusters', values: [v(130), v(2254)] },
      { label: 'Cluster occupancy', values: [undefined, v(54)] },
    ],
    2,
  );

  it('scales each row on its own: the larger value of every row has the same length', () => {
    expect(layout.rows[0]!.bars[1]!.width).toBeCloseTo(layout.rows[1]!.bars[1]!.width);
    expect(layout.rows[0]!.bars[0]!.width / layout.rows[0]!.bars[1]!.width).toBeCloseTo(3 / 54);
  });

  it('leaves room right of the longest bar for its value', () => {
    for (const row of layout.rows) for (const bar of row.bars) expect(bar.width).toBeLessThanOrEqual(CHART_WIDTH - 100);
  });

  it('draws no bar for a side the sources are silent on', () => {
    expect(layout.rows[2]!.bars[0]).toMatchObject({ value: undefined, width: 0 });
  });

  it('puts rows one under the other without overlap', () => {
    const [a, b] = layout.rows;
    expect(b!.y).toBeGreaterThan(a!.bars.at(-1)!.y + layout.barHeight);
  });
});

describe('chart data from the sourced figures', () => {
  const phases = [
    { id: 'phase-1', name: { vi: 'giai đoạn I', en: 'Phase I' } },
    { id: 'phase-2', name: { vi: 'giai đoạn II', en: 'Phase II' } },
  ];
  const area = (id: string, phase: string, value: number) => makeFact({ id, metric: 'area', unit: 'ha', value, phase });

  it("labels a zone's phases in the page's language and number format", () => {
    const zone = makeZone({ id: 'thanh-binh', phases, facts: [area('p1', 'phase-1', 73.5), area('p2', 'phase-2', 80.3)] });
    expect(phaseParts(zone, 'vi', vi)?.parts).toEqual([
      { label: 'Diện tích giai đoạn I', value: 73.5, text: '73,5 ha' },
      { label: 'Diện tích giai đoạn II', value: 80.3, text: '80,3 ha' },
    ]);
    expect(phaseParts(zone, 'en', en)?.total.value).toBe(153.8);
  });

  const plan = (total: number) =>
    makeProvince({
      facts: [
        makeFact({ id: 'cluster-plan-total-area', value: total, topic: 'cluster-plan' }),
        makeFact({ id: 'cluster-plan-area-2021-2030', value: 676.4, topic: 'cluster-plan' }),
        makeFact({ id: 'cluster-plan-expansion-2050', value: 227, topic: 'cluster-plan' }),
      ],
    });

  it("shows the cluster plan's two periods against the plan's own total", () => {
    const data = planParts(plan(903.4), 'en', en);
    expect(data?.parts.map((p) => [p.label, p.text])).toEqual([
      ['Clusters developed in 2021–2030', '676.4 ha'],
      ['Expansion in the vision to 2050', '227 ha'],
    ]);
  });

  it('stops the build, naming the file and the facts, when the periods do not add up to the total', () => {
    expect(() => planParts(plan(900), 'en', en)).toThrow(
      "src/content/provinces/bac-kan.yaml: the cluster plan's parts add up to 903.4 ha, not its total 900 ha. Fix: check the facts cluster-plan-area-2021-2030, cluster-plan-expansion-2050",
    );
  });

  it('leaves out of the comparison chart a row whose sides measure different things', () => {
    const owner = makeProvince();
    const cell = (value: number) => ({ owner, fact: makeFact({ value, unit: 'count' }), others: [] });
    const rows: ComparisonRow[] = [
      { key: 'parkArea', differs: true, home: cell(73.5), peer: cell(1967) },
      { key: 'clustersEstablished', differs: false, home: cell(3), peer: cell(54) },
      { key: 'parkOccupancy', differs: false, home: undefined, peer: undefined },
    ];
    expect(comparisonPairs(rows, 'en', en).map((p) => [p.label, p.values.map((x) => x?.text)])).toEqual([['Industrial clusters established', ['3', '54']]]);
  });
});
