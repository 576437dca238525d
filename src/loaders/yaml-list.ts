import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { InputError } from '../lib/article/errors.ts';
import { parseYaml } from './yaml.ts';

/**
 * The entries of a YAML list with `id`s (sectors, glossary). Unlike Astro's file() loader, which only warns and
 * keeps the last of two entries with one id, a duplicate or missing id stops the build. Pure: text in, entries out.
 */
export function parseYamlList(file: string, source: string): { id: string; data: Record<string, unknown> }[] {
  const list = parseYaml(file, source);
  if (!Array.isArray(list)) throw new InputError(file, '(root)', 'must be a YAML list of entries', 'start each entry with `- id: …`');
  const seen = new Set<string>();
  return list.map((item: unknown, i) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      throw new InputError(
        file,
        `[${i}].id`,
        `missing or not a lowercase ASCII slug (${JSON.stringify(id)})`,
        'give the entry an `id:` such as `wood-processing`',
      );
    }
    if (seen.has(id)) throw new InputError(file, `[${i}].id`, `duplicate id "${id}"`, 'give each entry its own id (the id is its URL slug)');
    seen.add(id);
    const { id: _, ...data } = item as Record<string, unknown>;
    return { id, data };
  });
}

/** A collection from one YAML list file; each entry names the file as Astro's own loaders do (relative to the root). */
export function yamlListLoader(path: string): Loader {
  return {
    name: 'zone-briefs-yaml-list',
    load: async ({ store, parseData, generateDigest, watcher, config }) => {
      watcher?.add(path);
      const filePath = relative(fileURLToPath(config.root), resolve(path));
      if (!existsSync(path))
        throw new InputError(path, '(file)', 'does not exist', 'create it as a YAML list (`- id: …`), or point CONTENT_DIR at the content folder');
      const entries = parseYamlList(path, readFileSync(path, 'utf8'));
      store.clear();
      for (const { id, data: raw } of entries) {
        const data = await parseData({ id, data: raw });
        store.set({ id, data, digest: generateDigest(data), filePath });
      }
    },
  };
}
