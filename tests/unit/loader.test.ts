import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isChrome } from '../../src/lib/article/chrome.ts';
import { cleanArticle } from '../../src/lib/article/clean.ts';
import { decodeArticle } from '../../src/lib/article/decode.ts';
import { composeArticle } from '../../src/lib/article/compose.ts';
import { parseMetadata } from '../../src/lib/article/metadata.ts';
import { MIN_VIETNAMESE_SHARE, vietnameseShare } from '../../src/lib/article/vietnamese.ts';
import { loadArticles } from '../../src/loaders/articles.ts';
import { parseYamlList } from '../../src/loaders/yaml-list.ts';

const SEEDS = 'seeds';
const seedFiles = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const read = (f: string) => cleanArticle(f, decodeArticle(f, readFileSync(join(SEEDS, f))));

/** Page furniture that appears in the copied pages and must not survive cleaning. */
const CHROME = [
  '0:00 / 0:00',
  'Xem thêm',
  'PublishingPortal',
  'Tăng cỡ chữ',
  'TIN BÀI CÙNG CHUYÊN MỤC',
  'Translate:',
  'Skip to content',
  'Bài viết mới',
  'Ý kiến bạn đọc',
  'Nguồn :',
];

describe('articles loader on the real seeds', () => {
  it('reads every .txt file in seeds/ as an article', () => {
    expect(seedFiles.length).toBeGreaterThan(0);
    expect(loadArticles(SEEDS).articles.map((a) => a.file)).toEqual(seedFiles.map((f) => `seeds/${f}`));
  });

  it.each(seedFiles)('%s cleans to its text without page chrome', (file) => {
    const article = read(file);
    for (const chrome of CHROME) expect(article.text, chrome).not.toContain(chrome);
    expect(article.text).not.toMatch(/\u00a0|\s{2,}/u);
    expect(article.paragraphs.filter((p) => p.kind === 'text').length).toBeGreaterThan(0);
    // No paragraph is printed twice (repeated photo captions are kept once).
    const texts = article.paragraphs.map((p) => p.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('reads titles, datelines, credits, bylines and tags off the pages', () => {
    expect(read(seedFiles[0]!).title).toBe('Phát triển các khu, cụm công nghiệp để thúc đẩy nền kinh tế');
    const portal = read(seedFiles[1]!);
    expect(portal.title).toBe('Thu hút đầu tư vào Khu Công nghiệp Thanh Bình');
    expect(portal.credit).toBe('Cổng thông tin điện tử Tỉnh Bắc Kạn');
    const dated = read(seedFiles[2]!);
    expect(dated.date).toBe('2022-02-21');
    expect(dated.title).toBe('Bắc Kạn quan tâm đầu tư hạ tầng công nghiệp');
    expect(dated.byline).toBe('Hương Lan');
    const timed = read(seedFiles[3]!);
    expect(timed.date).toBe('2021-06-30');
    expect(timed.byline).toBe('N.V');
    const visit = read(seedFiles[4]!);
    expect(visit.title).toBeUndefined();
    expect(visit.byline).toBe('Thế Đại');
    expect(visit.tags).toContain('khu công nghiệp');
    expect(visit.paragraphs.find((p) => p.text.startsWith('Quang cảnh hội nghị'))?.kind).toBe('caption');
  });

  it('keeps a repeated caption once, as a caption, so quotes from it still verify', () => {
    const article = read(seedFiles[0]!);
    const captions = article.paragraphs.filter((p) => p.text === 'KCN Thanh Bình giai đoạn I có quy mô trên 73ha.');
    expect(captions).toEqual([{ kind: 'caption', text: 'KCN Thanh Bình giai đoạn I có quy mô trên 73ha.' }]);
  });

  it('loads all seeds with their metadata and no warnings', () => {
    const { articles, warnings } = loadArticles(SEEDS);
    expect(warnings).toEqual([]);
    // Each article with a metadata entry that names a slug is published under it.
    const slugs = Object.entries(parse(readFileSync(join(SEEDS, 'metadata.yaml'), 'utf8')) as Record<string, { slug?: string }>).flatMap(([file, entry]) =>
      entry.slug ? [[`seeds/${file}`, entry.slug]] : [],
    );
    expect(slugs.length).toBeGreaterThan(0);
    for (const [file, slug] of slugs) expect(articles.find((a) => a.file === file)?.slug, file).toBe(slug);
    const visit = articles[4]!;
    expect(visit.titleSource).toBe('editor');
    expect(visit.dateInferred).toBe(true);
  });

  it('loads the same articles as before the input checks: slugs, titles, paragraphs and text (tests/fixtures/articles/seeds-snapshot.json)', () => {
    // The snapshot was written from loadArticles('seeds') before decoding, cleaning and listing refused bad input.
    const snapshot = JSON.parse(readFileSync('tests/fixtures/articles/seeds-snapshot.json', 'utf8')) as unknown[];
    const { articles, warnings } = loadArticles(SEEDS);
    expect(warnings).toEqual([]);
    // A seed added later is not in the snapshot; every seed that is must load exactly as it did.
    const snapshotted = new Set(snapshot.map((a) => (a as { file: string }).file));
    expect(
      articles
        .filter((a) => snapshotted.has(a.file))
        .map(({ file, slug, title, titleSource, date, byline, publisher, tags, paragraphs, text }) => ({
          file,
          slug,
          title,
          titleSource,
          date,
          byline,
          publisher,
          tags,
          paragraphs,
          text,
        })),
    ).toEqual(snapshot);
  });
});

describe('an article without metadata', () => {
  it('gets a derived title, slug and a warning listing what to add', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zb-seeds-'));
    for (const f of seedFiles) copyFileSync(join(SEEDS, f), join(dir, f));
    copyFileSync(join(SEEDS, 'metadata.yaml'), join(dir, 'metadata.yaml'));
    writeFileSync(
      join(dir, '900_new.txt'),
      'Xem thêm\n\nCụm công nghiệp Thanh Vận, huyện Chợ Mới đã được phê duyệt quy hoạch chi tiết với diện tích 50 ha. Tỉnh kêu gọi đầu tư chế biến nông sản.\n\nTranslate:\n',
    );
    const { articles, warnings } = loadArticles(dir);
    const fresh = articles.find((a) => a.file === 'seeds/900_new.txt')!;
    expect(fresh.titleSource).toBe('derived');
    expect(fresh.title).toBe('Cụm công nghiệp Thanh Vận, huyện Chợ Mới đã được phê duyệt quy hoạch chi tiết với diện…');
    expect(fresh.slug).toMatch(/^cum-cong-nghiep-thanh-van-huyen-cho-moi/);
    expect(fresh.en).toBeUndefined();
    expect(warnings).toEqual([
      'seeds/900_new.txt: still to add in seeds/metadata.yaml: an entry in seeds/metadata.yaml, title (the page prints none; the first sentence stands in), date or period, en.title, en.summary',
    ]);
  });
});

describe('bad input gives a clear error naming the file and the fix', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it('an empty file', () => {
    expect(() => composeArticle('seeds/x.txt', new Uint8Array(), undefined)).toThrow(
      'seeds/x.txt: text: the file is empty. Fix: paste the article text into the file, or delete the file',
    );
    expect(() => composeArticle('seeds/x.txt', bytes(' \n\u00a0\n'), undefined)).toThrow('seeds/x.txt: text: the file is empty');
  });
  it('a non-UTF-8 file', () => {
    expect(() => composeArticle('seeds/latin1.txt', Uint8Array.from([0x42, 0xe1, 0x63, 0x20, 0x4b, 0x1ea1 & 0xff]), undefined)).toThrow(
      /seeds\/latin1\.txt: encoding: the file is not valid UTF-8\. Fix: re-save the article as UTF-8/,
    );
  });
  it('a binary file', () => {
    expect(() => composeArticle('seeds/img.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), undefined)).toThrow(
      'seeds/img.txt: text: the file contains NUL bytes',
    );
  });
  it('a file of only page chrome', () => {
    expect(() => composeArticle('seeds/chrome.txt', bytes('0:00 / 0:00\nXem thêm\nTranslate:\nSkip to content\n'), undefined)).toThrow(
      'seeds/chrome.txt: text: nothing is left after removing page chrome',
    );
  });
  it('a file over the size limit', () => {
    expect(() => composeArticle('seeds/big.txt', new Uint8Array(5_000_000).fill(0x61), undefined)).toThrow('seeds/big.txt: text: the file is 5.0 MB');
  });
  it('a metadata entry with a bad field names the entry and field', () => {
    expect(() => parseMetadata('a.txt:\n  date: 21/02/2022\n')).toThrow('seeds/metadata.yaml: a.txt.date: use YYYY-MM-DD');
    expect(() => parseMetadata('a.txt:\n  colour: red\n')).toThrow(/seeds\/metadata\.yaml: a\.txt\.\(entry\): .*colour/);
  });
  it('a metadata entry for a missing file, and two articles with one slug', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zb-seeds-'));
    copyFileSync(join(SEEDS, seedFiles[0]!), join(dir, seedFiles[0]!));
    writeFileSync(join(dir, 'metadata.yaml'), 'gone.txt:\n  slug: gone\n');
    expect(() => loadArticles(dir)).toThrow('seeds/metadata.yaml: gone.txt: names a file that is not in seeds/');
    copyFileSync(join(SEEDS, seedFiles[1]!), join(dir, seedFiles[1]!));
    writeFileSync(join(dir, 'metadata.yaml'), `${seedFiles[0]}:\n  slug: same\n${seedFiles[1]}:\n  slug: same\n`);
    expect(() => loadArticles(dir)).toThrow(`seeds/${seedFiles[1]}: slug: "same" is already the slug of seeds/${seedFiles[0]}`);
  });
});

/** Temporary folders made by the tests below, removed at the end. */
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zb-seeds-'));
  temporary.push(dir);
  return dir;
}
/** A temporary copy of the real seeds (articles and metadata.yaml), to add one odd file to. */
function seedsCopy(): string {
  const dir = tempDir();
  cpSync(SEEDS, dir, { recursive: true });
  return dir;
}
const utf8 = (text: string) => new TextEncoder().encode(text);
/** UTF-8 that was read as Windows-1252 (as a browser or editor does) and saved again as UTF-8. */
const garble = (bytes: Uint8Array) => utf8(new TextDecoder('windows-1252').decode(bytes));
const seedBytes = (f: string) => readFileSync(join(SEEDS, f));
/** 002 prints a title and a dateline, so a copy of it without a metadata entry lacks only the entry and English. */
const DATED = '002_bc5a2a4d9f524227.txt';
const missingFor = (name: string) => `seeds/${name}: still to add in seeds/metadata.yaml: an entry in seeds/metadata.yaml, en.title, en.summary`;

