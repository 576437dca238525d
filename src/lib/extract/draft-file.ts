/**
 * The draft as a YAML file a maintainer edits: drafts/<article>.yaml (git-ignored, never built). Each block says
 * how it was found and what is left to write; `confirmed: true` plus the English texts make it applicable.
 */
import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import { parseYaml } from '../../loaders/yaml.ts';
import type { Draft, FactBlock, MetadataBlock, ZoneBlock } from './draft.ts';

/** How the project's YAML files are written: one line per text, sequences not indented under their key. */
export const YAML_STYLE = { lineWidth: 0, indentSeq: false } as const;

/** A fact's fields in the order the content files use. */
const FACT_KEYS = ['id', 'metric', 'value', 'unit', 'qualifier', 'asOf', 'label', 'conflictGroup', 'source', 'topic', 'quote', 'asPrinted', 'note'] as const;

export function orderedFact(fact: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(FACT_KEYS.filter((k) => fact[k] !== undefined).map((k) => [k, fact[k]]));
}

const HEADER = ` Draft of what this article adds to the site. Never built: nothing here is published until you apply it.
 For each block you want published: check it against the article, correct what is wrong, write every empty
 \`en\` text (and any other empty text), then set \`confirmed: true\`. Delete blocks you do not want.
 Then run:  npm run extract -- --apply <this file>
 Applied blocks leave this file; the rest stay for later. owner "?" must be decided first.`;

/** Marks an empty scalar "to write". */
function markEmpty(node: unknown, note: string): void {
  if (isMap(node) || isSeq(node)) for (const item of node.items) markEmpty(isMap(node) ? (item as { value: unknown }).value : item, note);
  else if (isScalar(node) && node.value === '') node.comment = ` ${note}`;
}

export function renderDraft(draft: Draft): string {
  const data = {
    article: draft.article,
    slug: draft.slug,
    notes: draft.notes,
    alreadyCited: draft.alreadyCited,
    metadata: draft.metadata,
    zones: draft.zones,
    facts: draft.facts.map((b) => ({ ...b, fact: orderedFact(b.fact) })),
  };
  const doc = new Document(data);
  doc.commentBefore = HEADER;
  const seq = (key: string) => doc.get(key, true) as { items: Node[] } | undefined;
  (doc.get('metadata', true) as Node).commentBefore = ' The metadata entry, added to metadata.yaml (next to the article) when confirmed.';
  markEmpty(doc.getIn(['metadata', 'entry'], true), 'TO WRITE');
  seq('zones')?.items.forEach((item, i) => {
    const z = draft.zones[i]!;
    item.commentBefore = ` New ${z.zone.kind} ${z.zone.shortName.vi} → zones/${z.id}.yaml`;
    markEmpty(doc.getIn(['zones', i, 'zone'], true), 'TO WRITE');
  });
  seq('facts')?.items.forEach((item, i) => {
    const b = draft.facts[i]!;
    item.commentBefore = ` ${b.fact.value} ${b.fact.unit} → ${b.owner}${b.conflict ? ` · conflict with ${b.conflict.others.map((o) => `${o.value} ${o.unit} (${o.source})`).join(', ')}` : ''}`;
    markEmpty(doc.getIn(['facts', i, 'fact'], true), 'TO WRITE');
  });
  return doc.toString(YAML_STYLE);
}

export interface DraftFile {
  article: string;
  slug: string;
  notes?: string[];
  metadata?: MetadataBlock;
  zones?: ZoneBlock[];
  facts?: FactBlock[];
}

/** The draft's data; a YAML mistake made while editing it names the file, line and column (InputError). */
export function parseDraft(file: string, text: string): DraftFile {
  return parseYaml(file, text) as DraftFile;
}
