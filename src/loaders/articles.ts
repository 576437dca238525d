import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { composeArticle } from '../lib/article/compose.ts';
import type { Article } from '../schemas/article.ts';
import { InputError } from '../lib/article/errors.ts';
import { METADATA_FILE, parseMetadata, type MetadataEntry } from '../lib/article/metadata.ts';

/** The fix for a file in seeds/ that the build would not read: the name it should have, when that is clear. */
function renameFix(name: string): string {
  if (/^metadata\.ya?ml$/iu.test(name)) return 'rename it to metadata.yaml, the one metadata file the build reads';
  if (/\.te?xt$/iu.test(name)) return `rename it to ${name.replace(/\.te?xt$/iu, '.txt')}`;
  return 'rename it to `.txt` if it is an article, or move it out of seeds/';
}

/** Throws unless `seedsDir` is a folder. */
function checkFolder(seedsDir: string): void {
  if (!existsSync(seedsDir)) {
    throw new InputError('seeds/', 'folder', `does not exist (SEEDS_DIR=${seedsDir})`, 'create it and put the article .txt files in it');
  }
  if (!statSync(seedsDir).isDirectory()) {
    throw new InputError('seeds/', 'folder', `is a file, not a folder (SEEDS_DIR=${seedsDir})`, 'point SEEDS_DIR at the folder of article .txt files');
  }
}

/**
 * The article files of the seeds folder, sorted, each by its NFC name (how metadata.yaml and messages name it)
 * with the name it has on disk (macOS writes names in NFD). Anything else in the folder would be silently
 * skipped, so it is refused: other extensions, sub-folders, two names a reader cannot tell apart, no article.
 */
function listArticles(seedsDir: string): Map<string, string> {
  checkFolder(seedsDir);
  const files = new Map<string, string>();
  const byFolded = new Map<string, string>();
  for (const disk of readdirSync(seedsDir)) {
    const name = disk.normalize('NFC');
    // Dot-files (.DS_Store, .gitkeep) are the system's or git's, never articles.
    if (name.startsWith('.') || name === 'metadata.yaml') continue;
    if (statSync(join(seedsDir, disk)).isDirectory()) {
      throw new InputError(
        `seeds/${name}/`,
        'folder',
        'is a folder: articles are read from seeds/ itself, not from sub-folders',
        'move its .txt files into seeds/, or move the folder out of seeds/',
      );
    }
    if (!name.endsWith('.txt')) {
      throw new InputError(`seeds/${name}`, 'file name', 'is neither an article (.txt) nor metadata.yaml, so the build would skip it', renameFix(name));
    }
    // Names equal but for case or NFC/NFD are one file on macOS (and, for case, on Windows) and look the same.
    const twin = byFolded.get(name.toLowerCase());
    if (twin !== undefined) {
      const [first, second] = [twin, name].sort() as [string, string];
      throw new InputError(
        `seeds/${second}`,
        'file name',
        first === second ? 'is there twice, the name written in two Unicode forms (NFC and NFD)' : `differs from seeds/${first} only in letter case`,
        'keep one of the two files: delete or rename the other',
      );
    }
    byFolded.set(name.toLowerCase(), name);
    files.set(name, disk);
  }
  if (files.size === 0) {
    throw new InputError(
      'seeds/',
      'folder',
      `holds no article .txt file (SEEDS_DIR=${seedsDir})`,
      'put the article .txt files in it (see docs/add-an-article.md)',
    );
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The entries of seeds/metadata.yaml, each naming one of `files`. */
function readMetadata(seedsDir: string, files: ReadonlyMap<string, string>): Map<string, MetadataEntry> {
  const path = join(seedsDir, 'metadata.yaml');
  if (!existsSync(path)) {
    throw new InputError(
      METADATA_FILE,
      'file',
      'does not exist, so no article has its slug, date or English summary',
      'create it with an entry per article file (see docs/add-an-article.md); if it was deleted by mistake, `git checkout -- seeds/metadata.yaml` restores it',
    );
  }
  const metadata = parseMetadata(readFileSync(path, 'utf8'));
  for (const name of metadata.keys()) {
    if (files.has(name)) continue;
    const near = [...files.keys()].find((f) => f.toLowerCase() === name.toLowerCase());
    throw new InputError(
      METADATA_FILE,
      name,
      near ? `names a file that is not in seeds/ (seeds/${near} differs in letter case)` : 'names a file that is not in seeds/',
      near ? `rename the entry to ${near}` : 'rename the entry to match the .txt file, or remove it',
    );
  }
  return metadata;
}

/** Reads every seed file and its metadata; throws on the first unusable file. */
export function loadArticles(seedsDir: string): { articles: Article[]; warnings: string[] } {
  const files = listArticles(seedsDir);
  const metadata = readMetadata(seedsDir, files);
  const articles: Article[] = [];
  const warnings: string[] = [];
  const bySlug = new Map<string, string>();
  for (const [file, disk] of files) {
    const article = composeArticle(`seeds/${file}`, readFileSync(join(seedsDir, disk)), metadata.get(file));
    const clash = bySlug.get(article.slug);
    if (clash) {
      throw new InputError(
        `seeds/${file}`,
        'slug',
        `"${article.slug}" is already the slug of ${clash}`,
        `give one of them a different \`slug\` in ${METADATA_FILE}`,
      );
    }
    bySlug.set(article.slug, `seeds/${file}`);
    if (article.missing.length > 0) {
      warnings.push(`seeds/${file}: still to add in ${METADATA_FILE}: ${article.missing.join(', ')}`);
    }
    articles.push(article);
  }
  return { articles, warnings };
}

/** The `articles` collection: the seed files of `seedsDir` (config SEEDS_DIR), cleaned, with their metadata. */
export function articlesLoader(seedsDir: string): Loader {
  return {
    name: 'zone-briefs-articles',
    load: async ({ store, logger, parseData, generateDigest, watcher }) => {
      const dir = resolve(seedsDir);
      watcher?.add(dir);
      const { articles, warnings } = loadArticles(dir);
      for (const warning of warnings) logger.warn(warning);
      store.clear();
      for (const article of articles) {
        const data = await parseData({ id: article.slug, data: { ...article } });
        store.set({ id: article.slug, data, digest: generateDigest(article.text + JSON.stringify(data)) });
      }
      logger.info(`${articles.length} articles loaded from ${dir}`);
    },
  };
}
