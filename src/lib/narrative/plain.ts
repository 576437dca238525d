/**
 * A narrative's first paragraph as plain text, with each component replaced by what it renders: the lead an owner's
 * share description, search entry and structured data use. Pure.
 */
import { normalizeSpace } from '../text.ts';
import type { NarrativeBlock, NarrativeComponent, NarrativeInline, NarrativeTree } from './tree.ts';

/** What a component reads as in plain text. */
export type ComponentText = (component: NarrativeComponent) => string;

function text(node: NarrativeInline, component: ComponentText): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((c) => text(c, component)).join('');
  if (node.type === 'break') return '\n';
  return component(node);
}

export function firstParagraph(tree: NarrativeTree, component: ComponentText): string {
  const first = tree.find((n): n is Extract<NarrativeBlock, { type: 'paragraph' }> => n.type === 'paragraph');
  return first ? normalizeSpace(first.children.map((c) => text(c, component)).join('')) : '';
}
