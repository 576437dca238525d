import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import resvg from '@resvg/resvg-js';
import { qrPng, qrSvg } from '../../src/lib/qr.ts';

const URL_EN = 'https://zone-briefs.example.org/en/zones/thanh-binh/';
const URL_VI = 'https://zone-briefs.example.org/vi/zones/thanh-binh/';

/** Reads the module grid back out of the SVG path ("M4 4.5h7m2 0h2…": one stroke per run of dark modules). */
function modulesFromSvg(svg: string): boolean[][] {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const d = /<path[^>]*stroke="#000000"[^>]*\sd="([^"]+)"/.exec(svg)?.[1] ?? '';
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([Mmh])([^Mmh]*)/g)) {
    const n = args!
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    if (cmd === 'M') [x, y] = [n[0]!, n[1]!];
    else if (cmd === 'm') [x, y] = [x + n[0]!, y + n[1]!];
    else {
      for (let i = 0; i < n[0]!; i++) grid[Math.floor(y)]![x + i] = true;
      x += n[0]!;
    }
  }
  return grid;
}

describe('qrSvg', () => {
  it('is an inline SVG, dark modules on a light ground', async () => {
    const svg = await qrSvg(URL_EN);
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*viewBox="0 0 \d+ \d+"/);
    expect(svg).toMatch(/<\/svg>$/);
    expect(svg).toContain('fill="#ffffff"');
    const dark = modulesFromSvg(svg).flat().filter(Boolean).length;
    expect(dark).toBeGreaterThan(300);
  });

  it('encodes exactly the URL, with a 4-module quiet zone and the three finder patterns', async () => {
    const grid = modulesFromSvg(await qrSvg(URL_EN));
    const qr = QRCode.create(URL_EN, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size;
    expect(grid).toHaveLength(n + 8);
    for (let r = 0; r < n + 8; r++)
      for (let c = 0; c < n + 8; c++) {
        const inside = r >= 4 && c >= 4 && r < n + 4 && c < n + 4;
        const expected = inside ? qr.modules.get(r - 4, c - 4) === 1 : false;
        if (grid[r]![c] !== expected) throw new Error(`module (${r}, ${c}) is ${grid[r]![c]}, expected ${expected}`);
      }
    // finder pattern: a dark 7×7 ring, a light ring, a dark 3×3 core, at three corners
    const finder = (r0: number, c0: number) =>
      Array.from({ length: 7 }, (_, r) => Array.from({ length: 7 }, (_, c) => (grid[r0 + r]![c0 + c] ? '#' : '.')).join('')).join('/');
    const FINDER = '#######/#.....#/#.###.#/#.###.#/#.###.#/#.....#/#######';
    expect(finder(4, 4)).toBe(FINDER);
    expect(finder(4, n - 3)).toBe(FINDER);
    expect(finder(n - 3, 4)).toBe(FINDER);
  });

  it('is deterministic for a URL and differs between URLs', async () => {
    expect(await qrSvg(URL_EN)).toBe(await qrSvg(URL_EN));
    expect(await qrSvg(URL_EN)).not.toBe(await qrSvg(URL_VI));
  });

  it('rasterises dark on light (what a printer gets)', async () => {
    const img = new resvg.Resvg(await qrSvg(URL_EN), { fitTo: { mode: 'width', value: 410 } }).render();
    const px = img.pixels;
    const at = (x: number, y: number) => px[(y * img.width + x) * 4]!;
    const module = img.width / modulesFromSvg(await qrSvg(URL_EN)).length;
    expect(at(2, 2)).toBe(255); // quiet zone
    expect(at(Math.round(4.5 * module), Math.round(4.5 * module))).toBe(0); // finder corner
    expect(at(Math.round(7.5 * module), Math.round(7.5 * module))).toBe(0); // finder core
  });
});

/** The grey level of each pixel of a square PNG, decoded by pngjs (an independent decoder). */
function decodeGrey(png: Buffer): { size: number; at: (x: number, y: number) => number } {
  const { width, height, data } = PNG.sync.read(png);
  expect(width).toBe(height);
  return { size: width, at: (x, y) => data[(y * width + x) * 4]! };
}

describe('qrPng', () => {
  it('is a 600 px square black-and-white PNG whose module centres read back exactly the code, quiet zone included', () => {
    expect([qrPng(URL_EN)[24], qrPng(URL_EN)[25]]).toEqual([1, 0]); // 1 bit a pixel, greyscale
    const { size, at } = decodeGrey(qrPng(URL_EN));
    expect(size).toBe(600);
    const qr = QRCode.create(URL_EN, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size + 8;
    for (let r = 0; r < n; r++)
      for (let c = 0; c < n; c++) {
        const inside = r >= 4 && c >= 4 && r < n - 4 && c < n - 4;
        const dark = inside && qr.modules.get(r - 4, c - 4) === 1;
        const px = at(Math.floor(((c + 0.5) * size) / n), Math.floor(((r + 0.5) * size) / n));
        if (px !== (dark ? 0 : 255)) throw new Error(`module (${r}, ${c}) is ${px}, expected ${dark ? 0 : 255}`);
      }
  });

  it('differs between URLs', () => {
    expect(qrPng(URL_VI).equals(qrPng(URL_EN))).toBe(false);
  });
});
