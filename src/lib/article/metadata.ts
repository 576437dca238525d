import { parse } from 'yaml';
import { metadataEntry, type MetadataEntry } from '../../schemas/article.ts';
import { InputError } from './errors.ts';

export type { MetadataEntry };

export const METADATA_FILE = 'seeds/metadata.yaml';

/** Every string of a parsed YAML value in NFC, so that names and titles compare equal however they were typed. */
function nfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(nfc);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.normalize('NFC'), nfc(v)]));
  return value;
}

/** Parses the metadata file; every problem names the file, the entry and the field. Names and strings come out NFC. */
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
  for (const [raw, value] of Object.entries(doc)) {
    const name = raw.normalize('NFC');
    if (entries.has(name)) {
      throw new InputError(file, name, 'has two entries (the same name written in two Unicode forms, NFC and NFD)', 'merge them into one entry');
    }
    const result = metadataEntry.safeParse(nfc(value ?? {}));
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
