/**
 * A synthetic site for the build benchmark: the real content and seeds plus generated zones, each with about three
 * source articles of its own, written as the real articles are (page chrome, dateline, headline, body, byline), so the
 * loader cleans them and the build verifies every quote and figure as it does for the real site. Names, districts,
 * figures, sectors and article wording come from a seeded generator: the same seed gives the same site, a different
 * size gives different names (no cache entry of one size serves another), and no zone is a copy of another.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { foldDiacritics } from '../../src/lib/text.ts';
import { slugify } from '../../src/lib/slug.ts';

/** mulberry32: a small deterministic generator (the bench needs variety, not cryptographic quality). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'Tân',
  'Phú',
  'Hòa',
  'Đông',
  'Tây',
  'Thịnh',
  'An',
  'Hưng',
  'Long',
  'Thạnh',
  'Phước',
  'Mỹ',
  'Quang',
  'Minh',
  'Đức',
  'Thuận',
  'Lộc',
  'Xuân',
  'Hải',
  'Sơn',
  'Vĩnh',
  'Kim',
  'Ngọc',
  'Trung',
  'Hồng',
  'Cao',
  'Yên',
  'Lạc',
  'Phong',
  'Điền',
  'Khánh',
  'Tiến',
  'Nghĩa',
  'Lợi',
  'Hiệp',
  'Thái',
  'Định',
  'Quý',
  'Tường',
  'Đạt',
];
const DISTRICTS = [
  'Ngân Sơn',
  'Pác Nặm',
  'Na Rì',
  'Ba Bể',
  'Bạch Thông',
  'Chợ Đồn',
  'Chợ Mới',
  'Phú Bình',
  'Đại Từ',
  'Định Hóa',
  'Võ Nhai',
  'Đồng Hỷ',
  'Phú Lương',
  'Sơn Dương',
  'Yên Sơn',
  'Hàm Yên',
  'Chiêm Hóa',
  'Na Hang',
  'Lâm Bình',
  'Văn Lãng',
  'Tràng Định',
  'Bình Gia',
  'Bắc Sơn',
  'Hữu Lũng',
];
const PROVINCES = ['Bắc Kạn', 'Thái Nguyên', 'Tuyên Quang', 'Lạng Sơn'];
const PUBLISHERS = ['Báo Bắc Kạn', 'Báo Thái Nguyên', 'Cổng Thông tin điện tử tỉnh', 'Đài Phát thanh và Truyền hình tỉnh'];
const BYLINES = ['Hương Lan', 'Minh Đức', 'Thu Trang', 'Ngọc Anh', 'Văn Thành', 'Hoàng Yến', 'Quốc Huy', 'Thanh Hà'];
/** Vietnamese company forms and the English form each is written with. */
const COMPANIES: [string, string][] = [
  ['Công ty TNHH', 'Co., Ltd.'],
  ['Công ty Cổ phần', 'JSC'],
  ['Công ty TNHH MTV', 'One Member Co., Ltd.'],
];

