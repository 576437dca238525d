import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';

/** The real site, built once per run (tests/setup/build.ts), against the real content files. */
const dist = inject('dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [relative(dist, path)] : [];
  });
}
const page = (path: string) => readFileSync(join(dist, path), 'utf8');
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

interface ZoneFile {
  kind: 'park' | 'cluster';
  name: { vi: string; en: string };
  sectors: { sector: string; scope?: { vi: string; en: string }; source: string; quote: string }[];
  facts: { id: string; metric: string; value: number; source: string; conflictGroup?: string }[];
}
const ui = {
  vi: JSON.parse(readFileSync('src/i18n/vi.json', 'utf8')) as { zone: { noSectors: string } },
  en: JSON.parse(readFileSync('src/i18n/en.json', 'utf8')) as { zone: { noSectors: string } },
};
const zoneIds = readdirSync('src/content/zones').map((f) => f.replace(/\.yaml$/, ''));
/** A zone file as written, with the lists the schema defaults to empty. */
const zone = (id: string): ZoneFile =>
  ({ sectors: [], facts: [], ...(parse(readFileSync(`src/content/zones/${id}.yaml`, 'utf8')) as Partial<ZoneFile>) }) as ZoneFile;
const sectors = new Map((parse(readFileSync('src/content/sectors.yaml', 'utf8')) as { id: string; name: { vi: string; en: string } }[]).map((s) => [s.id, s]));

