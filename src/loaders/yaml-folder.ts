import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { InputError } from '../lib/article/errors.ts';
import { slugify } from '../lib/slug.ts';
import { parseYaml } from './yaml.ts';

const ENTRY = /^[a-z0-9]+(-[a-z0-9]+)*\.yaml$/;

/**
 * A folder of one-entry YAML files (zones, provinces), each named after its URL slug. Astro's glob() would skip a
 * `.yml` file without a word and read `Cam-Giang.yaml` or `cam-giang copy.yaml` as one more zone: every file that
 * is not `<slug>.yaml` is refused by name, and a YAML syntax error is reported with its file and line.
 */
function checkYamlFolder(dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new InputError(dir, '(folder)', 'does not exist', 'create it with one <slug>.yaml file per entry, or point CONTENT_DIR at the content folder');
  }
  const names = readdirSync(dir).map((name) => name.normalize('NFC'));
  const slugs = new Set(names.filter((name) => ENTRY.test(name)).map((name) => name.slice(0, -'.yaml'.length)));
  for (const name of names) {
    const file = join(dir, name);
    if (name.startsWith('.')) continue; // editor and OS files (.DS_Store, swap files) are not content
    if (statSync(file).isDirectory())
      throw new InputError(file, '(file name)', 'is a folder inside a content folder', 'move it out; each entry is one .yaml file');
    if (!ENTRY.test(name)) {
      const stem = name.replace(/\.(ya?ml|txt|json)$/i, '');
      const slug = slugify(stem.replace(/\s*\bcopy\b.*$/i, ''));
      const problem = /\.yml$/i.test(name)
        ? 'ends in .yml, so it would not be read'
        : 'is not named <lowercase-slug>.yaml, so it would be published as another entry (or skipped)';
      const fix = slugs.has(slug)
        ? `it looks like a copy of ${slug}.yaml: remove it, or merge what it adds into ${slug}.yaml`
        : `rename it to ${slug || 'a-slug'}.yaml (the file name is the page's URL)`;
      throw new InputError(file, '(file name)', problem, fix);
    }
  }
}

/** Names the file, line and column of a YAML syntax error (parsing every file up front cost 5 s at 1,000 zones). */
function findYamlError(dir: string): void {
  for (const name of readdirSync(dir).map((n) => n.normalize('NFC'))) if (ENTRY.test(name)) parseYaml(join(dir, name), readFileSync(join(dir, name), 'utf8'));
}

/** glob() over `<dir>/*.yaml`, after checkYamlFolder(); a file glob() cannot parse is named with its line by findYamlError(). */
export function yamlFolderLoader(dir: string): Loader {
  const files = glob({ pattern: '*.yaml', base: dir });
  return {
    name: 'zone-briefs-yaml-folder',
    load: async (context) => {
      checkYamlFolder(dir);
      try {
        await files.load(context);
      } catch (error) {
        findYamlError(dir);
        throw error;
      }
    },
  };
}
