import { describe, expect, test } from 'vitest';
import { findDates } from '../../src/lib/extract/dates.ts';
import { findSectorMentions, sectorTable } from '../../src/lib/extract/sectors.ts';
import type { KnownSector } from '../../src/lib/extract/profiles.ts';

describe('findDates', () => {
  test.each([
    ['21/02/2022', 'date', '2022-02-21'],
    ['14:27, 30/06/2021', 'date', '2021-06-30'],
    ['giai đoạn 2021 - 2030', 'period', '2021/2030'],
    ['giai đoạn 2021 – 2025', 'period', '2021/2025'],
    ['giai đoạn 2016-2020', 'period', '2016/2020'],
    ['năm 2022', 'year', '2022'],
    ['đến năm 2030', 'by', '2030'],
    ['tháng 8/2023', 'month', '2023-08'],
    ['ngày 12/8/2021', 'date', '2021-08-12'],
    ['Từ năm 2016', 'since', '2016'],
    ['Quý I/2024', 'quarter', '2024'],
  ])('%s', (text, kind, value) => {
    expect(findDates(`xx ${text} yy`)).toMatchObject([{ text, kind, value }]);
  });

  test('6 tháng đầu năm: a part of a year that is not printed, no value', () => {
    const [d] = findDates('6 tháng đầu năm, tổng doanh thu tại KCN đạt hơn 350 tỷ đồng');
    expect(d).toMatchObject({ text: '6 tháng đầu năm', kind: 'part-of-year' });
    expect(d!.value).toBeUndefined();
  });

  test('Chiều 22/8: a day without a year is not given one', () => {
    const [d] = findDates('Chiều 22/8, đoàn công tác của tỉnh Bắc Kạn');
    expect(d).toMatchObject({ kind: 'day' });
    expect(d!.value).toBeUndefined();
    expect(d!.note).toMatch(/year is not printed/u);
  });

  test('no dates in document numbers, ratios or figures', () => {
    expect(findDates('Nghị quyết số 16-NQ/TU, tỷ lệ 1/500, đứng thứ 2/63 tỉnh, 2.150 tỷ đồng')).toEqual([]);
  });
});

describe('findSectorMentions', () => {
  const sectors: KnownSector[] = [
    { id: 'agro-forestry-processing', name: 'Chế biến nông, lâm sản', links: [] },
    { id: 'supporting-industries', name: 'Công nghiệp hỗ trợ (phụ trợ)', links: [] },
    { id: 'non-ferrous-metal-processing', name: 'Chế biến sâu kim loại màu', links: [] },
    { id: 'basic-metals', name: 'Sản xuất kim loại', links: [] },
  ];
  const table = sectorTable(sectors);
  const found = (text: string) => findSectorMentions(text, table).map((m) => [m.text, m.sector, m.known]);

  test('the collection name, whatever the punctuation between its words', () => {
    expect(found('ưu tiên vào các CCN gồm: Chế biến nông - lâm sản, dược liệu')).toEqual([
      ['Chế biến nông - lâm sản', 'agro-forestry-processing', true],
      ['dược liệu', 'medicinal-herbs', false],
    ]);
  });

  test('the bracketed alternative and the synonyms table', () => {
    expect(found('và công nghiệp phụ trợ.')).toEqual([['công nghiệp phụ trợ', 'supporting-industries', true]]);
    expect(found('phát triển công nghiệp hỗ trợ')).toEqual([['công nghiệp hỗ trợ', 'supporting-industries', true]]);
  });

  test('the longer phrase wins: "chế biến sâu kim loại màu" is not "sản xuất kim loại"', () => {
    expect(found('tập trung vào chế biến sâu kim loại màu, sản xuất kim loại')).toEqual([
      ['chế biến sâu kim loại màu', 'non-ferrous-metal-processing', true],
      ['sản xuất kim loại', 'basic-metals', true],
    ]);
  });

  test('matches without diacritics, only on word boundaries', () => {
    expect(found('che bien nong, lam san')).toEqual([['che bien nong, lam san', 'agro-forestry-processing', true]]);
    expect(found('Cổng thông tin điện tử tỉnh')).toEqual([]);
  });

  test('a sector phrase the collection lacks is reported as not known', () => {
    expect(found('lợi thế khai thác khoáng sản')).toEqual([['khai thác khoáng sản', 'mining', false]]);
  });
});
