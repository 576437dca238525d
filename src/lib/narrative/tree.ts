/**
 * A narrative's text (src/content/narratives/<owner>/<lang>.mdx) as the small tree the site renders: paragraphs of
 * text, emphasis, strong, links and line breaks, and the three narrative components with their attributes. The
 * narratives loader parses each file once with remark + remark-mdx and keeps this tree in the content store, so a
 * narrative is never compiled as a Vite module; src/components/NarrativeNodes.astro renders it, the checks
 * (check.ts) and the plain-text lead (plain.ts) read it. Anything else MDX would accept (import/export,
 * {expressions}, other JSX, headings, lists, code, images) is refused with its line, column and fix. Pure.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import remarkSmartypants from 'remark-smartypants';

/** Bump when the shape below changes: the loader keeps parsed trees between builds, keyed by text and this version. */
export const TREE_VERSION = 1;

/** The components a narrative may use; each gets its owner from the narrative's folder, never from the author. */
export const NARRATIVE_COMPONENTS = ['Fact', 'Missing', 'Count'] as const;
export const COUNTABLE = ['parks', 'clusters', 'articles'] as const;

/** Line and column (1-based) in the file, for messages. */
export type At = [line: number, column: number];

export type NarrativeComponent = { type: 'Fact'; id: string; at: At } | { type: 'Missing'; at: At } | { type: 'Count'; of: (typeof COUNTABLE)[number]; at: At };

export type NarrativeInline =
  /** `value` as written (what the checks and the plain-text lead read); `display` with typographic quotes, as shown. */
  | { type: 'text'; value: string; display: string; at: At }
  | { type: 'emphasis' | 'strong'; children: NarrativeInline[] }
  | { type: 'link'; url: string; title?: string; children: NarrativeInline[] }
  | { type: 'break' }
  | NarrativeComponent;

/** A block: a paragraph, or a component written on a line of its own. */
export type NarrativeBlock = { type: 'paragraph'; children: NarrativeInline[] } | NarrativeComponent;
export type NarrativeTree = NarrativeBlock[];

export interface NarrativeProblem {
  line: number;
  column: number;
  problem: string;
  fix: string;
}

const COMPONENTS_FIX = `write text with ${NARRATIVE_COMPONENTS.map((c) => `<${c} />`).join(', ')}`;

const EXPRESSION = { what: 'a {…} expression', fix: 'remove it, or write \\{ for a literal brace; a figure is <Fact id="…" />' };
const IMAGE = { what: 'an image', fix: 'remove it: a narrative is text' };
const INLINE_LINK = 'write the link inline: [text](https://…)';

/** What each construct MDX accepts but a narrative does not is, for the message, and how to write it instead. */
const UNSUPPORTED: Record<string, { what: string; fix: string }> = {
  mdxjsEsm: { what: 'an import or export', fix: 'remove it: the narrative components need no import' },
  mdxFlowExpression: EXPRESSION,
  mdxTextExpression: EXPRESSION,
  heading: { what: 'a heading', fix: 'remove it: the page gives the narrative its heading; write paragraphs' },
  thematicBreak: { what: 'a horizontal rule', fix: 'remove it; separate paragraphs with a blank line' },
  blockquote: { what: 'a block quote', fix: 'remove the `>`: quotes belong to the facts, which the page links to' },
  list: { what: 'a list', fix: 'write the items as sentences of a paragraph' },
  code: { what: 'a code block', fix: 'remove the indentation or the ``` fence: a narrative is paragraphs of prose' },
  inlineCode: { what: 'inline code', fix: 'remove the backticks' },
  image: IMAGE,
  imageReference: IMAGE,
  linkReference: { what: 'a reference-style link', fix: INLINE_LINK },
  definition: { what: 'a link definition', fix: INLINE_LINK },
  html: { what: 'raw HTML', fix: COMPONENTS_FIX },
};

const processor = remark().use(remarkMdx).use(remarkSmartypants);

const atOf = (node: { position?: { start: { line: number; column: number } } | undefined }): At => [
  node.position?.start.line ?? 1,
  node.position?.start.column ?? 1,
];