describe('the built site', () => {
  const pages = htmlFiles(dist);

  it('has a profile of every zone file, and no other, each in both languages', () => {
    for (const lang of ['vi', 'en'])
      expect(
        readdirSync(join(dist, lang, 'zones'))
          .filter((f) => f !== 'index.html')
          .sort(),
        lang,
      ).toEqual([...zoneIds].sort());
    for (const id of zoneIds) {
      for (const lang of ['vi', 'en'] as const) {
        const html = page(`${lang}/zones/${id}/index.html`);
        expect(html).toContain(`<html lang="${lang === 'vi' ? 'vi-VN' : 'en-US'}"`);
        expect(text(html)).toContain(zone(id).name[lang]);
      }
    }
  });

  it('has the same set of pages under /vi/ and /en/', () => {
    const under = (lang: string) =>
      pages
        .filter((p) => p.startsWith(`${lang}/`))
        .map((p) => p.slice(3))
        .sort();
    expect(under('vi').length).toBeGreaterThan(30);
    expect(under('vi')).toEqual(under('en'));
  });

  it('has a root page that offers both languages', () => {
    const root = page('index.html');
    expect(root).toMatch(/href="\/vi\/"/);
    expect(root).toMatch(/href="\/en\/"/);
  });

  it('shows both worker counts at Thanh Bình side by side, each with its source', () => {
    const workers = zone('thanh-binh').facts.filter((f) => f.metric === 'workers');
    expect(workers.map((f) => f.value).sort((a, b) => a - b)).toEqual([775, 1000]);
    for (const [lang, values] of [
      ['en', ['775 people', 'about 1,000 people']],
      ['vi', ['775 người', 'khoảng 1.000 người']],
    ] as const) {
      const html = page(`${lang}/zones/thanh-binh/index.html`);
      const boxes = html
        .split(/<section class="conflict[ "]/)
        .slice(1)
        .map((b) => b.slice(0, b.indexOf('</section>')));
      const conflict = boxes.find((b) => b.includes(workers[0]!.id)) ?? '';
      for (const v of values) expect(text(conflict)).toContain(v);
      for (const fact of workers) expect(conflict).toContain(`/${lang}/sources/${fact.source}/#q-thanh-binh-${fact.id}`);
    }
  });

  it("lists every cluster's priority sectors on its page, linked to the sector page", () => {
    for (const id of zoneIds.filter((z) => zone(z).kind === 'cluster')) {
      const linked = zone(id).sectors.map((s) => s.sector);
      for (const lang of ['vi', 'en'] as const) {
        const html = page(`${lang}/zones/${id}/index.html`);
        // A cluster whose sources name no sector says so.
        if (linked.length === 0) expect(text(html), `${lang} ${id}`).toContain(ui[lang].zone.noSectors);
        for (const sectorId of linked) {
          expect(html, `${lang} ${id} ${sectorId}`).toContain(`href="/${lang}/sectors/${sectorId}/"`);
          expect(text(html)).toContain(sectors.get(sectorId)!.name[lang]);
        }
      }
    }
  });

  it('gives each sentence that names sectors one source link, at that sentence, under its scope', () => {
    for (const id of zoneIds) {
      const z = zone(id);
      const key = (s: ZoneFile['sectors'][number]) => `${s.scope?.vi}\n${s.source}\n${s.quote}`;
      const sentences = [...new Set(z.sectors.map(key))];
      for (const lang of ['vi', 'en'] as const) {
        const html = page(`${lang}/zones/${id}/index.html`);
        const section = html.slice(html.indexOf('<section aria-labelledby="sectors">'));
        const list = section.slice(0, section.indexOf('</section>'));
        const sourceLinks = [...list.matchAll(/href="\/\w+\/sources\/([^/]+)\/#q-([^"]+)"/g)];
        expect(sourceLinks.length, `${lang} ${id}`).toBe(sentences.length);
        for (const [i, sentence] of sentences.entries()) {
          const first = z.sectors.findIndex((s) => key(s) === sentence);
          expect(sourceLinks[i]![0]).toContain(`/sources/${z.sectors[first]!.source}/#q-${id}-sector-${first}"`);
          const scope = z.sectors[first]!.scope?.[lang];
          if (scope) expect(text(list)).toContain(scope);
        }
      }
    }
  });

  it('links every sector page back to the zones that prioritise it', () => {
    for (const id of zoneIds) {
      for (const link of zone(id).sectors) {
        expect(page(`en/sectors/${link.sector}/index.html`)).toContain(`href="/en/zones/${id}/"`);
      }
    }
  });

  it("puts every figure's quote anchor on its source page", () => {
    for (const id of zoneIds) {
      for (const fact of zone(id).facts) {
        for (const lang of ['vi', 'en']) expect(page(`${lang}/sources/${fact.source}/index.html`), `${id}#${fact.id}`).toContain(`id="q-${id}-${fact.id}"`);
      }
    }
  });

  it('formats numbers per language and gives VND amounts a USD equivalent in English only', () => {
    const en = text(page('en/zones/thanh-binh/index.html'));
    const vi = text(page('vi/zones/thanh-binh/index.html'));
    expect(en).toContain('73.5 ha');
    expect(vi).toContain('73,5 ha');
    expect(en).toMatch(/over VND 350 billion ≈ USD 13\.8 million/);
    expect(vi).toContain('hơn 350 tỷ đồng');
    expect(vi).not.toContain('≈ USD');
  });

  it('shows the misprinted Bắc Giang export figure as printed, with a note', () => {
    for (const lang of ['vi', 'en']) expect(text(page(`${lang}/compare/index.html`))).toContain('15,1 tỷ triệu USD');
  });

  it('publishes every fact as open data, JSON and CSV alike', () => {
    const owners = [...zoneIds.map((id) => `src/content/zones/${id}.yaml`), 'src/content/provinces/bac-kan.yaml', 'src/content/provinces/bac-giang.yaml'];
    const total = owners.reduce((n, f) => n + ((parse(readFileSync(f, 'utf8')) as { facts?: unknown[] }).facts?.length ?? 0), 0);
    const json = JSON.parse(page('data/facts.json')) as { facts: { fact_id: string; quote: string; owner_id: string }[] };
    expect(json.facts).toHaveLength(total);
    const csv = page('data/facts.csv');
    expect(csv.startsWith('\ufeff"owner_kind"')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(total + 1);
    expect(json.facts.find((f) => f.owner_id === 'thanh-binh' && f.fact_id === 'workers-000')?.quote).toContain('775 người');
  });

  it('describes each profile with schema.org data', () => {
    const html = page('en/zones/thanh-binh/index.html');
    const ld = JSON.parse(html.match(/<script type="application\/ld\+json">([^<]+)<\/script>/)![1]!) as Record<string, unknown>;
    expect(ld['@type']).toBe('Place');
    expect(ld['name']).toBe('Thanh Bình Industrial Park');
  });

  it('writes a 404 page per language and one at the root', () => {
    for (const p of ['404.html', 'vi/404.html', 'en/404.html']) expect(page(p)).toContain('<h1>');
  });
});