describe('garbled text (mojibake: UTF-8 read as Windows-1252 and saved again) is refused with the repair', () => {
  const REPAIR =
    'Fix: re-save the original page as UTF-8: copy the article again from the page in the browser and save it with the encoding UTF-8 (do not open this file as Windows-1252 or "ANSI")';

  it('the garbled text a tester saw, through the loader', () => {
    const dir = seedsCopy();
    writeFileSync(join(dir, '005_garbled.txt'), 'Báº¯c Káº¡n thu hÃºt Ä‘áº§u tÆ°…\n\nKhu công nghiệp Thanh Bình có 8 dự án đang hoạt động.\n');
    expect(() => loadArticles(dir)).toThrow(
      `seeds/005_garbled.txt: encoding: the text is garbled (mojibake): 6 sequences such as "áº", "Ãº", "Ä‘", "Æ°" that Vietnamese text never has; it was UTF-8, decoded as Windows-1252 and saved again. ${REPAIR}`,
    );
  });

  it.each(seedFiles)('%s garbled whole', (f) => {
    expect(() => composeArticle(`seeds/${f}`, garble(seedBytes(f)), undefined)).toThrow(
      new RegExp(
        `^seeds/${f}: encoding: the text is garbled \\(mojibake\\): \\d+ sequences such as .+ that Vietnamese text never has; .+ ${REPAIR.replace(/[()]/g, '\\$&')}$`,
        'u',
      ),
    );
  });

  it('a seed garbled through Latin-1 instead, its invisible C1 controls shown as escapes', () => {
    expect(() => composeArticle('seeds/x.txt', utf8(seedBytes(DATED).toString('latin1')), undefined)).toThrow(
      'seeds/x.txt: encoding: the text is garbled (mojibake): 726 sequences such as "Ä\\u0083", "á»", "áº", "Ã¢"',
    );
  });

  it('a good article whose headline alone was garbled', () => {
    const text = seedBytes(DATED)
      .toString('utf8')
      .replace('Bắc Kạn quan tâm', new TextDecoder('windows-1252').decode(utf8('Bắc Kạn quan tâm')));
    expect(() => composeArticle('seeds/x.txt', utf8(text), undefined)).toThrow('seeds/x.txt: encoding: the text is garbled (mojibake): 3 sequences');
  });

  it('but Vietnamese capitals (Ã, Ì) before a space, a no-break space, "…", quotes or dashes pass', () => {
    const text = `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐÃ\u00a0ĐẾN LÚC, NGÃ… “ĐÃ” nói GÌ – XÃ — TỈNH đã có 8 dự án hoạt động tại KCN Thanh Bình.\n\nDự án có tổng mức đầu tư khoảng 215 tỷ đồng.\n`;
    expect(composeArticle('seeds/x.txt', utf8(text), undefined).title).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });
});