/** Parses a narrative's text: its tree, or the problems that stop the build (then the tree is incomplete). */
export function parseNarrative(source: string): { tree: NarrativeTree; problems: NarrativeProblem[] } {
  const problems: NarrativeProblem[] = [];
  if (/^---\r?\n/.test(source))
    return {
      tree: [],
      problems: [
        {
          line: 1,
          column: 1,
          problem: 'has front matter',
          fix: 'remove it: a narrative says everything in its text, and its owner and language come from its folder and file name',
        },
      ],
    };
  let mdast: Root;
  try {
    mdast = processor.parse(source);
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    return {
      tree: [],
      problems: [
        {
          line: e.line ?? 1,
          column: e.column ?? 1,
          problem: `is not valid MDX (${e.reason ?? e.message})`,
          fix: `${COMPONENTS_FIX}; a literal { or < in the text is written \\{ or \\<`,
        },
      ],
    };
  }
  const refuse = (node: RootContent, problem: string, fix: string) => {
    const [line, column] = atOf(node);
    problems.push({ line, column, problem, fix });
  };
  const unsupported = (node: RootContent) => {
    const known = UNSUPPORTED[node.type];
    refuse(node, `has ${known?.what ?? `a ${node.type}`}, which a narrative cannot hold`, known?.fix ?? COMPONENTS_FIX);
  };

  // Text nodes as written, paired with the tree's nodes: their typographic form is read after smartypants runs.
  const texts: [mdast: { value: string }, out: { display: string }][] = [];

  const component = (node: RootContent): NarrativeComponent | undefined => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
    const name = node.name ?? '';
    if (!(NARRATIVE_COMPONENTS as readonly string[]).includes(name)) {
      refuse(node, `<${name}> is not a narrative component`, `use ${NARRATIVE_COMPONENTS.map((c) => `<${c} />`).join(', ')}`);
      return undefined;
    }
    const allowed = name === 'Fact' ? ['id'] : name === 'Count' ? ['of'] : [];
    const attrs = new Map<string, string>();
    const before = problems.length;
    for (const a of node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
      if (a.type !== 'mdxJsxAttribute' || !allowed.includes(a.name))
        refuse(
          node,
          `<${name}> has the attribute ${a.type === 'mdxJsxAttribute' ? `"${a.name}"` : '{…}'}`,
          allowed.length ? `give it only ${allowed.map((n) => `${n}="…"`).join(' ')}` : `write <${name} /> alone`,
        );
      else if (typeof a.value !== 'string') refuse(node, `<${name}> has ${a.name}={…}`, `write ${a.name}="…" with the text in quotes`);
      else attrs.set(a.name, a.value);
    }
    if (node.children.length > 0) refuse(node, `<${name}> has content`, `write it self-closing: <${name} … />`);
    if (problems.length > before) return undefined;
    const at = atOf(node);
    if (name === 'Missing') return { type: 'Missing', at };
    if (name === 'Count') {
      const of = attrs.get('of') ?? '';
      if ((COUNTABLE as readonly string[]).includes(of)) return { type: 'Count', of: of as (typeof COUNTABLE)[number], at };
      refuse(node, '<Count /> needs of="parks", "clusters" or "articles"', 'write e.g. <Count of="clusters" />');
      return undefined;
    }
    const id = attrs.get('id');
    if (id) return { type: 'Fact', id, at };
    refuse(node, '<Fact /> has no id', 'write <Fact id="<fact id>" /> with the id of a fact of the owner');
    return undefined;
  };

  const inline = (nodes: readonly RootContent[]): NarrativeInline[] =>
    nodes.flatMap((node): NarrativeInline[] => {
      if (node.type === 'text') {
        const out = { type: 'text' as const, value: node.value, display: node.value, at: atOf(node) };
        texts.push([node, out]);
        return [out];
      }
      if (node.type === 'emphasis' || node.type === 'strong') return [{ type: node.type, children: inline(node.children) }];
      if (node.type === 'link') {
        // A link goes to a web page, a path of the site or an anchor: a javascript: or data: address would run or hide something.
        if (/^[a-z][a-z\d+.-]*:/i.test(node.url) && !/^(https?|mailto):/i.test(node.url))
          refuse(node, `the link address "${node.url}" is not a web address`, 'link to an https:// address, a path of the site or an #anchor');
        return [{ type: 'link', url: node.url, ...(node.title ? { title: node.title } : {}), children: inline(node.children) }];
      }
      if (node.type === 'break') return [{ type: 'break' }];
      const c = component(node);
      if (c) return [c];
      if (node.type !== 'mdxJsxTextElement') unsupported(node);
      return [];
    });

  const tree = mdast.children.flatMap((node): NarrativeBlock[] => {
    if (node.type === 'paragraph') return [{ type: 'paragraph', children: inline(node.children) }];
    const c = component(node);
    if (c) return [c];
    if (node.type !== 'mdxJsxFlowElement') unsupported(node);
    return [];
  });
  if (problems.length > 0) return { tree, problems: problems.sort((a, b) => a.line - b.line || a.column - b.column) };
  processor.runSync(mdast);
  for (const [node, out] of texts) out.display = node.value;
  return { tree, problems };
}

/** Every node of a tree, depth first, in reading order. */
export function* walk(nodes: readonly (NarrativeBlock | NarrativeInline)[]): Generator<NarrativeBlock | NarrativeInline> {
  for (const node of nodes) {
    yield node;
    if ('children' in node) yield* walk(node.children);
  }
}
