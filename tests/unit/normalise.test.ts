/**
 * From collection entries to the content model: references resolved to ids, each entry's id and file attached,
 * lists in reading order; then the checked site's roles and lookups.
 */
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { normaliseContent, resolveReferences, siteData, type CollectionEntry, type Collections } from '../../src/lib/normalise.ts';
import { parseNarrative } from '../../src/lib/narrative/tree.ts';
import type { glossarySchema } from '../../src/schemas/glossary.ts';
import type { provinceSchema } from '../../src/schemas/province.ts';
import type { sectorSchema } from '../../src/schemas/sector.ts';
import type { zoneSchema } from '../../src/schemas/zone.ts';
import { makeArticle, makeContent, makeProvince, makeSector, makeZone } from './lib/site-fixture.ts';

type ZoneData = z.output<typeof zoneSchema>;
type ProvinceData = z.output<typeof provinceSchema>;
type SectorData = z.output<typeof sectorSchema>;
type TermData = z.output<typeof glossarySchema>;

/** What `reference('articles')` parses 'bai-mau' into. */
const article = (id: string) => ({ collection: 'articles' as const, id });
const sectorRef = (id: string) => ({ collection: 'sectors' as const, id });
const entry = <T>(id: string, data: T, filePath?: string): CollectionEntry<T> => (filePath === undefined ? { id, data } : { id, data, filePath });

/** A zone as the zone schema outputs it: references still { collection, id }. */
function zoneData(over: Partial<ZoneData> = {}): ZoneData {
  return {
    kind: 'park',
    order: 1,
    name: { vi: 'Khu công nghiệp Mẫu', en: 'Mẫu Industrial Park' },
    shortName: { vi: 'KCN Mẫu', en: 'Mẫu IP' },
    location: { vi: 'huyện Chợ Mới', en: 'Chợ Mới district' },
    facts: [
      {
        id: 'area',
        metric: 'area',
        value: 73.5,
        unit: 'ha',
        qualifier: 'exact',
        label: { vi: 'Diện tích', en: 'Area' },
        source: article('bai-mau'),
        quote: 'KCN Mẫu có diện tích 73,5 ha',
        topic: 'land',
      },
    ],
    status: [],
    sectors: [{ sector: sectorRef('wood-processing'), source: article('bai-mau'), quote: 'Tỉnh ưu tiên thu hút các dự án chế biến gỗ' }],
    tenants: [],
    phases: [],
    ...over,
  };
}

function provinceData(role: ProvinceData['role']): ProvinceData {
  return {
    role,
    name: { vi: `Tỉnh ${role}`, en: `${role} province` },
    nowPartOf: { vi: 'tỉnh Thái Nguyên', en: 'Thái Nguyên province' },
    facts: [],
    status: [{ id: 'plan', text: { vi: 'Quy hoạch.', en: 'Plan.' }, source: article('bai-mau'), quote: 'Toàn tỉnh có 27 cụm công nghiệp' }],
    sectors: [],
  };
}

const sectorData = (en: string): SectorData => ({ name: { vi: en, en }, isic: [], description: { vi: en, en } });
const termData = (term: string): TermData => ({ term, expansion: term, vi: `${term}.`, en: `${term}.` });

function collections(over: Partial<Collections> = {}): Collections {
  return {
    articles: [entry('bai-mau', makeArticle())],
    zones: [entry('mau', zoneData(), 'src/content/zones/mau.yaml')],
    provinces: [entry('bac-kan', provinceData('home'), 'src/content/provinces/bac-kan.yaml')],
    sectors: [entry('wood-processing', sectorData('Wood processing'), 'src/content/sectors.yaml')],
    glossary: [entry('kcn', termData('KCN'), 'src/content/glossary.yaml')],
    narratives: [
      entry('mau/vi', { tree: parseNarrative('KCN Mẫu có <Fact id="area" />.\n\nĐoạn hai.').tree }, 'src/content/narratives/mau/vi.mdx'),
      entry('mau/en', { tree: parseNarrative('Mẫu covers <Fact id="area" />. <Missing />\n\nSecond paragraph.').tree }, 'src/content/narratives/mau/en.mdx'),
    ],
    ...over,
  };
}

