import { z } from 'astro/zod';
import type { NarrativeTree } from '../lib/narrative/tree.ts';
import { strictObject } from './bilingual.ts';

/**
 * A zone's or province's overview in one language: src/content/narratives/<owner id>/<vi|en>.mdx. Everything it
 * says is its text, which the narratives loader (src/loaders/narratives.ts) parses into `tree` and the content
 * checks hold against the owner's facts; a file with front matter is refused, so a summary typed there is not
 * published unchecked.
 */
export const narrativeSchema = strictObject({ tree: z.custom<NarrativeTree>((tree) => Array.isArray(tree)) });
