import type { AstroIntegration } from 'astro';
import { DEFAULT_SITE } from '../config.ts';

/** A loud one-line warning on every build that would publish the placeholder address in its absolute URLs. */
export function placeholderSiteWarning(site: string): AstroIntegration {
  return {
    name: 'zone-briefs:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (new URL(site).href === new URL(DEFAULT_SITE).href) {
          logger.warn(
            `SITE_URL is not set: canonical links, og:image, the sitemap and the printed QR codes point to the placeholder ${DEFAULT_SITE}. Fix: SITE_URL=https://your.domain npm run build`,
          );
        }
      },
    },
  };
}
