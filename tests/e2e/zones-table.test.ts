/**
 * The parks-and-clusters table as a reader uses it, in Chromium with the site's CSP: every zone in both languages,
 * each column sorts (ascending, then descending; cells the sources are silent on stay last), and without
 * JavaScript it is the same complete table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { readerSession } from './lib/reader.ts';

const dist = inject('dist');
const zones = readdirSync('src/content/zones').map((f) => parse(readFileSync(`src/content/zones/${f}`, 'utf8')) as { name: { vi: string; en: string } });
const { open } = readerSession(dist);

/** The cells of one column, top to bottom, as the reader sees them (the row heading is column 0). */
const column = (page: Page, index: number) =>
  page.$$eval(
    'table.zone-table tbody tr',
    (rows, i) => rows.map((r) => ({ text: (r.children[i] as HTMLElement).innerText.trim(), value: (r.children[i] as HTMLElement).dataset['value'] ?? '' })),
    index,
  );

describe('the parks-and-clusters table', () => {
  it.each(['vi', 'en'] as const)('/%s/zones/ lists every zone, without JavaScript too', async (lang) => {
    for (const js of [true, false]) {
      const { page, errors } = await open(`/${lang}/zones/`, js);
      const names = (await column(page, 0)).map((c) => c.text);
      expect(names.sort(), `javascript ${js}`).toEqual(zones.map((z) => z.name[lang]).sort());
      expect(await page.locator('th button.sort').count(), `javascript ${js}`).toBe(js ? 9 : 0);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('sorts by each column, ascending then descending, with silent cells last', async () => {
    const { page, errors } = await open('/en/zones/');
    const headings = await page.locator('table.zone-table thead th').allInnerTexts();
    for (let i = 0; i < headings.length; i++) {
      const heading = page.locator('table.zone-table thead th').nth(i);
      const numeric = (await heading.getAttribute('data-sort')) === 'number';
      for (const direction of ['ascending', 'descending'] as const) {
        await heading.locator('button').click();
        expect(await heading.getAttribute('aria-sort'), headings[i]).toBe(direction);
        const values = (await column(page, i)).map((c) => c.value);
        const stated = values.filter((v) => v !== '');
        expect(values.slice(0, stated.length), `${headings[i]}: silent cells last`).toEqual(stated);
        const sorted = [...stated].sort((a, b) => (numeric ? Number(a) - Number(b) : a.localeCompare(b, 'en-US')));
        expect(stated, `${headings[i]} ${direction}`).toEqual(direction === 'ascending' ? sorted : sorted.reverse());
      }
    }
    expect(errors).toEqual([]);
  });

  it('sorts on a phone, where the column headings are hidden, from the "Sort by" list', async () => {
    const { page, errors } = await open('/vi/zones/', true, { width: 360, height: 800 });
    expect((await page.locator('table.zone-table thead').boundingBox())?.width, 'headings hidden on a phone').toBeLessThanOrEqual(1);
    const select = page.getByLabel('Sắp xếp theo');
    await select.selectOption({ label: 'Huyện, giảm dần' });
    const districts = (await column(page, 2)).map((c) => c.value);
    expect(districts).toEqual([...districts].sort((a, b) => b.localeCompare(a, 'vi')));
    expect(await page.locator('th').filter({ hasText: 'Huyện' }).getAttribute('aria-sort')).toBe('descending');
    await select.selectOption({ label: 'Diện tích, tăng dần' });
    expect((await column(page, 4)).map((c) => c.value)[0]).not.toBe('');
    expect(errors).toEqual([]);
  });

  it('gives a park with phases its total area, said to be our sum', async () => {
    const { page } = await open('/en/zones/');
    const area = await column(page, 4);
    expect(area.find((c) => c.text.startsWith('204.8 ha'))?.text).toContain('Total of 3 phases (our sum)');
  });

  it("gives each cluster's planning status as its sources state it", async () => {
    const { page } = await open('/en/zones/');
    const rows = await page.$$eval('table.zone-table tbody tr', (trs) =>
      trs.map((tr) => [tr.children[0]!.textContent!.trim(), (tr.children[3] as HTMLElement).innerText.trim()]),
    );
    expect(Object.fromEntries(rows)['Huyền Tụng Industrial Cluster']).toBe('Established · 1/500 plan approved');
    expect(Object.fromEntries(rows)['Chu Hương Industrial Cluster']).toBe('1/500 plan approved');
  });

  it('says where the sources give no area', async () => {
    const { page } = await open('/en/zones/');
    const area = await column(page, 4);
    for (const cell of area.filter((c) => c.value === '')) expect(cell.text).toContain('not in sources');
    expect(area.some((c) => c.value !== '')).toBe(true);
  });
});
