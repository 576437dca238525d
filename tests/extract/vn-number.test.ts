import { describe, expect, test } from 'vitest';
import { findQuantities, parseQuantity, parseVnNumber } from '../../src/lib/vn-number.ts';

describe('parseVnNumber', () => {
  test.each([
    ['2.150', 2150],
    ['73,5', 73.5],
    ['1.000', 1000],
    ['08', 8],
    ['1.967,25', 1967.25],
    ['100.000', 100000],
    ['11,93', 11.93],
  ])('%s → %d', (text, value) => {
    expect(parseVnNumber(text)).toBe(value);
  });

  test.each(['1.5', '1,000.5', '12.34.567', 'abc', '', '2.15'])('%j is not a Vietnamese number', (text) => {
    expect(parseVnNumber(text)).toBeUndefined();
  });
});

describe('parseQuantity: the formats of the issue', () => {
  // [as printed, value in base units, unit, noun?]
  test.each([
    ['1.000 người', 1000, 'people', 'người'],
    ['73,5 ha', 73.5, 'ha', undefined],
    ['73,5ha', 73.5, 'ha', undefined],
    ['2.150 tỷ đồng', 2_150_000_000_000, 'vnd', undefined],
    ['5,5 triệu USD', 5_500_000, 'usd', undefined],
    ['1,48 tỷ USD', 1_480_000_000, 'usd', undefined],
    ['75,6%', 75.6, 'percent', undefined],
    ['6 triệu đồng/người/tháng', 6_000_000, 'vnd-per-person-month', undefined],
    ['100.000 tấn/năm', 100_000, 'tonnes-per-year', undefined],
    ['3.000m3', 3000, 'm3', undefined],
    ['08 dự án', 8, 'count', 'dự án'],
    ['06 cụm công nghiệp', 6, 'count', 'cụm công nghiệp'],
    ['11,93%/năm', 11.93, 'percent-per-year', undefined],
    ['258,8 nghìn tỷ đồng', 258_800_000_000_000, 'vnd', undefined],
    ['46 nghìn lao động', 46_000, 'people', 'lao động'],
    ['903,4ha', 903.4, 'ha', undefined],
    ['54.000 tấn sản phẩm/năm', 54_000, 'tonnes-per-year', undefined],
    ['4.500m3 ván dăm/năm', 4500, 'm3-per-year', undefined],
    ['15 năm', 15, 'years', 'năm'],
  ])('%s', (text, value, unit, noun) => {
    const q = parseQuantity(text);
    expect(q).toBeDefined();
    expect(q!.value).toBe(value);
    expect(q!.unit).toBe(unit);
    expect(q!.noun).toBe(noun);
    expect(q!.text).toBe(text);
    expect(q!.suspicious).toBeUndefined();
  });

  test('2/63 tỉnh: 2 out of 63', () => {
    const q = parseQuantity('2/63 tỉnh')!;
    expect([q.value, q.outOf, q.unit, q.noun]).toEqual([2, 63, 'count', 'tỉnh']);
  });

  test('đứng thứ 2/63 tỉnh is a rank', () => {
    const [q] = findQuantities('Bắc Giang đạt 19,3%, đứng thứ 2/63 tỉnh, TP.').filter((x) => x.unit === 'rank');
    expect(q).toMatchObject({ text: 'thứ 2/63 tỉnh', value: 2, outOf: 63 });
  });

  test('15,1 tỷ triệu USD is reported verbatim and flagged suspicious, not corrected', () => {
    const q = parseQuantity('15,1 tỷ triệu USD')!;
    expect(q.text).toBe('15,1 tỷ triệu USD');
    expect(q.unit).toBe('usd');
    expect(q.suspicious).toMatch(/two scale words in a row/u);
    expect(q.suspicious).toContain('tỷ triệu');
    // the literal reading, neither 15,1 tỷ nor 15,1 triệu
    expect(q.value).toBe(15.1e15);
    expect(q.value).not.toBe(15_100_000_000);
  });

  test('nghìn tỷ is one scale, not a typo', () => {
    expect(parseQuantity('31,1 nghìn tỷ đồng')).toMatchObject({ value: 31_100_000_000_000, unit: 'vnd' });
    expect(parseQuantity('31,1 nghìn tỷ đồng')!.suspicious).toBeUndefined();
  });

  test('a fractional head count is flagged: "," may be an English thousands separator', () => {
    expect(parseQuantity('1,500 người')!.suspicious).toMatch(/thousands separator/u);
  });

  test('a range keeps both bounds', () => {
    expect(parseQuantity('từ 5 đến 7 triệu đồng')).toMatchObject({ value: 5_000_000, max: 7_000_000, unit: 'vnd', text: 'từ 5 đến 7 triệu đồng' });
    expect(parseQuantity('50 - 70 ha')).toMatchObject({ value: 50, max: 70, unit: 'ha' });
  });

  test('parseQuantity rejects text that is not exactly one quantity', () => {
    expect(parseQuantity('năm 2030')).toBeUndefined();
    expect(parseQuantity('73,5 ha và 51 ha')).toBeUndefined();
    expect(parseQuantity('Thanh Bình')).toBeUndefined();
  });
});

