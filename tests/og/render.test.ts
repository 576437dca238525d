import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync } from 'node:fs';
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import satori from 'satori';
import resvg from '@resvg/resvg-js';
import { cardFigures, renderOgImages, type OgCard } from '../../src/og/index.ts';
import { satoriFonts } from '../../src/og/fonts.ts';
import { textWidth } from '../../src/og/glyphs.ts';
import { bindNames, cardTree, HEIGHT, PALETTE, titleLayout, WIDTH } from '../../src/og/layout.ts';
import { rendererFingerprint } from '../../src/og/render.ts';
import { cardSvg, svgToPng } from '../../src/og/worker.ts';
import { encodeOpaquePng } from '../../src/lib/png.ts';
import { PNG } from 'pngjs';

const LONG_VI = 'Đoàn công tác tỉnh Bắc Kạn học tập kinh nghiệm phát triển khu, cụm công nghiệp tại Bắc Giang';
const LONGEST_VI = 'Bắc Kạn: đoàn công tác của tỉnh học tập kinh nghiệm thu hút đầu tư, phát triển khu, cụm công nghiệp tại tỉnh Bắc Giang';
const VI = { province: 'Tỉnh Bắc Kạn · nay là Thái Nguyên', siteName: 'Zone Briefs · Bắc Kạn' };
const EN = { province: 'Bắc Kạn province · now Thái Nguyên', siteName: 'Zone Briefs · Bắc Kạn' };

const CARDS: OgCard[] = [
  {
    ...VI,
    lang: 'vi',
    path: 'og/vi/zones/thanh-binh.png',
    title: 'Khu công nghiệp Thanh Bình',
    kind: 'Khu công nghiệp',
    figures: [
      { label: 'Diện tích', value: '153,8 ha' },
      { label: 'Lao động', value: '775 – 1.000' },
    ],
  },
  {
    ...EN,
    lang: 'en',
    path: 'og/en/zones/thanh-binh.png',
    title: 'Thanh Bình Industrial Park',
    kind: 'Industrial park',
    figures: [
      { label: 'Area', value: '153.8 ha' },
      { label: 'Workers', value: '775 – 1,000' },
    ],
  },
  {
    ...VI,
    lang: 'vi',
    path: 'og/vi/zones/nam-bang-lung.png',
    title: 'Cụm công nghiệp Nam Bằng Lũng',
    kind: 'Cụm công nghiệp',
    figures: [{ label: 'Diện tích', value: '48,7 ha' }],
  },
  {
    ...EN,
    lang: 'en',
    path: 'og/en/zones/nam-bang-lung.png',
    title: 'Nam Bằng Lũng Industrial Cluster',
    kind: 'Industrial cluster',
    figures: [{ label: 'Area', value: '48.7 ha' }],
  },
  { ...VI, lang: 'vi', path: 'og/vi/sources/bac-giang-visit.png', title: LONG_VI, kind: 'Bài nguồn', figures: [] },
  {
    ...EN,
    lang: 'en',
    path: 'og/en/sources/bac-giang-visit.png',
    title: 'Bắc Kạn delegation studies how Bắc Giang develops its industrial parks and clusters',
    kind: 'Source article',
    figures: [],
  },
  { ...VI, lang: 'vi', path: 'og/vi/sources/longest.png', title: LONGEST_VI, kind: 'Bài nguồn', figures: [{ label: 'Ngày', value: '2023' }] },
];

