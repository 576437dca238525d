import { describe, expect, it } from 'vitest';
import { formatArea, formatList, formatNumber, formatPercent, formatUsd, formatVnd, formatWhen, usdEquivalent } from '../../src/lib/format.ts';
import { EXCHANGE_RATE } from '../../src/lib/exchange.ts';
import { slugify } from '../../src/lib/slug.ts';
import { cutAtWord, foldDiacritics, normalizeSpace } from '../../src/lib/text.ts';

describe('locale formatting', () => {
  it('groups thousands and marks decimals per language', () => {
    expect(formatNumber('en', 1000)).toBe('1,000');
    expect(formatNumber('vi', 1000)).toBe('1.000');
    expect(formatArea('en', 73.5)).toBe('73.5 ha');
    expect(formatArea('vi', 73.5)).toBe('73,5 ha');
    expect(formatArea('vi', 903.4)).toBe('903,4 ha');
    expect(formatPercent('vi', 75.6)).toBe('75,6%');
    expect(formatPercent('en', 11.93)).toBe('11.93%');
  });
  it('writes VND in tỷ đồng and VND billion, never Intl compact notation', () => {
    expect(formatVnd('vi', 350e9)).toBe('350 tỷ đồng');
    expect(formatVnd('en', 350e9)).toBe('VND 350 billion');
    expect(formatVnd('vi', 2150e9)).toBe('2.150 tỷ đồng');
    expect(formatVnd('en', 2150e9)).toBe('VND 2,150 billion');
    expect(formatVnd('vi', 258.8e12)).toBe('258,8 nghìn tỷ đồng');
    expect(formatVnd('en', 6.17e9)).toBe('VND 6.17 billion');
    expect(formatVnd('vi', 6e6)).toBe('6 triệu đồng');
  });
  it('writes USD per language', () => {
    expect(formatUsd('vi', 5.5e6)).toBe('5,5 triệu USD');
    expect(formatUsd('en', 1.48e9)).toBe('USD 1.48 billion');
  });
  it('converts VND to an indicative USD figure at the stated rate', () => {
    expect(EXCHANGE_RATE.vndPerUsd).toBe(25_400);
    expect(usdEquivalent(350e9)).toBe('≈ USD 13.8 million');
    expect(usdEquivalent(6e6)).toBe('≈ USD 236');
  });
  it('writes dates and periods per language', () => {
    expect(formatWhen('en', '2021-06-30')).toBe('30 June 2021');
    expect(formatWhen('vi', '2021-06-30')).toBe('30/06/2021');
    expect(formatWhen('en', '2023-08')).toBe('August 2023');
    expect(formatWhen('vi', '2023-08')).toBe('tháng 8/2023');
    expect(formatWhen('vi', '2021/2025')).toBe('2021–2025');
    expect(formatWhen('en', '2022')).toBe('2022');
  });
});

describe('slugs and text', () => {
  it('slugs Vietnamese names to ASCII', () => {
    expect(slugify('Nam Bằng Lũng')).toBe('nam-bang-lung');
    expect(slugify('Cẩm Giàng')).toBe('cam-giang');
    expect(slugify('Đẩy mạnh phát triển công nghiệp, tiểu thủ công nghiệp')).toBe('day-manh-phat-trien-cong-nghiep-tieu-thu-cong-nghiep');
    expect(slugify('Vằng Mười')).toBe('vang-muoi');
  });
  it('folds diacritics so "thanh binh" matches "Thanh Bình"', () => {
    expect(foldDiacritics('Thanh Bình').toLowerCase()).toBe('thanh binh');
    expect(foldDiacritics('ĐỒNG')).toBe('DONG');
  });
  it('normalises non-breaking and repeated spaces', () => {
    expect(normalizeSpace(' hiện\u00a0 đang\n\nhoàn thiện ')).toBe('hiện đang hoàn thiện');
  });
  it('cuts a long text after a whole word, within the limit, with "…"', () => {
    const text = 'KCN Thanh Bình nằm ở đầu tuyến đường BOT Thái Nguyên - Chợ Mới';
    expect(cutAtWord(text, 100)).toBe(text);
    expect(cutAtWord(text, 20)).toBe('KCN Thanh Bình nằm…');
    expect(cutAtWord(text, 19)).toBe('KCN Thanh Bình nằm…'); // the limit falls right after "nằm"
    expect(cutAtWord(text, 18)).toBe('KCN Thanh Bình…');
    expect(cutAtWord('Tỉnh Bắc Kạn, tỉnh Thái Nguyên', 15)).toBe('Tỉnh Bắc Kạn…'); // no comma before the mark
  });
});

describe('lists', () => {
  it('joins a list in each language', () => {
    expect(formatList('en', ['wood', 'garments', 'batteries'])).toBe('wood, garments, and batteries');
    expect(formatList('vi', ['gỗ', 'may mặc', 'ắc quy'])).toBe('gỗ, may mặc và ắc quy');
  });
});
