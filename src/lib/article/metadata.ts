import { z } from 'astro/zod';
import { parse } from 'yaml';
import { InputError } from './errors.ts';

const bilingual = z.object({ vi: z.string().trim().min(1), en: z.string().trim().min(1) }).strict();

/** One entry of seeds/metadata.yaml: what cannot be read off the article text. */
export const metadataEntry = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase ASCII words joined by hyphens').optional(),
    title: z.string().trim().min(1).optional(),
    titleSource: z.enum(['page', 'editor']).optional(),
    publisher: z.string().trim().min(1).optional(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD').optional(),
    period: z.string().regex(/^\d{4}\/\d{4}$/, 'use YYYY/YYYY').optional(),
    dateInferred: z.boolean().optional(),
    dateBasis: bilingual.optional(),
    byline: z.string().trim().min(1).optional(),
    url: z.url({ protocol: /^https?$/, error: 'use an http(s) address of the original page' }).optional(),
    en: z.object({ title: z.string().trim().min(1), summary: z.string().trim().min(1).optional() }).strict().optional(),
  })
  .strict();
export type MetadataEntry = z.infer<typeof metadataEntry>;

export const METADATA_FILE = 'seeds/metadata.yaml';

/** Parses the metadata file; every problem names the file, the entry and the field. */
export function parseMetadata(source: string, file = METADATA_FILE): Map<string, MetadataEntry> {
  let doc: unknown;
  try {
    doc = parse(source) ?? {};
  } catch (error) {
    throw new InputError(file, 'yaml', `cannot be parsed (${(error as Error).message.split('\n')[0]})`, 'fix the YAML syntax');
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new InputError(file, 'root', 'must map article file names to their metadata', 'write `000_name.txt:` followed by indented fields');
  }
  const entries = new Map<string, MetadataEntry>();
  for (const [name, value] of Object.entries(doc)) {
    const result = metadataEntry.safeParse(value ?? {});
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new InputError(file, `${name}.${issue.path.join('.') || '(entry)'}`, issue.message, 'correct the field as described (see the comment at the top of the file)');
    }
    entries.set(name, result.data);
  }
  return entries;
}
