/**
 * Every page of the build is valid HTML under html-validate's recommended rules (.htmlvalidate.json).
 *
 * Rules turned off, and why:
 * - long-title (max 70 characters): source pages carry the article's own headline, verbatim, plus the site name;
 *   shortening a source's headline would misquote it. Length is a search-snippet heuristic, not validity.
 */
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listPages } from './lib/pages.ts';
import { validateHtml } from './lib/validate.ts';

const dist = inject('dist');
const pages = listPages(dist);

describe('valid HTML', () => {
  it('the build has pages', () => {
    expect(pages.length).toBeGreaterThan(2);
  });
  it.each(pages.map((p) => p.file))('%s', async (file) => {
    expect(await validateHtml(join(dist, file))).toEqual([]);
  });
});