describe('text that is not Vietnamese is refused', () => {
  const FIX = 'Fix: save the Vietnamese original of the article, with its diacritics (the site quotes it verbatim), not a translation or placeholder text';
  it.each([
    [
      'an English page',
      'Thanh Binh Industrial Park\n\nThanh Binh Industrial Park in Bắc Kạn province has eight operating projects and about one thousand workers. The province plans a second phase of 80 hectares.\n\nIt prioritises wood processing and agricultural products.\n',
      'does not look like Vietnamese: only 2 of 32 words (6 %) have Vietnamese letters (ă, â, đ, ê, ô, ơ, ư or tone marks), in 215 characters of text; Vietnamese prose has them on most words',
    ],
    [
      'Lorem ipsum',
      'Lorem ipsum dolor sit amet\n\nLorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.\n',
      'does not look like Vietnamese: no Vietnamese letters (ă, â, đ, ê, ô, ơ, ư or tone marks) in 123 characters of text',
    ],
    [
      'Vietnamese typed without diacritics',
      'Khu cong nghiep Thanh Binh\n\nKhu cong nghiep Thanh Binh hien co 8 du an dang hoat dong, tong so lao dong khoang 1.000 nguoi.\n',
      'does not look like Vietnamese: no Vietnamese letters (ă, â, đ, ê, ô, ơ, ư or tone marks) in 95 characters of text',
    ],
  ])('%s, through the loader', (_, text, problem) => {
    const dir = seedsCopy();
    writeFileSync(join(dir, '005_other.txt'), text);
    expect(() => loadArticles(dir)).toThrow(`seeds/005_other.txt: text: ${problem}. ${FIX}`);
  });

  /** The share of body words with Vietnamese letters in each real seed: 83–88 %, the floor is 30 %. */
  const SEED_SHARES: [string, number, number][] = [
    ['000_f42ab8ae87e2fec6.txt', 654, 769], // 85.0 %
    ['001_7134f92b119c0d58.txt', 858, 1004], // 85.5 %
    ['002_bc5a2a4d9f524227.txt', 627, 709], // 88.4 %
    ['003_22d3c962758026ae.txt', 845, 960], // 88.0 %
    ['004_ee0f98f5484a5f99.txt', 981, 1182], // 83.0 %
  ];
  it.each(SEED_SHARES)('%s: %i of %i body words have Vietnamese letters, far over the floor', (f, vietnamese, words) => {
    const body = read(f)
      .paragraphs.filter((p) => p.kind === 'text')
      .map((p) => p.text)
      .join(' ');
    expect(vietnameseShare(body)).toEqual({ words, vietnamese, share: vietnamese / words });
    expect(vietnameseShare(body.normalize('NFD')), 'the same in NFD').toEqual(vietnameseShare(body));
    expect(vietnamese / words).toBeGreaterThan(2.5 * MIN_VIETNAMESE_SHARE);
  });
});

