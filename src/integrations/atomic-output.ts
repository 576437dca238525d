import { spawn } from 'node:child_process';
import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * A failed build never leaves a half site: Astro builds into a staging folder beside the output folder, and only
 * when every page, image, data file and post-build step is written does the staging folder replace the output
 * folder. Until then the output folder is exactly the last good build (or absent if there was none).
 */

/** The staging folder of an output folder: a hidden sibling, so that the final move is a rename on one disk. */
export function stagingDir(outDir: string): string {
  const out = resolve(outDir);
  return join(dirname(out), `.${basename(out)}.staging`);
}

/**
 * Removes a folder in a detached process, so that the build does not wait for thousands of old files to be deleted
 * (5 s for a 1,000-zone site on this machine). Each previous build gets its own folder name, so two never collide.
 */
function removeLater(dir: string): void {
  spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir], {
    detached: true,
    stdio: 'ignore',
  }).unref();
}

/** Replaces `outDir` with `staging` by renames; the previous build is kept aside until the new one is in place. */
export function publish(staging: string, outDir: string): void {
  const out = resolve(outDir);
  const previous = join(dirname(out), `.${basename(out)}.previous-${process.pid}-${Date.now()}`);
  if (existsSync(out)) renameSync(out, previous);
  try {
    renameSync(staging, out);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') {
      if (existsSync(previous)) renameSync(previous, out);
      throw error;
    }
    // Another disk (a mounted output folder): copy, then drop the staging copy.
    cpSync(staging, out, { recursive: true });
    rmSync(staging, { recursive: true, force: true });
  }
  if (existsSync(previous)) removeLater(previous);
}

/** Must be the last integration: it publishes after every other `astro:build:done` step has run. */
export function atomicOutput(outDir: string): AstroIntegration {
  return {
    name: 'zone-briefs:atomic-output',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        publish(fileURLToPath(dir), outDir);
        logger.info(`published to ${outDir}`);
      },
    },
  };
}
