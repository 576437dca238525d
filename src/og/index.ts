/**
 * The public door of the OG renderer: the rest of the site imports from this file only.
 * Everything else in src/og is internal (tests may reach in).
 */
export { cardFigures, renderOgImages } from './render.ts';
export { missingGlyphs } from './glyphs.ts';
export { MAX_FIGURES, type OgCard, type RenderOptions, type RenderResult } from './card.ts';
