/**
 * A reviewable draft of what one article adds to the site: its metadata entry, one block per figure (owner,
 * metric, value, unit, qualifier, as-of, topic, quote, labels) and a skeleton per zone no profile has yet. Every
 * drafted quote is checked by the build's own verifySite. Pure: the caller gives the article and the content.
 */
import { normalizeSpace } from '../text.ts';
import { slugify } from '../slug.ts';
import { findQuantities } from '../vn-number.ts';
import { stripZonePrefix } from '../zone-names.ts';
import { UNITS, QUALIFIERS } from '../model.ts';
import type { Article, Content, Fact, Province, Zone } from '../types.ts';
import { verifySite, type Problem } from '../verify.ts';
import { countKey } from './cited.ts';
import { findDates } from './dates.ts';
import { guessMetric } from './metric.ts';
import { findProvinceMentions, isProvinceName, REORGANISATION_DATE, type ProvinceMention } from './provinces.ts';
import { findSectorMentions, sectorTable } from './sectors.ts';
import { splitSentences } from './sentences.ts';
import { findZoneMentions, matchZone, type ZoneMention } from './zones.ts';
import type { KnownZone } from './profiles.ts';

export interface MetadataBlock {
  confirmed: boolean;
  /** The article's file name in the seeds folder: the key of its metadata.yaml entry. */
  file: string;
  /** Already in metadata.yaml: nothing to apply. */
  existing: boolean;
  /** Per field: read (printed on the page), guessed from the text, or missing (to write). */
  how: Record<string, string>;
  entry: Record<string, unknown> & { slug: string; en: { title: string; summary: string } };
}

export interface FactBlock {
  confirmed: boolean;
  /** "zones/thanh-binh", "provinces/bac-kan", "zones/yen-binh-1" (a new zone of this draft), or "?" (to decide). */
  owner: string;
  /** Why this owner: the name the clause gives, or the question to answer. */
  why: string;
  /** "verified" (the build's checks pass on this block), or what they say. */
  check: string;
  /** Same owner and metric, another value from another source: the facts to compare with. */
  conflict?: { group: string; others: { ref: string; value: number; unit: string; source: string; quote: string }[] };
  fact: Omit<Fact, 'label' | 'qualifier'> & { qualifier: string; label: { vi: string; en: string } };
}

export interface ZoneBlock {
  confirmed: boolean;
  id: string;
  why: string;
  check: string;
  zone: {
    kind: 'park' | 'cluster';
    order: number;
    name: { vi: string; en: string };
    shortName: { vi: string; en: string };
    location: { vi: string; en: string };
    locationSource?: { source: string; quote: string };
    summary: { vi: string; en: string };
    sectors: { sector: string; source: string; quote: string }[];
    facts: never[];
  };
}

export interface Draft {
  article: string;
  slug: string;
  /** Notes for the whole article: the reorganisation, owners to decide. */
  notes: string[];
  metadata: MetadataBlock;
  zones: ZoneBlock[];
  facts: FactBlock[];
  /** Figures of this article the owner already cites (not drafted again). */
  alreadyCited: string[];
}

export interface DraftInput {
  /** "seeds/005_x.txt" */
  file: string;
  article: Article;
  /** The article's entry in metadata.yaml, if it has one. */
  hasMetadata: boolean;
  /** The site's content as the build reads it (the article itself need not be in it). */
  content: Content;
}

const knownZone = (z: Zone): KnownZone => ({
  id: z.id,
  kind: z.kind,
  name: z.name.vi,
  properName: stripZonePrefix(z.shortName.vi || z.name.vi),
  location: z.location.vi,
  sources: new Set(),
});

/** A zone mention that is a zone: not a province's name ("cụm công nghiệp Bắc Kạn" in a title is the province's clusters). */
function isZone(m: ZoneMention, provinces: readonly Province[]): boolean {
  return !isProvinceName(m.name, provinces);
}

const OWNER_NOUN = /^(?:khu công nghiệp|cụm công nghiệp|KCN|CCN|khu kinh tế|KKT)$/iu;
/** A singular generic reference to the zone named before: "tại KCN", "của Khu công nghiệp". */
const GENERIC =
  /(?:(?<![\p{L}\p{M}])(?:tại|của|trong|vào|ở|cho|là)\s+(?:KCN|CCN|[Kk]hu [Cc]ông nghiệp|[Cc]ụm [Cc]ông nghiệp)(?![\p{L}\p{M}])(?!\s+\p{Lu})|^Đây\s)/u;