/** New priority sectors (the real ones are kept and shared too): Vietnamese and English names, ISIC Rev.4 division. */
const NEW_SECTORS: [string, string, string][] = [
  ['Dệt may', 'Textiles and garments', '13'],
  ['Cơ khí chế tạo', 'Engineering and metalwork', '25'],
  ['Lắp ráp điện tử', 'Electronics assembly', '26'],
  ['Vật liệu xây dựng', 'Building materials', '23'],
  ['Chế biến thực phẩm', 'Food processing', '10'],
  ['Sản xuất bao bì', 'Packaging', '17'],
  ['Sản xuất đồ uống', 'Beverages', '11'],
  ['Da giày', 'Leather and footwear', '15'],
  ['Sản xuất giấy', 'Paper', '17'],
  ['Sản xuất nhựa', 'Plastics', '22'],
  ['Chế biến chè', 'Tea processing', '10'],
  ['Sản xuất đồ gỗ nội thất', 'Wooden furniture', '31'],
  ['Chế biến thức ăn chăn nuôi', 'Animal feed', '10'],
  ['Sản xuất phân bón', 'Fertilisers', '20'],
  ['Gia công kim loại', 'Metal working', '25'],
  ['Sản xuất linh kiện ô tô', 'Automotive parts', '29'],
  ['Sản xuất thiết bị điện', 'Electrical equipment', '27'],
  ['Chế biến khoáng sản', 'Mineral processing', '08'],
  ['Sản xuất gạch không nung', 'Unfired bricks', '23'],
  ['Chế biến dược phẩm', 'Pharmaceuticals', '21'],
  ['Sản xuất hàng thủ công mỹ nghệ', 'Handicrafts', '32'],
  ['Chế biến tinh bột', 'Starch processing', '10'],
  ['Sản xuất đồ chơi', 'Toys', '32'],
  ['Sản xuất dụng cụ thể thao', 'Sports goods', '32'],
];
const REAL_SECTOR_IDS = ['agro-forestry-processing', 'medicinal-herbs', 'supporting-industries', 'raw-paper'];

const FILLER = [
  'Những năm qua, tỉnh đã quan tâm đầu tư hạ tầng công nghiệp trên địa bàn, từng bước hình thành hệ thống kết cấu hạ tầng đồng bộ.',
  'Công tác cải cách hành chính được đẩy mạnh, tạo môi trường đầu tư, kinh doanh thông thoáng cho doanh nghiệp.',
  'Tỉnh tiếp tục rà soát, tháo gỡ khó khăn, vướng mắc trong công tác giải phóng mặt bằng để bàn giao đất sạch cho nhà đầu tư.',
  'Cùng với đó là ưu tiên nguồn lực và đẩy mạnh thu hút, huy động các nguồn lực phát triển hạ tầng công nghiệp.',
  'Các sở, ngành được giao nhiệm vụ phối hợp chặt chẽ, hỗ trợ doanh nghiệp hoàn thiện thủ tục đầu tư, xây dựng.',
  'Đường giao thông kết nối, đường dây tải điện và hệ thống cấp nước đang được đầu tư xây dựng theo kế hoạch.',
  'Nhiều doanh nghiệp cho biết sẽ mở rộng sản xuất, tuyển thêm lao động địa phương trong thời gian tới.',
  'Địa phương cũng quan tâm đào tạo nghề cho lao động nông thôn để đáp ứng nhu cầu tuyển dụng của doanh nghiệp.',
  'Công tác bảo vệ môi trường được chú trọng, các dự án có nguy cơ gây ô nhiễm môi trường được hạn chế thu hút.',
  'Lãnh đạo tỉnh đề nghị chủ đầu tư đẩy nhanh tiến độ, sớm đưa công trình vào sử dụng.',
];
const CHROME = ['PublishingPortal - Block_BanTin_Toolbar', 'Tăng cỡ chữ Giảm cỡ chữ', '0:00 / 0:00', 'Xem thêm'];

const vn = (value: number, decimals = 0) =>
  value.toLocaleString('de-DE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: true });
const en = (value: number, decimals = 0) => value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

interface Article {
  file: string;
  slug: string;
  text: string;
  meta: Record<string, unknown>;
}

/** Proper names already in the real seeds: a synthetic zone named like one would make real quotes name it. */
function realNames(seedsDir: string): string {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => foldDiacritics(readFileSync(join(seedsDir, f), 'utf8')).toLowerCase())
    .join('\n');
}

/**
 * Writes `<dir>/content` and `<dir>/seeds` for a site of `zones` zones in all (the real 7 included) and returns both
 * folders and the number of articles.
 */
