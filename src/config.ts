/**
 * The one configuration of the build: read from the environment once, checked by a zod schema, imported by
 * astro.config.mjs, the loaders, the OG renderer and the tests. Nothing else in src/ reads `process.env`.
 */
import { z } from 'astro/zod';

/** The languages of the site, in the order pages list them; Vietnamese (the sources' language) is the default. */
export const LOCALE_TABLE = {
  vi: {
    /** BCP 47 tag for Intl and `<html lang>`. */
    tag: 'vi-VN',
    /** Open Graph locale name. */
    og: 'vi_VN',
  },
  en: { tag: 'en-US', og: 'en_US' },
} as const;
export type Locale = keyof typeof LOCALE_TABLE;
export const DEFAULT_LOCALE: Locale = 'vi';

/** The address used when SITE_URL is not set: a placeholder, fine for local builds and tests only. */
export const DEFAULT_SITE = 'https://zone-briefs.example.org';

const folder = (name: string) => z.string().trim().min(1, `${name} is empty: give a folder path or leave it unset`);

/** Each field, the environment variable it is read from, and what it means. */
const configSchema = z.object({
  /** SITE_URL: absolute origin the site is served from; canonical, hreflang, og:url and og:image URLs use it. */
  site: z.url({ protocol: /^https?$/, error: 'SITE_URL must be an absolute http(s) address such as https://example.org' }).default(DEFAULT_SITE),
  /** BASE_PATH: sub-path the site is served under ("/zone-briefs/" for a GitHub Pages project site); always ends in "/". */
  base: z
    .string()
    .regex(/^\//, 'BASE_PATH must start with "/" (e.g. /zone-briefs/)')
    .default('/')
    .transform((base) => base.replace(/\/?$/, '/')),
  /** OUT_DIR: the build output folder. */
  outDir: folder('OUT_DIR').default('dist'),
  /** CONTENT_DIR: the content collections (zones, provinces, sectors, glossary); the tests point it at fixtures. */
  contentDir: folder('CONTENT_DIR')
    .default('src/content')
    .transform((dir) => dir.replace(/\/$/, '')),
  /** SEEDS_DIR: the source articles and their metadata.yaml. */
  seedsDir: folder('SEEDS_DIR').default('seeds'),
  /** ASTRO_CACHE_DIR: Astro's own cache; builds running at the same time need separate ones. */
  astroCacheDir: folder('ASTRO_CACHE_DIR').default('./node_modules/.astro'),
  /** OG_CACHE_DIR: the content-addressed cache of what the build generates besides pages: OG images, QR files (qr/), the search index (pagefind/). Safe to delete. */
  ogCacheDir: folder('OG_CACHE_DIR').default('.cache/og'),
  /** PUBLISHER: who publishes the site, named in every page's footer. */
  publisher: z.string().trim().min(1, 'PUBLISHER is empty: name who publishes the site, or leave it unset').default('Zone Briefs'),
});
export type Config = z.output<typeof configSchema>;

/** Which environment variable sets which field. */
const ENV: Record<keyof Config, string> = {
  site: 'SITE_URL',
  base: 'BASE_PATH',
  outDir: 'OUT_DIR',
  contentDir: 'CONTENT_DIR',
  seedsDir: 'SEEDS_DIR',
  astroCacheDir: 'ASTRO_CACHE_DIR',
  ogCacheDir: 'OG_CACHE_DIR',
  publisher: 'PUBLISHER',
};

/** The configuration a given environment gives (pure: the tests use it to know how a build was made). */
export function readConfig(env: Record<string, string | undefined>): Config {
  const raw = Object.fromEntries(Object.entries(ENV).map(([field, name]) => [field, env[name] === '' ? undefined : env[name]]));
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${ENV[issue.path[0] as keyof Config]}=${JSON.stringify(raw[String(issue.path[0])])}: ${issue.message}`);
    throw new Error(`The build configuration is invalid:\n  - ${lines.join('\n  - ')}`);
  }
  return result.data;
}

export const config: Config = readConfig(process.env);