function ihdr(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Decodes a PNG with pngjs, an independent decoder: its RGB bytes and how it was stored (2 RGB, 3 indexed). */
function decodeRgb(png: Buffer): { width: number; height: number; rgb: Buffer; colourType: number } {
  const { width, height, data, colorType } = PNG.sync.read(png);
  const rgb = Buffer.alloc(width * height * 3);
  for (let i = 0, j = 0; i < data.length; i += 4, j += 3) data.copy(rgb, j, i, i + 3);
  return { width, height, rgb, colourType: colorType };
}

/** The RGB bytes of RGBA pixels. */
function rgbOf(rgba: Uint8Array): Buffer {
  const rgb = Buffer.alloc((rgba.length / 4) * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) rgb.set(rgba.subarray(i, i + 3), j);
  return rgb;
}

const hex = (rgb: Buffer, width: number, x: number, y: number) => '#' + rgb.subarray((y * width + x) * 3, (y * width + x) * 3 + 3).toString('hex');

describe('renderOgImages', () => {
  let dir: string;
  const opts = () => ({ outDir: join(dir, 'dist'), cacheDir: join(dir, 'cache') });
  const read = (card: OgCard) => readFile(join(dir, 'dist', card.path));

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'og-test-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('renders every card, both languages, as a 1200×630 PNG under 150 KB (in a worker pool)', async () => {
    const logs: string[] = [];
    const result = await renderOgImages(CARDS, { ...opts(), workers: 2, log: (m) => logs.push(m) });
    expect(result).toMatchObject({ rendered: CARDS.length, reused: 0 });
    expect(result.files).toEqual(CARDS.map((c) => join(dir, 'dist', c.path)));
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/7 rendered in 2 workers, 0 reused/);
    for (const card of CARDS) {
      const png = await read(card);
      expect(ihdr(png), card.path).toEqual({ width: 1200, height: 630 });
      expect(png.length, card.path).toBeLessThan(150 * 1024);
    }
  });

  it('gives the vi and en images of the same page different pixels', async () => {
    const pairs: [OgCard, OgCard][] = [
      [CARDS[0]!, CARDS[1]!],
      [CARDS[2]!, CARDS[3]!],
      [CARDS[4]!, CARDS[5]!],
    ];
    for (const [vi, en] of pairs) expect((await read(vi)).equals(await read(en)), vi.path).toBe(false);
  });

  it('reuses every image on a second call with the same cards', async () => {
    const before = await Promise.all(CARDS.map(read));
    const logs: string[] = [];
    const result = await renderOgImages(CARDS, { ...opts(), log: (m) => logs.push(m) });
    expect(result).toMatchObject({ rendered: 0, reused: CARDS.length });
    expect(logs[0]).toMatch(/0 rendered, 7 reused/);
    const after = await Promise.all(CARDS.map(read));
    after.forEach((png, i) => expect(png.equals(before[i]!)).toBe(true));
  });

  it('removes cache entries unused for 30 days, and only those', async () => {
    const cache = join(dir, 'cache');
    const used = (await readdir(cache)).filter((f) => f.endsWith('.png'));
    const old = new Date(Date.now() - 31 * 24 * 3600 * 1000);
    const stale = join(cache, `${'0'.repeat(40)}.png`);
    const notOurs = join(cache, 'notes.png');
    for (const f of [stale, notOurs]) await writeFile(f, 'x');
    for (const f of [stale, notOurs, ...used.map((u) => join(cache, u))]) await utimes(f, old, old);
    const logs: string[] = [];
    await renderOgImages(CARDS, { ...opts(), log: (m) => logs.push(m) });
    expect(logs[0]).toMatch(/0 rendered, 7 reused from cache, 1 unused for 30 days removed/);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(notOurs)).toBe(true); // not named like a cache entry: left alone
    for (const u of used) expect((await stat(join(cache, u))).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
    await rm(notOurs);
  });

  it('re-renders exactly the card whose figure changed (in the main thread)', async () => {
    const before = await Promise.all(CARDS.map(read));
    const changed = CARDS.map((c, i) => (i === 1 ? { ...c, figures: [{ label: 'Area', value: '160 ha' }, c.figures[1]!] } : c));
    const logs: string[] = [];
    const result = await renderOgImages(changed, { ...opts(), log: (m) => logs.push(m) });
    expect(result).toMatchObject({ rendered: 1, reused: CARDS.length - 1 });
    expect(logs[0]).toMatch(/1 rendered in the main thread/);
    const after = await Promise.all(CARDS.map(read));
    after.forEach((png, i) => expect(png.equals(before[i]!), CARDS[i]!.path).toBe(i !== 1));
  });

  it('keys the cache on content, not on NFC/NFD spelling or the output path', async () => {
    const respelled = CARDS.map((c) => ({ ...c, title: c.title.normalize('NFD'), path: c.path.replace('og/', 'og2/') }));
    const result = await renderOgImages(respelled, opts());
    expect(result).toMatchObject({ rendered: 0, reused: CARDS.length });
  });

  it('re-renders everything when the renderer changes, including the PNG encoder in src/lib', async () => {
    // A copy of the renderer's sources, found through process.cwd() as in a build.
    const root = join(dir, 'project');
    await cp(join(process.cwd(), 'src', 'og'), join(root, 'src', 'og'), { recursive: true });
    await mkdir(join(root, 'src', 'lib'), { recursive: true });
    await cp(join(process.cwd(), 'src', 'lib', 'png.ts'), join(root, 'src', 'lib', 'png.ts'));
    const real = rendererFingerprint();
    const cwd = vi.spyOn(process, 'cwd').mockReturnValue(root);
    try {
      expect(rendererFingerprint()).toBe(real); // same sources, same key: deterministic
      await appendFile(join(root, 'src', 'lib', 'png.ts'), '\n// changed\n');
      const changed = rendererFingerprint();
      expect(changed).not.toBe(real);
      expect(rendererFingerprint()).toBe(changed);
    } finally {
      cwd.mockRestore();
    }
  });

  it('refuses, naming card and field, a card with characters the fonts cannot draw', async () => {
    const bad = { ...CARDS[1]!, figures: [{ label: 'Revenue', value: 'VND 350 billion (≈ USD 13.8 million)' }] };
    await expect(renderOgImages([bad], opts())).rejects.toThrow(/og\/en\/zones\/thanh-binh\.png: figures\[0\]\.value .*'≈' U\+2248/);
    await expect(renderOgImages([CARDS[0]!, { ...CARDS[2]!, path: CARDS[0]!.path }], opts())).rejects.toThrow(/each card needs its own path/);
  });

  it('refuses a figure that would be cut short, rather than publish "USD 91.2 …"', async () => {
    const long = { ...CARDS[1]!, figures: [{ label: 'Revenue', value: 'VND 2,150 billion (USD 91.2 million)' }, CARDS[1]!.figures[1]!] };
    await expect(renderOgImages([long], opts())).rejects.toThrow(/thanh-binh\.png: figures\[0\]\.value 'VND 2,150 billion \(USD 91\.2 million\)' is too long/);
    // alone on the card it has the whole width, and fits
    const alone = { ...long, figures: [long.figures[0]!] };
    await expect(renderOgImages([alone], opts())).resolves.toMatchObject({ rendered: 1 });
  });

  it('gives a long first figure the whole width: a sector prioritised in many places keeps its places, not its ISIC code', async () => {
    // What a 1,000-zone site gave a sector's card, beside its ISIC code: refused as too long before.
    const places = { label: 'Priority in', value: '21 parks · 141 clusters · Bắc Kạn province' };
    const isic = { label: 'ISIC Rev.4', value: '17' };
    expect(cardFigures([places, isic])).toEqual([places]);
    const sector = { ...CARDS[1]!, path: 'og/en/sectors/raw-paper.png', kind: 'Priority sector', title: 'Raw paper', figures: cardFigures([places, isic]) };
    await expect(renderOgImages([sector], opts())).resolves.toMatchObject({ rendered: 1 });
    // two figures that fit stay two; more than two are cut to two
    const few = { label: 'Priority in', value: '1 park · 6 clusters' };
    expect(cardFigures([few, isic, isic])).toEqual([few, isic]);
    // a figure too long even alone is kept, and refused by the renderer
    const endless = { label: 'Priority in', value: `${places.value} · Bắc Giang province · Thái Nguyên province` };
    expect(cardFigures([endless, isic])).toEqual([endless]);
    await expect(renderOgImages([{ ...sector, figures: [endless] }], opts())).rejects.toThrow(/figures\[0\]\.value .* is too long/);
  });
});

