/**
 * Precision and recall of the number extractor against a hand-labelled article (004, the Bắc Giang visit):
 * the labels were written by reading the article, before the extractor existed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { extractArticle } from '../../src/lib/extract/article.ts';
import type { Profiles } from '../../src/lib/extract/profiles.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
interface Label {
  text: string;
  value: number;
  unit: string;
  suspicious?: boolean;
}
const labels = JSON.parse(readFileSync(`${root}tests/fixtures/extract/004-bac-giang.labels.json`, 'utf8')) as { article: string; quantities: Label[] };
const noProfiles: Profiles = { zones: [], facts: [], sectors: [], problems: [] };

/** Multiset match on value and unit: each label can be matched once. */
function score(
  found: { value: number; unit: string }[],
  expected: Label[],
): { tp: number; precision: number; recall: number; missed: Label[]; extra: typeof found } {
  const pool = [...expected];
  const extra: typeof found = [];
  for (const f of found) {
    const i = pool.findIndex((l) => l.unit === f.unit && Math.abs(l.value - f.value) <= 1e-9 * Math.max(1, Math.abs(l.value)));
    if (i === -1) extra.push(f);
    else pool.splice(i, 1);
  }
  const tp = found.length - extra.length;
  return { tp, precision: found.length ? tp / found.length : 0, recall: tp / expected.length, missed: pool, extra };
}

test('numbers with units in article 004: recall ≥ 95%, precision ≥ 90%', () => {
  const report = extractArticle(labels.article, readFileSync(`${root}${labels.article}`), undefined, noProfiles);
  const s = score(report.numbers, labels.quantities);
  console.log(
    `article 004: ${labels.quantities.length} labelled, ${report.numbers.length} extracted, ${s.tp} correct — ` +
      `precision ${(s.precision * 100).toFixed(1)}%, recall ${(s.recall * 100).toFixed(1)}%` +
      (s.missed.length ? `\n  missed: ${s.missed.map((l) => l.text).join(', ')}` : '') +
      (s.extra.length ? `\n  extra: ${s.extra.map((f) => JSON.stringify(f)).join(', ')}` : ''),
  );
  expect(s.recall).toBeGreaterThanOrEqual(0.95);
  expect(s.precision).toBeGreaterThanOrEqual(0.9);
});

test('the labelled typo is extracted verbatim and flagged', () => {
  const report = extractArticle(labels.article, readFileSync(`${root}${labels.article}`), undefined, noProfiles);
  for (const label of labels.quantities.filter((l) => l.suspicious)) {
    const found = report.numbers.find((n) => n.text.endsWith(label.text));
    expect(found, label.text).toBeDefined();
    expect(found!.suspicious).toBeTruthy();
  }
  // and nothing else in the article is flagged
  expect(report.numbers.filter((n) => n.suspicious).map((n) => n.text)).toEqual(['ước đạt 15,1 tỷ triệu USD']);
});

test('the scorer itself counts misses and extras', () => {
  const s = score(
    [
      { value: 1, unit: 'ha' },
      { value: 2, unit: 'ha' },
    ],
    [
      { text: '1 ha', value: 1, unit: 'ha' },
      { text: '3 ha', value: 3, unit: 'ha' },
    ],
  );
  expect([s.tp, s.precision, s.recall]).toEqual([1, 0.5, 0.5]);
});
