/**
 * The one way the tests and the benchmarks run `astro build`: in a child process (the build reads its
 * configuration from the environment, src/config.ts), with its own output folder and Astro cache, so builds can
 * run at the same time. The output comes back as plain text (CI=true turns colours on).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TIME = '/usr/bin/time';

/** The project folder (where astro.config.mjs is). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Variables Vitest puts into process.env for the code under test. Passed on, NODE_ENV=test would build in test
 * mode and BASE_URL would reach Vite.
 */
const VITEST_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID'];

/** process.env without Vitest's additions, for child processes that must behave as from a shell. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of VITEST_ENV) delete env[key];
  return env;
}

export interface BuildRun {
  /** The exit code (0: built). */
  status: number | null;
  outDir: string;
  ms: number;
  /** stdout and stderr, interleaved, without colour codes. */
  output: string;
  /** Peak resident memory of the largest single process of the build (Node, or Pagefind's indexer) in bytes, when measured. */
  peakBytes?: number;
  /** Peak of the resident memory of all the build's processes together (Node with its worker threads, Pagefind), sampled every 250 ms. */
  peakTotalBytes?: number;
  /** CPU time of the build process (user + system, all its threads) in ms, when measured. */
  cpuMs?: number;
}

export interface BuildOptions {
  outDir: string;
  /** Astro's cache for this build (ASTRO_CACHE_DIR). */
  cacheDir: string;
  /** More configuration (SITE_URL, CONTENT_DIR, SEEDS_DIR, OG_CACHE_DIR …). */
  env?: Record<string, string>;
  /** Also print the build's output as it runs. */
  echo?: boolean;
  /** The project to build (default: this one); the benchmark builds a minimal project elsewhere. */
  cwd?: string;
  /** Measure the build's peak resident memory and CPU time with /usr/bin/time (the benchmark). */
  measureMemory?: boolean;
}

/** The resident memory (bytes) of a process and all its descendants, read from /proc (Linux). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = Number(
        readFileSync(`/proc/${name}/stat`, 'utf8')
          .replace(/^.*\) /s, '')
          .split(' ')[1],
      );
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  for (const stack = [root]; stack.length > 0;) {
    const pid = stack.pop()!;
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      // ended
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs one build and reports how it ended; never rejects for a failed build. */
export function runBuild({ outDir, cacheDir, env = {}, echo = false, cwd = ROOT, measureMemory = false }: BuildOptions): Promise<BuildRun> {
  const started = Date.now();
  const astro = [process.execPath, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'];
  // GNU time reports the child's maximum resident set size (KB) and CPU seconds into a file of its own, apart from the output.
  const memoryFile = measureMemory && existsSync(TIME) ? join(tmpdir(), `astro-build-rss-${process.pid}-${Date.now()}.txt`) : undefined;
  const [command, ...args] = memoryFile ? [TIME, '-f', '%M %U %S', '-o', memoryFile, ...astro] : astro;
  return new Promise((resolve, reject) => {
    const child = spawn(command!, args, {
      cwd,
      env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...env, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let peakTotal = 0;
    const sampler = memoryFile && existsSync('/proc/self/status') ? setInterval(() => (peakTotal = Math.max(peakTotal, treeRss(child.pid!))), 250) : undefined;
    const collect = (stream: NodeJS.WriteStream) => (d: Buffer) => {
      output += d.toString();
      if (echo) stream.write(d);
    };
    child.stdout.on('data', collect(process.stdout));
    child.stderr.on('data', collect(process.stderr));
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(sampler);
      const ms = Date.now() - started;
      let measured = {};
      if (memoryFile && existsSync(memoryFile)) {
        const [kb, user, system] = readFileSync(memoryFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        measured = { peakBytes: kb! * 1024, cpuMs: (user! + system!) * 1000, ...(peakTotal ? { peakTotalBytes: peakTotal } : {}) };
        rmSync(memoryFile, { force: true });
      }
      resolve({ status, outDir, ms, output: output.replace(/\u001b\[[0-9;]*m/g, ''), ...measured });
    });
  });
}

/** Runs one build that must succeed; rejects with the end of its output (without stack frames) when it fails. */
export async function buildSite(options: BuildOptions): Promise<BuildRun> {
  const run = await runBuild(options);
  if (run.status === 0) return run;
  const message = run.output
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .join('\n')
    .slice(-6000);
  throw Object.assign(new Error(`astro build (OUT_DIR=${options.outDir}) exited with ${run.status}:\n${message}`), { output: run.output });
}
