/**
 * The same inputs give the same bytes: two clean builds (own output folders, own Astro caches) are identical.
 * The OG image cache (.cache/og) is shared on purpose: its entries are keyed by content, so sharing cannot hide
 * a difference in the pages.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, tempDir } from './lib/build.ts';
import { listFiles } from './lib/pages.ts';
import { diffTrees } from './lib/tree.ts';

describe('deterministic build', () => {
  const tmp = tempDir('determinism');
  afterAll(() => tmp.cleanup());

  it('two clean builds produce byte-identical trees', async () => {
    const first = await buildSite({ outDir: join(tmp.dir, 'out-1'), cacheDir: join(tmp.dir, 'cache-1') });
    const second = await buildSite({ outDir: join(tmp.dir, 'out-2'), cacheDir: join(tmp.dir, 'cache-2') });
    console.info(`determinism: builds took ${first.ms} ms and ${second.ms} ms`);
    const files = listFiles(first.outDir);
    expect(files.length).toBeGreaterThan(0);
    const differences = diffTrees(first.outDir, second.outDir);
    expect(differences, `${differences.length} of ${files.length} files differ:\n${differences.join('\n')}`).toEqual([]);
  });
});
