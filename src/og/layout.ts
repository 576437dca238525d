/**
 * The card as a satori element tree (plain objects, no JSX). Pure: the only input besides the
 * card is a text-measuring function, so sizes are computed from real glyph advances and the
 * title never overflows its box.
 *
 * Designed for the ~300 px thumbnails of Zalo/Facebook/LinkedIn (scale 1:4): the title stays
 * ≥ 40 px (≥ 10 px in the thumbnail), flat colours only (PNGs stay small), contrast ≥ 6.8:1 (AA needs 4.5).
 */
import type { OgCard } from './card.ts';
import { FONT_FAMILY, type FontWeight } from './fonts.ts';

export type Measure = (text: string, weight: FontWeight, sizePx: number) => number;

export const WIDTH = 1200;
export const HEIGHT = 630;

/** Deep teal with one amber accent. WCAG contrast: text/bg 12.4, muted/bg 8.7, accent/bg 6.8, onAccent/accent 6.8, muted/footer 10.2. */
export const PALETTE = {
  bg: '#0d3b36',
  footer: '#0a2f2b',
  text: '#ffffff',
  muted: '#c5ded7',
  accent: '#f3b63f',
  onAccent: '#0d3b36',
} as const;

/** One line. No overflow clipping: overflowProblems refuses a line that would not fit, and satori draws each clipped box through a mask, which costs resvg a layer. */
const ONE_LINE = { display: 'block', whiteSpace: 'nowrap' } as const;

// Geometry (px at 1200×630). Vertical: PAD_T + HEADER_H + GAP + title + GAP + figures + FOOTER_H = 630.
const STRIPE = 16;
const PAD_L = 84;
const PAD_R = 72;
const PAD_T = 44;
const CONTENT_W = WIDTH - PAD_L - PAD_R;
const HEADER_H = 56;
const GAP = 28;
const FOOTER_H = 74;
const FIGURES_H = 128; // label + value lines, and air above the footer
const TITLE_LH = 1.2; // room for stacked Vietnamese marks (Ấ, Ễ) between lines
const TITLE_SIZES = { max: 84, min: 40, step: 2 } as const;
const TITLE_MAX_LINES = 4;
/** Longer titles get smaller caps so a 4-line block does not swamp the card. */
const TITLE_CAP_BY_LINES = [84, 84, 84, 76, 68] as const;
const FIT = 0.95; // measured advances ignore kerning; keep a margin

export interface TitleFit {
  size: number;
  lines: number;
  /** True when even the smallest size needs more lines than the box holds: cut with "…". */
  clamped: boolean;
}

/** Where a line may break without a space (UAX #14): after dashes; after hyphens and slashes unless a digit or another one follows. */
const BREAK_AFTER = /(?<=[\u2013\u2014])|(?<=[-\u2010/])(?![-\u2010/\d])/;

/** Greedy line breaking on measured widths: the number of lines the text takes at `size`. */
export function countLines(text: string, size: number, maxWidth: number, measure: Measure): number {
  const space = measure(' ', 700, size);
  let lines = 1;
  let x = 0;
  for (const word of text.split(' ')) {
    word.split(BREAK_AFTER).forEach((piece, i) => {
      const w = measure(piece, 700, size);
      const gap = i === 0 && x > 0 ? space : 0;
      if (x + gap + w <= maxWidth) x += gap + w;
      else if (w <= maxWidth) {
        lines++;
        x = w;
      } else {
        // longer than a line: satori breaks it anywhere (overflowWrap: anywhere)
        if (x > 0) lines++;
        lines += Math.ceil(w / maxWidth) - 1;
        x = w - (Math.ceil(w / maxWidth) - 1) * maxWidth;
      }
    });
  }
  return lines;
}

/**
 * The largest title size whose wrapped lines fit the box height in at most TITLE_MAX_LINES.
 * A title too long even for that (~150+ characters) keeps the smallest size and takes as many
 * lines as the box holds, cut with "…" only beyond that.
 */
export function fitTitle(title: string, boxHeight: number, measure: Measure, maxWidth = CONTENT_W): TitleFit {
  for (let size = TITLE_SIZES.max; size >= TITLE_SIZES.min; size -= TITLE_SIZES.step) {
    const lines = countLines(title, size, maxWidth * FIT, measure);
    if (lines > TITLE_MAX_LINES || size > TITLE_CAP_BY_LINES[lines]!) continue;
    if (Math.round(size * TITLE_LH) * lines <= boxHeight) return { size, lines, clamped: false };
  }
  const size = TITLE_SIZES.min;
  const lines = countLines(title, size, maxWidth * FIT, measure);
  const capacity = Math.floor(boxHeight / Math.round(size * TITLE_LH));
  return lines <= capacity ? { size, lines, clamped: false } : { size, lines: capacity, clamped: true };
}

