import { strictObject } from './bilingual.ts';

/**
 * A zone's or province's overview in one language: src/content/narratives/<owner id>/<vi|en>.mdx. Everything it
 * says is its MDX body, checked by the narrative remark plugin (src/lib/narrative/remark.ts); the front matter
 * carries nothing, so a summary typed there is refused instead of published unchecked.
 */
export const narrativeSchema = strictObject({});
