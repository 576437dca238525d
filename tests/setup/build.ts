import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { cleanEnv } from '../site/lib/build.ts';

/**
 * Builds the real site once per test run into dist-test/ and hands its path to the site tests.
 * TEST_DIST=<folder> reuses an existing build instead (e.g. while iterating on a test).
 */
export default function setup(project: TestProject): void {
  const reuse = process.env.TEST_DIST;
  const dist = resolve(reuse ?? 'dist-test');
  if (!reuse || !existsSync(dist)) {
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...cleanEnv(), OUT_DIR: dist, ASTRO_CACHE_DIR: resolve('.cache/test-builds/cache-main'), ASTRO_TELEMETRY_DISABLED: '1' },
    });
  }
  project.provide('dist', dist);
}

declare module 'vitest' {
  export interface ProvidedContext {
    dist: string;
  }
}
