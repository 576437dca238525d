import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../scripts/lib/astro-build.ts';

/**
 * Builds the real site once per test run into dist-test/ and hands its path to the site tests.
 * TEST_DIST=<folder> reuses an existing build instead (e.g. while iterating on a test).
 */
export default async function setup(project: TestProject): Promise<void> {
  // An empty TEST_DIST means none: resolve('') is the project folder itself, which the build would replace.
  const reuse = process.env.TEST_DIST || undefined;
  const dist = resolve(reuse ?? 'dist-test');
  if (!reuse || !existsSync(dist)) await buildSite({ outDir: dist, cacheDir: resolve('.cache/test-builds/cache-main'), echo: true });
  project.provide('dist', dist);
}

declare module 'vitest' {
  export interface ProvidedContext {
    dist: string;
  }
}
