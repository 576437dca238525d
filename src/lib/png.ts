/**
 * PNG encoding for the images we draw ourselves (OG cards, QR codes): opaque pixels, filter 0, zlib
 * level 3. Flat colours compress well without filters, and this is several times faster than resvg's
 * asPng() or pngjs, with smaller files. Plain Node 22 TypeScript: it also runs in the OG render workers
 * (src/og/worker.ts), and is part of the OG cache fingerprint, so a change here re-renders every card.
 */
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** `raw` holds each row prefixed by its filter byte (0). Colour type 0 is grey, 2 is RGB; 8 bits a sample. */
function png(width: number, height: number, colourType: 0 | 2, raw: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = colourType;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 3 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** RGBA pixels (as resvg returns them) as an RGB PNG: the alpha channel is dropped. */
export function encodeRgbPng(rgba: Uint8Array, width: number, height: number): Buffer {
  const raw = Buffer.allocUnsafe((width * 3 + 1) * height);
  let d = 0;
  let s = 0;
  for (let y = 0; y < height; y++) {
    raw[d++] = 0;
    for (let x = 0; x < width; x++, s += 4) {
      raw[d++] = rgba[s]!;
      raw[d++] = rgba[s + 1]!;
      raw[d++] = rgba[s + 2]!;
    }
  }
  return png(width, height, 2, raw);
}

/** A greyscale image given as one byte per pixel (0 black … 255 white). */
export function encodeGreyPng(grey: Uint8Array, width: number, height: number): Buffer {
  const raw = Buffer.allocUnsafe((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0;
    raw.set(grey.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  }
  return png(width, height, 0, raw);
}
