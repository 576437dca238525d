/**
 * PNG encoding for the images we draw ourselves (OG cards, QR codes): opaque pixels, filter 0, zlib
 * level 3. Flat colours compress well without filters, and this is several times faster than resvg's
 * asPng() or pngjs, with smaller files. Plain Node 22 TypeScript: it also runs in the OG render workers
 * (src/og/worker.ts), and is part of the OG cache fingerprint, so a change here re-renders every card.
 * Lossless throughout: a decoder gets back exactly the pixels resvg drew (tests/og/render.test.ts).
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

/**
 * `raw` holds each row prefixed by its filter byte (0). Colour type 0 is grey, 2 is RGB, 3 indexed (one byte a
 * pixel into `palette`, RGB triples); 8 bits a sample, or 1 for a bilevel grey image.
 */
function png(width: number, height: number, colourType: 0 | 2 | 3, raw: Buffer, palette?: Uint8Array, bitDepth: 1 | 8 = 8): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = bitDepth;
  ihdr[9] = colourType;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    ...(palette ? [chunk('PLTE', palette)] : []),
    chunk('IDAT', deflateSync(raw, { level: 3 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/**
 * Opaque RGBA pixels (as resvg returns them; the alpha channel is dropped) as a PNG. A card of flat colours with
 * anti-aliased text has about 140 colours: then it is written indexed, a third of the bytes for deflate to read and
 * no per-channel copy, which halves the encoding time; an image of more than 256 colours is written as RGB.
 */
export function encodeOpaquePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : Uint8Array.from(rgba);
  const pixels = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  // Colour → palette entry, in an open-addressed table of 1,024 slots: several times faster than a Map here.
  const keys = new Int32Array(1024).fill(-1);
  const entries = new Uint8Array(1024);
  const palette = new Uint8Array(256 * 3);
  let colours = 0;
  const raw = new Uint8Array((width + 1) * height);
  let previous = -1;
  let entry = 0;
  for (let y = 0, s = 0, d = 0; y < height; y++) {
    raw[d++] = 0;
    for (let x = 0; x < width; x++, s++) {
      const colour = pixels[s]! & 0xffffff; // little-endian RGBA: R in the low byte
      if (colour !== previous) {
        let slot = Math.imul(colour, 0x9e3779b1) >>> 22;
        while (keys[slot] !== colour && keys[slot] !== -1) slot = (slot + 1) & 1023;
        if (keys[slot] === -1) {
          if (colours === 256) return encodeRgbPng(rgba, width, height);
          keys[slot] = colour;
          entries[slot] = colours;
          palette.set([colour & 0xff, (colour >>> 8) & 0xff, colour >>> 16], colours * 3);
          colours++;
        }
        previous = colour;
        entry = entries[slot]!;
      }
      raw[d++] = entry;
    }
  }
  return png(width, height, 3, Buffer.from(raw.buffer), palette.subarray(0, colours * 3));
}

/** RGBA pixels as an RGB PNG: the alpha channel is dropped. */
function encodeRgbPng(rgba: Uint8Array, width: number, height: number): Buffer {
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

/** A black-and-white image given as rows of bits, most significant first, 1 white (1-bit greyscale). */
export function encodeBilevelPng(bits: Uint8Array, width: number, height: number): Buffer {
  const stride = Math.ceil(width / 8);
  const raw = Buffer.allocUnsafe((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    raw.set(bits.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return png(width, height, 0, raw, undefined, 1);
}
