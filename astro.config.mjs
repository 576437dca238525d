// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { config } from './src/config.ts';
import { LOCALES, DEFAULT_LOCALE } from './src/i18n/locales.ts';
import { locale404 } from './src/integrations/locale-404.ts';

/** Deployment is configured by environment alone: see src/config.ts for every variable and its default. */
export default defineConfig({
  site: config.site,
  base: config.base,
  outDir: config.outDir,
  cacheDir: config.astroCacheDir,
  trailingSlash: 'always',
  // External CSS only: the Content-Security-Policy in public/_headers allows no inline styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // The sitemap is written from the route list (src/pages/sitemap-*.ts), not by an integration.
  integrations: [mdx(), locale404(LOCALES)],
  // External scripts only, for the same policy: Astro would inline a small bundled script.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