describe('UTF-16 files are named as such', () => {
  const text = seedBytes(DATED).toString('utf8');
  const le = (t: string) => Buffer.from(t, 'utf16le');
  const be = (t: string) => Buffer.from(t, 'utf16le').swap16();
  it.each([
    ['little-endian, with a byte-order mark', le(`\ufeff${text}`), 'little-endian'],
    ['big-endian, with a byte-order mark', be(`\ufeff${text}`), 'big-endian'],
    ['little-endian, without', le(text), 'little-endian'],
    ['big-endian, without', be(text), 'big-endian'],
  ])('%s', (_, bytes, order) => {
    expect(() => composeArticle('seeds/x.txt', bytes, undefined)).toThrow(
      `seeds/x.txt: encoding: the file is UTF-16 (${order}), not UTF-8. Fix: re-save it as UTF-8 (in the editor's "Save as", choose the encoding UTF-8)`,
    );
  });
});

describe('page chrome the seeds do not have: breadcrumbs, share bars, copyright lines', () => {
  const CHROME_LINES = [
    'Trang chủ > Tin tức > Kinh tế',
    'Trang chủ » Kinh tế',
    'Tin tức / Kinh tế / Đầu tư',
    'Trang chủ › Tin tức',
    'Chia sẻ Facebook Zalo',
    'Share: Facebook | Twitter',
    'Facebook',
    'Zalo',
    'Twitter',
    '© 2023 Báo Bắc Kạn',
    'Bản quyền thuộc về Báo Bắc Kạn',
    'Copyright 2023 Bac Kan Newspaper. All rights reserved.',
  ];
  it.each(CHROME_LINES)('drops "%s"', (line) => {
    expect(isChrome(line)).toBe(true);
  });

  it.each([
    'Thái Nguyên / Chợ Mới',
    'Giai đoạn 2021 / 2025 tỉnh thu hút 20 dự án',
    'Doanh thu > 350 tỷ đồng',
    'Thu nhập bình quân 6 triệu đồng/người/tháng',
    'Bản quyền tác giả của doanh nghiệp được bảo hộ.',
    'Facebook là kênh quảng bá chính của KCN Thanh Bình.',
  ])('keeps the text line "%s"', (line) => {
    expect(isChrome(line)).toBe(false);
  });

  it('an article holding them builds with only its text', () => {
    const original = readFileSync('tests/fixtures/extract/new-cluster.txt', 'utf8');
    const lines = original.split('\n');
    const withChrome = [...CHROME_LINES.slice(0, 4), ...lines.slice(0, 2), ...CHROME_LINES.slice(4, 9), ...lines.slice(2), ...CHROME_LINES.slice(9)].join('\n');
    const dir = seedsCopy();
    writeFileSync(join(dir, '005_thanh-van.txt'), withChrome);
    const article = loadArticles(dir).articles.find((a) => a.file === 'seeds/005_thanh-van.txt')!;
    const clean = cleanArticle('x', original);
    expect(article.title).toBe('Chợ Mới khởi công hạ tầng Cụm công nghiệp Thanh Vận');
    expect(article.date).toBe('2024-03-15');
    expect({ paragraphs: article.paragraphs, text: article.text, tags: article.tags, byline: article.byline }).toEqual({
      paragraphs: clean.paragraphs,
      text: clean.text,
      tags: [],
      byline: undefined,
    });
    expect(clean.paragraphs.map((p) => p.kind)).toEqual(['text', 'text', 'text']);
  });
});

