// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { LOCALES, DEFAULT_LOCALE } from './src/i18n/locales.ts';
import { locale404 } from './src/integrations/locale-404.ts';

/**
 * Deployment is configured by environment alone:
 *   SITE_URL   absolute origin the site is served from (canonical and og:image URLs need it)
 *   BASE_PATH  sub-path, e.g. /zone-briefs (default /)
 *   OUT_DIR    build output folder (default dist)
 *   ASTRO_CACHE_DIR  Astro's cache (default node_modules/.astro); separate builds running at once need separate ones
 */
const site = process.env.SITE_URL ?? 'https://zone-briefs.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? 'dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // External CSS only: the Content-Security-Policy in public/_headers allows no inline styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: { vi: 'vi-VN', en: 'en-US' } },
      // The language chooser and the 404 pages are not content to index.
      filter: (page) => !/\/404\/?$/.test(page) && new URL(page).pathname !== new URL(base, site).pathname,
    }),
    locale404(LOCALES),
  ],
  // External scripts only, for the same policy: Astro would inline a small bundled script.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
