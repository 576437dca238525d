import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder (where astro.config.mjs is). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface BuildResult {
  outDir: string;
  ms: number;
  output: string;
}

/**
 * Variables Vitest puts into process.env for the code under test. Passed on, BASE_URL would override Astro's
 * `base` (import.meta.env falls back to process.env) and NODE_ENV=test would build in test mode.
 */
const VITEST_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID'];

/** process.env without Vitest's additions, for child processes that must behave as from a shell. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of VITEST_ENV) delete env[key];
  return env;
}

/**
 * Runs `astro build` in a child process with its own OUT_DIR and ASTRO_CACHE_DIR (builds running at once must not
 * share Astro's cache). Rejects with the build's output when it fails.
 */
export function buildSite(outDir: string, cacheDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: ROOT,
      env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...env, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve({ outDir, ms: Date.now() - started, output });
      else {
        const message = output.split('\n').filter((line) => !/^\s+at /.test(line)).join('\n').slice(-6000);
        reject(Object.assign(new Error(`astro build (OUT_DIR=${outDir}) exited with ${code}:\n${message}`), { output }));
      }
    });
  });
}

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
