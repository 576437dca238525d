/**
 * Chart geometry, computed at build time for inline SVG (no script in the page). Scales and stacking come from
 * d3-scale and d3-shape; this module only decides where things go. Charts are drawn phone-first on a 360-unit
 * wide canvas and scale up, and text never shares a line with another text, so nothing collides at any width.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';

/** The drawing width, in SVG units: a phone's column. */
export const CHART_WIDTH = 360;
const LINE = 18;

/**
 * One value of a chart, already formatted in the page's language. Charts hold no links (an image with controls
 * inside is one control too many for a screen reader); the same figures are linked to their sources in the key
 * figures and tables beside the chart.
 */
export interface ChartValue {
  value: number;
  /** The value as the page writes it ("73.5 ha", "73,5 ha"). */
  text: string;
}

export interface Part extends ChartValue {
  label: string;
}

export interface PartsLayout {
  height: number;
  bar: { y: number; height: number };
  segments: { part: Part; index: number; x: number; width: number }[];
  legend: { part: Part; index: number; y: number }[];
}

/** Parts of a whole as one stacked bar with a legend under it: a zone's phases, a plan's periods. */
export function partsLayout(parts: readonly Part[]): PartsLayout {
  const keys = parts.map((_, i) => String(i));
  const row = Object.fromEntries(parts.map((p, i) => [String(i), p.value]));
  const series = stack<Record<string, number>>().keys(keys)([row]);
  const total = parts.reduce((sum, p) => sum + p.value, 0);
  const x = scaleLinear().domain([0, total]).range([0, CHART_WIDTH]);
  const bar = { y: 0, height: 28 };
  const segments = series.map((s, index) => {
    const [start, end] = s[0]!;
    return { part: parts[index]!, index, x: x(start), width: x(end) - x(start) };
  });
  const top = bar.height + 16;
  const legend = parts.map((part, index) => ({ part, index, y: top + index * 2.4 * LINE }));
  return { height: top + parts.length * 2.4 * LINE - LINE * 0.4, bar, segments, legend };
}

export interface Pair {
  label: string;
  /** One value per side (home, peer); a side the sources are silent on has none. */
  values: readonly (ChartValue | undefined)[];
}

export interface PairsLayout {
  height: number;
  rows: {
    pair: Pair;
    /** Baseline of the row's label. */
    y: number;
    bars: { side: number; value: ChartValue | undefined; y: number; width: number }[];
  }[];
  barHeight: number;
}

/** Room kept right of the longest bar for its value. */
const VALUE_ROOM = 120;

/**
 * Like beside like, one row per measure and one bar per side. Each row has its own scale (a count of parks and an
 * area in hectares share no axis), so bars compare only within a row, as the row's label says.
 */
export function pairsLayout(pairs: readonly Pair[], sides: number): PairsLayout {
  const barHeight = 14;
  // The bars start a little below the label's line: a fallback font's taller line box must not reach them.
  const barsTop = LINE + 4;
  const rowHeight = barsTop + sides * (barHeight + 6) + 14;
  const y = scaleBand<number>()
    .domain(pairs.map((_, i) => i))
    .range([0, pairs.length * rowHeight]);
  const rows = pairs.map((pair, i) => {
    const top = y(i)!;
    const max = Math.max(...pair.values.map((v) => v?.value ?? 0));
    const width = scaleLinear()
      .domain([0, max || 1])
      .range([0, CHART_WIDTH - VALUE_ROOM]);
    return {
      pair,
      y: top + LINE * 0.8,
      bars: pair.values.map((value, side) => ({ side, value, y: top + barsTop + side * (barHeight + 6), width: value ? Math.max(width(value.value), 1) : 0 })),
    };
  });
  return { height: pairs.length * rowHeight - 8, rows, barHeight };
}
