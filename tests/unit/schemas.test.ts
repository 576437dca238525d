/**
 * The content schemas (src/schemas/): what a maintainer's YAML parses into, and the message they get for the
 * common mistakes. Inputs are written as the YAML files hold them (references as plain ids).
 */
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { articleSchema, metadataEntry } from '../../src/schemas/article.ts';
import { asOf, bilingual } from '../../src/schemas/bilingual.ts';
import { factSchema, sectorLink, statusEntry } from '../../src/schemas/fact.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { provinceSchema } from '../../src/schemas/province.ts';
import { sectorSchema } from '../../src/schemas/sector.ts';
import { zoneSchema } from '../../src/schemas/zone.ts';
import { makeArticle } from './lib/site-fixture.ts';

type Input = Record<string, unknown>;

/** Where each problem is (dotted path) and what it says; fails the test if the input parses. */
function problems(schema: z.ZodType, input: unknown): { path: string; message: string }[] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`expected the input to be refused, but it parsed: ${JSON.stringify(result.data)}`);
  return result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** The raw issues, for codes and keys (unknown keys are reported with the list of keys). */
function rawIssues(schema: z.ZodType, input: unknown): z.core.$ZodIssue[] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused, but it parsed');
  return result.error.issues;
}

const text = (vi: string, en: string) => ({ vi, en });

const factInput = (over: Input = {}): Input => ({
  id: 'area',
  metric: 'area',
  value: 73.5,
  unit: 'ha',
  label: text('Diện tích', 'Area'),
  source: 'bai-mau',
  quote: 'KCN Mẫu có diện tích 73,5 ha',
  topic: 'land',
  ...over,
});

const zoneInput = (over: Input = {}): Input => ({
  kind: 'park',
  order: 1,
  name: text('Khu công nghiệp Mẫu', 'Mẫu Industrial Park'),
  shortName: text('KCN Mẫu', 'Mẫu IP'),
  location: text('huyện Chợ Mới', 'Chợ Mới district'),
  ...over,
});

const provinceInput = (over: Input = {}): Input => ({
  role: 'home',
  name: text('Tỉnh Bắc Kạn', 'Bắc Kạn province'),
  nowPartOf: text('tỉnh Thái Nguyên', 'Thái Nguyên province'),
  ...over,
});

const sectorInput = (over: Input = {}): Input => ({ name: text('Chế biến gỗ', 'Wood processing'), description: text('Gỗ.', 'Wood.'), ...over });

describe('bilingual text', () => {
  it('a missing `en` says to add an `en:` line', () => {
    expect(problems(bilingual, { vi: 'Diện tích' })).toEqual([{ path: 'en', message: 'the English text is missing: add an `en:` line' }]);
  });

  it('a missing `vi` says to add a `vi:` line', () => {
    expect(problems(bilingual, { en: 'Area' })).toEqual([{ path: 'vi', message: 'the Vietnamese text is missing: add a `vi:` line' }]);
  });

  it('an empty or blank text says which language to write', () => {
    expect(problems(bilingual, { vi: '   ', en: 'Area' })).toEqual([{ path: 'vi', message: 'the Vietnamese text is empty: write the `vi` text' }]);
    expect(problems(bilingual, { vi: 'Diện tích', en: '' })).toEqual([{ path: 'en', message: 'the English text is empty: write the `en` text' }]);
  });

  it('trims the text', () => {
    expect(bilingual.parse({ vi: ' Diện tích ', en: 'Area\n' })).toEqual({ vi: 'Diện tích', en: 'Area' });
  });

  it('refuses a third language (`fr:`): bilingual is strict', () => {
    expect(rawIssues(bilingual, { vi: 'Diện tích', en: 'Area', fr: 'Superficie' })).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['fr'] }),
    ]);
  });

  it('an unknown key inside a zone name is reported at the name', () => {
    const issues = rawIssues(zoneSchema, zoneInput({ name: { vi: 'Khu công nghiệp Mẫu', en: 'Mẫu Industrial Park', fr: 'Parc Mẫu' } }));
    expect(issues).toEqual([expect.objectContaining({ code: 'unrecognized_keys', keys: ['fr'], path: ['name'] })]);
  });
});

