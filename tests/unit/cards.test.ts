/**
 * The figures printed on share cards: one or two per page, in the card's language, with short labels, and a
 * figure the sources disagree on showing every value.
 */
import { describe, expect, it } from 'vitest';
import { useT } from '../../src/i18n/index.ts';
import { countFigure, factFigure, figureOf, zoneFigures } from '../../src/lib/cards.ts';
import type { Fact } from '../../src/lib/types.ts';
import { makeFact, makeProvince, makeZone } from './lib/site-fixture.ts';

const en = useT('en');
const vi = useT('vi');

function workers(value: number, over: Partial<Fact> = {}): Fact {
  return makeFact({
    id: `workers-${value}`,
    metric: 'workers',
    value,
    unit: 'people',
    label: { vi: 'Lao động', en: 'Workers' },
    topic: 'operations',
    conflictGroup: 'workers',
    ...over,
  });
}
const projects = makeFact({ id: 'projects', metric: 'projects', value: 12, unit: 'count', label: { vi: 'Dự án', en: 'Projects' }, topic: 'operations' });
const areaTarget = makeFact({ id: 'area-2030', value: 500, qualifier: 'target', label: { vi: 'Diện tích đến 2030', en: 'Area by 2030' } });

describe('figureOf', () => {
  it("labels a figure with its metric's short card label", () => {
    expect(figureOf([makeFact()], 'en', en)).toEqual({ label: 'Area', value: '73.5 ha' });
    expect(figureOf([makeFact()], 'vi', vi)).toEqual({ label: 'Diện tích', value: '73,5 ha' });
  });

  it('shows every distinct value of a conflict group, joined by " / "', () => {
    expect(figureOf([workers(775), workers(1000)], 'en', en)).toEqual({ label: 'Workers', value: '775 people / 1,000 people' });
    expect(figureOf([workers(775), workers(1000)], 'vi', vi)).toEqual({ label: 'Lao động', value: '775 người / 1.000 người' });
  });

  it('shows a value two sources agree on once', () => {
    expect(figureOf([workers(775), workers(775, { id: 'workers-again', source: 'bai-khac' })], 'en', en).value).toBe('775 people');
  });

  it('keeps a qualifier that tells two values apart', () => {
    expect(figureOf([workers(775), workers(775, { id: 'workers-over', qualifier: 'over' })], 'en', en).value).toBe('775 people / over 775 people');
  });

  it('uses the label it is given instead of the metric label', () => {
    expect(figureOf([makeFact()], 'en', en, 'Phase I')).toEqual({ label: 'Phase I', value: '73.5 ha' });
  });
});

describe('factFigure', () => {
  const home = makeProvince({ facts: [makeFact({ id: 'cluster-plan-total-area', value: 903.4, topic: 'cluster-plan' })] });

  it("shows the owner's fact with that id under the given label", () => {
    expect(factFigure(home, 'cluster-plan-total-area', 'Cluster area planned', 'en', en)).toEqual([{ label: 'Cluster area planned', value: '903.4 ha' }]);
    expect(factFigure(home, 'cluster-plan-total-area', 'Diện tích CCN quy hoạch', 'vi', vi)).toEqual([{ label: 'Diện tích CCN quy hoạch', value: '903,4 ha' }]);
  });

  it('shows nothing for a fact id the owner does not have', () => {
    expect(factFigure(home, 'parks-occupancy', 'Park occupancy', 'en', en)).toEqual([]);
  });
});

describe('countFigure', () => {
  it('writes the count with the language’s thousands separator', () => {
    expect(countFigure('Terms', 1234, 'en')).toEqual({ label: 'Terms', value: '1,234' });
    expect(countFigure('Thuật ngữ', 1234, 'vi')).toEqual({ label: 'Thuật ngữ', value: '1.234' });
  });
});

describe('zoneFigures', () => {
  it("shows a park's headline figures, area first, whatever order the content lists them in", () => {
    const park = makeZone({ facts: [projects, workers(775, { conflictGroup: undefined }), makeFact()] });
    expect(zoneFigures(park, 'en', en)).toEqual([
      { label: 'Area', value: '73.5 ha' },
      { label: 'Projects', value: '12' },
    ]);
  });

  it("shows a park with phases by the total of its phases, never one phase's area as the park's", () => {
    const phases = [
      { id: 'phase-1', name: { vi: 'giai đoạn I', en: 'Phase I' } },
      { id: 'phase-2', name: { vi: 'giai đoạn II', en: 'Phase II' } },
    ];
    const area = (id: string, phase: string, value: number) => makeFact({ id, value, phase });
    const park = makeZone({ phases, facts: [area('p1', 'phase-1', 73.5), area('p2', 'phase-2', 80.3), projects] });
    expect(zoneFigures(park, 'vi', vi)).toEqual([
      { label: 'Tổng diện tích các giai đoạn', value: '153,8 ha' },
      { label: 'Dự án', value: '12' },
    ]);
  });

  it('skips a target when choosing a park’s figure', () => {
    const park = makeZone({ facts: [areaTarget, makeFact()] });
    expect(zoneFigures(park, 'en', en)).toEqual([{ label: 'Area', value: '73.5 ha' }]);
  });

  it('shows every value of a disputed park figure', () => {
    const park = makeZone({ facts: [workers(775), workers(1000)] });
    expect(zoneFigures(park, 'en', en)).toEqual([{ label: 'Workers', value: '775 people / 1,000 people' }]);
  });

  it('shows no figure for a park without headline figures', () => {
    const park = makeZone({ facts: [makeFact({ id: 'share', metric: 'share', value: 40, unit: 'percent', label: { vi: 'Tỷ lệ', en: 'Share' } })] });
    expect(zoneFigures(park, 'en', en)).toEqual([]);
  });

  it("shows a cluster's district (its location up to the first comma) and, with no figure or status, its number of distinct priority sectors", () => {
    const link = (sector: string) => ({ sector, source: 'bai-mau', quote: 'Tỉnh ưu tiên thu hút các dự án chế biến gỗ' });
    const cluster = makeZone({
      kind: 'cluster',
      location: { vi: 'huyện Bạch Thông, tỉnh Bắc Kạn', en: 'Bạch Thông district, Bắc Kạn province' },
      facts: [],
      sectors: [link('wood-processing'), link('garments'), link('wood-processing')],
    });
    expect(zoneFigures(cluster, 'en', en)).toEqual([
      { label: 'Location', value: 'Bạch Thông district' },
      { label: 'Priority sectors', value: '2' },
    ]);
    expect(zoneFigures(cluster, 'vi', vi)).toEqual([
      { label: 'Địa điểm', value: 'huyện Bạch Thông' },
      { label: 'Ngành ưu tiên', value: '2' },
    ]);
  });

  it('shows the whole location of a cluster whose location has no comma', () => {
    const cluster = makeZone({ kind: 'cluster', location: { vi: 'thành phố Bắc Kạn', en: 'Bắc Kạn city' }, facts: [], sectors: [] });
    expect(zoneFigures(cluster, 'en', en)).toEqual([
      { label: 'Location', value: 'Bắc Kạn city' },
      { label: 'Priority sectors', value: '0' },
    ]);
  });
});
