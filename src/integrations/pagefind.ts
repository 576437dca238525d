import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Pagefind's ready-made interfaces and its web worker: the search page uses its own markup on the main thread, so they are not published. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\.(js|css)$/;

/**
 * Not searched: what a reader never sees on screen (the printed brief's QR caption, URL and source list), and the
 * evidence repeated from the source articles under each figure (the "Source: <article> · <date>" line and the
 * verbatim quote). The article's own page holds its whole text and is found by it; repeated on every profile and
 * sector page that cites it, it made those pages match every phrase of the article and grew the index by a fifth.
 */
const NOT_SEARCHED = ['.print-only', '.source', 'blockquote'];

/** Stops the build with Pagefind's own messages. */
function check<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${response.errors.join('\n')}`);
  return response;
}

/**
 * The site search index, written by Pagefind into the build's `pagefind/` folder once every page is written (its
 * `astro:build:done` runs before atomic-output's, which publishes the folder). Pagefind reads the pages the layout
 * marks with data-pagefind-body (those whose route is listed by the search) and makes one index per `<html lang>`.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'zone-briefs:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        try {
          const { index } = check(await pagefind.createIndex({ excludeSelectors: NOT_SEARCHED }), 'start');
          if (!index) throw new Error('Pagefind could not start: no index');
          const { page_count } = check(await index.addDirectory({ path: site }), `index the pages in ${site}`);
          const { files } = check(await index.getFiles(), 'write the index');
          let bytes = 0;
          for (const file of files.filter((f) => !UNUSED.test(f.path))) {
            const path = join(site, 'pagefind', file.path);
            mkdirSync(dirname(path), { recursive: true });
            writeFileSync(path, file.content);
            bytes += file.content.length;
          }
          logger.info(`${page_count} pages indexed, ${(bytes / 1024).toFixed(0)} KB in pagefind/ (${Math.round(performance.now() - started)} ms)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