describe('asOf', () => {
  it.each(['2022', '2023-08', '2021-06-30', '2021/2025'])('accepts %s', (value) => {
    expect(asOf.parse(value)).toBe(value);
  });

  it.each(['30/06/2021', '2021-6', '21', '2021-2025'])('refuses %s with the accepted forms', (value) => {
    expect(problems(asOf, value)).toEqual([{ path: '', message: 'use YYYY, YYYY-MM, YYYY-MM-DD or a period YYYY/YYYY' }]);
  });

  it("a bad asOf on a fact is reported at the fact's asOf", () => {
    expect(problems(factSchema, factInput({ asOf: 'tháng 8/2023' }))).toEqual([
      { path: 'asOf', message: 'use YYYY, YYYY-MM, YYYY-MM-DD or a period YYYY/YYYY' },
    ]);
  });
});

describe('facts, status entries and sector links', () => {
  it("a fact's source is parsed as a reference to the articles collection", () => {
    expect(factSchema.parse(factInput()).source).toEqual({ collection: 'articles', id: 'bai-mau' });
  });

  it("a fact's qualifier defaults to 'exact'", () => {
    expect(factSchema.parse(factInput()).qualifier).toBe('exact');
    expect(factSchema.parse(factInput({ qualifier: 'about' })).qualifier).toBe('about');
  });

  it('a fact id with capitals is refused: ids are lowercase ASCII with hyphens', () => {
    expect(problems(factSchema, factInput({ id: 'Area' }))).toEqual([{ path: 'id', message: 'ids are lowercase ASCII with hyphens' }]);
    expect(problems(factSchema, factInput({ id: 'diện-tích' }))).toEqual([{ path: 'id', message: 'ids are lowercase ASCII with hyphens' }]);
  });

  it('a unit or metric outside the vocabulary is refused at its field', () => {
    expect(problems(factSchema, factInput({ unit: 'hectare' })).map((p) => p.path)).toEqual(['unit']);
    expect(problems(factSchema, factInput({ metric: 'size' })).map((p) => p.path)).toEqual(['metric']);
  });

  it('a value written as text (e.g. "73,5") is refused', () => {
    expect(problems(factSchema, factInput({ value: '73,5' })).map((p) => p.path)).toEqual(['value']);
  });

  it('a quote shorter than 8 characters is refused', () => {
    expect(problems(factSchema, factInput({ quote: '73,5 ha' })).map((p) => p.path)).toEqual(['quote']);
  });

  it('a missing English label names `label.en`', () => {
    expect(problems(factSchema, factInput({ label: { vi: 'Diện tích' } }))).toEqual([
      { path: 'label.en', message: 'the English text is missing: add an `en:` line' },
    ]);
  });

  it('a status entry parses its source as an article reference', () => {
    const entry = statusEntry.parse({ id: 'phase-2', text: text('Đang mở rộng.', 'Expanding.'), source: 'bai-mau', quote: 'KCN Mẫu đang mở rộng' });
    expect(entry).toEqual({
      id: 'phase-2',
      text: text('Đang mở rộng.', 'Expanding.'),
      source: { collection: 'articles', id: 'bai-mau' },
      quote: 'KCN Mẫu đang mở rộng',
    });
  });

  it('a sector link parses its sector as a reference to the sectors collection', () => {
    const link = sectorLink.parse({ sector: 'wood-processing', source: 'bai-mau', quote: 'Tỉnh ưu tiên chế biến gỗ' });
    expect(link.sector).toEqual({ collection: 'sectors', id: 'wood-processing' });
    expect(link.source).toEqual({ collection: 'articles', id: 'bai-mau' });
  });
});