describe('resolveReferences', () => {
  it('replaces a { collection, id } reference with its id, in nested objects and arrays', () => {
    const input = {
      source: { collection: 'articles', id: 'bai-mau' },
      facts: [{ id: 'area', source: { collection: 'articles', id: 'bai-hai' }, label: { vi: 'Diện tích', en: 'Area' } }],
      deep: { list: [[{ collection: 'sectors', id: 'wood-processing' }]] },
    };
    expect(resolveReferences(input)).toEqual({
      source: 'bai-mau',
      facts: [{ id: 'area', source: 'bai-hai', label: { vi: 'Diện tích', en: 'Area' } }],
      deep: { list: [['wood-processing']] },
    });
  });

  it('keeps objects that have an `id` but other keys too: they are entries, not references', () => {
    const withMoreKeys = { collection: 'articles', id: 'bai-mau', note: 'kept' };
    const fact = { id: 'area', metric: 'area' };
    expect(resolveReferences(withMoreKeys)).toEqual({ collection: 'articles', id: 'bai-mau', note: 'kept' });
    expect(resolveReferences(fact)).toEqual({ id: 'area', metric: 'area' });
  });

  it('keeps a { collection, id } whose id is not a string', () => {
    expect(resolveReferences({ collection: 'articles', id: 7 })).toEqual({ collection: 'articles', id: 7 });
  });

  it('passes strings, numbers, booleans and null through', () => {
    expect(resolveReferences({ s: 'x', n: 73.5, b: false, z: null })).toEqual({ s: 'x', n: 73.5, b: false, z: null });
    expect(resolveReferences('bai-mau')).toBe('bai-mau');
  });
});