/**
 * Keeps short proper names on one line ("Bắc Kạn", "Nam Bằng Lũng"): a run of 2–3 capitalised
 * words inside a sentence-case title is joined with no-break spaces. Longer runs are title case
 * ("Thanh Bình Industrial Park") and stay breakable; punctuation ends a run.
 */
export function bindNames(title: string): string {
  const words = title.split(' ');
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 2 && run.length <= 3) out.push(run.join('\u00a0'));
    else out.push(...run);
    run = [];
  };
  for (const w of words) {
    if (/^\p{Lu}/u.test(w)) run.push(w);
    else {
      flush();
      out.push(w);
    }
    if (/[,:;.!?\u2013\u2014)]$/.test(w)) flush();
  }
  flush();
  return out.join(' ');
}

/** The title as drawn (names bound) and its size. */
export function titleLayout(title: string, figureCount: number, measure: Measure): TitleFit & { text: string } {
  const text = bindNames(title);
  return { text, ...fitTitle(text, titleBoxHeight(figureCount), measure) };
}

export function titleBoxHeight(figureCount: number): number {
  return HEIGHT - PAD_T - HEADER_H - GAP - (figureCount ? FIGURES_H : 0) - GAP - FOOTER_H;
}

const FIGURE_GAP = 64;
const figureColumn = (count: number) => (CONTENT_W - FIGURE_GAP * (count - 1)) / count;

/** One size for all figure values: the largest ≤ 60 px at which each fits its column on one line. */
export function fitFigures(values: string[], measure: Measure): number {
  if (!values.length) return 0;
  const colW = figureColumn(values.length) * FIT;
  let size = 60;
  while (size > 32 && values.some((v) => measure(v, 700, size) > colW)) size -= 2;
  return size;
}

// Sizes of the one-line texts.
const KIND = { size: 30, weight: 700, pad: 40, max: CONTENT_W * 0.55 } as const;
const SITE = { size: 28, weight: 700, mark: 40, gap: 14 } as const;
const LABEL = { size: 26, weight: 400 } as const;
const PROVINCE = { size: 30, weight: 400 } as const;

/**
 * The one-line fields that would not fit and be cut with "…" (a figure cut short is a wrong
 * figure), as messages naming the field. The title always fits: it wraps and shrinks.
 */
export function overflowProblems(card: OgCard, measure: Measure): string[] {
  const out: string[] = [];
  const check = (field: string, text: string, width: number, room: number) => {
    if (width > room * FIT) out.push(`${field} '${text}' is too long for the card (${Math.round(width)} px, room for ${Math.round(room * FIT)}): shorten it`);
  };
  const kindW = measure(card.kind, KIND.weight, KIND.size);
  check('kind', card.kind, kindW, KIND.max - KIND.pad);
  const pill = Math.min(kindW + KIND.pad, KIND.max);
  check('siteName', card.siteName, measure(card.siteName, SITE.weight, SITE.size), CONTENT_W - pill - 24 - SITE.mark - SITE.gap);
  out.push(...figureProblems(card.figures, measure));
  check('province', card.province, measure(card.province, PROVINCE.weight, PROVINCE.size), CONTENT_W);
  return out;
}

/** The figures' labels and values that would not fit their columns, drawn side by side. */
function figureProblems(figures: OgCard['figures'], measure: Measure): string[] {
  const size = fitFigures(
    figures.map((f) => f.value),
    measure,
  );
  const room = figureColumn(figures.length) * FIT;
  return figures.flatMap((f, i) =>
    (
      [
        ['label', f.label, measure(f.label, LABEL.weight, LABEL.size)],
        ['value', f.value, measure(f.value, 700, size)],
      ] as const
    ).flatMap(([field, text, width]) =>
      width > room ? [`figures[${i}].${field} '${text}' is too long for the card (${Math.round(width)} px, room for ${Math.round(room)}): shorten it`] : [],
    ),
  );
}

/**
 * The figures a card has room for: the first `max`, or fewer when one would not fit its column, so a long value
 * ("21 parks · 141 clusters · Bắc Kạn province", a sector prioritised in many places) takes the card's whole width
 * instead of being refused. A figure too long even alone is kept, for overflowProblems to refuse.
 */
export function figuresThatFit(figures: OgCard['figures'], max: number, measure: Measure): OgCard['figures'] {
  for (let n = Math.min(max, figures.length); n > 1; n--) if (figureProblems(figures.slice(0, n), measure).length === 0) return figures.slice(0, n);
  return figures.slice(0, 1);
}

