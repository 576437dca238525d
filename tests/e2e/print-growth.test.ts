/**
 * The printed brief holds as a profile grows: Thanh Bình with twice today's figures, status entries, tenants and
 * priority sectors still prints on one A4 page in both languages, because the brief carries the key figures,
 * sectors, sources and QR code and points to the web page for every figure.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, tempDir } from '../site/lib/build.ts';
import { printedPages } from './lib/browser.ts';
import { readerSession } from './lib/reader.ts';

const tmp = tempDir('print-growth');
const out = join(tmp.dir, 'dist');

/** Every list of the profile written twice, the copies with ids of their own; sector links go to sectors it lacks. */
function doubleThanhBinh(contentDir: string): { facts: number } {
  const file = join(contentDir, 'zones', 'thanh-binh.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const zone = doc.toJS() as Record<string, { id?: string; sector?: string; name?: string; nameEn?: string }[]>;
  const sectorIds = (parseDocument(readFileSync(join(contentDir, 'sectors.yaml'), 'utf8')).toJS() as { id: string }[]).map((s) => s.id);
  const linked = new Set(zone['sectors']!.map((l) => l.sector));
  const unlinked = sectorIds.filter((id) => !linked.has(id));
  for (const key of ['facts', 'status', 'tenants', 'sectors'] as const) {
    const copies = zone[key]!.map((item, i) => {
      if (key === 'sectors') return { ...item, sector: unlinked[i % unlinked.length] };
      if (key === 'tenants') return { ...item, name: `${String(item.name)} 2`, nameEn: `${String(item.nameEn)} 2` }; // each enterprise once
      return item.id ? { ...item, id: `${item.id}-again` } : item;
    });
    doc.set(key, [...zone[key]!, ...copies]);
  }
  writeFileSync(file, doc.toString());
  return { facts: zone['facts']!.length * 2 };
}

let facts = 0;

// The doubled site is built before the reader session (registered after this hook) serves it.
beforeAll(async () => {
  const contentDir = join(tmp.dir, 'content');
  cpSync('src/content', contentDir, { recursive: true });
  facts = doubleThanhBinh(contentDir).facts;
  await buildSite({ outDir: out, cacheDir: join(tmp.dir, 'cache'), env: { CONTENT_DIR: contentDir, OG_CACHE_DIR: join(tmp.dir, 'og') } });
});
afterAll(() => tmp.cleanup());
const { open } = readerSession(out);

describe('a profile twice today’s size', () => {
  it.each(['en', 'vi'] as const)('/%s/zones/thanh-binh/ still prints on one A4 page, and says where every figure is', async (lang) => {
    const { page } = await open(`/${lang}/zones/thanh-binh/`);
    expect(await page.locator('tr.fact').count(), 'the doubled figures are on the web page').toBe(facts);
    await page.emulateMedia({ media: 'print' });
    const note = await page.locator('.print-only', { hasText: String(facts) }).innerText();
    expect(note).toMatch(lang === 'en' ? /all \d+ sourced figures.*QR code/ : /đủ \d+ số liệu.*mã QR/);
    expect(await page.locator('.print-qr img').isVisible()).toBe(true);
    expect(await printedPages(page)).toBe(1);
    await page.context().close();
  });
});
