/**
 * renderOgImages: validate → content-addressed cache → render the misses in a worker pool.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { cardProblems, MAX_FIGURES, nfc, normaliseCard, type OgCard, type RenderOptions, type RenderResult } from './card.ts';
import { fontFiles } from './fonts.ts';
import { missingGlyphs, textWidth } from './glyphs.ts';
import { figuresThatFit, overflowProblems } from './layout.ts';
import { WORKER_ROLE, type Job, type Reply } from './protocol.ts';
import { CACHE_MAX_AGE_DAYS, markUsed, packageVersion, placeFile, pruneCache, writeAtomic } from '../lib/file-cache.ts';

/**
 * The folder holding this renderer's sources. Inside an Astro build this module is bundled
 * elsewhere, so the project's src/og comes first; the module's own folder is the fallback.
 */
export function ogSourceDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [join(process.cwd(), 'src', 'og'), here]) if (existsSync(join(dir, 'worker.ts'))) return dir;
  throw new Error(`og: cannot find src/og/worker.ts (looked in ${join(process.cwd(), 'src', 'og')} and ${here})`);
}

/**
 * Everything besides the card that decides the pixels: our sources (src/og/*.ts and the PNG
 * encoder, src/lib/png.ts), the fonts, the engines.
 */
export function rendererFingerprint(): string {
  const hash = createHash('sha256');
  const dir = ogSourceDir();
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort())
    hash.update(f).update(readFileSync(join(dir, f)));
  const encoder = join(dir, '..', 'lib', 'png.ts'); // the workers import it from there too
  if (!existsSync(encoder)) throw new Error(`og: cannot find the PNG encoder (looked for ${encoder})`);
  hash.update('../lib/png.ts').update(readFileSync(encoder));
  for (const f of fontFiles()) hash.update(readFileSync(f.path));
  hash.update(packageVersion('satori')).update(packageVersion('@resvg/resvg-js'));
  return hash.digest('hex');
}

/** The path only says where the image goes, not what it shows: it stays out of the key. */
export function cardKey(card: OgCard, fingerprint: string): string {
  const { path: _path, ...content } = card;
  return createHash('sha256').update(fingerprint).update('\0').update(JSON.stringify(content)).digest('hex').slice(0, 40);
}

/** The figures a card will draw (see figuresThatFit), measured with the fonts' real advances. */
export function cardFigures(figures: OgCard['figures']): OgCard['figures'] {
  return figuresThatFit(
    figures.map((f) => ({ label: nfc(f.label), value: nfc(f.value) })),
    MAX_FIGURES,
    textWidth,
  );
}

const CACHE_ENTRY = /^[0-9a-f]{40}\.png$/;

interface Pending {
  key: string;
  card: OgCard;
}

/** Renders each job in a pool of `size` workers, calling `done` as each PNG arrives. */
async function renderInPool(jobs: Pending[], size: number, done: (job: Pending, png: Uint8Array) => Promise<void>): Promise<void> {
  const file = join(ogSourceDir(), 'worker.ts');
  const queue = jobs.map((job, id) => ({ id, job }));
  const writes: Promise<void>[] = [];
  const workers = Array.from({ length: size }, () => new Worker(file, { workerData: { role: WORKER_ROLE } }));
  const drive = (w: Worker) =>
    new Promise<void>((resolvePool, reject) => {
      let current: (typeof queue)[number] | undefined;
      const next = () => {
        current = queue.shift();
        if (!current) return resolvePool();
        w.postMessage({ id: current.id, card: current.job.card } satisfies Job);
      };
      w.on('message', (reply: Reply) => {
        const job = current!.job;
        if ('error' in reply) return reject(new Error(`og: rendering ${job.card.path} failed:\n${reply.error}`));
        writes.push(done(job, reply.png));
        next(); // hand out the next card before writing finishes
      });
      w.on('error', reject);
      w.on('exit', (code) => {
        if (current) reject(new Error(`og: render worker exited (code ${code}) while rendering ${current.job.card.path}`));
      });
      next();
    });
  try {
    await Promise.all(workers.map(drive));
    await Promise.all(writes);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

export async function renderOgImages(cards: OgCard[], opts: RenderOptions): Promise<RenderResult> {
  const started = performance.now();
  const problems = cards.flatMap((c) => [...cardProblems(c, missingGlyphs), ...overflowProblems(normaliseCard(c), textWidth).map((p) => `${c.path}: ${p}`)]);
  const seen = new Map<string, number>();
  cards.forEach((c, i) => {
    if (seen.has(c.path)) problems.push(`${c.path}: used by cards ${seen.get(c.path)} and ${i}; each card needs its own path`);
    seen.set(c.path, i);
  });
  if (problems.length) throw new Error(`og: ${problems.length} card(s) cannot be rendered correctly:\n  ${problems.join('\n  ')}`);

  const outDir = opts.outDir === undefined ? undefined : resolve(opts.outDir);
  const cacheDir = resolve(opts.cacheDir ?? join(process.cwd(), '.cache', 'og'));
  const fingerprint = rendererFingerprint();
  const items = cards.map(normaliseCard).map((card) => {
    const key = cardKey(card, fingerprint);
    return { card, key, cached: join(cacheDir, `${key}.png`), out: outDir === undefined ? undefined : join(outDir, card.path) };
  });

  // One render per distinct key that the cache does not hold yet.
  const toRender = new Map<string, Pending>();
  for (const it of items) if (!toRender.has(it.key) && !existsSync(it.cached)) toRender.set(it.key, { key: it.key, card: it.card });
  const jobs = [...toRender.values()];
  let done = cards.length - jobs.length;
  opts.onProgress?.(done, cards.length);
  const save = async (job: Pending, png: Uint8Array) => {
    await writeAtomic(join(cacheDir, `${job.key}.png`), png);
    opts.onProgress?.(++done, cards.length);
  };

  // Workers run src/og/worker.ts as is: that needs Node's type stripping (Node ≥ 22.18).
  const canStrip = Boolean((process.features as { typescript?: string | false }).typescript);
  const size = canStrip ? Math.max(1, Math.min(opts.workers ?? availableParallelism(), jobs.length)) : 1;
  if (jobs.length && size === 1) {
    // Not worth a worker's start-up. Imported lazily: satori and resvg load only when needed.
    const { renderCardPng } = await import('./worker.ts');
    for (const job of jobs) await save(job, await renderCardPng(job.card));
  } else if (jobs.length) {
    await renderInPool(jobs, size, save);
  }

  const now = new Date();
  await markUsed(
    items.map((it) => it.cached),
    now,
  );
  await Promise.all(items.flatMap((it) => (it.out ? [placeFile(it.cached, it.out)] : [])));
  const pruned = await pruneCache(cacheDir, CACHE_ENTRY, now);

  const rendered = jobs.length;
  const reused = cards.length - rendered;
  const ms = performance.now() - started;
  const how = rendered
    ? size > 1
      ? ` in ${size} workers`
      : ` in the main thread${canStrip ? '' : ` (Node ${process.version} cannot strip types for workers)`}`
    : '';
  opts.log?.(
    `og: ${cards.length} image(s) → ${relative(process.cwd(), outDir ?? cacheDir) || '.'}: ${rendered} rendered${how}, ${reused} reused from cache${pruned ? `, ${pruned} unused for ${CACHE_MAX_AGE_DAYS} days removed` : ''}, ${Math.round(ms)} ms`,
  );
  return { rendered, reused, files: items.map((it) => it.out ?? it.cached), cached: items.map((it) => it.cached) };
}