type Style = Record<string, string | number>;
export interface El {
  type: string;
  props: { style?: Style; children?: El | string | (El | string)[]; [attr: string]: unknown };
}

const h = (type: string, style: Style, children?: El['props']['children'], attrs: Record<string, unknown> = {}): El => ({
  type,
  props: children === undefined ? { ...attrs, style } : { ...attrs, style, children },
});

/** A sawtooth factory roof: the site's mark, recognisable even at 10 px. */
function mark(size: number): El {
  return h('svg', { width: size, height: (size * 5) / 6 }, [h('path', {}, undefined, { d: 'M0 40V16L12 8V16L24 8V16L36 8V2H44V40Z', fill: PALETTE.accent })], {
    width: size,
    height: (size * 5) / 6,
    viewBox: '0 0 48 40',
  });
}

function header(card: OgCard): El {
  return h('div', { display: 'flex', height: HEADER_H, alignItems: 'center', justifyContent: 'space-between' }, [
    h(
      'div',
      {
        ...ONE_LINE,
        flexShrink: 0,
        backgroundColor: PALETTE.accent,
        color: PALETTE.onAccent,
        fontSize: KIND.size,
        fontWeight: KIND.weight,
        lineHeight: 1.2,
        padding: `7px ${KIND.pad / 2}px`,
        borderRadius: 8,
        maxWidth: KIND.max,
      },
      card.kind,
    ),
    h('div', { display: 'flex', alignItems: 'center', gap: SITE.gap, minWidth: 0, color: PALETTE.muted, fontSize: SITE.size, fontWeight: SITE.weight }, [
      mark(SITE.mark),
      h('div', ONE_LINE, card.siteName),
    ]),
  ]);
}

function figures(card: OgCard, measure: Measure): El | undefined {
  if (!card.figures.length) return undefined;
  const size = fitFigures(
    card.figures.map((f) => f.value),
    measure,
  );
  return h(
    'div',
    { display: 'flex', boxSizing: 'border-box', height: FIGURES_H, paddingTop: 4, gap: FIGURE_GAP, alignItems: 'flex-start' },
    card.figures.map((f) =>
      h('div', { display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0 }, [
        h('div', { ...ONE_LINE, color: PALETTE.muted, fontSize: LABEL.size, lineHeight: 1.25, fontWeight: LABEL.weight }, f.label),
        h('div', { ...ONE_LINE, color: PALETTE.accent, fontSize: size, lineHeight: 1.15, fontWeight: 700 }, f.value),
      ]),
    ),
  );
}

export function cardTree(card: OgCard, measure: Measure): El {
  const boxH = titleBoxHeight(card.figures.length);
  const fit = titleLayout(card.title, card.figures.length, measure);
  const title = h(
    'div',
    {
      display: 'block',
      color: PALETTE.text,
      fontSize: fit.size,
      lineHeight: TITLE_LH,
      fontWeight: 700,
      letterSpacing: -0.5,
      overflowWrap: 'anywhere',
      // Not both: satori 0.63 balances for the unclamped text, then clamps, cutting titles that fit.
      ...(fit.clamped ? { lineClamp: fit.lines, textOverflow: 'ellipsis' } : { textWrap: 'balance' }),
    },
    fit.text,
  );
  const figs = figures(card, measure);
  const footer = h(
    'div',
    {
      position: 'absolute',
      left: 0,
      right: 0,
      bottom: 0,
      height: FOOTER_H,
      display: 'flex',
      alignItems: 'center',
      paddingLeft: PAD_L,
      paddingRight: PAD_R,
      backgroundColor: PALETTE.footer,
      color: PALETTE.muted,
      fontSize: PROVINCE.size,
      fontWeight: PROVINCE.weight,
    },
    [h('div', ONE_LINE, card.province)],
  );
  return h(
    'div',
    {
      width: WIDTH,
      height: HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      position: 'relative',
      backgroundColor: PALETTE.bg,
      fontFamily: FONT_FAMILY,
      padding: `${PAD_T}px ${PAD_R}px ${FOOTER_H}px ${PAD_L}px`,
    },
    [
      h('div', { position: 'absolute', left: 0, top: 0, bottom: 0, width: STRIPE, backgroundColor: PALETTE.accent }),
      header(card),
      h(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          boxSizing: 'border-box',
          height: boxH + 2 * GAP,
          paddingTop: GAP,
          paddingBottom: GAP,
        },
        [title],
      ),
      ...(figs ? [figs] : []),
      footer,
    ],
    { lang: card.lang },
  );
}
