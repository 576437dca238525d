/**
 * QR codes for the printed brief. Black on white with the standard 4-module quiet zone, level M
 * (15 % error correction): a ~60-character page URL stays at version 4, 41 modules wide with the
 * quiet zone, so at 25 mm a module is ~0.6 mm, comfortably above what phone cameras need.
 */
import QRCode from 'qrcode';
import { paths } from './urls.ts';
import type { SiteData } from './types.ts';

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

/** A PNG of the same code, 600 px wide: 25 mm at ~600 dpi, so it also prints sharp from a raster. */
export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...BASE, type: 'png', width: 600 });
}

/** The pages that print as a brief and so carry a QR code: every zone profile and the province's plans. */
export function qrPages(site: SiteData): string[] {
  return [...site.zones.map((z) => paths.zone(z.id)), paths.plans()];
}
