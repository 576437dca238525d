/**
 * From a new article to published facts, as a maintainer does it, on a copy of the content (CONTENT_DIR,
 * SEEDS_DIR): `--draft`, edit the draft (confirm, write the English), `--apply`, `npm run build`. Confirmed blocks
 * land, keeping the files' formatting and comments; unconfirmed ones stay in the draft; a confirmed block whose
 * quote is not in the article is refused by name; the built site shows the facts in both languages.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { cleanEnv, runBuild, type BuildRun } from '../../scripts/lib/astro-build.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ARTICLE = '005_thu-hut-dau-tu-phia-bac.txt';
let dir: string;
let env: Record<string, string>;
const draftPath = () => join(dir, 'drafts', ARTICLE.replace(/\.txt$/u, '.yaml'));

function extract(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, 'scripts/extract.ts'), ...args], {
    cwd: root,
    env: { ...cleanEnv(), ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Block = { confirmed: boolean; owner: string; fact: { id: string; value: number; quote: string; label: { en: string } } };

let draftRun: ReturnType<typeof extract>;
let applyRun: ReturnType<typeof extract>;
let build: BuildRun;
const original = (path: string) => readFileSync(join(root, path), 'utf8');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'extract-apply-'));
  cpSync(join(root, 'src/content'), join(dir, 'content'), { recursive: true });
  cpSync(join(root, 'seeds'), join(dir, 'seeds'), { recursive: true });
  cpSync(join(root, 'tests/fixtures/extract/new-article-2025.txt'), join(dir, 'seeds', ARTICLE));
  env = { CONTENT_DIR: join(dir, 'content'), SEEDS_DIR: join(dir, 'seeds') };
  draftRun = extract(join(dir, 'seeds', ARTICLE), '--draft', '--drafts', join(dir, 'drafts'));

  // The maintainer's edits, in the draft file itself.
  const doc = parseDocument(readFileSync(draftPath(), 'utf8'));
  doc.setIn(['metadata', 'confirmed'], true);
  doc.setIn(['metadata', 'entry', 'en', 'title'], 'Thái Nguyên seeks investment for the parks and clusters in its north');
  const zones = doc.toJS().zones as { id: string }[];
  const z = zones.findIndex((x) => x.id === 'na-lang');
  doc.setIn(['zones', z, 'confirmed'], true);
  doc.setIn(['zones', z, 'zone', 'location', 'en'], 'Phủ Thông commune');
  const facts = doc.toJS().facts as Block[];
  const at = (owner: string, value: number) => facts.findIndex((b) => b.owner === owner && b.fact.value === value);
  // The overview becomes the zone's narrative: a figure in it is cited, not typed (the build checks).
  const area = facts[at('zones/na-lang', 48.5)]!.fact.id;
  doc.setIn(['zones', z, 'zone', 'summary', 'vi'], `CCN Nà Làng ở xã Phủ Thông có diện tích <Fact id="${area}" />.`);
  doc.setIn(['zones', z, 'zone', 'summary', 'en'], `Nà Làng Industrial Cluster in Phủ Thông commune covers <Fact id="${area}" />.`);
  const confirm = (i: number, en: string) => {
    doc.setIn(['facts', i, 'confirmed'], true);
    doc.setIn(['facts', i, 'fact', 'label', 'en'], en);
  };
  confirm(at('zones/thanh-binh', 1200), 'Workers (as reported in 2025)');
  confirm(at('zones/na-lang', 48.5), 'Cluster area');
  // Confirmed, English written, but the quote was edited into something the article does not say.
  const broken = at('zones/na-lang', 350000000000);
  confirm(broken, 'Registered capital');
  doc.setIn(['facts', broken, 'fact', 'quote'], 'CCN Nà Làng đã có 02 nhà đầu tư với tổng vốn khoảng 350 tỷ đồng');
  writeFileSync(draftPath(), doc.toString({ lineWidth: 0 }));

  applyRun = extract('--apply', draftPath());
  build = await runBuild({ outDir: join(dir, 'dist'), cacheDir: join(dir, 'astro-cache'), env: { ...env, OG_CACHE_DIR: join(dir, 'og') } });
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('--draft writes the draft and says what it holds', () => {
  expect(draftRun.stderr).toBe('');
  expect(draftRun.code).toBe(0);
  expect(draftRun.stdout).toMatch(/005_thu-hut-dau-tu-phia-bac\.yaml: \d+ figures .*1 new zone/u);
});

test('--apply applies the confirmed blocks and refuses the one with a broken quote, by name', () => {
  expect(applyRun.code).toBe(1);
  expect(applyRun.stdout).toMatch(
    /applied:\n {3}metadata: 005_thu-hut-dau-tu-phia-bac\.txt\n {3}zones: na-lang\n {3}facts: zones\/thanh-binh#workers-005 \(1200 people\)\n {3}facts: zones\/na-lang#area-005 \(48\.5 ha\)/u,
  );
  expect(applyRun.stdout).toMatch(
    /REFUSED.*\n {3}facts: zones\/na-lang#capital-005 \(350000000000 vnd\): .*the quote "CCN Nà Làng đã có 02 nhà đầu tư với tổng vốn khoảng 350 tỷ đồng" does not occur in seeds\/005/u,
  );
});

test('a draft whose article is not in SEEDS_DIR is refused before anything is checked or written', () => {
  const r = spawnSync(process.execPath, [join(root, 'scripts/extract.ts'), '--apply', draftPath()], {
    cwd: root,
    env: { ...cleanEnv(), CONTENT_DIR: join(dir, 'content'), SEEDS_DIR: join(root, 'seeds') },
    encoding: 'utf8',
  });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(`nothing was applied`);
  expect(r.stderr).toContain(`${ARTICLE} is not in ${join(root, 'seeds')}: copy the article there`);
});

test('the owners’ files keep their formatting and comments; the new lines are appended', () => {
  const thanhBinh = readFileSync(join(dir, 'content/zones/thanh-binh.yaml'), 'utf8');
  // The new fact is the last item of `facts:`; every other byte of the file is as it was.
  const added = /- id: workers-005\n {2}metric: workers\n {2}value: 1200\n {2}unit: people\n {2}qualifier: about\n(?: {2}.*\n)+/u.exec(thanhBinh);
  expect(added).not.toBeNull();
  expect(thanhBinh.replace(added![0], '')).toBe(original('src/content/zones/thanh-binh.yaml'));
  expect(thanhBinh.slice(added!.index + added![0].length)).toMatch(/^sectors:\n/u);
  const metadata = readFileSync(join(dir, 'seeds/metadata.yaml'), 'utf8');
  expect(metadata.startsWith(original('seeds/metadata.yaml'))).toBe(true);
  expect(parse(metadata)[ARTICLE]).toMatchObject({
    en: { title: 'Thái Nguyên seeks investment for the parks and clusters in its north' },
    publisher: 'Báo Thái Nguyên',
  });
  // The conflict proposed with the other sources' worker counts is applied on both sides.
  const workers = (parse(thanhBinh).facts as { id: string; conflictGroup?: string }[]).filter((f) => f.id.startsWith('workers-'));
  expect(new Set(workers.map((f) => f.conflictGroup))).toEqual(new Set(['workers']));
  const naLang = parse(readFileSync(join(dir, 'content/zones/na-lang.yaml'), 'utf8'));
  expect(naLang.facts.map((f: { id: string }) => f.id)).toEqual(['area-005']);
  expect(naLang.sectors.map((s: { sector: string }) => s.sector)).toEqual(['agro-forestry-processing']);
});

test('what was not applied stays in the draft; the applied blocks leave it', () => {
  const left = parse(readFileSync(draftPath(), 'utf8')) as { zones: unknown[]; facts: Block[]; metadata: { existing: boolean } };
  expect(left.metadata.existing).toBe(true);
  expect(left.zones).toEqual([]);
  const ids = left.facts.map((b) => `${b.owner}#${b.fact.id}`);
  expect(ids).not.toContain('zones/thanh-binh#workers-005');
  expect(ids).not.toContain('zones/na-lang#area-005');
  expect(ids).toContain('zones/na-lang#capital-005');
  expect(left.facts.filter((b) => !b.confirmed).length).toBe(left.facts.length - 1);
});

test('the build passes on the result and publishes the confirmed facts in both languages, and nothing unconfirmed', () => {
  expect(build.status, build.output.slice(-3000)).toBe(0);
  const page = (lang: string, zone: string) => readFileSync(join(dir, 'dist', lang, 'zones', zone, 'index.html'), 'utf8');
  expect(page('en', 'na-lang')).toContain('Cluster area');
  expect(page('en', 'na-lang')).toContain('48.5 ha');
  expect(page('vi', 'na-lang')).toContain('48,5 ha');
  expect(page('en', 'thanh-binh')).toContain('Workers (as reported in 2025)');
  expect(page('vi', 'thanh-binh')).toContain('1.200');
  // The unconfirmed revenue (over VND 420 billion) and the refused capital are on no profile.
  expect(page('vi', 'thanh-binh')).not.toContain('420 tỷ');
  expect(page('en', 'na-lang')).not.toContain('Registered capital');
  expect(existsSync(join(dir, 'dist', 'en', 'sources'))).toBe(true);
});
