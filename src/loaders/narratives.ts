import { resolve } from 'node:path';
import { glob, type Loader } from 'astro/loaders';

/**
 * The narratives: glob() over `<dir>/<owner>/<lang>.mdx`, emptied first when the folder changed since the last build.
 * Astro keeps a cached entry whose text is unchanged together with its old file path, so after a build with another
 * CONTENT_DIR a narrative would compile from the other folder, and the narrative check would read that folder's
 * facts and sibling file.
 */
export function narrativesLoader(dir: string): Loader {
  const files = glob({ pattern: '**/*.mdx', base: dir });
  return {
    name: 'zone-briefs-narratives',
    load: async (context) => {
      const base = resolve(dir);
      if (context.meta.get('base') !== base) {
        context.store.clear();
        context.meta.set('base', base);
      }
      await files.load(context);
    },
  };
}
