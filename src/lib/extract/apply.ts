/**
 * `--apply`: moves the confirmed, fully written blocks of a draft into the content (the owners' YAML files, a new
 * zone file, metadata.yaml), keeping each file's formatting and comments (yaml's Document API), and leaves the
 * rest in the draft. The result is checked with the build's own checks (checkContent) in a staging copy first;
 * a block the checks refuse is named and stays in the draft, and nothing is written when a problem cannot be
 * traced to a block.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Document, isSeq, parseDocument, YAMLSeq } from 'yaml';
import { formatProblem, type Problem } from '../verify.ts';
import { checkContent, type Folders } from './content.ts';
import type { FactBlock, ZoneBlock } from './draft.ts';
import { orderedFact, parseDraft, YAML_STYLE, type DraftFile } from './draft-file.ts';

export interface ApplyResult {
  applied: string[];
  /** Blocks left in the draft, each with why. */
  left: string[];
  /** Confirmed blocks the checks refused, by name, with the problem. */
  refused: string[];
  /** Problems not traceable to a block: nothing was written. */
  blocking: string[];
  /** Files written (relative to the root). */
  written: string[];
}

const nameOfFact = (b: FactBlock) => `facts: ${b.owner}#${b.fact.id} (${b.fact.value} ${b.fact.unit})`;
const nameOfZone = (z: ZoneBlock) => `zones: ${z.id}`;

/** Empty texts left in a value, as dotted paths. */
function empties(value: unknown, path: string): string[] {
  if (value === '' || value === null) return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => empties(v, `${path}[${i}]`));
  if (typeof value === 'object') return Object.entries(value as object).flatMap(([k, v]) => empties(v, path ? `${path}.${k}` : k));
  return [];
}

/** Drops optional fields left empty (en.summary, dateBasis) from a metadata entry. */
function pruned(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const out = Object.entries(value).flatMap(([k, v]) => {
    const p = pruned(v);
    return p === '' || (typeof p === 'object' && p !== null && Object.keys(p).length === 0) ? [] : [[k, p]];
  });
  return Object.fromEntries(out);
}

/** A zone file's fields in the order the content files use. */
const ZONE_KEYS = ['kind', 'order', 'name', 'shortName', 'location', 'locationSource', 'status', 'facts', 'sectors', 'tenants'];

function ordered(value: object, keys: readonly string[]): Record<string, unknown> {
  const v = value as Record<string, unknown>;
  return Object.fromEntries(keys.filter((k) => v[k] !== undefined).map((k) => [k, v[k]]));
}

interface Plan {
  metadata: boolean;
  zones: ZoneBlock[];
  facts: FactBlock[];
}

/** Writes the plan into `folders` (a staging copy); returns the files written. */
function write(plan: Plan, draft: DraftFile, folders: Folders): string[] {
  const written = new Set<string>();
  if (plan.metadata && draft.metadata) {
    // Appended as text: re-writing the file would re-flow its folded summaries.
    const path = join(folders.seeds, 'metadata.yaml');
    const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
    const entry = new Document({ [draft.metadata.file]: pruned(draft.metadata.entry) }).toString(YAML_STYLE);
    writeFileSync(path, `${before}${before && !before.endsWith('\n') ? '\n' : ''}${before ? '\n' : ''}${entry}`);
    written.add(path);
  }
  for (const z of plan.zones) {
    const path = join(folders.content, 'zones', `${z.id}.yaml`);
    writeFileSync(path, new Document(ordered(z.zone, ZONE_KEYS)).toString(YAML_STYLE));
    written.add(path);
    // The overview the maintainer wrote becomes the zone's narrative, one MDX file per language.
    const dir = join(folders.content, 'narratives', z.id);
    mkdirSync(dir, { recursive: true });
    for (const lang of ['vi', 'en'] as const) {
      writeFileSync(join(dir, `${lang}.mdx`), `${z.zone.summary[lang].trim()}\n`);
      written.add(join(dir, `${lang}.mdx`));
    }
  }
  const docs = new Map<string, Document>();
  for (const b of plan.facts) {
    const path = join(folders.content, `${b.owner}.yaml`);
    if (!docs.has(path)) docs.set(path, parseDocument(readFileSync(path, 'utf8')));
    const doc = docs.get(path)!;
    let facts = doc.get('facts', true);
    if (!isSeq(facts)) {
      facts = new YAMLSeq();
      doc.set('facts', facts);
    }
    (facts as YAMLSeq).flow = false; // `facts: []` becomes a block list
    (facts as YAMLSeq).add(doc.createNode(orderedFact(b.fact as unknown as Record<string, unknown>)));
    // The other side of a proposed conflict joins the same group.
    for (const other of b.conflict?.others ?? []) {
      const id = other.ref.split('#')[1];
      const index = (facts as YAMLSeq).items.findIndex((item) => (item as { get?: (k: string) => unknown }).get?.('id') === id);
      if (index >= 0 && !doc.getIn(['facts', index, 'conflictGroup'])) doc.setIn(['facts', index, 'conflictGroup'], b.conflict!.group);
    }
  }
  for (const [path, doc] of docs) {
    writeFileSync(path, doc.toString(YAML_STYLE));
    written.add(path);
  }
  return [...written];
}