describe('zones and provinces', () => {
  it('a zone without facts, status, sectors or tenants gets empty lists', () => {
    const zone = zoneSchema.parse(zoneInput());
    expect([zone.facts, zone.status, zone.sectors, zone.tenants]).toEqual([[], [], [], []]);
    expect(zone.locationSource).toBeUndefined();
  });

  it("a zone's facts are parsed with their references", () => {
    const zone = zoneSchema.parse(zoneInput({ facts: [factInput()] }));
    expect(zone.facts[0]?.source).toEqual({ collection: 'articles', id: 'bai-mau' });
  });

  it('a zone kind other than park or cluster is refused', () => {
    expect(problems(zoneSchema, zoneInput({ kind: 'zone' })).map((p) => p.path)).toEqual(['kind']);
  });

  it('a fractional order is refused', () => {
    expect(problems(zoneSchema, zoneInput({ order: 1.5 })).map((p) => p.path)).toEqual(['order']);
  });

  it('a bad fact inside a zone is reported at facts.<index>.<field>', () => {
    expect(problems(zoneSchema, zoneInput({ facts: [factInput(), factInput({ id: 'Workers' })] }))).toEqual([
      { path: 'facts.1.id', message: 'ids are lowercase ASCII with hyphens' },
    ]);
  });

  it('a province needs a role of home or peer', () => {
    expect(provinceSchema.parse(provinceInput({ role: 'peer' })).role).toBe('peer');
    expect(problems(provinceSchema, provinceInput({ role: 'neighbour' })).map((p) => p.path)).toEqual(['role']);
  });

  it('a province without `nowPartOf` is refused', () => {
    const { nowPartOf: _dropped, ...input } = provinceInput();
    expect(problems(provinceSchema, input).map((p) => p.path)).toEqual(['nowPartOf']);
  });
});

describe('sectors and glossary', () => {
  it('accepts ISIC codes of 2 to 4 digits and defaults to none', () => {
    expect(sectorSchema.parse(sectorInput({ isic: ['16', '1610'] })).isic).toEqual(['16', '1610']);
    expect(sectorSchema.parse(sectorInput()).isic).toEqual([]);
  });

  it('refuses an ISIC code of 5 digits, at its index', () => {
    expect(problems(sectorSchema, sectorInput({ isic: ['16', '16101'] })).map((p) => p.path)).toEqual(['isic.1']);
  });

  it('refuses a glossary term with an empty definition', () => {
    expect(problems(glossarySchema, { term: 'KCN', expansion: 'khu công nghiệp', vi: '', en: 'Industrial park.' }).map((p) => p.path)).toEqual(['vi']);
  });
});

describe('articles', () => {
  it('a composed article (the fixture) parses unchanged', () => {
    expect(articleSchema.parse(makeArticle())).toEqual(makeArticle());
  });

  it('a paragraph kind other than title, text, caption or byline is refused', () => {
    const article = makeArticle({ paragraphs: [{ kind: 'text', text: 'x' }] });
    expect(problems(articleSchema, { ...article, paragraphs: [{ kind: 'footnote', text: 'x' }] }).map((p) => p.path)).toEqual(['paragraphs.0.kind']);
  });
});

