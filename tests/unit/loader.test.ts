import { mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/lib/article/clean.ts';
import { decodeArticle } from '../../src/lib/article/decode.ts';
import { composeArticle } from '../../src/lib/article/compose.ts';
import { parseMetadata } from '../../src/lib/article/metadata.ts';
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
  it('finds the five seed articles', () => {
    expect(seedFiles).toHaveLength(5);
  });

  it.each(seedFiles)('%s cleans to its text without page chrome', (file) => {
    const article = read(file);
    for (const chrome of CHROME) expect(article.text, chrome).not.toContain(chrome);
    expect(article.text).not.toMatch(/\u00a0|\s{2,}/u);
    expect(article.paragraphs.filter((p) => p.kind === 'text').length).toBeGreaterThan(3);
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
    expect(articles.map((a) => a.slug)).toEqual([
      'phat-trien-khu-cum-cong-nghiep',
      'thu-hut-dau-tu-kcn-thanh-binh',
      'dau-tu-ha-tang-cong-nghiep',
      'day-manh-phat-trien-cong-nghiep',
      'hoc-tap-kinh-nghiem-bac-giang',
    ]);
    const visit = articles[4]!;
    expect(visit.titleSource).toBe('editor');
    expect(visit.dateInferred).toBe(true);
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
