/**
 * A narrative's first paragraph as plain text, with each component replaced by what it renders: the lead an owner's
 * share description, search entry and structured data use. Pure.
 */
import type { Paragraph, RootContent } from 'mdast';
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import { normalizeSpace } from '../text.ts';
import { attribute } from './check.ts';

/** What a component reads as in plain text, from its name and attributes. */
export type ComponentText = (name: string, attrs: { id?: string | undefined; of?: string | undefined }) => string;

function text(node: RootContent, component: ComponentText): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement')
    return component(node.name ?? '', { id: attribute(node, 'id'), of: attribute(node, 'of') });
  if ('children' in node) return (node.children as RootContent[]).map((c) => text(c, component)).join('');
  return '';
}

export function firstParagraph(body: string, component: ComponentText): string {
  const tree = remark().use(remarkMdx).parse(body);
  const first = tree.children.find((n): n is Paragraph => n.type === 'paragraph');
  return first ? normalizeSpace(text(first, component)) : '';
}
