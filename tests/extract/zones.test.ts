import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadProfiles, type KnownZone } from '../../src/lib/extract/profiles.ts';
import { findZoneMentions, matchZone } from '../../src/lib/extract/zones.ts';

const names = (text: string): [string, string, string | undefined][] => findZoneMentions(text).map((m) => [m.kind, m.name, m.district]);

describe('findZoneMentions', () => {
  test.each([
    ['KCN Thanh Bình có 8 dự án', 'park', 'Thanh Bình'],
    ['Khu Công nghiệp Thanh Bình đang từng bước được xây dựng', 'park', 'Thanh Bình'],
    ['Ban quản lý đã cấp phép cho 9 dự án tại Khu công nghiệp Thanh Bình.', 'park', 'Thanh Bình'],
    ['Sau 15 năm, Khu Công nghiệp (KCN) Thanh Bình đã có nhiều dự án', 'park', 'Thanh Bình'],
    ['hiện nay CCN Huyền Tụng đã cơ bản xây dựng xong', 'cluster', 'Huyền Tụng'],
    ['Hạ tầng Cụm Công nghiệp Huyền Tụng đang được đầu tư', 'cluster', 'Huyền Tụng'],
    ['phê duyệt bổ sung cụm công nghiệp Quảng Chu vào quy hoạch', 'cluster', 'Quảng Chu'],
    ['chuẩn bị đầu tư CCN Nam Bằng Lũng trong năm', 'cluster', 'Nam Bằng Lũng'],
  ])('%s', (text, kind, name) => {
    expect(names(text)).toEqual([[kind, name, undefined]]);
  });

  test('the district after ", huyện" / ", thành phố"', () => {
    expect(names('gồm: CCN Cẩm Giàng, huyện Bạch Thông; CCN Huyền Tụng, thành phố Bắc Kạn; CCN Chu Hương, huyện Ba Bể.')).toEqual([
      ['cluster', 'Cẩm Giàng', 'huyện Bạch Thông'],
      ['cluster', 'Huyền Tụng', 'thành phố Bắc Kạn'],
      ['cluster', 'Chu Hương', 'huyện Ba Bể'],
    ]);
  });

  test('the name stops at the first lower-case word or punctuation', () => {
    expect(names('hạ tầng KCN Thanh Bình giai đoạn II với quy mô')).toEqual([['park', 'Thanh Bình', undefined]]);
    expect(names('vào KCN Thanh Bình. Đây là')).toEqual([['park', 'Thanh Bình', undefined]]);
  });

  test('no name after the prefix: no mention', () => {
    expect(names('Ban Quản lý các KCN tỉnh và các cụm công nghiệp trên địa bàn; Khu công nghiệp và các cụm công nghiệp')).toEqual([]);
  });

  test('a plural list: "các KCN Quang Châu và Vân Trung (Việt Yên)"', () => {
    expect(names('tham quan một số DN tại các KCN Quang Châu và Vân Trung (Việt Yên).')).toEqual([
      ['park', 'Quang Châu', 'Việt Yên'],
      ['park', 'Vân Trung', 'Việt Yên'],
    ]);
  });

  test('the verbatim text includes the district', () => {
    const [m] = findZoneMentions('khởi công Cụm công nghiệp Thanh Vận, huyện Chợ Mới với quy mô 48,5 ha');
    expect(m!.text).toBe('Cụm công nghiệp Thanh Vận, huyện Chợ Mới');
  });
});

describe('matchZone', () => {
  const zones: KnownZone[] = [
    {
      id: 'thanh-binh',
      kind: 'park',
      name: 'Khu công nghiệp Thanh Bình',
      properName: 'Thanh Bình',
      location: 'huyện Chợ Mới, tỉnh Bắc Kạn',
      sources: new Set(),
    },
    {
      id: 'quang-chu',
      kind: 'cluster',
      name: 'Cụm công nghiệp Quảng Chu',
      properName: 'Quảng Chu',
      location: 'huyện Chợ Mới, tỉnh Bắc Kạn',
      sources: new Set(),
    },
  ];
  const mention = (text: string) => findZoneMentions(text)[0]!;

  test('by folded name, regardless of diacritics and case', () => {
    expect(matchZone(mention('KCN THANH BINH'), zones)).toEqual({ status: 'known', zone: 'thanh-binh', notes: [] });
  });

  test('Quang Châu (Bắc Giang) is not Quảng Chu (Bắc Kạn)', () => {
    expect(matchZone(mention('các KCN Quang Châu'), zones).status).toBe('new');
  });

  test('an unknown cluster is new', () => {
    expect(matchZone(mention('Cụm công nghiệp Thanh Vận, huyện Chợ Mới'), zones)).toEqual({ status: 'new', notes: [] });
  });

  test('a different district or kind is noted', () => {
    const m = matchZone(mention('KCN Quảng Chu, huyện Na Rì'), zones);
    expect(m.status).toBe('known');
    expect(m.notes.join(' ')).toMatch(/calls it a park/u);
    expect(m.notes.join(' ')).toMatch(/huyện Na Rì/u);
  });

  test('the seven zones of the site match their own short names', () => {
    const real = loadProfiles(fileURLToPath(new URL('../../src/content', import.meta.url))).zones;
    expect(real.length).toBeGreaterThanOrEqual(7);
    for (const z of real) {
      const prefix = z.kind === 'park' ? 'KCN' : 'CCN';
      expect(matchZone(mention(`${prefix} ${z.properName}`), real)).toMatchObject({ status: 'known', zone: z.id });
    }
  });
});

describe('numbered names', () => {
  test('"KCN Yên Bình 1" … "Yên Bình 4" and "Hai KCN Yên Bình 2 và Yên Bình 3" are whole, distinct names', () => {
    expect(names('Tỉnh có KCN Yên Bình 1, KCN Yên Bình 4 (xã Vạn Phái). Hai KCN Yên Bình 2 và Yên Bình 3 có tổng diện tích 350 ha.')).toEqual([
      ['park', 'Yên Bình 1', undefined],
      ['park', 'Yên Bình 4', 'xã Vạn Phái'],
      ['park', 'Yên Bình 2', undefined],
      ['park', 'Yên Bình 3', undefined],
    ]);
  });

  test('a number with a unit after a name is a figure, not part of the name', () => {
    expect(names('CCN Quảng Chu 50 ha, CCN Nông Hạ 30 ha')).toEqual([
      ['cluster', 'Quảng Chu', undefined],
      ['cluster', 'Nông Hạ', undefined],
    ]);
  });
});
