import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/lib/extract/article.ts';
import { citationOf } from '../../src/lib/extract/cited.ts';
import { loadProfiles, type KnownFact, type Profiles } from '../../src/lib/extract/profiles.ts';
import { normalizeSpace } from '../../src/lib/text.ts';
import { findQuantities, parseQuantity, sameValue } from '../../src/lib/vn-number.ts';

const fact = (over: Partial<KnownFact>): KnownFact => ({ ref: 'zones/x#f', value: 0, unit: 'count', source: 'a', quote: '', ...over });

describe('citationOf', () => {
  const facts = [
    fact({ ref: 'zones/thanh-binh#workers-001', value: 1000, unit: 'people', source: 'a', quote: 'Tổng số lao động tại KCN hiện nay khoảng 1.000 người' }),
    fact({ ref: 'provinces/bg#parks', value: 10, unit: 'count', source: 'b', quote: 'có 10 KCN đã được UBND tỉnh phê duyệt quy hoạch xây dựng' }),
    fact({
      ref: 'provinces/bg#exports',
      value: 15_100_000_000,
      unit: 'usd',
      source: 'b',
      quote: 'Giá trị xuất khẩu ước đạt 15,1 tỷ triệu USD',
      asPrinted: '15,1 tỷ triệu USD',
    }),
  ];

  test('same value, unit and source article: cited', () => {
    expect(citationOf(parseQuantity('khoảng 1.000 người')!, 'a', facts)).toMatchObject({ status: 'cited', by: ['zones/thanh-binh#workers-001'] });
  });

  test('same figure from another article: new, with the other article named', () => {
    const c = citationOf(parseQuantity('1.000 người')!, 'other', facts);
    expect(c.status).toBe('new');
    expect(c.alsoFrom).toEqual([{ ref: 'zones/thanh-binh#workers-001', source: 'a' }]);
  });

  test('same value in another unit: new', () => {
    expect(citationOf(parseQuantity('1.000 ha')!, 'a', facts).status).toBe('new');
  });

  test('a count of something else is not cited by a count with the same value ("10 tỉnh" ≠ "10 KCN")', () => {
    expect(citationOf(parseQuantity('10 tỉnh')!, 'b', facts).status).toBe('new');
    expect(citationOf(parseQuantity('10 KCN')!, 'b', facts).status).toBe('cited');
  });

  test('a figure kept asPrinted is cited by its verbatim form', () => {
    expect(citationOf(parseQuantity('ước đạt 15,1 tỷ triệu USD')!, 'b', facts)).toMatchObject({ status: 'cited', by: ['provinces/bg#exports'] });
  });
});

test('the slug comes from seeds/metadata.yaml, or from the title as the site derives it', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const none: Profiles = { zones: [], facts: [], sectors: [], problems: [] };
  const bytes = readFileSync(`${root}tests/fixtures/extract/new-cluster.txt`);
  expect(extractArticle('new-cluster.txt', bytes, undefined, none)).toMatchObject({
    slug: 'cho-moi-khoi-cong-ha-tang-cum-cong-nghiep-thanh-van',
    slugSource: 'derived',
  });
  expect(extractArticle('new-cluster.txt', bytes, { slug: 'thanh-van' }, none)).toMatchObject({ slug: 'thanh-van', slugSource: 'metadata' });
});

test('every fact in the content: its value is found in its quote by findQuantities (or it is kept asPrinted)', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const { facts, problems } = loadProfiles(`${root}src/content`);
  expect(problems).toEqual([]);
  expect(facts.length).toBeGreaterThan(50);
  const missing = facts.filter((f) => {
    if (f.asPrinted && normalizeSpace(f.quote).includes(normalizeSpace(f.asPrinted))) return false;
    return !findQuantities(normalizeSpace(f.quote)).some((q) => q.unit === f.unit && sameValue(q.value, f.value));
  });
  expect(missing.map((f) => `${f.ref}: ${f.value} ${f.unit} not found in "${f.quote}"`)).toEqual([]);
});
