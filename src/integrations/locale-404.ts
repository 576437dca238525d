import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Static hosts look for a per-folder `404.html` (Netlify, Cloudflare Pages, nginx `error_page`), but Astro's
 * directory format writes `[lang]/404.astro` as `vi/404/index.html`. Move each to `vi/404.html`.
 */
export function locale404(locales: readonly string[]): AstroIntegration {
  return {
    name: 'zone-briefs:locale-404',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        for (const lang of locales) {
          const from = `${root}${lang}/404/index.html`;
          if (!existsSync(from)) continue;
          renameSync(from, `${root}${lang}/404.html`);
          rmdirSync(`${root}${lang}/404`);
          logger.info(`${lang}/404.html`);
        }
      },
    },
  };
}