describe('what is in seeds/: anything the build would skip or mis-read is refused by name', () => {
  const article = () => seedBytes(DATED);
  it.each([
    [
      'an upper-case extension',
      (d: string) => writeFileSync(join(d, '005_new.TXT'), article()),
      'seeds/005_new.TXT: file name: is neither an article (.txt) nor metadata.yaml, so the build would skip it. Fix: rename it to 005_new.txt',
    ],
    [
      'a .text extension',
      (d: string) => writeFileSync(join(d, 'x.text'), article()),
      'seeds/x.text: file name: is neither an article (.txt) nor metadata.yaml, so the build would skip it. Fix: rename it to x.txt',
    ],
    [
      'notes',
      (d: string) => writeFileSync(join(d, 'notes.md'), '# notes\n'),
      'seeds/notes.md: file name: is neither an article (.txt) nor metadata.yaml, so the build would skip it. Fix: rename it to `.txt` if it is an article, or move it out of seeds/',
    ],
    [
      'a second metadata file',
      (d: string) => writeFileSync(join(d, 'metadata.yml'), ''),
      'seeds/metadata.yml: file name: is neither an article (.txt) nor metadata.yaml, so the build would skip it. Fix: rename it to metadata.yaml, the one metadata file the build reads',
    ],
    [
      'a folder',
      (d: string) => mkdirSync(join(d, 'drafts')),
      'seeds/drafts/: folder: is a folder: articles are read from seeds/ itself, not from sub-folders. Fix: move its .txt files into seeds/, or move the folder out of seeds/',
    ],
    [
      'a folder named like an article',
      (d: string) => mkdirSync(join(d, 'sub.txt')),
      'seeds/sub.txt/: folder: is a folder: articles are read from seeds/ itself, not from sub-folders. Fix: move its .txt files into seeds/, or move the folder out of seeds/',
    ],
    [
      'two names that differ only in case',
      (d: string) => {
        writeFileSync(join(d, '005_bac-kan.txt'), article());
        writeFileSync(join(d, '005_Bac-Kan.txt'), article());
      },
      'seeds/005_bac-kan.txt: file name: differs from seeds/005_Bac-Kan.txt only in letter case. Fix: keep one of the two files: delete or rename the other',
    ],
    [
      'one name in NFC and in NFD',
      (d: string) => {
        writeFileSync(join(d, '005 Bắc Kạn.txt'), article());
        writeFileSync(join(d, '005 Bắc Kạn.txt'.normalize('NFD')), article());
      },
      'seeds/005 Bắc Kạn.txt: file name: is there twice, the name written in two Unicode forms (NFC and NFD). Fix: keep one of the two files: delete or rename the other',
    ],
  ])('%s', (_, add, message) => {
    const dir = seedsCopy();
    add(dir);
    expect(() => loadArticles(dir)).toThrow(message);
  });

  it('dot-files (.DS_Store, .gitkeep) are not articles and are left alone', () => {
    const dir = seedsCopy();
    writeFileSync(join(dir, '.DS_Store'), Uint8Array.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]));
    writeFileSync(join(dir, '.gitkeep'), '');
    expect(loadArticles(dir)).toEqual(loadArticles(SEEDS));
  });

  it.each([
    ['an NFD file name matches its NFC metadata entry', '005 Bắc Kạn.txt'.normalize('NFD'), '005 Bắc Kạn.txt'],
    ['an NFC file name matches its NFD metadata entry', '005 Bắc Kạn.txt', '005 Bắc Kạn.txt'.normalize('NFD')],
  ])('%s, and the article is named in NFC', (_, fileName, entryName) => {
    const dir = seedsCopy();
    writeFileSync(join(dir, fileName), article());
    writeFileSync(
      join(dir, 'metadata.yaml'),
      `${readFileSync(join(SEEDS, 'metadata.yaml'), 'utf8')}\n${entryName}:\n  slug: bac-kan-copy\n  en: { title: A copy, summary: A copy. }\n`,
    );
    const { articles, warnings } = loadArticles(dir);
    expect(warnings).toEqual([]);
    expect(articles.find((a) => a.slug === 'bac-kan-copy')?.file).toBe('seeds/005 Bắc Kạn.txt');
  });

  it('a metadata entry whose name differs from the file in letter case names the file to rename it to', () => {
    const dir = seedsCopy();
    writeFileSync(join(dir, 'metadata.yaml'), `${readFileSync(join(SEEDS, 'metadata.yaml'), 'utf8')}\n${DATED.toUpperCase()}:\n  slug: upper\n`);
    expect(() => loadArticles(dir)).toThrow(
      `seeds/metadata.yaml: ${DATED.toUpperCase()}: names a file that is not in seeds/ (seeds/${DATED} differs in letter case). Fix: rename the entry to ${DATED}`,
    );
  });
});