describe('the card', () => {
  it('is a lossless encoding of what resvg drew, in the intended colours', async () => {
    const svg = await cardSvg(CARDS[0]!);
    const img = new resvg.Resvg(svg, { font: { loadSystemFonts: false } }).render();
    const pixels = img.pixels; // a getter that copies the whole buffer: read it once
    const { width, height, rgb, colourType } = decodeRgb(encodeOpaquePng(pixels, img.width, img.height));
    expect([width, height]).toEqual([WIDTH, HEIGHT]);
    expect(colourType).toBe(3); // flat colours and anti-aliased text: fewer than 256 colours, so indexed
    expect(rgb.equals(rgbOf(pixels))).toBe(true);
    expect(hex(rgb, width, 8, 300)).toBe(PALETTE.accent); // the stripe
    expect(hex(rgb, width, 600, 20)).toBe(PALETTE.bg);
    expect(hex(rgb, width, 1190, 620)).toBe(PALETTE.footer);
  });

  it('stores an image of more than 256 colours as RGB, still lossless', () => {
    const [width, height] = [40, 10];
    const pixels = new Uint8Array(width * height * 4).map((_, i) => [(i >> 2) & 0xff, i >> 10, 7, 255][i % 4]!); // 400 colours
    const { rgb, colourType } = decodeRgb(encodeOpaquePng(pixels, width, height));
    expect(new Set(Array.from({ length: width * height }, (_, p) => rgbOf(pixels).toString('hex', p * 3, p * 3 + 3))).size).toBeGreaterThan(256);
    expect(colourType).toBe(2);
    expect(rgb.equals(rgbOf(pixels))).toBe(true);
  });

  it('keeps short proper names together, but not title-case runs', () => {
    const nb = (s: string) => s.replace(/ /g, '\u00a0');
    expect(bindNames(LONG_VI)).toBe(`Đoàn công tác tỉnh ${nb('Bắc Kạn')} học tập kinh nghiệm phát triển khu, cụm công nghiệp tại ${nb('Bắc Giang')}`);
    expect(bindNames('Cụm công nghiệp Nam Bằng Lũng')).toBe(`Cụm công nghiệp ${nb('Nam Bằng Lũng')}`);
    expect(bindNames('Bắc Kạn: khu và cụm công nghiệp')).toBe(`${nb('Bắc Kạn:')} khu và cụm công nghiệp`);
    expect(bindNames('Thanh Bình Industrial Park')).toBe('Thanh Bình Industrial Park');
    expect(bindNames('Glossary: KCN, CCN, OCOP')).toBe('Glossary: KCN, CCN, OCOP');
  });

  it('keeps every text colour at WCAG AA contrast (4.5:1) or better on its ground', () => {
    const lum = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
    const pairs: [string, string][] = [
      [PALETTE.text, PALETTE.bg],
      [PALETTE.muted, PALETTE.bg],
      [PALETTE.accent, PALETTE.bg],
      [PALETTE.onAccent, PALETTE.accent],
      [PALETTE.muted, PALETTE.footer],
    ];
    for (const [fg, bg] of pairs) expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });

  it('renders a 300 px thumbnail with the same proportions', async () => {
    const png = svgToPng(await cardSvg(CARDS[4]!), 300);
    expect(ihdr(png)).toEqual({ width: 300, height: 158 });
  });

  // Titles from one word to far beyond the longest source title, and an unbreakable token.
  const TITLES = [
    'Điện tử',
    'Khu công nghiệp Thanh Bình',
    'Cụm công nghiệp Nam Bằng Lũng',
    LONG_VI,
    LONGEST_VI,
    `${LONGEST_VI} — ${LONG_VI}`,
    `${LONGEST_VI} — ${LONG_VI} — ${LONGEST_VI} — ${LONG_VI}`,
    'https://thainguyen.gov.vn/web/bac-kan/tin-tuc/khu-cong-nghiep-thanh-binh-thu-hut-dau-tu',
  ];

  it.each(TITLES.flatMap((title) => [0, 1, 2].map((n) => [title, n] as const)))('fits "%s" with %i figure(s) inside its box', async (title, n) => {
    const card: OgCard = { ...VI, lang: 'vi', path: 'x.png', title, kind: 'Bài nguồn', figures: CARDS[0]!.figures.slice(0, n) };
    const nodes: { top: number; height: number; left: number; width: number; text: string }[] = [];
    await satori(cardTree(card, textWidth), {
      width: WIDTH,
      height: HEIGHT,
      fonts: satoriFonts(),
      onNodeDetected: (node) => nodes.push({ top: node.top, height: node.height, left: node.left, width: node.width, text: node.textContent ?? '' }),
    });
    const fit = titleLayout(title, n, textWidth);
    const find = (text: string) => nodes.find((x) => x.text === text)!;
    const titleNode = find(fit.text);
    const kindNode = find('Bài nguồn');
    const below = n ? find(card.figures[0]!.label) : find(VI.province);
    expect(titleNode.top).toBeGreaterThanOrEqual(kindNode.top + kindNode.height);
    expect(titleNode.top + titleNode.height).toBeLessThanOrEqual(below.top);
    expect(titleNode.left + titleNode.width).toBeLessThanOrEqual(WIDTH);
    expect(fit.size).toBeGreaterThanOrEqual(40); // ≥ 10 px in a 300 px thumbnail
    // satori never wraps into more lines than the layout planned for (it measures with a
    // margin), and for ordinary titles into exactly as many: the advance widths are right
    const lines = titleNode.height / Math.round(fit.size * 1.2);
    expect(lines).toBeLessThanOrEqual(fit.lines);
    if (!title.startsWith('https:')) expect(lines).toBe(fit.lines);
    // up to the longest real source title: at most 4 lines; only the 420-character monster is cut (with "…")
    if (title.length <= LONGEST_VI.length) expect(fit.lines).toBeLessThanOrEqual(4);
    expect(fit.clamped).toBe(title.length > 400);
  });
});
