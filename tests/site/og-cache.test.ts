/**
 * OG images (and QR files) are cached by content: a rebuild with no change renders none and writes the same bytes,
 * and a change to one zone re-renders only that zone's two images (vi and en). Starts from an empty cache of its
 * own (OG_CACHE_DIR).
 */
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from './lib/build.ts';
import { listFiles } from './lib/pages.ts';

const ROOT = resolve('.cache/test-builds/og-cache');
const CACHE = join(ROOT, 'og');

const rendered = (output: string) => {
  const m = output.match(/\[og\] .*?(\d+) rendered.*?(\d+) reused/);
  if (!m) throw new Error(`no [og] summary line in the build output:\n${output.slice(-1500)}`);
  return { rendered: Number(m[1]), reused: Number(m[2]) };
};
const qrDrawn = (output: string) => {
  const m = output.match(/\[qr\] qr: (\d+) file\(s\): (\d+) drawn, (\d+) reused/);
  if (!m) throw new Error(`no [qr] summary line in the build output:\n${output.slice(-1500)}`);
  return { files: Number(m[1]), drawn: Number(m[2]), reused: Number(m[3]) };
};
const images = (dist: string) =>
  new Map(
    listFiles(join(dist, 'og'))
      .filter((f) => f.endsWith('.png'))
      .map((f) => [f, readFileSync(join(dist, 'og', f))]),
  );

describe('OG image cache', () => {
  it('renders everything cold, nothing warm, and only the changed zone after an edit', async () => {
    rmSync(ROOT, { recursive: true, force: true });
    const env = { OG_CACHE_DIR: CACHE };
    const cold = await buildSite({ outDir: join(ROOT, 'a'), cacheDir: join(ROOT, 'astro-a'), env });
    const first = rendered(cold.output);
    const before = images(cold.outDir);
    expect(first.rendered).toBe(before.size);
    expect(first.reused).toBe(0);

    const warm = await buildSite({ outDir: join(ROOT, 'b'), cacheDir: join(ROOT, 'astro-b'), env });
    expect(rendered(warm.output)).toEqual({ rendered: 0, reused: before.size });
    // The QR files come from the same cache folder: drawn once, then reused, byte for byte.
    const qr = (dist: string) => new Map(listFiles(join(dist, 'qr')).map((f) => [f, readFileSync(join(dist, 'qr', f))]));
    expect(qrDrawn(cold.output)).toMatchObject({ drawn: qr(cold.outDir).size, reused: 0 });
    expect(qrDrawn(warm.output)).toEqual({ files: qr(cold.outDir).size, drawn: 0, reused: qr(cold.outDir).size });
    expect(qr(warm.outDir)).toEqual(qr(cold.outDir));
    expect(images(warm.outDir)).toEqual(before);

    const content = join(ROOT, 'content');
    cpSync('src/content', content, { recursive: true });
    const zone = join(content, 'zones', 'chu-huong.yaml');
    writeFileSync(
      zone,
      readFileSync(zone, 'utf8')
        .replace('Cụm công nghiệp Chu Hương', 'Cụm công nghiệp Chu Hương mở rộng')
        .replace('Chu Hương Industrial Cluster', 'Chu Hương Industrial Cluster Extension'),
    );
    const edited = await buildSite({ outDir: join(ROOT, 'c'), cacheDir: join(ROOT, 'astro-c'), env: { ...env, CONTENT_DIR: content } });
    expect(rendered(edited.output)).toEqual({ rendered: 2, reused: before.size - 2 });
    const after = images(edited.outDir);
    const changed = [...after]
      .filter(([f, png]) => !before.get(f)?.equals(png))
      .map(([f]) => f)
      .sort();
    expect(changed).toEqual(['en/zones/chu-huong.png', 'vi/zones/chu-huong.png']);
    expect(readdirSync(CACHE).filter((f) => f.endsWith('.png'))).toHaveLength(before.size + 2);
  });
});