describe('article metadata (seeds/metadata.yaml)', () => {
  it('accepts a complete entry', () => {
    const entry = {
      slug: 'kcn-thanh-binh',
      title: 'KCN Thanh Bình',
      titleSource: 'editor',
      publisher: 'Báo Bắc Kạn',
      date: '2022-02-21',
      url: 'https://baobackan.vn/kcn-thanh-binh.html',
      en: { title: 'Thanh Bình Industrial Park' },
    };
    expect(metadataEntry.parse(entry)).toEqual(entry);
  });

  it('a date not written YYYY-MM-DD says so', () => {
    expect(problems(metadataEntry, { date: '21/02/2022' })).toEqual([{ path: 'date', message: 'use YYYY-MM-DD' }]);
  });

  it('a period not written YYYY/YYYY says so', () => {
    expect(problems(metadataEntry, { period: '2021-2025' })).toEqual([{ path: 'period', message: 'use YYYY/YYYY' }]);
  });

  it('a slug with capitals or diacritics says how slugs are written', () => {
    expect(problems(metadataEntry, { slug: 'KCN-Thanh-Bình' })).toEqual([{ path: 'slug', message: 'use lowercase ASCII words joined by hyphens' }]);
  });

  it('an unknown key (a typo such as `autor`) is refused', () => {
    expect(rawIssues(metadataEntry, { autor: 'Minh' })).toEqual([expect.objectContaining({ code: 'unrecognized_keys', keys: ['autor'] })]);
  });

  it('an unknown key inside `en` is refused too', () => {
    expect(rawIssues(metadataEntry, { en: { title: 'Park', lead: 'x' } })).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['lead'], path: ['en'] }),
    ]);
  });

  it.each(['javascript:alert(1)', 'ftp://baobackan.vn/a.html', 'baobackan.vn/a.html'])('a non-http url (%s) asks for an http(s) address', (url) => {
    expect(problems(metadataEntry, { url })).toEqual([{ path: 'url', message: 'use an http(s) address of the original page' }]);
  });

  it('a titleSource of "derived" is for the loader only, not for metadata', () => {
    expect(problems(metadataEntry, { titleSource: 'derived' }).map((p) => p.path)).toEqual(['titleSource']);
  });
});

describe('strict objects and clean text', () => {
  it('a key the schema does not know is refused in a fact, a zone and a province (a YAML flow map cut at a comma makes one)', () => {
    // `label: { vi: Diện tích, en: Cluster area (land being cleared, 50 ha) }` parses as { en: 'Cluster area (land being cleared', '50 ha)': null }.
    expect(rawIssues(factSchema, factInput({ label: { vi: 'Diện tích', en: 'Cluster area (land being cleared', '50 ha)': null } }))).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['50 ha)'], path: ['label'] }),
    ]);
    expect(rawIssues(factSchema, factInput({ colour: 'red' }))).toEqual([expect.objectContaining({ code: 'unrecognized_keys', keys: ['colour'] })]);
    expect(rawIssues(zoneSchema, zoneInput({ district: 'Chợ Mới' }))).toEqual([expect.objectContaining({ code: 'unrecognized_keys', keys: ['district'] })]);
    expect(rawIssues(provinceSchema, provinceInput({ capital: 'Bắc Kạn' }))).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['capital'] }),
    ]);
  });

  it('a quote of spaces only is refused', () => {
    expect(problems(factSchema, factInput({ quote: '\u00a0'.repeat(10) }))).toEqual([
      { path: 'quote', message: 'the quote is too short (or only spaces): copy the sentence the item rests on' },
    ]);
  });

  it('a figure shown as printed needs a note; an empty asPrinted is refused', () => {
    expect(problems(factSchema, factInput({ asPrinted: '15,1 tỷ triệu USD' }))).toEqual([
      { path: 'note', message: 'a figure shown as printed (`asPrinted`) needs a `note` in both languages saying why it is not read as a number' },
    ]);
    expect(problems(factSchema, factInput({ asPrinted: ' ', note: text('Ghi chú.', 'A note.') }))[0]?.path).toBe('asPrinted');
  });

  it('text and quotes written in NFD are published in NFC', () => {
    const nfd = 'Khu công nghiệp Thanh Bình'.normalize('NFD');
    const parsed = factSchema.parse(factInput({ label: text(nfd, 'Area'), quote: `${nfd} có diện tích 73,5 ha`.normalize('NFD') }));
    expect(parsed.label.vi).toBe('Khu công nghiệp Thanh Bình');
    expect(parsed.quote).toBe('Khu công nghiệp Thanh Bình có diện tích 73,5 ha');
    expect(parsed.quote.length).toBeLessThan(`${nfd} có diện tích 73,5 ha`.normalize('NFD').length);
  });
});
