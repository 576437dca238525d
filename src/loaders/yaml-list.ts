import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { InputError } from '../lib/article/errors.ts';

/**
 * A YAML list of entries with `id`s (sectors, glossary). Unlike Astro's file() loader, which only warns and
 * keeps the last of two entries with one id, a duplicate or missing id stops the build.
 */
export function yamlListLoader(path: string): Loader {
  return {
    name: 'zone-briefs-yaml-list',
    load: async ({ store, parseData, generateDigest, watcher, config }) => {
      watcher?.add(path);
      // Entries name their file as Astro's own loaders do: relative to the project root.
      const filePath = relative(fileURLToPath(config.root), resolve(path));
      const list: unknown = parse(readFileSync(path, 'utf8'));
      if (!Array.isArray(list)) throw new InputError(path, '(root)', 'must be a YAML list of entries', 'start each entry with `- id: …`');
      const seen = new Set<string>();
      store.clear();
      for (const [i, item] of list.entries()) {
        const id = (item as { id?: unknown } | null)?.id;
        if (typeof id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
          throw new InputError(path, `[${i}].id`, `missing or not a lowercase ASCII slug (${JSON.stringify(id)})`, 'give the entry an `id:` such as `wood-processing`');
        }
        if (seen.has(id)) throw new InputError(path, `[${i}].id`, `duplicate id "${id}"`, 'give each entry its own id (the id is its URL slug)');
        seen.add(id);
        const { id: _, ...rest } = item as Record<string, unknown>;
        const data = await parseData({ id, data: rest });
        store.set({ id, data, digest: generateDigest(data), filePath });
      }
    },
  };
}
