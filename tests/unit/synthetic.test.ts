/**
 * The bench's synthetic sites (scripts/lib/synthetic.ts) must pass the build's own checks, or `npm run bench` stops
 * after the real site: generated from the current content, they break when a real sector or zone they borrow goes.
 * Checked here as --apply checks content (loaders, schemas, verifySite), without a build.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticSite } from '../../scripts/lib/synthetic.ts';
import { checkContent } from '../../src/lib/extract/content.ts';

const dir = mkdtempSync(join(tmpdir(), 'zone-briefs-synthetic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the synthetic site of the bench', () => {
  const site = writeSyntheticSite(join(dir, 'site'), 40);
  const { content, problems } = checkContent({ content: site.contentDir, seeds: site.seedsDir, root: dir });

  it('passes every check the build makes', () => {
    expect(problems).toEqual([]);
    expect(content).toBeDefined();
  });

  it('has the zones asked for, parks and clusters, about three articles each', () => {
    const zones = content!.zones;
    expect(zones).toHaveLength(40);
    expect(zones.some((z) => z.kind === 'park' && !z.id.match(/^thanh-binh$/))).toBe(true);
    expect(zones.filter((z) => z.kind === 'cluster').length).toBeGreaterThan(20);
    const articles = readdirSync(site.seedsDir).filter((f) => f.endsWith('.txt')).length;
    expect(articles).toBe(site.articles);
    expect(articles / 40).toBeGreaterThan(2);
  });
});
