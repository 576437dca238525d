import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { TREE_VERSION, parseNarrative, type NarrativeTree } from '../lib/narrative/tree.ts';
import { SiteDataError, narrativeProblem, type Problem } from '../lib/verify.ts';

/** The narrative files under `dir`: `<owner>/<lang>.mdx`, with id `<owner>/<lang>`, in a stable order. */
export function narrativeFiles(dir: string): { id: string; path: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ id: name.slice(0, -'.mdx'.length).split(sep).join('/').normalize('NFC'), path: join(dir, name) }));
}

/** One narrative file's tree, or its problems (file:line:column) when it holds what a narrative cannot. */
export function narrativeOfFile(source: string, file: string): { tree: NarrativeTree; problems: Problem[] } {
  const { tree, problems } = parseNarrative(source);
  return { tree, problems: problems.map((p) => narrativeProblem(file, p)) };
}

/**
 * The narratives, parsed here rather than compiled by MDX: each file once into the small tree the site renders
 * (src/lib/narrative/tree.ts), kept in the content store with a digest of its text, so a warm build parses only the
 * files that changed (compiling each as a Vite module cost about 8 ms a narrative on every build). What a narrative
 * says is checked against its owner's facts by verifySite, with the rest of the content.
 */
export function narrativesLoader(dir: string): Loader {
  return {
    name: 'zone-briefs-narratives',
    load: async ({ store, config, generateDigest, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const base = resolve(root, dir);
      const sync = () => {
        const problems: Problem[] = [];
        const found = new Set<string>();
        for (const { id, path } of narrativeFiles(base)) {
          found.add(id);
          const filePath = relative(root, path);
          const source = readFileSync(path, 'utf8');
          const digest = generateDigest(`${TREE_VERSION}\0${source}`);
          const cached = store.get(id);
          if (cached?.digest === digest && cached.filePath === filePath) continue;
          const { tree, problems: mine } = narrativeOfFile(source, filePath);
          problems.push(...mine);
          if (mine.length === 0) store.set({ id, data: { tree }, filePath, digest });
        }
        for (const id of store.keys()) if (!found.has(id)) store.delete(id);
        if (problems.length > 0) throw new SiteDataError(problems);
      };
      sync();
      // `astro dev`: an edited narrative is parsed again (and a bad one reported) as it is saved.
      watcher?.add(base);
      const onChange = (path: string) => {
        if (!path.startsWith(base) || !path.endsWith('.mdx')) return;
        try {
          sync();
          logger.info(`Reloaded ${relative(root, path)}`);
        } catch (error) {
          logger.error((error as Error).message);
        }
      };
      for (const event of ['add', 'change', 'unlink']) watcher?.on(event, onChange);
    },
  };
}
