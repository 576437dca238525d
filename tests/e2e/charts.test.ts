/**
 * The charts as a reader meets them, in Chromium: each has a title and a text alternative in the page's language,
 * its figures as a table for screen readers (and, printed, instead of the drawing), and at 360 px no label runs
 * outside the drawing or over another label.
 */
import { describe, expect, inject, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import vi from '../../src/i18n/vi.json' with { type: 'json' };
import { readerSession } from './lib/reader.ts';

const dist = inject('dist');
const { open } = readerSession(dist);
const strings = { en, vi };

/** Chart pages, with each one's title in each language, written out. */
const CHARTS = [
  {
    path: 'zones/thanh-binh/',
    title: { en: 'Thanh Bình Industrial Park: area by phase', vi: 'Khu công nghiệp Thanh Bình: diện tích theo giai đoạn' },
    rows: 4,
  },
  { path: 'plans/', title: { en: strings.en.chart.plan.title, vi: strings.vi.chart.plan.title }, rows: 3 },
  {
    path: 'compare/',
    title: { en: 'Side by side: Bắc Kạn province, Bắc Giang province', vi: 'Các chỉ tiêu đặt cạnh nhau: Tỉnh Bắc Kạn, Tỉnh Bắc Giang' },
    rows: 6,
  },
] as const;

describe('charts', () => {
  for (const lang of ['en', 'vi'] as const) {
    for (const chart of CHARTS) {
      it(`/${lang}/${chart.path}: titled, described and tabled in ${lang}; nothing outside the drawing at 360 px, in the web font and the fallback`, async () => {
        for (const block of [undefined, /\.woff2$/]) {
          const { page, errors } = await open(`/${lang}/${chart.path}`, true, { width: 360, height: 800 }, block);
          const figure = page.locator('figure.chart');
          expect(await figure.count()).toBe(1);
          const svg = figure.locator('svg');
          expect(await svg.locator('title').textContent()).toBe(chart.title[lang]);
          expect(await svg.getAttribute('role')).toBe('img');
          // The accessible name and description come from the title and the visible sentence under the drawing.
          const labelled = (await svg.getAttribute('aria-labelledby'))!.split(' ');
          for (const id of labelled) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
          expect((await page.locator(`[id="${labelled[1]}"]`).textContent())!.length).toBeGreaterThan(30);
          expect(await figure.locator('div.chart-data table tbody tr').count()).toBe(chart.rows);

          const outside = await svg.evaluate((el) => {
            const box = el.getBoundingClientRect();
            const texts = [...el.querySelectorAll('text')].map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }));
            const out = texts.filter(({ r }) => r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1);
            const overlaps = texts.flatMap((a, i) =>
              texts
                .slice(i + 1)
                .filter((b) => a.r.left < b.r.right && b.r.left < a.r.right && a.r.top < b.r.bottom - 1 && b.r.top < a.r.bottom - 1)
                .map((b) => `${a.text} × ${b.text}`),
            );
            return [...out.map((o) => `outside: ${o.text}`), ...overlaps];
          });
          expect(outside, block ? 'fallback font' : 'web font').toEqual([]);
          if (!block) expect(errors).toEqual([]);
          await page.context().close();
        }
      });
    }
  }

  it('prints the figures of the plan and comparison charts as a table instead of the drawing', async () => {
    for (const path of ['plans/', 'compare/']) {
      const { page } = await open(`/en/${path}`);
      await page.emulateMedia({ media: 'print' });
      const table = page.locator('figure.chart div.chart-data table');
      expect((await table.boundingBox())!.width, path).toBeGreaterThan(200);
      expect(await page.locator('figure.chart svg').isVisible(), path).toBe(false);
      await page.context().close();
    }
  });

  it('leaves the area-by-phase chart out of the printed brief (the key figures carry the same figures)', async () => {
    const { page } = await open('/en/zones/thanh-binh/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('figure.chart').isVisible()).toBe(false);
    await page.context().close();
  });
});
