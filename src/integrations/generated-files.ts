import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { markUsed, packageVersion, placeFile, pruneCache, writeAtomic } from '../lib/file-cache.ts';
import type { QrFile } from '../lib/generated-files.ts';
import { qrPng, qrSvg } from '../lib/qr.ts';
import { renderOgImages, type RenderResult } from '../og/index.ts';
import { buildState, resetBuildState, type BuildState } from './build-handoff.ts';

/**
 * The OG images and QR files are written straight into the output once the pages are generated, not rendered as
 * routes: each comes from a content-addressed cache (src/lib/file-cache.ts) and is hard-linked into place, so a
 * file whose inputs did not change is neither redrawn nor read back. The pages hand over the list of files through
 * the build state (src/lib/generated-files.ts builds it from the route list). Also prints a progress line on long
 * builds.
 */

/** Everything besides the URL that decides a QR file's bytes: the drawing code, the PNG encoder, the qrcode version. */
function qrFingerprint(): string {
  const lib = [join(process.cwd(), 'src', 'lib'), fileURLToPath(new URL('../lib/', import.meta.url))].find((dir) => existsSync(join(dir, 'qr.ts')));
  if (!lib) throw new Error('qr: cannot find src/lib/qr.ts');
  const hash = createHash('sha256');
  for (const f of ['qr.ts', 'png.ts']) hash.update(f).update(readFileSync(join(lib, f)));
  return hash.update(packageVersion('qrcode')).digest('hex');
}

const QR_ENTRY = /^[0-9a-f]{40}\.(svg|png)$/;

/** Writes each QR file from its cache entry, drawing only the entries the cache lacks. */
async function writeQrFiles(files: QrFile[], outDir: string, cacheDir: string, progress: (done: number) => void): Promise<{ drawn: number; reused: number }> {
  const fingerprint = qrFingerprint();
  const now = new Date();
  let drawn = 0;
  let done = 0;
  const cached = files.map((f) =>
    join(cacheDir, `${createHash('sha256').update(fingerprint).update('\0').update(f.ext).update('\0').update(f.url).digest('hex').slice(0, 40)}.${f.ext}`),
  );
  for (const [i, f] of files.entries()) {
    if (!existsSync(cached[i]!)) {
      await writeAtomic(cached[i]!, f.ext === 'svg' ? await qrSvg(f.url) : qrPng(f.url));
      drawn++;
    }
    await placeFile(cached[i]!, join(outDir, f.path));
    progress(++done);
  }
  await markUsed(cached, now);
  await pruneCache(cacheDir, QR_ENTRY, now);
  return { drawn, reused: files.length - drawn };
}

const PROGRESS_EVERY_MS = 5000;

/** "pages rendered 812/2,074 · OG images 0/2,072 · QR files 0/4,032 · 14 s" (pages reused by the incremental build are not rendered). */
function progressLine(state: BuildState, started: number): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const part = (what: string, c: { done: number; total: number }) => `${what} ${n(c.done)}/${c.total ? n(c.total) : '?'}`;
  return `${part('pages rendered', state.pages)} · ${part('OG images', state.og)} · ${part('QR files', state.qr)} · ${Math.round((performance.now() - started) / 1000)} s`;
}

/** `cacheDir` holds the OG images; the QR codes go in its `qr/` folder. */
export function generatedFiles({ cacheDir }: { cacheDir: string }): AstroIntegration {
  let timer: NodeJS.Timeout | undefined;
  let started = 0;
  let og: Promise<RenderResult> | undefined;
  return {
    name: 'zone-briefs:generated-files',
    hooks: {
      'astro:build:start': ({ logger }) => {
        resetBuildState();
        started = performance.now();
        og = undefined;
        // The OG images render in worker threads while the main thread generates the pages.
        buildState().onFiles = (files) => {
          const state = buildState();
          state.og.total = files.cards.length;
          og = renderOgImages(files.cards, {
            cacheDir: resolve(cacheDir),
            log: (msg) => logger.fork('og').info(msg),
            onProgress: (done) => (state.og.done = done),
          });
          og.catch(() => {}); // awaited (and reported) after the pages; a failed page build must not crash on it first
        };
        const progress = logger.fork('progress');
        let last = '';
        // At most one line every few seconds, and only when something moved: a short build prints none.
        timer = setInterval(() => {
          const state = buildState();
          const line = progressLine(state, started);
          const counts = line.replace(/ · \d+ s$/, '');
          if (state.pages.done > 0 && counts !== last) progress.info(line);
          last = counts;
        }, PROGRESS_EVERY_MS).unref();
      },
      'astro:build:generated': async ({ dir, logger }) => {
        const state = buildState();
        const files = state.files;
        if (!files)
          throw new Error('generated files: no page handed over its route list (src/data/site.ts getRoutes), so no OG image or QR file can be written');
        const outDir = fileURLToPath(dir);
        state.qr.total = files.qr.length;
        const images = await og!;
        await Promise.all(files.cards.map((card, i) => placeFile(images.cached[i]!, join(outDir, card.path))));
        const qrStarted = performance.now();
        const qr = await writeQrFiles(files.qr, outDir, resolve(cacheDir, 'qr'), (done) => (state.qr.done = done));
        logger
          .fork('qr')
          .info(`qr: ${files.qr.length} file(s): ${qr.drawn} drawn, ${qr.reused} reused from cache, ${Math.round(performance.now() - qrStarted)} ms`);
      },
      'astro:build:done': ({ logger }) => {
        clearInterval(timer);
        if (performance.now() - started > PROGRESS_EVERY_MS) logger.fork('progress').info(progressLine(buildState(), started));
        resetBuildState();
      },
    },
  };
}
