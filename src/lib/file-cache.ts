/**
 * A content-addressed file cache (OG images, QR codes): an entry is named by a hash of everything that decides its
 * bytes, written once via rename (safe for builds running at the same time), marked when a build uses it, removed
 * when no build has used it for CACHE_MAX_AGE_DAYS, and placed into the output by a hard link (a copy across disks),
 * so an unchanged file is neither redrawn nor read back.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { copyFile, link, mkdir, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * An installed package as `name@version`, for the fingerprints the caches are keyed by (a new engine redraws every
 * entry). Found from the package's entry point upwards: some packages' exports hide their package.json.
 */
export function packageVersion(name: string): string {
  for (let dir = dirname(fileURLToPath(import.meta.resolve(name))); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === name) return `${name}@${pkg.version}`;
  }
  throw new Error(`cannot find the package.json of ${name}, which a cache key names`);
}

/** Cache entries no build has used for this long are removed, so the cache stays the size of the site. */
export const CACHE_MAX_AGE_DAYS = 30;
const CACHE_MAX_AGE_MS = CACHE_MAX_AGE_DAYS * 24 * 3600 * 1000;

export async function writeAtomic(file: string, data: Uint8Array | string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file); // a concurrent build never sees half a file
}

/** Puts a cache entry at `out`: a hard link, or a copy where links cannot be made (another disk, a file system without them). */
export async function placeFile(cached: string, out: string): Promise<void> {
  try {
    await link(cached, out);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      await mkdir(dirname(out), { recursive: true });
      return placeFile(cached, out);
    }
    if (code === 'EEXIST') await rm(out, { force: true });
    else if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw error;
    await copyFile(cached, out);
  }
}

/** Marks entries as used by this build (their mtime), for pruning. */
export async function markUsed(files: Iterable<string>, now: Date): Promise<void> {
  await Promise.all([...new Set(files)].map((f) => utimes(f, now, now)));
}

/** Removes the entries of `cacheDir` matching `entry` (and only those) that no build has used for CACHE_MAX_AGE_DAYS. */
export async function pruneCache(cacheDir: string, entry: RegExp, now: Date): Promise<number> {
  if (!existsSync(cacheDir)) return 0;
  const before = now.getTime() - CACHE_MAX_AGE_MS;
  const stale = readdirSync(cacheDir).filter((f) => entry.test(f) && statSync(join(cacheDir, f)).mtimeMs < before);
  await Promise.all(stale.map((f) => rm(join(cacheDir, f), { force: true })));
  return stale.length;
}
