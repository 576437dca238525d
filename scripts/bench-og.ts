/**
 * OG image benchmark (and preview).
 *
 *   npx node scripts/bench-og.ts            # timings and sizes for ~60 cards, vs astro-og-canvas
 *   npx node scripts/bench-og.ts --preview  # also write preview cards + 300 px thumbnails to .cache/og-preview/
 *
 * The cards are realistic but made up for the benchmark: their figures are not the site's data.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { renderOgImages, type OgCard } from '../src/og/index.ts';
import { fontFiles, woffToSfnt } from '../src/og/fonts.ts';
import { cardSvg, renderCardPng, svgToPng } from '../src/og/worker.ts';

const root = process.cwd();
const work = join(root, '.cache', 'og-bench');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;

type Page = { slug: string; kind: [string, string]; title: [string, string]; figures?: [[string, string], [string, string]][] };
const PROVINCE: [string, string] = ['Tỉnh Bắc Kạn · nay là Thái Nguyên', 'Bắc Kạn province · now Thái Nguyên'];
const SITE = 'Zone Briefs · Bắc Kạn';
const KCN: [string, string] = ['Khu công nghiệp', 'Industrial park'];
const CCN: [string, string] = ['Cụm công nghiệp', 'Industrial cluster'];
const SECTOR: [string, string] = ['Ngành ưu tiên', 'Priority sector'];
const SOURCE: [string, string] = ['Bài nguồn', 'Source article'];
const area = (vi: string, en: string): [[string, string], [string, string]] => [
  ['Diện tích', vi],
  ['Area', en],
];

const cluster = (slug: string, name: string, ha: string, haEn: string): Page => ({
  slug: `zones/${slug}`,
  kind: CCN,
  title: [`Cụm công nghiệp ${name}`, `${name} Industrial Cluster`],
  figures: [area(`${ha} ha`, `${haEn} ha`)],
});

const PAGES: Page[] = [
  {
    slug: 'index',
    kind: ['Tổng quan', 'Overview'],
    title: ['Bắc Kạn: khu và cụm công nghiệp', 'Bắc Kạn: industrial parks and clusters'],
    figures: [
      [
        ['Cụm công nghiệp quy hoạch', '27'],
        ['Planned clusters', '27'],
      ],
      area('903,4 ha', '903.4 ha'),
    ],
  },
  {
    slug: 'zones/thanh-binh',
    kind: KCN,
    title: ['Khu công nghiệp Thanh Bình', 'Thanh Bình Industrial Park'],
    figures: [
      area('153,8 ha', '153.8 ha'),
      [
        ['Lao động', '775 – 1.000'],
        ['Workers', '775 – 1,000'],
      ],
    ],
  },
  cluster('cam-giang', 'Cẩm Giàng', '50', '50'),
  cluster('huyen-tung', 'Huyền Tụng', '42,5', '42.5'),
  cluster('quang-chu', 'Quảng Chu', '73,5', '73.5'),
  cluster('vang-muoi', 'Vằng Mười', '30', '30'),
  cluster('nam-bang-lung', 'Nam Bằng Lũng', '48,7', '48.7'),
  cluster('chu-huong', 'Chu Hương', '36', '36'),
  ...(
    [
      ['agro-forestry', 'Chế biến nông, lâm sản', 'Agro-forestry processing'],
      ['mechanical', 'Cơ khí chế tạo', 'Mechanical engineering'],
      ['building-materials', 'Sản xuất vật liệu xây dựng', 'Construction materials'],
      ['textiles', 'Dệt may, da giày', 'Textiles, garments and footwear'],
      ['electronics', 'Điện tử, linh kiện điện tử', 'Electronics and components'],
      ['minerals', 'Chế biến khoáng sản', 'Mineral processing'],
      ['medicinal-herbs', 'Chế biến dược liệu', 'Medicinal herb processing'],
    ] as const
  ).map(([slug, vi, en]): Page => ({
    slug: `sectors/${slug}`,
    kind: SECTOR,
    title: [vi, en],
    figures: [
      [
        ['Khu, cụm liên quan', '4'],
        ['Zones', '4'],
      ],
    ],
  })),
  ...(
    [
      [
        'bac-giang-visit',
        'Đoàn công tác tỉnh Bắc Kạn học tập kinh nghiệm phát triển khu, cụm công nghiệp tại Bắc Giang',
        'Bắc Kạn delegation studies how Bắc Giang develops its industrial parks and clusters',
      ],
      [
        'thanh-binh-jobs',
        'Khu công nghiệp Thanh Bình thu hút đầu tư, tạo việc làm cho hơn 1.000 lao động địa phương',
        'Thanh Bình Industrial Park draws investment and employs over 1,000 local workers',
      ],
      [
        'cluster-plan',
        'Bắc Kạn phê duyệt quy hoạch phát triển 27 cụm công nghiệp giai đoạn 2021–2030',
        'Bắc Kạn approves its plan for 27 industrial clusters, 2021–2030',
      ],
      [
        'stalled-projects',
        'Tháo gỡ khó khăn, vướng mắc cho các dự án chậm tiến độ tại Khu công nghiệp Thanh Bình',
        'Clearing the obstacles for delayed projects at Thanh Bình Industrial Park',
      ],
      [
        'industry-2016-2020',
        'Công nghiệp tỉnh Bắc Kạn giai đoạn 2016–2020: kết quả và định hướng phát triển đến năm 2025',
        'Bắc Kạn industry 2016–2020: results and direction to 2025',
      ],
    ] as const
  ).map(([slug, vi, en]): Page => ({ slug: `sources/${slug}`, kind: SOURCE, title: [vi, en] })),
  {
    slug: 'plans',
    kind: ['Quy hoạch', 'Plans'],
    title: ['Quy hoạch cụm công nghiệp 2021–2030 và hạ tầng 2021–2025', 'Cluster plan 2021–2030 and infrastructure plan 2021–2025'],
    figures: [
      [
        ['Cụm công nghiệp', '27'],
        ['Clusters', '27'],
      ],
      area('903,4 ha', '903.4 ha'),
    ],
  },
  {
    slug: 'compare',
    kind: ['So sánh', 'Comparison'],
    title: ['Bắc Kạn và Bắc Giang: khu, cụm công nghiệp', 'Bắc Kạn and Bắc Giang: parks and clusters compared'],
  },
  {
    slug: 'glossary',
    kind: ['Thuật ngữ', 'Glossary'],
    title: ['Thuật ngữ: KCN, CCN, OCOP, GPMB, TTHC, FDI/DDI', 'Glossary: KCN, CCN, OCOP, GPMB, TTHC, FDI/DDI'],
  },
  { slug: 'about', kind: ['Phương pháp', 'Method'], title: ['Nguồn dữ liệu, tuổi số liệu và tỷ giá', 'Sources, data age and exchange rate'] },
  {
    slug: 'zones',
    kind: ['Danh sách', 'List'],
    title: ['Tất cả khu và cụm công nghiệp', 'All industrial parks and clusters'],
    figures: [
      [
        ['Khu công nghiệp', '1'],
        ['Industrial parks', '1'],
      ],
      [
        ['Cụm công nghiệp', '6'],
        ['Industrial clusters', '6'],
      ],
    ],
  },
  { slug: 'sectors', kind: ['Danh sách', 'List'], title: ['Các ngành ưu tiên thu hút đầu tư', 'Priority sectors for investment'] },
  {
    slug: 'sources',
    kind: ['Danh sách', 'List'],
    title: ['Bài báo nguồn, 2021–2023', 'Source articles, 2021–2023'],
    figures: [
      [
        ['Bài', '5'],
        ['Articles', '5'],
      ],
    ],
  },
  { slug: 'data', kind: ['Dữ liệu mở', 'Open data'], title: ['Số liệu dạng JSON và CSV', 'The facts as JSON and CSV'] },
  { slug: 'search', kind: ['Tìm kiếm', 'Search'], title: ['Tìm trong cả hai ngôn ngữ', 'Search both languages'] },
  { slug: '404', kind: ['Lỗi 404', 'Error 404'], title: ['Không tìm thấy trang', 'Page not found'] },
];

function benchCards(): OgCard[] {
  return PAGES.flatMap((p) =>
    (['vi', 'en'] as const).map((lang, i) => ({
      lang,
      path: `og/${lang}/${p.slug}.png`,
      title: p.title[i]!,
      kind: p.kind[i]!,
      figures: (p.figures ?? []).map((f) => ({ label: f[i]![0], value: f[i]![1] })),
      province: PROVINCE[i]!,
      siteName: SITE,
    })),
  );
}

type PeerGenerate = (opts: Record<string, unknown>) => Promise<Buffer>;

async function peer(cards: OgCard[], previewDir?: string): Promise<string[]> {
  let generate: PeerGenerate;
  try {
    ({ generateOpenGraphImage: generate } = (await import('astro-og-canvas')) as unknown as { generateOpenGraphImage: PeerGenerate });
  } catch (e) {
    return [`peer astro-og-canvas: could not be loaded outside Astro (${(e as Error).message})`];
  }
  const fontDir = join(work, 'peer-fonts');
  mkdirSync(fontDir, { recursive: true });
  const fonts = fontFiles().map((f) => {
    const file = join(fontDir, `${f.subset}-${f.weight}.ttf`);
    writeFileSync(file, woffToSfnt(readFileSync(f.path)));
    return file;
  });
  const white: [number, number, number] = [255, 255, 255];
  const options = (c: OgCard) => ({
    cacheDir: false, // measure rendering, not its cache
    title: c.title,
    description: [c.kind, ...c.figures.map((f) => `${f.label}: ${f.value}`), c.province, c.siteName].join(' · '),
    bgGradient: [[13, 59, 54]],
    border: { color: [243, 182, 63], width: 16, side: 'inline-start' },
    fonts,
    font: {
      title: { families: ['Be Vietnam Pro'], weight: 'Bold', size: 64, lineHeight: 1.2, color: white },
      description: { families: ['Be Vietnam Pro'], weight: 'Normal', size: 32, color: [197, 222, 215] },
    },
  });
  const times: number[] = [];
  const sizes: number[] = [];
  let first = 0;
  for (const c of cards) {
    const t = performance.now();
    const png = await generate(options(c));
    const dt = performance.now() - t;
    if (!first) first = dt;
    else times.push(dt);
    sizes.push(png.length);
    if (previewDir && c.path === 'og/vi/sources/bac-giang-visit.png') writeFileSync(join(previewDir, 'peer-astro-og-canvas-vi-source.png'), png);
  }
  return [
    `peer astro-og-canvas 0.13 (CanvasKit WASM, main thread, its cache off, same fonts as TTF): first image ${ms(first)} (start-up), ` +
      `median ${ms(median(times))}/image over ${cards.length} cards, PNG median ${kb(median(sizes))}`,
  ];
}

const PREVIEW: [string, string][] = [
  ['home', 'index'],
  ['park', 'zones/thanh-binh'],
  ['cluster', 'zones/nam-bang-lung'],
  ['sector', 'sectors/agro-forestry'],
  ['source', 'sources/bac-giang-visit'],
];

async function preview(cards: OgCard[]): Promise<string> {
  const dir = join(root, '.cache', 'og-preview');
  mkdirSync(dir, { recursive: true });
  for (const [name, slug] of PREVIEW)
    for (const lang of ['vi', 'en'] as const) {
      const card = cards.find((c) => c.path === `og/${lang}/${slug}.png`)!;
      const svg = await cardSvg(card);
      writeFileSync(join(dir, `${name}-${lang}.png`), svgToPng(svg));
      writeFileSync(join(dir, `${name}-${lang}-300.png`), svgToPng(svg, 300));
    }
  return dir;
}

async function main() {
  const wantPreview = process.argv.includes('--preview');
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
  const cards = benchCards();
  const lines: string[] = [`cards: ${cards.length} (${PAGES.length} pages × vi/en); cores: ${availableParallelism()}; node ${process.version}`];

  // 1. Main thread, one card after another (what a single-threaded build would do).
  const times: number[] = [];
  let first = 0;
  for (const c of cards) {
    const t = performance.now();
    await renderCardPng(c);
    const dt = performance.now() - t;
    if (!first) first = dt;
    else times.push(dt);
  }
  lines.push(`main thread, cold: first image ${ms(first)} (satori/resvg/fonts start-up), median ${ms(median(times))}/image`);

  // 2. The real entry point with an empty cache, then again with the cache warm.
  const out = join(work, 'out');
  const cache = join(work, 'cache');
  const cold: number[] = [];
  let warm = 0;
  let summary = '';
  for (let r = 0; r < runs; r++) {
    rmSync(work, { recursive: true, force: true });
    let t = performance.now();
    const a = await renderOgImages(cards, { outDir: out, cacheDir: cache, log: (m) => (summary = m) });
    cold.push(performance.now() - t);
    if (a.rendered !== cards.length) throw new Error(`cold run rendered ${a.rendered}, expected ${cards.length}`);
    t = performance.now();
    const b = await renderOgImages(cards, { outDir: out, cacheDir: cache });
    warm = performance.now() - t;
    if (b.rendered !== 0) throw new Error(`warm run rendered ${b.rendered}, expected 0`);
  }
  const c = median(cold);
  lines.push(
    `pool, cold cache: ${cards.length} rendered, wall ${ms(c)} → ${ms(c / cards.length)}/image (median of ${runs} runs: ${cold.map((x) => x.toFixed(0)).join(', ')} ms)`,
    `  ${summary}`,
    `pool, warm cache: 0 rendered, ${cards.length} reused, wall ${ms(warm)} → ${ms(warm / cards.length)}/image`,
  );
  const sizes = cards.map((card) => statSync(join(out, card.path)).size).sort((a, b) => a - b);
  lines.push(`PNG size: min ${kb(sizes[0]!)}, median ${kb(median(sizes))}, max ${kb(sizes.at(-1)!)} (budget 150 KB)`);

  const previewDir = wantPreview ? await preview(cards) : undefined;
  lines.push(...(await peer(cards, previewDir)));
  if (previewDir) lines.push(`preview: ${previewDir}`);
  console.log(lines.join('\n'));
}

await main();
