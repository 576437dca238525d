/**
 * Renders one card: layout → satori (SVG, text as paths) → resvg (PNG).
 * Also the entry point of the render pool's worker threads, so it must run under plain Node 22
 * type stripping: erasable TypeScript only, local imports with their .ts extension.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { crc32, deflateSync } from 'node:zlib';
import satori from 'satori';
import resvg from '@resvg/resvg-js';
import { WORKER_ROLE, type Job, type OgCard, type Reply } from './card.ts';
import { satoriFonts } from './fonts.ts';
import { textWidth } from './glyphs.ts';
import { cardTree, HEIGHT, WIDTH } from './layout.ts';

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
  return encodePng(img.pixels, img.width, img.height);
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * resvg's pixels as an opaque RGB PNG. The card has no transparency, so the alpha channel is
 * dropped; with filter 0 and zlib level 3 this encodes in about half the time of resvg's
 * asPng() and yields smaller files (flat colours compress well without filters).
 */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 3 + 1;
  const raw = Buffer.allocUnsafe(stride * height);
  let d = 0;
  let s = 0;
  for (let y = 0; y < height; y++) {
    raw[d++] = 0; // filter type: none
    for (let x = 0; x < width; x++, s += 4) {
      raw[d++] = rgba[s]!;
      raw[d++] = rgba[s + 1]!;
      raw[d++] = rgba[s + 2]!;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: truecolour, no alpha
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 3 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
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