describe('normaliseContent', () => {
  it("resolves a zone's references and attaches its id and file", () => {
    const [zone] = normaliseContent(collections()).zones;
    expect(zone).toMatchObject({ id: 'mau', file: 'src/content/zones/mau.yaml', kind: 'park' });
    expect(zone?.facts[0]?.source).toBe('bai-mau');
    expect(zone?.sectors[0]).toEqual({ sector: 'wood-processing', source: 'bai-mau', quote: 'Tỉnh ưu tiên thu hút các dự án chế biến gỗ' });
  });

  it('sorts zones by `order`, not by id or file order', () => {
    const zones = [entry('a-last', zoneData({ order: 3 })), entry('z-first', zoneData({ order: 1 })), entry('m-second', zoneData({ order: 2 }))];
    expect(normaliseContent(collections({ zones })).zones.map((z) => z.id)).toEqual(['z-first', 'm-second', 'a-last']);
  });

  it('sorts provinces and sectors by id', () => {
    const provinces = [entry('bac-kan', provinceData('home')), entry('bac-giang', provinceData('peer'))];
    const sectors = [entry('wood-processing', sectorData('Wood')), entry('agro-processing', sectorData('Agro')), entry('mining', sectorData('Mining'))];
    const content = normaliseContent(collections({ provinces, sectors }));
    expect(content.provinces.map((p) => p.id)).toEqual(['bac-giang', 'bac-kan']);
    expect(content.sectors.map((s) => s.id)).toEqual(['agro-processing', 'mining', 'wood-processing']);
  });

  it('sorts the glossary in Vietnamese order: D before Đ before Z', () => {
    // By code point Đ (U+0110) would come after Z; without its stroke "Đa" would come before "Dz".
    const glossary = [entry('zz', termData('ZZ')), entry('da', termData('Đa')), entry('dz', termData('Dz'))];
    expect(normaliseContent(collections({ glossary })).glossary.map((t) => t.term)).toEqual(['Dz', 'Đa', 'ZZ']);
  });

  it('sorts the glossary in Vietnamese order: Ă and Â are letters of their own after A', () => {
    // The Vietnamese alphabet runs a, ă, â, b…; a collation that treats ă and â as accented a puts "Âm" first.
    const glossary = [entry('am', termData('Âm')), entry('an', termData('Ăn')), entry('az', termData('Az'))];
    expect(normaliseContent(collections({ glossary })).glossary.map((t) => t.term)).toEqual(['Az', 'Ăn', 'Âm']);
  });

  it("takes each entry's file from its filePath", () => {
    const content = normaliseContent(collections());
    expect(content.provinces[0]?.file).toBe('src/content/provinces/bac-kan.yaml');
    expect(content.sectors[0]?.file).toBe('src/content/sectors.yaml');
    expect(content.glossary[0]?.file).toBe('src/content/glossary.yaml');
  });

  it('falls back to a file named after the collection when an entry has no filePath', () => {
    const content = normaliseContent(
      collections({
        zones: [entry('mau', zoneData())],
        provinces: [entry('bac-kan', provinceData('home'))],
        sectors: [entry('wood-processing', sectorData('Wood'))],
        glossary: [entry('kcn', termData('KCN'))],
      }),
    );
    expect(content.zones[0]?.file).toBe('zones/mau.yaml');
    expect(content.provinces[0]?.file).toBe('provinces/bac-kan.yaml');
    expect(content.sectors[0]?.file).toBe('sectors.yaml');
    expect(content.glossary[0]?.file).toBe('glossary.yaml');
  });

  it("gives provinces `kind: 'province'` and resolves their references", () => {
    const [province] = normaliseContent(collections()).provinces;
    expect(province).toMatchObject({ kind: 'province', id: 'bac-kan', role: 'home' });
    expect(province?.status[0]?.source).toBe('bai-mau');
  });

  it("takes an owner's summary from the first paragraph of its narrative, each figure as the page formats it", () => {
    const [zone] = normaliseContent(collections()).zones;
    expect(zone!.summary).toEqual({
      vi: 'KCN Mẫu có 73,5 ha.',
      en: 'Mẫu covers 73.5 ha. The sources give no figures for this industrial park alone on projects, workforce, income, revenue, and exports.',
    });
  });

  it('lists the narratives by owner and language, with the file a maintainer edits', () => {
    expect(normaliseContent(collections()).narratives.map((n) => [n.owner, n.lang, n.file])).toEqual([
      ['mau', 'en', 'src/content/narratives/mau/en.mdx'],
      ['mau', 'vi', 'src/content/narratives/mau/vi.mdx'],
    ]);
  });

  it('keeps articles as they are, in file order', () => {
    const articles = [entry('b', makeArticle({ slug: 'b' })), entry('a', makeArticle({ slug: 'a' }))];
    expect(normaliseContent(collections({ articles })).articles.map((a) => a.slug)).toEqual(['b', 'a']);
  });
});

describe('siteData', () => {
  const second = makeZone({ id: 'thanh-binh', order: 2, file: 'src/content/zones/thanh-binh.yaml' });
  const site = siteData(makeContent({ zones: [makeZone(), second] }));

  it('lists the owners as zones, then provinces', () => {
    expect(site.owners.map((o) => o.id)).toEqual(['mau', 'thanh-binh', 'bac-giang', 'bac-kan']);
  });

  it('finds the home and the peer province by role', () => {
    expect(site.home.id).toBe('bac-kan');
    expect(site.peer.id).toBe('bac-giang');
  });

  it('throws when no province has a role, naming it', () => {
    expect(() => siteData(makeContent({ provinces: [makeProvince({ role: 'home' })] }))).toThrow('no province has role "peer"');
  });

  it('looks up an article by slug, a sector by id and an owner (zone or province) by id', () => {
    expect(site.article('bai-mau').file).toBe('seeds/900_mau.txt');
    expect(site.sector('wood-processing')).toEqual(makeSector());
    expect(site.owner('thanh-binh').file).toBe('src/content/zones/thanh-binh.yaml');
    expect(site.owner('bac-giang').file).toBe('src/content/provinces/bac-giang.yaml');
  });

  it('a lookup that misses throws a message naming the missing key', () => {
    expect(() => site.article('bai-khac')).toThrow('no article "bai-khac"');
    expect(() => site.sector('mining')).toThrow('no sector "mining"');
    expect(() => site.owner('cho-moi')).toThrow('no zone or province "cho-moi"');
  });
});
