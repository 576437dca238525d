/**
 * The remark plugin of the narratives (registered with the MDX integration in astro.config.mjs): checks each
 * src/content/narratives/<owner>/<lang>.mdx against its owner's facts (check.ts) and stops the build naming the
 * file, the line and the fix; on a good file it hands each narrative component its owner, so authors write only
 * <Fact id="…" />. It reads the owner's YAML and the seeds' metadata itself: it runs while MDX compiles, apart from
 * the content collections.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import type { VFile } from 'vfile';
import { parse } from 'yaml';
import { NARRATIVE_COMPONENTS, checkNarrative, citedFacts, type NarrativeLang, type NarrativeOwner, type NarrativeProblem } from './check.ts';

export interface NarrativeOptions {
  seedsDir: string;
}

const LANGS: readonly NarrativeLang[] = ['vi', 'en'];
const parseMdx = (source: string) => remark().use(remarkMdx).parse(source);

type Item = { id?: string; value?: number; unit?: string; asOf?: string | number; quote?: string; source?: string };

const metadataCache = new Map<string, { stamp: string; dates: Map<string, string[]> }>();

/**
 * Each article's date and period from seeds/metadata.yaml, by slug. Parsed once per version of the file, not once per
 * narrative: with 2,000 narratives and 3,000 articles, parsing it for each took over ten minutes.
 */
function sourceDates(seedsDir: string): Map<string, string[]> {
  const file = join(seedsDir, 'metadata.yaml');
  if (!existsSync(file)) return new Map();
  const { mtimeMs, size } = statSync(file);
  const stamp = `${mtimeMs}:${size}`;
  const cached = metadataCache.get(file);
  if (cached?.stamp === stamp) return cached.dates;
  const meta = (parse(readFileSync(file, 'utf8')) ?? {}) as Record<string, { slug?: string; date?: string; period?: string } | null>;
  const dates = new Map<string, string[]>();
  for (const m of Object.values(meta)) if (m?.slug) dates.set(m.slug, [m.date ?? '', m.period ?? '']);
  metadataCache.set(file, { stamp, dates });
  return dates;
}

/** The owner's facts and the dates its items and their sources state, read from its YAML file and seeds/metadata.yaml. */
export function readOwner(contentDir: string, seedsDir: string, id: string): NarrativeOwner | undefined {
  const file = ['zones', 'provinces'].map((dir) => join(contentDir, dir, `${id}.yaml`)).find(existsSync);
  if (!file) return undefined;
  const data = (parse(readFileSync(file, 'utf8')) ?? {}) as { facts?: Item[]; status?: Item[]; sectors?: Item[]; tenants?: Item[] };
  const items = [...(data.facts ?? []), ...(data.status ?? []), ...(data.sectors ?? []), ...(data.tenants ?? [])];
  const bySlug = sourceDates(seedsDir);
  const dates = [...new Set(items.map((i) => i.source))].flatMap((slug) => (slug === undefined ? [] : (bySlug.get(slug) ?? [])));
  return {
    id,
    file: relative(process.cwd(), file),
    facts: (data.facts ?? []).map((f) => ({
      id: String(f.id),
      value: Number(f.value),
      unit: String(f.unit),
      asOf: f.asOf === undefined ? undefined : String(f.asOf),
      quote: String(f.quote ?? ''),
    })),
    dates: [...items.flatMap((i) => [i.asOf === undefined ? '' : String(i.asOf), String(i.quote ?? '')]), ...dates].filter(Boolean),
  };
}

export function formatNarrativeProblems(file: string, problems: readonly NarrativeProblem[]): string {
  return `${problems.length} problem(s) in a narrative; nothing was published:\n${problems.map((p) => `  - ${file}:${p.line}:${p.column}: ${p.problem}. Fix: ${p.fix}`).join('\n')}`;
}

/**
 * The check of one narrative file: its owner and language from its path (<content>/narratives/<owner>/<lang>.mdx),
 * the owner's facts from the content folder the file lives in (Astro's content cache may hand over an entry read
 * from another CONTENT_DIR with the same text), its sibling in the other language.
 */
export function narrativeProblems(options: NarrativeOptions, path: string, tree: Root): { owner: string; problems: NarrativeProblem[] } | undefined {
  const file = resolve(path);
  const [folder, id, name] = file.split(/[\\/]/).slice(-3);
  if (folder !== 'narratives' || !id || !name?.endsWith('.mdx')) return undefined; // not a narrative
  const contentDir = dirname(dirname(dirname(file)));
  const lang = name.replace(/\.mdx$/, '') as NarrativeLang;
  if (!LANGS.includes(lang))
    return { owner: id, problems: [{ line: 1, column: 1, problem: 'is not named vi.mdx or en.mdx', fix: 'rename it to vi.mdx or en.mdx' }] };
  const owner = readOwner(contentDir, options.seedsDir, id);
  if (!owner)
    return {
      owner: id,
      problems: [
        {
          line: 1,
          column: 1,
          problem: `its folder "${id}" names no zone or province`,
          fix: `rename the folder after a file in zones/ or provinces/ of ${relative(process.cwd(), contentDir)}`,
        },
      ],
    };
  const other = LANGS.find((l) => l !== lang)!;
  const siblingPath = join(dirname(file), `${other}.mdx`);
  const siblingFile = relative(process.cwd(), siblingPath);
  if (!existsSync(siblingPath))
    return {
      owner: id,
      problems: [
        {
          line: 1,
          column: 1,
          problem: `has no ${other === 'en' ? 'English' : 'Vietnamese'} counterpart (${siblingFile})`,
          fix: `write ${siblingFile} citing the same facts`,
        },
      ],
    };
  const sibling = { file: siblingFile, cites: citedFacts(parseMdx(readFileSync(siblingPath, 'utf8'))) };
  return { owner: id, problems: checkNarrative(tree, lang, owner, sibling) };
}

export default function remarkNarrative(options: NarrativeOptions) {
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const result = narrativeProblems(options, file.path, tree);
    if (!result) return;
    if (result.problems.length > 0) {
      const error = new Error(formatNarrativeProblems(relative(process.cwd(), file.path), result.problems));
      error.stack = error.message; // the message says everything; a stack into the MDX compiler would bury it
      throw error;
    }
    // Each narrative component learns its owner here, so the author never types it.
    const visit = (node: Root | Root['children'][number]) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (NARRATIVE_COMPONENTS as readonly string[]).includes(node.name ?? ''))
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'owner', value: result.owner });
      if ('children' in node) for (const child of node.children) visit(child as Root['children'][number]);
    };
    visit(tree);
  };
}
