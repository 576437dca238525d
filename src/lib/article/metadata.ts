import { parse } from 'yaml';
import { metadataEntry, type MetadataEntry } from '../../schemas/article.ts';
import { InputError } from './errors.ts';

export type { MetadataEntry };

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
      throw new InputError(
        file,
        `${name}.${issue.path.join('.') || '(entry)'}`,
        issue.message,
        'correct the field as described (see the comment at the top of the file)',
      );
    }
    entries.set(name, result.data);
  }
  return entries;
}