/** A goal the sentence sets ("phấn đấu", "đề ra mục tiêu"); a "Chương trình mục tiêu quốc gia" is a programme's name. */
const TARGET = /phấn đấu|chỉ tiêu|(?<!trình )mục tiêu(?! quốc gia)/iu;
/** Counts that are not figures of the content model: phases, provinces, districts, resolutions, times. */
const NOT_FIGURES = /^(?:giai đoạn|tỉnh|huyện|nghị quyết|Nghị quyết|lần|bên|mũi nhọn)$/u;
const CLAUSE_END = /[;:]/gu;
const TRAILING = /(?:\s|,|đạt|có|là|hiện có|hiện|gồm|được|bằng|ước|khoảng|trên|hơn|gần|tối thiểu|ít nhất|lên đến|:)+$/iu;

/** End of the clause that goes on at `at` (the next ";" or ":", or the end of the sentence). */
function clauseEnd(text: string, at: number): number {
  const m = /[;:]/u.exec(text.slice(at));
  return m ? at + m.index : text.length;
}

/** Start of the clause holding offset `at` in `text` (after the last ";" or ":" before it). */
function clauseStart(text: string, from: number, at: number): number {
  let start = from;
  for (const m of text.slice(from, at).matchAll(CLAUSE_END)) start = from + m.index + 1;
  return start;
}

/** The words before the figure, back to the previous comma or figure: "tổng doanh thu tại KCN" for "…, tổng doanh thu tại KCN đạt hơn 350 tỷ đồng". */
function labelOf(text: string, from: number, q: { start: number }): string {
  let start = from;
  const head = text.slice(from, q.start);
  for (const m of head.matchAll(/[,;:]/gu)) start = from + m.index + 1;
  for (const other of findQuantities(head)) if (other.unit !== 'number') start = Math.max(start, from + other.end);
  const words = tidy(text.slice(start, q.start))
    .replace(TRAILING, '')
    .replace(/^(?:với|và|còn|trong đó|gồm|riêng)\s+/iu, '')
    .trim();
  return words.replace(/\s/gu, '').length >= 3 ? firstUpper(words) : '';
}

