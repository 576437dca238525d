// @ts-check
import { defineConfig } from 'astro/config';
import { config } from './src/config.ts';
import { LOCALES, DEFAULT_LOCALE } from './src/i18n/locales.ts';
import { atomicOutput, stagingDir } from './src/integrations/atomic-output.ts';
import { generatedFiles } from './src/integrations/generated-files.ts';
import { locale404 } from './src/integrations/locale-404.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { placeholderSiteWarning } from './src/integrations/site-url.ts';

/** Deployment is configured by environment alone: see src/config.ts for every variable and its default. */
export default defineConfig({
  site: config.site,
  base: config.base,
  // Astro writes into a staging folder; atomicOutput() moves it to OUT_DIR only when the whole build succeeded.
  outDir: stagingDir(config.outDir),
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
  integrations: [
    placeholderSiteWarning(config.site),
    locale404(LOCALES),
    generatedFiles({ cacheDir: config.ogCacheDir }),
    pagefindIndex({ cacheDir: `${config.ogCacheDir}/pagefind` }),
    atomicOutput(config.outDir),
  ],
  // External scripts only, for the same policy: Astro would inline a small bundled script.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // A rebuild with no change reuses every page (src/data/site.ts gives each page its cacheKey).
  experimental: { incrementalBuild: true },
});
