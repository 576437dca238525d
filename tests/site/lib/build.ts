import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../scripts/lib/astro-build.ts';

export { buildSite, cleanEnv, ROOT, runBuild } from '../../../scripts/lib/astro-build.ts';

/**
 * A fresh folder for a test build under .cache/test-builds/ (git-ignored); `cleanup()` removes it unless KEEP_TMP
 * is set. Inside the project on purpose: for an outDir outside the project Astro writes its prerender chunks to
 * the shared .astro/.prerender/, where builds running at the same time overwrite each other's.
 */
export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  mkdirSync(join(ROOT, '.cache/test-builds'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.cache/test-builds', `${prefix}-`));
  return { dir, cleanup: () => (process.env.KEEP_TMP ? undefined : rmSync(dir, { recursive: true, force: true })) };
}
