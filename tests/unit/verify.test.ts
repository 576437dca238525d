import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyStrings, keyParity } from '../../src/i18n/parity.ts';
import { loadUiStrings, parseUiStrings } from '../../src/i18n/resources.ts';
import { RESOURCES } from '../../src/i18n/index.ts';
import { segmentArticle, segmentParagraph } from '../../src/lib/highlight.ts';

const json = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;

describe('UI string parity', () => {
  it('the real vi and en resources have the same keys (plural forms count as one)', () => {
    expect(keyParity(RESOURCES)).toEqual([]);
  });
  it('reports a key present in one language only, naming the file and the fix', () => {
    const problems = keyParity({ vi: json('tests/fixtures/i18n/vi.json'), en: json('tests/fixtures/i18n/en.json') });
    expect(problems).toEqual([
      'src/i18n/vi.json: "extra" exists only in vi. Fix: add it to src/i18n/en.json',
      'src/i18n/en.json: "nav.about" exists only in en. Fix: add it to src/i18n/vi.json',
    ]);
  });
});

describe('quote highlighting', () => {
  const p = 'Hiện nay, KCN Thanh Bình có 8 dự án hoạt động. Tổng số lao động tại KCN hiện nay khoảng 1.000 người.';
  it('marks each quote and anchors it at its start', () => {
    const segs = segmentParagraph(p, [
      { anchor: 'q-a', quote: 'KCN Thanh Bình có 8 dự án' },
      { anchor: 'q-b', quote: 'khoảng 1.000 người' },
    ]);
    expect(segs.map((s) => [s.text, s.marked, s.anchors])).toEqual([
      ['Hiện nay, ', false, []],
      ['KCN Thanh Bình có 8 dự án', true, ['q-a']],
      [' hoạt động. Tổng số lao động tại KCN hiện nay ', false, []],
      ['khoảng 1.000 người', true, ['q-b']],
      ['.', false, []],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(p);
  });
  it('merges overlapping quotes into one mark and keeps every anchor', () => {
    const segs = segmentParagraph(p, [
      { anchor: 'q-a', quote: 'KCN Thanh Bình có 8 dự án hoạt động' },
      { anchor: 'q-b', quote: '8 dự án' },
    ]);
    expect(
      segs
        .filter((s) => s.marked)
        .map((s) => s.text)
        .join(''),
    ).toBe('KCN Thanh Bình có 8 dự án hoạt động');
    expect(segs.flatMap((s) => s.anchors)).toEqual(['q-a', 'q-b']);
  });
  it('returns anchors it cannot place, so links to them still land on the article', () => {
    expect(segmentArticle([p], [{ anchor: 'q-x', quote: 'không có trong bài' }]).unplaced).toEqual(['q-x']);
  });
});

describe('UI string files', () => {
  it('a syntax error names the file, the line and the column', () => {
    expect(() => parseUiStrings('src/i18n/en.json', '{\n  "a": "b",\n}\n')).toThrow(
      /^src\/i18n\/en\.json: line 3, column 1: is not valid JSON \(.*\)\. Fix: check the commas and quotes there/,
    );
  });
  it('an empty string is reported as empty, not as missing', () => {
    expect(emptyStrings({ vi: { nav: { home: '' } }, en: { nav: { home: 'Overview' } } })).toEqual([
      'src/i18n/vi.json: "nav.home" is empty. Fix: write the text, or remove the key from both languages',
    ]);
  });
  it('the real files load with no problem', () => {
    expect(Object.keys(loadUiStrings())).toEqual(['vi', 'en']);
  });
});
