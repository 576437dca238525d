import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` tests pure modules on real inputs (seed articles, content files); `site` tests the built
 * site (build checks, links, HTML validity, browser). The site is built once per run by tests/setup/build.ts.
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/setup/plain-summary.ts'],
    projects: [
      {
        // The schemas import astro:content (for reference()); outside a build a small stand-in provides it.
        resolve: { alias: { 'astro:content': fileURLToPath(new URL('./src/schemas/astro-content.ts', import.meta.url)) } },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/og/**/*.test.ts', 'tests/extract/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/build.ts'],
          testTimeout: 180_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