describe('qualifiers', () => {
  test.each([
    ['trên 73ha', 'over'],
    ['hơn 350 tỷ đồng', 'over'],
    ['khoảng 1.000 người', 'about'],
    ['gần 9,59 tỷ USD', 'nearly'],
    ['tối thiểu 6 cụm công nghiệp', 'at-least'],
    ['ít nhất 3 dự án', 'at-least'],
    ['đạt 75,6%', 'exact'],
    ['ước đạt 15,1 tỷ triệu USD', 'estimate'],
    ['lên đến 1.620 tỷ đồng', 'up-to'],
    ['đạt trên 2.150 tỷ đồng', 'over'],
  ])('%s → %s', (text, qualifier) => {
    const q = parseQuantity(text)!;
    expect(q.qualifier).toBe(qualifier);
    expect(q.text).toBe(text);
    expect(q.qualifierText).toBe(text.slice(0, text.search(/\d/u)).trim());
  });
});

describe('what is not a quantity', () => {
  test.each([
    ['a year', 'Năm 2016, Ban Chấp hành Đảng bộ tỉnh ban hành Kết luận.'],
    ['a year before a word', 'tầm nhìn đến năm 2050 phát triển mở rộng'],
    ['a date', 'Nghị quyết ngày 21/02/2022 của tỉnh'],
    ['a date without a year', 'Chiều 22/8, đoàn công tác đến Bắc Giang'],
    ['a day and month', 'đến ngày 20/8 các KCN tỉnh Bắc Giang thu hút'],
    ['a month and year', 'lũy kế đến hết tháng 8/2023 ước đạt'],
    ['a period with a hyphen', 'giai đoạn 2021 - 2030, tầm nhìn'],
    ['a period with an en dash', 'Giai đoạn 2021 – 2025 phát triển'],
    ['a period without spaces', 'giai đoạn 2016-2020 đạt'],
    ['document numbers', 'Nghị quyết số 16-NQ/TU và Kết luận số 02-KL/TU, Quyết định 1234/QĐ-UBND'],
    ['a scale ratio', 'quy hoạch chi tiết tỷ lệ 1/500, gồm'],
    ['a time', '14:27, 30/06/2021'],
    ['part of a year', '6 tháng đầu năm, tổng doanh thu'],
    ['"tỷ trọng" after a year', 'Năm 2020 tỷ trọng công nghiệp khai khoáng'],
    ['an ordinal', 'Hội nghị lần thứ 4 (khóa XII)'],
    ['digits inside a code', 'mã COVID-19 và khối B2'],
    ['a time written with h', 'khai mạc lúc 8h30 tại hội trường'],
    ['a house number', 'trụ sở tại số 10 đường Trường Chinh'],
  ])('%s', (_label, text) => {
    expect(findQuantities(text)).toEqual([]);
  });
});

describe('findQuantities in running text', () => {
  test('finds each figure of a sentence with its offsets', () => {
    const text =
      'Tổng số lao động tại KCN hiện nay khoảng 1.000 người, trong đó, lao động địa phương chiếm khoảng 80%, thu nhập bình quân của người lao động đạt khoảng 6 triệu đồng/người/tháng…';
    const found = findQuantities(text);
    expect(found.map((q) => [q.text, q.value, q.unit])).toEqual([
      ['khoảng 1.000 người', 1000, 'people'],
      ['khoảng 80%', 80, 'percent'],
      ['đạt khoảng 6 triệu đồng/người/tháng', 6_000_000, 'vnd-per-person-month'],
    ]);
    for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  test('"tổng số 20 dự án", "trong số 15 KCN" are still counts', () => {
    expect(findQuantities('tổng số 20 dự án')).toMatchObject([{ value: 20, unit: 'count', noun: 'dự án' }]);
    expect(findQuantities('Trong số 15 KCN ưu tiên')).toMatchObject([{ value: 15, unit: 'count', noun: 'KCN' }]);
  });

  test('"2,5 lần" is a multiple, not a suspicious fractional count', () => {
    const [q] = findQuantities('tăng 2,5 lần so với cùng kỳ');
    expect(q).toMatchObject({ value: 2.5, unit: 'times' });
    expect(q!.suspicious).toBeUndefined();
  });

  test('ranks: "đứng thứ 13 cả nước", "xếp hạng 3"', () => {
    expect(findQuantities('đứng thứ 13 cả nước')).toMatchObject([{ text: 'thứ 13', value: 13, unit: 'rank' }]);
    expect(findQuantities('xếp hạng 3.')).toMatchObject([{ text: 'hạng 3', value: 3, unit: 'rank' }]);
  });

  test('land rent per m² per year, and a range of them', () => {
    expect(findQuantities('giá thuê đất 30.000 đồng/m2/năm')).toMatchObject([{ value: 30_000, unit: 'vnd-per-m2-year' }]);
    expect(findQuantities('giá thuê 80 - 100 USD/m2/năm')).toMatchObject([{ value: 80, max: 100, unit: 'usd-per-m2-year' }]);
  });

  test('works across non-breaking spaces', () => {
    expect(findQuantities('quy mô 73,5\u00a0ha')).toMatchObject([{ value: 73.5, unit: 'ha' }]);
  });
});
