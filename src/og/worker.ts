/**
 * Renders one card: layout → satori (SVG, text as paths) → resvg (PNG).
 * Also the entry point of the render pool's worker threads, so it must run under plain Node 22
 * type stripping: erasable TypeScript only, local imports with their .ts extension.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import satori from 'satori';
import resvg from '@resvg/resvg-js';
import { encodeOpaquePng } from '../lib/png.ts';
import type { OgCard } from './card.ts';
import { satoriFonts } from './fonts.ts';
import { textWidth } from './glyphs.ts';
import { cardTree, HEIGHT, WIDTH } from './layout.ts';
import { WORKER_ROLE, type Job, type Reply } from './protocol.ts';

type SatoriElement = Parameters<typeof satori>[0];

export function cardSvg(card: OgCard): Promise<string> {
  return satori(cardTree(card, textWidth) as unknown as SatoriElement, { width: WIDTH, height: HEIGHT, fonts: satoriFonts() });
}

/** `width` scales the output (e.g. 300 for a thumbnail preview); default 1200. */
export function svgToPng(svg: string, width?: number): Buffer {
  const r = new resvg.Resvg(svg, {
    fitTo: width ? { mode: 'width', value: width } : { mode: 'original' },
    // satori already turned text into paths: skip resvg's (slow) system font scan
    font: { loadSystemFonts: false },
  });
  const img = r.render();
  return encodeOpaquePng(img.pixels, img.width, img.height);
}

export async function renderCardPng(card: OgCard, width?: number): Promise<Buffer> {
  return svgToPng(await cardSvg(card), width);
}

if (!isMainThread && parentPort && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  const port = parentPort;
  satoriFonts(); // read the fonts once, before the first job arrives
  port.on('message', (job: Job) => {
    renderCardPng(job.card).then(
      (png) => {
        const bytes = new Uint8Array(png); // a copy we own, so it can be transferred
        port.postMessage({ id: job.id, png: bytes } satisfies Reply, [bytes.buffer]);
      },
      (e: unknown) => port.postMessage({ id: job.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies Reply),
    );
  });
}