describe('a missing or empty seeds folder, a missing metadata.yaml', () => {
  it('no folder', () => {
    const dir = join(tempDir(), 'seeds');
    expect(() => loadArticles(dir)).toThrow(`seeds/: folder: does not exist (SEEDS_DIR=${dir}). Fix: create it and put the article .txt files in it`);
  });
  it('a file where the folder should be', () => {
    const file = join(tempDir(), 'seeds');
    writeFileSync(file, '');
    expect(() => loadArticles(file)).toThrow(
      `seeds/: folder: is a file, not a folder (SEEDS_DIR=${file}). Fix: point SEEDS_DIR at the folder of article .txt files`,
    );
  });
  it.each([
    ['an empty folder', () => tempDir()],
    [
      'only metadata.yaml',
      () => {
        const dir = tempDir();
        copyFileSync(join(SEEDS, 'metadata.yaml'), join(dir, 'metadata.yaml'));
        return dir;
      },
    ],
  ])('%s', (_, make) => {
    const dir = make();
    expect(() => loadArticles(dir)).toThrow(
      `seeds/: folder: holds no article .txt file (SEEDS_DIR=${dir}). Fix: put the article .txt files in it (see docs/add-an-article.md)`,
    );
  });
  it('no metadata.yaml: one error, not one per article', () => {
    const dir = seedsCopy();
    unlinkSync(join(dir, 'metadata.yaml'));
    expect(() => loadArticles(dir)).toThrow(
      'seeds/metadata.yaml: file: does not exist, so no article has its slug, date or English summary. Fix: create it with an entry per article file (see docs/add-an-article.md); if it was deleted by mistake, `git checkout -- seeds/metadata.yaml` restores it',
    );
  });
});

