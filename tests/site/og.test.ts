/**
 * Share metadata of every built page: og:image exists as a 1200×630 PNG under 150 KB, the two languages'
 * images differ, and every character of every title is one the card fonts can draw.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { missingGlyphs } from '../../src/og/index.ts';
import { decodeEntities } from './lib/html.ts';
import { listPages } from './lib/pages.ts';
import { buildAddress } from './lib/site.ts';

const dist = inject('dist');
const { site, base } = buildAddress();
// The root 404 is served for unknown paths only and is never shared.
const pages = listPages(dist).filter((p) => p.file !== '404.html');

const meta = (html: string, key: string): string | undefined => {
  const m = html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`));
  return m ? decodeEntities(m[1]!) : undefined;
};
const imageFile = (url: string) => {
  const prefix = `${site.replace(/\/$/, '')}${base}`;
  expect(url.startsWith(prefix), url).toBe(true);
  return join(dist, url.slice(prefix.length));
};
const pngSize = (png: Buffer) => ({ signature: png.subarray(1, 4).toString('latin1'), width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('share previews', () => {
  it.each(pages.map((p) => p.file))('%s has a 1200×630 og:image, its metadata and a drawable title', (file) => {
    const html = readFileSync(join(dist, file), 'utf8');
    const image = meta(html, 'og:image');
    expect(image, 'og:image').toBeDefined();
    const png = readFileSync(imageFile(image!));
    expect(pngSize(png)).toEqual({ signature: 'PNG', width: 1200, height: 630 });
    expect(png.length).toBeLessThan(150 * 1024);
    expect(meta(html, 'og:image:width')).toBe('1200');
    expect(meta(html, 'og:image:height')).toBe('630');
    expect(meta(html, 'og:image:alt')).toBeTruthy();
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(['vi_VN', 'en_US']).toContain(meta(html, 'og:locale'));
    expect(['vi_VN', 'en_US']).toContain(meta(html, 'og:locale:alternate'));
    const description = meta(html, 'og:description')!;
    expect(description.length, description).toBeLessThanOrEqual(160);
    expect(meta(html, 'description')).toBe(description);
    const title = meta(html, 'og:title')!;
    expect(missingGlyphs(title), title).toEqual([]);
  });

  it('gives the two languages of a page different images', () => {
    const vi = pages.filter((p) => p.file.startsWith('vi/'));
    expect(vi.length).toBeGreaterThan(30);
    for (const page of vi) {
      const image = (f: string) => readFileSync(imageFile(meta(readFileSync(join(dist, f), 'utf8'), 'og:image')!));
      expect(image(page.file).equals(image(`en/${page.file.slice(3)}`)), page.file).toBe(false);
    }
  });
});