function firstUpper(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** Strips what a quote must not start or end with: spaces and punctuation that belongs to the text around it. */
function tidy(text: string): string {
  return normalizeSpace(text)
    .replace(/^[\s,;:.–—-]+/u, '')
    .replace(/[\s,;:(–—-]+$/u, '');
}

export function buildDraft({ file, article, hasMetadata, content }: DraftInput): Draft {
  const slug = article.slug;
  const notes: string[] = [];
  const home = content.provinces.find((p) => p.role === 'home');
  const after = isAfterReorganisation(article);
  if (after)
    notes.push(
      `The article is dated after ${REORGANISATION_DATE} (provinces merged, districts abolished): its "tỉnh Thái Nguyên" includes the former Bắc Kạn (provinces/bac-kan), ` +
        'and places are communes (xã, phường). Figures about the merged province have no profile: their owner is "?" until you decide.',
    );

  const known = content.zones.map(knownZone);
  const paragraphs = article.titleSource === 'page' ? [{ kind: 'title' as const, text: article.title }, ...article.paragraphs] : article.paragraphs;
  const sentences = splitSentences(paragraphs);
  const table = sectorTable(content.sectors.map((s) => ({ id: s.id, name: s.name.vi, links: [] })));

  // New zones: named in the body (a title alone does not make a zone), not a province's name.
  const zoneBlocks = new Map<string, ZoneBlock>();
  const maxOrder = Math.max(0, ...content.zones.map((z) => z.order));
  for (const s of sentences) {
    if (s.kind === 'title') continue;
    for (const m of findZoneMentions(s.text)) {
      if (!isZone(m, content.provinces) || matchZone(m, known).status === 'known') continue;
      const id = slugify(m.name);
      const existing = zoneBlocks.get(id);
      if (existing) {
        if (!existing.zone.locationSource && m.district) locate(existing, m, slug, after);
        continue;
      }
      const prefix = m.kind === 'park' ? ['Khu công nghiệp', 'KCN', 'Industrial Park', 'IP'] : ['Cụm công nghiệp', 'CCN', 'Industrial Cluster', 'IC'];
      const block: ZoneBlock = {
        confirmed: false,
        id,
        why: `named in ${file}: "${s.text}"`,
        check: '',
        zone: {
          kind: m.kind,
          order: maxOrder + zoneBlocks.size + 1,
          name: { vi: `${prefix[0]} ${m.name}`, en: `${m.name} ${prefix[2]}` },
          shortName: { vi: `${prefix[1]} ${m.name}`, en: `${m.name} ${prefix[3]}` },
          location: { vi: '', en: '' },
          summary: { vi: '', en: '' },
          sectors: [],
          facts: [],
        },
      };
      if (m.district) locate(block, m, slug, after);
      zoneBlocks.set(id, block);
    }
  }
  // Sectors a sentence names with exactly one new zone (a list of zones is the article's, not each zone's).
  for (const s of sentences) {
    const named = findZoneMentions(s.text).filter((m) => isZone(m, content.provinces));
    const ids = new Set(named.map((m) => slugify(m.name)));
    if (ids.size !== 1) continue;
    const block = zoneBlocks.get([...ids][0]!);
    if (!block) continue;
    for (const sm of findSectorMentions(s.text, table))
      if (sm.known && !block.zone.sectors.some((x) => x.sector === sm.sector)) block.zone.sectors.push({ sector: sm.sector, source: slug, quote: s.text });
  }

  const zoneIdOf = (m: ZoneMention): string => {
    const match = matchZone(m, known);
    return match.status === 'known' ? `zones/${match.zone}` : `zones/${slugify(m.name)}`;
  };

  // Figures
  const blocks: FactBlock[] = [];
  const alreadyCited: string[] = [];
  let lastZone: ZoneMention | undefined;
  let lastProvince: ProvinceMention | undefined;

  for (const s of sentences) {
    const zones = findZoneMentions(s.text).filter((m) => isZone(m, content.provinces));
    const provinces = findProvinceMentions(s.text, content.provinces, after);
    const dates = findDates(s.text);
    const nameSpans = zones.map((z) => [z.start, z.end] as const);
    for (const q of findQuantities(s.text)) {
      // Digits inside a name ("Yên Bình 2") are not figures; a bare number with no unit is not a figure either.
      if (nameSpans.some(([a, b]) => q.start < b && q.end > a)) continue;
      if (q.unit === 'number' || s.kind === 'title' || (q.unit === 'count' && NOT_FIGURES.test(q.noun ?? ''))) continue;
      const before = zones.filter((z) => z.end <= q.start);
      const province = [...provinces].reverse().find((p) => p.end <= q.start) ?? provinces.find((p) => p.start >= q.end) ?? lastProvince;
      const cs = clauseStart(s.text, 0, q.start);
      const countsZones = q.unit === 'count' && OWNER_NOUN.test(q.noun ?? '');
      let owner: string;
      let why: string;
      let subject: number | undefined;
      const combined = before.length >= 2 && /tổng/iu.test(s.text.slice(before.at(-1)!.end, q.start)) && before.at(-1)!.end > cs - 40;
      const inClauseAfter = zones.find((z) => z.start >= q.end && z.start >= cs && !/[;:]/u.test(s.text.slice(q.end, z.start)));
      if (!countsZones && !combined && before.length > 0) {
        const z = before.at(-1)!;
        owner = zoneIdOf(z);
        why = `the clause names "${z.text}"`;
        subject = z.start;
      } else if (!countsZones && !combined && inClauseAfter) {
        owner = zoneIdOf(inClauseAfter);
        why = `the clause names "${inClauseAfter.text}" after the figure`;
      } else if (!countsZones && !combined && lastZone && GENERIC.test(s.text.slice(cs, clauseEnd(s.text, q.end)))) {
        owner = zoneIdOf(lastZone);
        why = `the clause says "KCN/CCN" without a name; the zone named before it is "${lastZone.text}"`;
      } else {
        const p = province;
        if (p?.question) {
          owner = '?';
          why = p.question;
        } else if (after && !p) {
          owner = '?';
          why = `no province is named; after ${REORGANISATION_DATE} the province is the merged Thái Nguyên: file under provinces/${home?.id ?? 'bac-kan'} only if the figure is about the former Bắc Kạn`;
        } else {
          const id = p?.province.id ?? home?.id ?? '?';
          owner = `provinces/${id}`;
          why = combined
            ? `a total for ${before.map((z) => `"${z.name}"`).join(', ')}: filed under the province`
            : countsZones
              ? 'a count of parks or clusters: filed under the province'
              : p
                ? `the text names "${p.text}"`
                : `no zone or province named: the site's home province (${id})`;
          if (p && p.end <= q.start && p.start >= cs) subject = p.start;
        }
      }
      const start = subject !== undefined ? Math.min(subject, cs) : cs;
      let quote = tidy(s.text.slice(subject ?? start, q.end));
      if (quote.replace(/\s/gu, '').length < 8) quote = tidy(s.text.slice(0, q.end));
      // The label says what is counted or measured, not whose it is: it starts after the owner's name.
      const named = subject !== undefined ? zones.find((z) => z.start === subject)?.end : undefined;
      const label = labelOf(s.text, Math.max(cs, named ?? cs), q) || firstUpper(tidy(q.text));
      const guess = guessMetric(q, s.text.slice(cs, Math.min(s.text.length, q.end + 40)), owner, content);
      const when =
        [...dates].reverse().find((d) => d.end <= q.start && d.value && d.start >= cs) ??
        dates.find((d) => d.start >= q.end && d.value && !/[;:]/u.test(s.text.slice(q.end, d.start)));
      // "từ năm 2016 đến nay": from that year to the article's.
      const year = (article.date ?? article.period?.split('/')[1])?.slice(0, 4);
      const value = when?.kind === 'since' && year && year > when.value! ? `${when.value}/${year}` : when?.value;
      const asOf = value && value !== article.date && value !== article.period ? value : undefined;
      const qualifier = q.qualifier === 'exact' && TARGET.test(s.text.slice(0, q.start)) ? 'target' : q.qualifier;
      const fact: FactBlock['fact'] = {
        id: '',
        metric: guess.metric,
        value: q.value,
        unit: q.unit as Fact['unit'],
        qualifier,
        label: { vi: label, en: '' },
        source: slug,
        topic: guess.topic,
        quote,
      };
      if (asOf) fact.asOf = asOf;
      if (q.suspicious) {
        fact.asPrinted = q.text.replace(/^.*?(?=\d)/u, '');
        fact.note = { vi: '', en: '' };
      }
      const problems = [
        !(UNITS as readonly string[]).includes(q.unit) ? `unit "${q.unit}" is not in UNITS (src/lib/model.ts)` : '',
        !(QUALIFIERS as readonly string[]).includes(qualifier) ? `qualifier "${qualifier}" is not in QUALIFIERS (src/lib/model.ts)` : '',
      ].filter(Boolean);
      blocks.push({ confirmed: false, owner, why, check: problems.join('; '), fact });
    }
    if (zones.length > 0) lastZone = zones.at(-1);
    if (provinces.length > 0) lastProvince = provinces.at(-1);
  }

  const facts = dedupe(blocks);
  const owned = facts.filter((b) => {
    const ownerEntry = ownerOf(b.owner, content);
    const cited = ownerEntry?.facts.find((f) => f.source === slug && f.unit === b.fact.unit && Math.abs(f.value - b.fact.value) < 1e-9 * Math.max(1, f.value));
    if (cited) alreadyCited.push(`${b.owner}#${cited.id}`);
    return !cited;
  });
  assignIds(owned, content, file);
  for (const b of owned) proposeConflict(b, content);
  const zonesOut = [...zoneBlocks.values()];
  verifyBlocks(article, content, owned, zonesOut);
  if (owned.some((b) => b.owner === '?'))
    notes.push('Some figures have owner "?": set it to zones/<id> or provinces/<id> (or delete the block) before confirming them.');
  return { article: file, slug, notes, metadata: metadataBlock(file, article, hasMetadata), zones: zonesOut, facts: owned, alreadyCited };
}

function locate(block: ZoneBlock, m: ZoneMention, slug: string, after: boolean): void {
  block.zone.location.vi = m.district!;
  block.zone.locationSource = { source: slug, quote: m.text };
  if (after && /^(?:xã|phường)\s/iu.test(m.district!)) block.why += ` · located by commune (${m.district}), the level below the province since 1 July 2025`;
}

function isAfterReorganisation(article: Article): boolean {
  const when = article.date ?? article.period?.split('/')[1];
  return when !== undefined && when >= REORGANISATION_DATE;
}

/** The same figure printed twice (a repeated caption) is one block. */
function dedupe(blocks: FactBlock[]): FactBlock[] {
  const seen = new Set<string>();
  return blocks.filter((b) => {
    const key = `${b.owner}|${b.fact.value}|${b.fact.unit}|${b.fact.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function ownerOf(ref: string, content: Content): Zone | Province | undefined {
  const [folder, id] = ref.split('/');
  return folder === 'zones' ? content.zones.find((z) => z.id === id) : folder === 'provinces' ? content.provinces.find((p) => p.id === id) : undefined;
}

/** "<metric>-<article number>", unique within the owner ("workers-005", "workers-005-2"). */
function assignIds(blocks: FactBlock[], content: Content, file: string): void {
  const tag =
    /(?:^|\/)(\d{3})_[^/]*$/u.exec(file)?.[1] ??
    slugify(file.replace(/^.*\//u, '').replace(/\.txt$/u, ''))
      .split('-')
      .slice(0, 2)
      .join('-');
  const used = new Map<string, Set<string>>();
  for (const b of blocks) {
    if (!used.has(b.owner)) {
      const o = ownerOf(b.owner, content);
      used.set(b.owner, new Set([...(o?.facts ?? []), ...(o?.status ?? [])].map((f) => f.id)));
    }
    const ids = used.get(b.owner)!;
    const base = `${b.fact.metric}-${tag}`;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    b.fact.id = id;
  }
}

/** "giai đoạn II", "mở rộng": which part of a zone a figure is about; figures of different parts never conflict. */
function phaseOf(quote: string): string {
  const phase = /giai đoạn\s+(I{1,3}|IV|\d)(?![\p{L}\d])/u.exec(quote)?.[1] ?? '';
  return `${phase}|${/mở rộng/iu.test(quote) ? 'extension' : ''}`;
}

/** Another value for the same thing: same owner, metric, unit, part of the zone and as-of, another article, and for counts the same counted thing. */
function proposeConflict(b: FactBlock, content: Content): void {
  const owner = ownerOf(b.owner, content);
  if (!owner) return;
  const key = countKey(b.fact.quote, b.fact.value);
  const others = owner.facts.filter(
    (f) =>
      f.metric === b.fact.metric &&
      f.unit === b.fact.unit &&
      f.source !== b.fact.source &&
      Math.abs(f.value - b.fact.value) > 1e-9 * Math.max(1, Math.abs(f.value)) &&
      (f.unit !== 'count' || countKey(f.quote, f.value) === key) &&
      phaseOf(f.quote) === phaseOf(b.fact.quote) &&
      (f.asOf ?? '') === (b.fact.asOf ?? ''),
  );
  if (others.length === 0) return;
  const group = others.find((f) => f.conflictGroup)?.conflictGroup ?? `${b.fact.metric}`;
  b.conflict = { group, others: others.map((f) => ({ ref: `${b.owner}#${f.id}`, value: f.value, unit: f.unit, source: f.source, quote: f.quote })) };
  b.fact.conflictGroup = group;
}

/**
 * Runs the build's verifySite on the content with every drafted block added, and records what it says per block;
 * a fact whose shortest quote fails is retried with its whole sentence.
 */
function verifyBlocks(article: Article, content: Content, facts: FactBlock[], zones: ZoneBlock[]): void {
  const run = (): Problem[] => {
    const stubs: Zone[] = zones.map((z) => ({
      ...(z.zone as unknown as Zone),
      id: z.id,
      file: `zones/${z.id}.yaml`,
      name: { vi: z.zone.name.vi, en: z.zone.name.en || '-' },
      shortName: { vi: z.zone.shortName.vi, en: z.zone.shortName.en || '-' },
      status: [],
      tenants: [],
      facts: [],
    }));
    const owners = new Map<string, Zone | Province>();
    const clone = <T extends Zone | Province>(o: T, ref: string): T => {
      const c = { ...o, facts: [...o.facts] };
      owners.set(ref, c);
      return c;
    };
    const draftContent: Content = {
      ...content,
      articles: [...content.articles.filter((a) => a.slug !== article.slug), article],
      zones: [...content.zones, ...stubs].map((z) => clone(z, `zones/${z.id}`)),
      provinces: content.provinces.map((p) => clone(p, `provinces/${p.id}`)),
    };
    for (const b of facts) {
      const o = owners.get(b.owner);
      if (o) o.facts.push({ ...b.fact, qualifier: b.fact.qualifier as Fact['qualifier'], label: { vi: b.fact.label.vi, en: b.fact.label.en || '-' } } as Fact);
    }
    const drafted = new Set([...facts.map((b) => b.owner), ...zones.map((z) => `zones/${z.id}`)]);
    return verifySite(draftContent).filter((p) => [...drafted].some((ref) => p.file.endsWith(`${ref}.yaml`)));
  };
  const problemsOf = (b: FactBlock, problems: Problem[]) =>
    problems.filter((p) => p.file.endsWith(`${b.owner}.yaml`) && new RegExp(`^facts\\[\\d+\\] \\(${b.fact.id}\\)`).test(p.field));
  let problems = run();
  const sentenceOf = (b: FactBlock): string | undefined =>
    splitSentences(article.paragraphs)
      .map((s) => s.text)
      .find((t) => normalizeSpace(t).includes(b.fact.quote));
  let retried = false;
  for (const b of facts) {
    if (problemsOf(b, problems).some((p) => p.field.endsWith('.quote') || p.field.endsWith('.value') || p.field.endsWith('.qualifier'))) {
      const sentence = sentenceOf(b);
      if (sentence && normalizeSpace(sentence) !== b.fact.quote) {
        b.fact.quote = tidy(sentence);
        retried = true;
      }
    }
  }
  if (retried) problems = run();
  for (const b of facts) {
    const mine = problemsOf(b, problems).map((p) => `${p.field.replace(/^facts\[\d+\] \([^)]*\)\.?/u, '') || 'fact'}: ${p.problem}`);
    if (b.owner === '?') mine.push('owner to decide');
    b.check = [b.check, ...mine].filter(Boolean).join('; ') || 'verified';
  }
  for (const z of zones) {
    const mine = problems.filter((p) => p.file.endsWith(`zones/${z.id}.yaml`)).map((p) => `${p.field}: ${p.problem}`);
    z.check = mine.join('; ') || 'verified';
  }
}

function metadataBlock(file: string, article: Article, existing: boolean): MetadataBlock {
  const name = file.replace(/^.*\//u, '');
  const how: Record<string, string> = {
    slug: existing ? 'read (metadata.yaml)' : 'guessed from the title; change it now if you like, never after facts cite it',
    title:
      article.titleSource === 'page'
        ? "read (the page's headline)"
        : article.titleSource === 'editor'
          ? 'read (metadata.yaml)'
          : 'guessed (first sentence): write a title',
  };
  const entry: MetadataBlock['entry'] = { slug: article.slug, en: { title: article.en?.title ?? '', summary: article.en?.summary ?? '' } };
  if (article.titleSource !== 'page') entry['title'] = article.title;
  if (article.date && !article.dateInferred) {
    how['date'] = 'read (dateline)';
  } else {
    const years = [
      ...new Set(findDates(article.text).flatMap((d) => (d.kind === 'year' || d.kind === 'date' || d.kind === 'month' ? [d.value!.slice(0, 4)] : []))),
    ].sort();
    const thisYear = years.filter((y) => y <= String(new Date().getUTCFullYear()));
    if (thisYear.length >= 2 && thisYear[0] !== thisYear.at(-1)) {
      entry['period'] = `${thisYear[0]}/${thisYear.at(-1)}`;
      entry['dateInferred'] = true;
      entry['dateBasis'] = { vi: '', en: '' };
      how['period'] = `guessed from the years the text names (${thisYear.join(', ')}): check it and write dateBasis`;
    } else how['date'] = 'missing: write date (YYYY-MM-DD) or period (YYYY/YYYY)';
  }
  how['publisher'] = article.publisher ? 'read (page chrome)' : 'missing: write it if you know it';
  if (article.publisher && !existing) entry['publisher'] = article.publisher;
  how['byline'] = article.byline ? 'read (page chrome)' : 'missing';
  if (article.byline && !existing) entry['byline'] = article.byline;
  how['en'] = 'to write: en.title (required) and en.summary';
  return { confirmed: existing, file: name, existing, how, entry };
}