export function writeSyntheticSite(dir: string, zones: number, seed = 13): { contentDir: string; seedsDir: string; articles: number } {
  const rand = generator(seed * 7919 + zones);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const contentDir = join(dir, 'content');
  const seedsDir = join(dir, 'seeds');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync('src/content', contentDir, { recursive: true });
  cpSync('seeds', seedsDir, { recursive: true });
  const real = realNames('seeds');
  const taken = new Set(readdirSync(join(contentDir, 'zones')).map((f) => f.replace(/\.yaml$/, '')));
  const metadata = parse(readFileSync(join(seedsDir, 'metadata.yaml'), 'utf8')) as Record<string, unknown>;
  const sectorIds = NEW_SECTORS.map(([vi]) => slugify(vi));
  const usedSectors = new Set<number>();
  let articleCount = 0;
  let fileNo = 100;

  const name = (): string => {
    for (let tries = 0; ; tries++) {
      const words = tries < 30 ? [pick(SYLLABLES), pick(SYLLABLES)] : [pick(SYLLABLES), pick(SYLLABLES), pick(SYLLABLES)];
      if (new Set(words).size < words.length) continue;
      const n = words.join(' ');
      const folded = foldDiacritics(n).toLowerCase();
      if (taken.has(slugify(n)) || real.includes(folded)) continue;
      taken.add(slugify(n));
      return n;
    }
  };

  const write = (slug: string, lines: string[], meta: Record<string, unknown>): Article => {
    const file = `${String(fileNo++).padStart(4, '0')}_${slug}.txt`;
    writeFileSync(join(seedsDir, file), `${lines.join('\n\n')}\n`);
    metadata[file] = { slug, ...meta };
    articleCount++;
    return { file, slug, text: lines.join('\n'), meta };
  };

  for (let i = 0; i < zones - 7; i++) {
    const park = rand() < 0.15;
    const proper = name();
    const id = slugify(proper);
    const district = pick(DISTRICTS);
    const province = pick(PROVINCES);
    const kindVi = park ? 'Khu công nghiệp' : 'Cụm công nghiệp';
    const short = park ? `KCN ${proper}` : `CCN ${proper}`;
    const year = int(2019, 2024);
    const date = (month: number) => `${year}-${String(month).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
    const dateline = (iso: string) => iso.split('-').reverse().join('/');
    const area = park ? int(600, 4500) / 10 : int(150, 750) / 10;
    const projects = int(2, park ? 40 : 12);
    const capital = int(5, park ? 300 : 60) * 10; // tỷ đồng
    const workers = int(80, park ? 4000 : 900);
    const otherWorkers = Math.round(workers / 100 + int(1, 3)) * 100; // a later, rounder count: the sources disagree
    const income = int(45, 95) / 10; // triệu đồng/người/tháng
    const sectors = Array.from({ length: int(1, 3) }, () => (rand() < 0.7 ? (i + int(0, 5)) % sectorIds.length : -1 - int(0, REAL_SECTOR_IDS.length - 1)));
    const sectorList = [...new Set(sectors)];
    sectorList.forEach((s) => s >= 0 && usedSectors.add(s));
    const sectorVi = sectorList.map((s) => (s >= 0 ? NEW_SECTORS[s]![0] : realSectorVi(REAL_SECTOR_IDS[-1 - s]!)).toLowerCase());
    const [form, formEn] = pick(COMPANIES);
    const tenantName = `${pick(SYLLABLES)} ${pick(SYLLABLES)}`;
    const tenant = `${form} ${tenantName}`;
    const filler = () => FILLER[int(0, FILLER.length - 1)]!;

    // Article 1: the zone and its plan.
    const locationQuote = `${kindVi} ${proper}, huyện ${district}, tỉnh ${province}`;
    const areaQuote = `${short} có tổng diện tích quy hoạch ${vn(area, 1)} ha`;
    const planQuote = `${short} đã được phê duyệt quy hoạch chi tiết tỷ lệ 1/500`;
    const d1 = date(int(1, 4));
    const a1 = write(
      `${id}-quy-hoach`,
      [
        CHROME[0]!,
        dateline(d1),
        CHROME[1]!,
        `Đầu tư hạ tầng ${short}`,
        `${locationQuote} là một trong những điểm sáng thu hút đầu tư của địa phương. ${areaQuote}, nằm gần trục giao thông chính của huyện.`,
        `Theo Ban Quản lý dự án, ${planQuote}; hạ tầng kỹ thuật đang từng bước được xây dựng, hoàn thiện.`,
        filler(),
        filler(),
        pick(BYLINES),
      ],
      {
        publisher: pick(PUBLISHERS),
        en: {
          title: `Investing in the infrastructure of ${proper} ${park ? 'Industrial Park' : 'Industrial Cluster'}`,
          summary: `The ${en(area, 1)} ha plan of the zone and its approved 1/500 detailed plan.`,
        },
      },
    );
    // Article 2: investment and workforce.
    const projectsQuote = `Đến nay, ${short} đã thu hút ${projects} dự án đầu tư với tổng vốn đăng ký ${vn(capital)} tỷ đồng`;
    const workersQuote = `các doanh nghiệp trong ${short} tạo việc làm cho ${vn(workers)} lao động`;
    const sectorQuote = `Những lĩnh vực được ưu tiên thu hút vào ${short} gồm: ${sectorVi.join(', ')}`;
    const tenantQuote = `${tenant} đã đi vào hoạt động tại ${short}`;
    const d2 = date(int(5, 8));
    const a2 = write(
      `${id}-thu-hut-dau-tu`,
      [
        CHROME[0]!,
        dateline(d2),
        `${short} thu hút đầu tư`,
        `${projectsQuote}. Hiện ${workersQuote}, chủ yếu là người địa phương.`,
        `${sectorQuote}. ${tenantQuote}.`,
        filler(),
        CHROME[3]!,
        pick(BYLINES),
      ],
      {
        publisher: pick(PUBLISHERS),
        en: { title: `${proper} attracts investment`, summary: `${projects} projects, VND ${en(capital)} billion registered, ${en(workers)} workers.` },
      },
    );
    // Article 3 (most zones): results, with a workforce count that differs from article 2's.
    const incomeQuote = `thu nhập bình quân của người lao động tại ${short} đạt ${vn(income, 1)} triệu đồng/người/tháng`;
    const otherWorkersQuote = `${short} hiện có khoảng ${vn(otherWorkers)} lao động`;
    const d3 = date(int(9, 12));
    const a3 =
      rand() < 0.9
        ? write(
            `${id}-ket-qua`,
            [
              CHROME[2]!,
              dateline(d3),
              `Kết quả sản xuất kinh doanh tại ${short}`,
              `Năm ${year}, ${incomeQuote}. ${otherWorkersQuote}, tăng so với cùng kỳ.`,
              filler(),
              filler(),
              pick(BYLINES),
            ],
            { publisher: pick(PUBLISHERS), en: { title: `Business results at ${proper}`, summary: `Average income and workforce in ${year}.` } },
          )
        : undefined;

    const fact = (
      fid: string,
      metric: string,
      value: number,
      unit: string,
      vi: string,
      enLabel: string,
      topic: string,
      a: Article,
      quote: string,
      extra = {},
    ) => ({
      id: fid,
      metric,
      value,
      unit,
      label: { vi, en: enLabel },
      source: a.slug,
      topic,
      quote,
      ...extra,
    });
    const zone = {
      kind: park ? 'park' : 'cluster',
      order: 100 + i,
      name: { vi: `${kindVi} ${proper}`, en: `${proper} ${park ? 'Industrial Park' : 'Industrial Cluster'}` },
      shortName: { vi: short, en: `${proper} ${park ? 'IP' : 'IC'}` },
      location: { vi: `huyện ${district}, tỉnh ${province}`, en: `${district} district, ${province} province` },
      locationSource: { source: a1.slug, quote: locationQuote },
      status: [
        {
          id: 'detailed-plan-1-500-approved',
          text: { vi: 'Đã được phê duyệt quy hoạch chi tiết tỷ lệ 1/500.', en: 'Its 1/500 detailed plan has been approved.' },
          source: a1.slug,
          quote: planQuote,
        },
      ],
      facts: [
        fact('area-001', 'area', area, 'ha', 'Tổng diện tích quy hoạch', 'Total planned area', 'land', a1, areaQuote),
        fact('projects-001', 'projects', projects, 'count', 'Số dự án đầu tư', 'Investment projects', 'operations', a2, projectsQuote),
        fact('capital-001', 'capital', capital * 1e9, 'vnd', 'Tổng vốn đăng ký', 'Registered capital', 'operations', a2, projectsQuote),
        fact('workers-001', 'workers', workers, 'people', 'Số lao động', 'Workers', 'operations', a2, workersQuote, a3 ? { conflictGroup: 'workers' } : {}),
        ...(a3
          ? [
              fact('workers-002', 'workers', otherWorkers, 'people', 'Số lao động', 'Workers', 'operations', a3, otherWorkersQuote, {
                qualifier: 'about',
                conflictGroup: 'workers',
              }),
              fact('income-001', 'income', income * 1e6, 'vnd-per-person-month', 'Thu nhập bình quân', 'Average income', 'operations', a3, incomeQuote, {
                asOf: String(year),
              }),
            ]
          : []),
      ],
      sectors: sectorList.map((s) => ({ sector: s >= 0 ? sectorIds[s] : REAL_SECTOR_IDS[-1 - s], source: a2.slug, quote: sectorQuote })),
      tenants: [{ name: tenant, nameEn: `${tenantName} ${formEn}`, source: a2.slug, quote: tenantQuote }],
    };
    writeFileSync(join(contentDir, 'zones', `${id}.yaml`), stringify(zone));
    // The overview, its figures cited as the build's narrative check requires.
    mkdirSync(join(contentDir, 'narratives', id), { recursive: true });
    writeFileSync(
      join(contentDir, 'narratives', id, 'vi.mdx'),
      `${short} ở huyện ${district} có diện tích quy hoạch <Fact id="area-001" /> và <Fact id="projects-001" /> dự án đầu tư.\n`,
    );
    writeFileSync(
      join(contentDir, 'narratives', id, 'en.mdx'),
      `${proper} in ${district} district has a planned area of <Fact id="area-001" /> and <Fact id="projects-001" /> investment projects.\n`,
    );
  }

  const sectorsFile = join(contentDir, 'sectors.yaml');
  const sectorYaml = parse(readFileSync(sectorsFile, 'utf8')) as unknown[];
  for (const s of [...usedSectors].sort((a, b) => a - b)) {
    const [vi, enName, isic] = NEW_SECTORS[s]!;
    sectorYaml.push({
      id: sectorIds[s],
      name: { vi, en: enName },
      isic: [isic],
      description: {
        vi: `${vi} là lĩnh vực được ưu tiên thu hút vào một số khu, cụm công nghiệp.`,
        en: `${enName} is a priority for some parks and clusters.`,
      },
    });
  }
  writeFileSync(sectorsFile, stringify(sectorYaml));
  writeFileSync(join(seedsDir, 'metadata.yaml'), stringify(metadata));
  return { contentDir, seedsDir, articles: articleCount + 5 };
}

const REAL_SECTOR_VI: Record<string, string> = {};
function realSectorVi(id: string): string {
  if (!REAL_SECTOR_VI[id]) {
    const list = parse(readFileSync('src/content/sectors.yaml', 'utf8')) as { id: string; name: { vi: string } }[];
    for (const s of list) REAL_SECTOR_VI[s.id] = s.name.vi;
  }
  const vi = REAL_SECTOR_VI[id];
  if (!vi)
    throw new Error(
      `synthetic: sector ${id} is not in src/content/sectors.yaml; fix: pick one of ${Object.keys(REAL_SECTOR_VI).join(', ')} in REAL_SECTOR_IDS`,
    );
  return vi;
}
