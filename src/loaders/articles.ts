import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { composeArticle } from '../lib/article/compose.ts';
import type { Article } from '../schemas/article.ts';
import { InputError } from '../lib/article/errors.ts';
import { METADATA_FILE, parseMetadata } from '../lib/article/metadata.ts';

/** Reads every seed file and its metadata; throws on the first unusable file. */
export function loadArticles(seedsDir: string): { articles: Article[]; warnings: string[] } {
  const metaPath = join(seedsDir, 'metadata.yaml');
  const metadata = existsSync(metaPath) ? parseMetadata(readFileSync(metaPath, 'utf8')) : new Map();
  const files = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (const name of metadata.keys()) {
    if (!files.includes(name)) {
      throw new InputError(METADATA_FILE, name, 'names a file that is not in seeds/', 'rename the entry to match the .txt file, or remove it');
    }
  }
  const articles: Article[] = [];
  const warnings: string[] = [];
  const bySlug = new Map<string, string>();
  for (const file of files) {
    const article = composeArticle(`seeds/${file}`, readFileSync(join(seedsDir, file)), metadata.get(file));
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