describe('odd but good input still builds, with the same text', () => {
  const expected = loadArticles(SEEDS).articles.find((a) => a.file === `seeds/${DATED}`)!;
  const text = seedBytes(DATED).toString('utf8');
  it.each([
    ['no-break spaces between the words', '005_nbsp.txt', utf8(text.replaceAll(' ', '\u00a0'))],
    ['NFD text (as macOS writes it)', '005_nfd.txt', utf8(text.normalize('NFD'))],
    ['a UTF-8 byte-order mark', '005_bom.txt', utf8(`\ufeff${text}`)],
    ['CRLF line endings', '005_crlf.txt', utf8(text.replaceAll('\n', '\r\n'))],
    ['spaces and diacritics in the file name', '005 Bắc Kạn đầu tư.txt', utf8(text)],
    ['that file name in NFD', '005 Bắc Kạn đầu tư.txt'.normalize('NFD'), utf8(text)],
    [
      'all of these at once',
      '005 Bắc Kạn đầu tư.txt'.normalize('NFD'),
      utf8(`\ufeff${text.normalize('NFD').replaceAll(' ', '\u00a0').replaceAll('\n', '\r\n')}`),
    ],
  ])('%s', (_, name, bytes) => {
    const dir = seedsCopy();
    writeFileSync(join(dir, name), bytes);
    const { articles, warnings } = loadArticles(dir);
    const copy = articles.find((a) => a.file === `seeds/${name.normalize('NFC')}`);
    expect(warnings).toEqual([missingFor(name.normalize('NFC'))]);
    expect({ title: copy?.title, date: copy?.date, byline: copy?.byline, paragraphs: copy?.paragraphs, text: copy?.text }).toEqual({
      title: expected.title,
      date: expected.date,
      byline: expected.byline,
      paragraphs: expected.paragraphs,
      text: expected.text,
    });
  });

  it('a copy of the seeds with every text and metadata.yaml in NFD loads the same articles', () => {
    const dir = tempDir();
    for (const f of [...seedFiles, 'metadata.yaml']) writeFileSync(join(dir, f), readFileSync(join(SEEDS, f), 'utf8').normalize('NFD'));
    expect(loadArticles(dir)).toEqual(loadArticles(SEEDS));
  });

  it('metadata names and strings come out NFC; one name in both forms is refused', () => {
    const nfd = (s: string) => s.normalize('NFD');
    const entries = parseMetadata(`${nfd('Bắc Kạn.txt')}:\n  title: ${nfd('Học tập kinh nghiệm')}\n  en: { title: ${nfd('Bắc Giang')} }\n`);
    expect([...entries]).toEqual([['Bắc Kạn.txt', { title: 'Học tập kinh nghiệm', en: { title: 'Bắc Giang' } }]]);
    expect(() => parseMetadata(`Bắc Kạn.txt:\n  slug: a\n${nfd('Bắc Kạn.txt')}:\n  slug: b\n`)).toThrow(
      'seeds/metadata.yaml: Bắc Kạn.txt: has two entries (the same name written in two Unicode forms, NFC and NFD). Fix: merge them into one entry',
    );
  });
});

describe('a YAML list of entries (sectors, glossary)', () => {
  it('gives each entry its id and the rest as data', () => {
    expect(parseYamlList('s.yaml', '- id: garments\n  name: { vi: May mặc, en: Garments }\n')).toEqual([
      { id: 'garments', data: { name: { vi: 'May mặc', en: 'Garments' } } },
    ]);
  });
  it('refuses a duplicate id, naming the file, the entry and the fix', () => {
    expect(() => parseYamlList('src/content/sectors.yaml', '- id: garments\n- id: batteries\n- id: garments\n')).toThrow(
      'src/content/sectors.yaml: [2].id: duplicate id "garments". Fix: give each entry its own id',
    );
  });
  it('refuses an entry without a slug id, and a file that is not a list', () => {
    expect(() => parseYamlList('g.yaml', '- id: Wood Processing\n')).toThrow('g.yaml: [0].id: missing or not a lowercase ASCII slug ("Wood Processing")');
    expect(() => parseYamlList('g.yaml', 'garments: {}\n')).toThrow('g.yaml: (root): must be a YAML list of entries');
  });
});