describe('every page says who publishes it and how old its sources are', () => {
  const pages = htmlFiles(dist).filter((p) => /^(vi|en)\//.test(p));
  const line = {
    en: /Published by Zone Briefs\. Newest source article: [^.]*\d{4}[^.]*\. The figures come from press articles; confirm them with the provincial authorities/u,
    vi: /Đơn vị xuất bản: Zone Briefs\. Bài báo nguồn mới nhất: [^.]*\d{4}[^.]*\. Số liệu lấy từ các bài báo; hãy xác nhận với cơ quan chức năng/u,
  };
  it.each(pages)('%s has the footer line', (file) => {
    const html = page(file);
    expect(text(html.slice(html.indexOf('<footer')))).toMatch(line[file.slice(0, 2) as 'vi' | 'en']);
  });
});

describe('the 404 pages', () => {
  it.each(['vi', 'en'])('/%s/404.html offers the search and the main pages', (lang) => {
    const html = page(`${lang}/404.html`);
    expect(html).toMatch(new RegExp(`<form class="search-row not-found-search" role="search" action="/${lang}/search/" method="get">`));
    for (const path of ['', 'sectors/', 'plans/', 'compare/', 'sources/', 'glossary/', 'about/']) expect(html).toContain(`href="/${lang}/${path}"`);
  });
});

describe('the narratives and the corrections, as a reader sees them', () => {
  const narrativeOf = (html: string) => text(html.match(/<div class="narrative lead">([\s\S]*?)<\/div>/)?.[1] ?? '');

  it("opens every zone, plans and comparison page with its owner's overview, each cited figure linked to its row and its source", () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const path of [...zoneIds.map((id) => `zones/${id}/`), 'plans/', 'compare/', '']) {
        const html = page(`${lang}/${path}index.html`);
        expect(narrativeOf(html).length, `${lang}/${path}`).toBeGreaterThan(100);
      }
      // On its own page a figure links to its row by anchor; elsewhere (the home page) by the page's address.
      const tb = page(`${lang}/zones/thanh-binh/index.html`);
      expect(tb).toMatch(
        new RegExp(
          `<a href="#fact-workers-000">775 ${lang === 'vi' ? 'người' : 'people'}</a><a class="cite" href="/${lang}/sources/phat-trien-khu-cum-cong-nghiep/#q-thanh-binh-workers-000"`,
        ),
      );
      expect(page(`${lang}/index.html`)).toMatch(new RegExp(`<a href="/${lang}/plans/#fact-cluster-plan-clusters">27</a>`));
    }
  });

  it('calls Thanh Bình the province\'s only industrial park, with 8 projects in production (000 read with 002), never "the only park with projects"', () => {
    const en = text(page('en/zones/thanh-binh/index.html'));
    expect(en).toContain('the province’s only industrial park, with 8 [2021–2023*] projects in production');
    expect(en).toContain("The province's only industrial park, with 8 projects in production.");
    expect(en).not.toMatch(/only industrial park in (Bắc Kạn )?(the )?province with projects/);
    expect(text(page('en/sources/phat-trien-khu-cum-cong-nghiep/index.html'))).toContain(
      "is the province's only industrial park and has 8 projects in production",
    );
  });

  it("shows what Thanh Bình's tenants do as their current activity, not as priority sectors, and each tenant once with its English company form", () => {
    const en = page('en/zones/thanh-binh/index.html');
    const sectorsSection = en.match(/<h2 id="sectors">[\s\S]*?<\/section>/)![0];
    expect(sectorsSection).not.toMatch(/Wood processing|farm produce for export/);
    expect(text(en)).toContain('(what tenants do now, not a priority the province has set)');
    expect(en.match(/Lechenwood Việt Nam Co\., Ltd\./g)).toHaveLength(1);
    expect(text(en)).toContain('Govina Investment JSC ( Công ty Cổ phần Đầu tư Govina )');
    expect(readdirSync(join(dist, 'en', 'sectors'))).not.toContain('wood-processing');
  });

  it("lists Huyền Tụng's statements newest first by their article's date, 'Date not stated' for the undated article", () => {
    const en = page('en/zones/huyen-tung/index.html');
    const whens = [...en.matchAll(/<span class="when">([^<]+)<\/span>/g)].map((m) => m[1]);
    expect(whens).toEqual(['21 February 2022', '21 February 2022', '30 June 2021', 'Date not stated', 'Date not stated']);
  });

  it('computes what the sources do not give a cluster from its facts, in both languages', () => {
    expect(narrativeOf(page('en/zones/quang-chu/index.html'))).toContain(
      'The sources give no figures for this industrial cluster alone on area, projects, workforce, income, revenue, and exports.',
    );
    expect(narrativeOf(page('vi/zones/quang-chu/index.html'))).toContain('Các nguồn không nêu diện tích, số dự án');
  });

  it('dates each page by the newest source it cites: the comparison counts its Bắc Kạn column, the home page its 2023 statements', () => {
    const age = (path: string) => text(page(path)).match(/Most recent source: ([^·]+)·\s*(\d+) source articles?/)!;
    expect(age('en/compare/index.html')[2]).not.toBe('1');
    expect(age('en/index.html')[1]).toContain('22 August 2023');
  });

  it('says on the method page which amounts are converted and which the sources give in US dollars', () => {
    const about = text(page('en/about/index.html'));
    expect(about).toContain('Only amounts the sources give in VND are converted');
    expect(about).toMatch(
      /shown as printed, without conversion: about USD 5\.5 million \(Thanh Bình Industrial Park\), .*over USD 1\.48 billion \(Bắc Giang province\)/,
    );
  });

  it('keeps notes, what was printed and whether the value is our reading in the open data', () => {
    const rows = (JSON.parse(page('data/facts.json')) as { facts: { fact_id: string; note_en: string; as_printed: string; value_is_reading: boolean }[] })
      .facts;
    expect(rows.find((r) => r.fact_id === 'exports-2023')).toMatchObject({
      as_printed: '15,1 tỷ triệu USD',
      value_is_reading: true,
      note_en: expect.stringContaining('our reading'),
    });
    expect(page('data/facts.csv')).toContain('"value_is_reading"');
  });
});
