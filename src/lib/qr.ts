/**
 * QR codes for the printed brief. Black on white with the standard 4-module quiet zone, level M
 * (15 % error correction): a ~60-character page URL stays at version 4, 41 modules wide with the
 * quiet zone, so at 25 mm a module is ~0.6 mm, comfortably above what phone cameras need.
 */
import QRCode from 'qrcode';
import { encodeBilevelPng } from './png.ts';

const BASE = {
  errorCorrectionLevel: 'M',
  margin: 4,
  color: { dark: '#000000', light: '#ffffff' },
} as const;

/**
 * An SVG (viewBox only, so CSS sets its printed size, e.g. `width: 25mm`), drawn with
 * crisp edges. Deterministic: the same URL always gives the same string.
 */
export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { ...BASE, type: 'svg' });
  return svg.trim();
}

const PNG_SIZE = 600;

/**
 * A PNG of the same code, 600 px square: 25 mm at ~600 dpi, so it also prints sharp from a raster.
 * Drawn from the module grid as a 1-bit image and encoded directly: qrcode's own PNG writer takes
 * ~40 ms a code, which a 1,000-zone site pays 4,000 times; an 8-bit grey image took 1.8 ms.
 */
export function qrPng(url: string): Buffer {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: BASE.errorCorrectionLevel });
  const n = modules.size + 2 * BASE.margin;
  const stride = Math.ceil(PNG_SIZE / 8);
  const bits = new Uint8Array(stride * PNG_SIZE).fill(0xff); // 1 = white
  // A pixel row depends only on its module row: draw each module row once, copy it down.
  let drawn = -1;
  for (let y = 0; y < PNG_SIZE; y++) {
    const row = Math.floor((y * n) / PNG_SIZE) - BASE.margin;
    if (row < 0 || row >= modules.size) continue;
    if (row === drawn) {
      bits.copyWithin(y * stride, (y - 1) * stride, y * stride);
      continue;
    }
    for (let x = 0; x < PNG_SIZE; x++) {
      const col = Math.floor((x * n) / PNG_SIZE) - BASE.margin;
      if (col >= 0 && col < modules.size && modules.get(row, col)) bits[y * stride + (x >> 3)]! &= ~(0x80 >> (x & 7));
    }
    drawn = row;
  }
  return encodeBilevelPng(bits, PNG_SIZE, PNG_SIZE);
}
