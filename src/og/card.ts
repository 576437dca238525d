/**
 * The card contract: what the site hands the renderer (OgCard), the options and result of
 * renderOgImages, and the normalisation and input checks every card goes through. No imports:
 * the renderer's modules depend on this file, never the other way round. The site imports it
 * through index.ts.
 */

export interface OgCard {
  lang: 'vi' | 'en';
  /** Output path relative to the site root, e.g. 'og/en/zones/thanh-binh.png' */
  path: string;
  /** May be long (source-article titles run to ~110 characters); the layout shrinks it to fit. */
  title: string;
  /** Already localised: "Industrial park" / "Khu công nghiệp", "Sector", "Source article"… */
  kind: string;
  /** 0–2 key figures, already formatted for the language ("Area" / "153.8 ha"). */
  figures: { label: string; value: string }[];
  /** e.g. "Bắc Kạn province · now Thái Nguyên" */
  province: string;
  /** "Zone Briefs · Bắc Kạn" */
  siteName: string;
}

export interface RenderOptions {
  /** Where the images go (under each card's path); without it they are only rendered into the cache. */
  outDir?: string;
  /** Default: <project>/.cache/og */
  cacheDir?: string;
  /** Default: os.availableParallelism(), capped by the number of cards to render. */
  workers?: number;
  log?: (msg: string) => void;
  /** Called with the images ready (reused or rendered) of the total, as renders finish. */
  onProgress?: (done: number, total: number) => void;
}

export interface RenderResult {
  rendered: number;
  reused: number;
  /** Absolute paths of every written image (the cache entry when no outDir is given), in input order. */
  files: string[];
  /** The cache entry of each card, in input order. */
  cached: string[];
}

export const MAX_FIGURES = 2;

/** NFC, with runs of white space made one space. */
export const nfc = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * NFC and collapsed whitespace (sources carry non-breaking spaces), so that equal-looking cards
 * hash and render the same. Key order is fixed here: the cache key is this object's JSON.
 */
export function normaliseCard(card: OgCard): OgCard {
  return {
    lang: card.lang,
    path: card.path.replace(/\\/g, '/').replace(/^\/+/, ''),
    title: nfc(card.title),
    kind: nfc(card.kind),
    figures: card.figures.slice(0, MAX_FIGURES).map((f) => ({ label: nfc(f.label), value: nfc(f.value) })),
    province: nfc(card.province),
    siteName: nfc(card.siteName),
  };
}

/** Problems that would publish a wrong image; each message names the card and the field. */
export function cardProblems(card: OgCard, missingGlyphs: (text: string) => string[]): string[] {
  const problems: string[] = [];
  const where = card.path || '(no path)';
  if (card.lang !== 'vi' && card.lang !== 'en') problems.push(`${where}: lang must be 'vi' or 'en', got '${String(card.lang)}'`);
  if (!/^[\w./-]+\.png$/.test(card.path) || card.path.split('/').includes('..'))
    problems.push(`${where}: path must be a relative .png path of ASCII segments, got '${card.path}'`);
  if (!card.title.trim()) problems.push(`${where}: title is empty`);
  if (card.figures.length > MAX_FIGURES) problems.push(`${where}: at most ${MAX_FIGURES} figures, got ${card.figures.length}`);
  const fields: [string, string][] = [
    ['title', card.title],
    ['kind', card.kind],
    ['province', card.province],
    ['siteName', card.siteName],
    ...card.figures.flatMap((f, i): [string, string][] => [
      [`figures[${i}].label`, f.label],
      [`figures[${i}].value`, f.value],
    ]),
  ];
  for (const [field, text] of fields) {
    const missing = missingGlyphs(text);
    if (missing.length)
      problems.push(
        `${where}: ${field} has characters the fonts cannot draw (they would come out blank): ` +
          missing.map((c) => `'${c}' U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', '),
      );
  }
  return problems;
}