/** Which block a problem of the checks belongs to, or undefined. */
function blockOf(p: Problem, plan: Plan, metadataFile: string | undefined): string | undefined {
  const file = p.file.replace(/\\/gu, '/');
  if (metadataFile && file.endsWith('metadata.yaml')) return 'metadata';
  if (metadataFile && file.endsWith(metadataFile)) return 'metadata';
  const fact = plan.facts.find((b) => file.endsWith(`${b.owner}.yaml`) && new RegExp(`^facts\\[\\d+\\] \\(${b.fact.id}\\)`).test(p.field));
  if (fact) return nameOfFact(fact);
  const zone = plan.zones.find((z) => file.endsWith(`zones/${z.id}.yaml`));
  return zone ? nameOfZone(zone) : undefined;
}

export function applyDraft(draftPath: string, folders: Folders): ApplyResult {
  const shown = relative(folders.root, draftPath);
  const draft = parseDraft(shown.startsWith('..') ? draftPath : shown, readFileSync(draftPath, 'utf8'));
  const result: ApplyResult = { applied: [], left: [], refused: [], blocking: [], written: [] };
  const article = draft.metadata?.file;
  if (article && !existsSync(join(folders.seeds, article))) {
    result.blocking.push(`${article} is not in ${folders.seeds}: copy the article there (or point SEEDS_DIR at its folder) before applying its draft`);
    return result;
  }
  const refused = new Map<string, string>();

  // What is ready: confirmed and fully written.
  const ready: Plan = { metadata: false, zones: [], facts: [] };
  const m = draft.metadata;
  if (m && !m.existing) {
    const metadataFile = join(folders.seeds, 'metadata.yaml');
    const listed = existsSync(metadataFile) && parseDocument(readFileSync(metadataFile, 'utf8')).has(m.file);
    const missing = empties(pruned(m.entry), '');
    if (listed) result.left.push(`metadata: metadata.yaml has an entry for ${m.file} already; edit it there`);
    else if (!m.confirmed) result.left.push('metadata: not confirmed');
    else if (!m.entry.en?.title) result.left.push('metadata: en.title is not written');
    else if (missing.length > 0) result.left.push(`metadata: still empty: ${missing.join(', ')}`);
    else ready.metadata = true;
  }
  const zoneIds = new Set<string>();
  for (const z of draft.zones ?? []) {
    const missing = empties({ name: z.zone.name, shortName: z.zone.shortName, location: z.zone.location, summary: z.zone.summary }, '');
    if (!z.confirmed) result.left.push(`${nameOfZone(z)}: not confirmed`);
    else if (missing.length > 0) result.left.push(`${nameOfZone(z)}: still to write: ${missing.join(', ')}`);
    else if (existsSync(join(folders.content, 'zones', `${z.id}.yaml`))) result.left.push(`${nameOfZone(z)}: zones/${z.id}.yaml exists already`);
    else {
      ready.zones.push(z);
      zoneIds.add(`zones/${z.id}`);
    }
  }
  for (const b of draft.facts ?? []) {
    const missing = empties({ label: b.fact.label, note: b.fact.note }, '');
    const ownerExists = b.owner !== '?' && (zoneIds.has(b.owner) || existsSync(join(folders.content, `${b.owner}.yaml`)));
    if (!b.confirmed) result.left.push(`${nameOfFact(b)}: not confirmed`);
    else if (missing.length > 0) result.left.push(`${nameOfFact(b)}: still to write: ${missing.join(', ')}`);
    else if (!ownerExists)
      result.left.push(
        `${nameOfFact(b)}: owner "${b.owner}" ${b.owner === '?' ? 'is to decide' : 'has no file (confirm its zone block, or create the profile first)'}`,
      );
    else ready.facts.push(b);
  }

  // Check in a staging copy; drop refused blocks and try again until the checks pass.
  const stage = mkdtempSync(join(tmpdir(), 'zone-briefs-apply-'));
  const staged: Folders = { content: join(stage, 'content'), seeds: join(stage, 'seeds'), root: stage };
  try {
    for (;;) {
      rmSync(staged.content, { recursive: true, force: true });
      rmSync(staged.seeds, { recursive: true, force: true });
      cpSync(folders.content, staged.content, { recursive: true });
      cpSync(folders.seeds, staged.seeds, { recursive: true });
      const plan: Plan = {
        metadata: ready.metadata && !refused.has('metadata'),
        zones: ready.zones.filter((z) => !refused.has(nameOfZone(z))),
        facts: ready.facts.filter((b) => !refused.has(nameOfFact(b)) && (!zoneIds.has(b.owner) || !refused.has(`zones: ${b.owner.slice(6)}`))),
      };
      const files = write(plan, draft, staged);
      const { problems } = checkContent(staged);
      if (problems.length === 0) {
        for (const file of files) {
          const rel = relative(stage, file);
          const target = rel.startsWith('seeds') ? join(folders.seeds, relative(staged.seeds, file)) : join(folders.content, relative(staged.content, file));
          cpSync(file, target);
          const shown = relative(folders.root, target);
          result.written.push(shown.startsWith('..') ? target : shown);
        }
        if (plan.metadata) result.applied.push(`metadata: ${draft.metadata!.file}`);
        result.applied.push(...plan.zones.map(nameOfZone), ...plan.facts.map(nameOfFact));
        finishDraft(draftPath, plan);
        break;
      }
      const traced = problems.map((p) => ({ p, block: blockOf(p, plan, draft.metadata?.file) }));
      // A problem of no block, or of a block already left out, is the content's own: write nothing.
      const untraced = traced.filter((t) => !t.block || refused.has(t.block));
      if (untraced.length > 0) {
        result.blocking = untraced.map((t) => `the content has a problem no block of the draft explains: ${formatProblem(t.p).replaceAll(`${stage}/`, '')}`);
        result.applied = [];
        break;
      }
      for (const t of traced) refused.set(t.block!, formatProblem(t.p).replace(/^.*?: /u, ''));
    }
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  result.refused = [...refused].map(([name, why]) => `${name}: ${why}`);
  return result;
}

/** Removes the applied blocks from the draft file, keeping the rest (and its comments) as they were. */
function finishDraft(draftPath: string, plan: Plan): void {
  const doc = parseDocument(readFileSync(draftPath, 'utf8'));
  if (plan.metadata) doc.setIn(['metadata', 'existing'], true);
  const drop = (key: string, applied: (item: Record<string, unknown>) => boolean) => {
    const seq = doc.get(key, true);
    if (!isSeq(seq)) return;
    seq.items = seq.items.filter((item) => !applied((item as { toJSON: () => Record<string, unknown> }).toJSON()));
    if (seq.items.length === 0) doc.set(key, doc.createNode([])); // an emptied list keeps no comments of its items
  };
  const zones = new Set(plan.zones.map((z) => z.id));
  const facts = new Set(plan.facts.map((b) => `${b.owner}#${(b.fact as { id: string }).id}`));
  drop('zones', (z) => zones.has(String(z['id'])));
  drop('facts', (b) => facts.has(`${String(b['owner'])}#${String((b['fact'] as { id: string }).id)}`));
  writeFileSync(draftPath, doc.toString(YAML_STYLE));
}
