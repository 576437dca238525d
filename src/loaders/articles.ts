import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { composeArticle, type Article } from '../lib/article/compose.ts';
import { InputError } from '../lib/article/errors.ts';
import { METADATA_FILE, parseMetadata } from '../lib/article/metadata.ts';

/** Reads every seed file and its metadata; throws on the first unusable file. */
export function loadArticles(seedsDir: string): { articles: Article[]; warnings: string[] } {
  const metaPath = join(seedsDir, 'metadata.yaml');
  const metadata = existsSync(metaPath) ? parseMetadata(readFileSync(metaPath, 'utf8')) : new Map();
  const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
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
      throw new InputError(`seeds/${file}`, 'slug', `"${article.slug}" is already the slug of ${clash}`, `give one of them a different \`slug\` in ${METADATA_FILE}`);
    }
    bySlug.set(article.slug, `seeds/${file}`);
    if (article.missing.length > 0) {
      warnings.push(`seeds/${file}: still to add in ${METADATA_FILE}: ${article.missing.join(', ')}`);
    }
    articles.push(article);
  }
  return { articles, warnings };
}

/** The `articles` collection: the seed files, cleaned, with their metadata. `SEEDS_DIR` overrides the folder (tests). */
export function articlesLoader(): Loader {
  return {
    name: 'zone-briefs-articles',
    load: async ({ store, logger, parseData, generateDigest, watcher }) => {
      const seedsDir = resolve(process.env.SEEDS_DIR ?? 'seeds');
      watcher?.add(seedsDir);
      const { articles, warnings } = loadArticles(seedsDir);
      for (const warning of warnings) logger.warn(warning);
      store.clear();
      for (const article of articles) {
        const data = await parseData({ id: article.slug, data: { ...article } });
        store.set({ id: article.slug, data, digest: generateDigest(article.text + JSON.stringify(data)) });
      }
      logger.info(`${articles.length} articles loaded from ${seedsDir}`);
    },
  };
}
