/**
 * The search filters of each page, from the routes of a fixture site: a park with one sector, a cluster with two
 * (one named twice), two sectors, an article that is the source of sector priorities and one that is not.
 */
import { describe, expect, it } from 'vitest';
import { buildRoutes, type Route } from '../../src/lib/routes.ts';
import { searchFilters } from '../../src/lib/search-index.ts';
import { makeArticle, makeCluster, makeSector, makeSite, makeZone } from './lib/site-fixture.ts';

const QUOTE = 'Tỉnh ưu tiên thu hút các dự án chế biến gỗ';
const cluster = makeCluster({
  sectors: [
    { sector: 'garments', source: 'bai-mau', quote: QUOTE },
    { sector: 'wood-processing', source: 'bai-mau', quote: QUOTE },
    { sector: 'garments', source: 'bai-mau', quote: QUOTE, scope: { vi: 'Giai đoạn II', en: 'Phase II' } },
  ],
});
const silent = makeArticle({
  slug: 'bai-khac',
  file: 'seeds/902_khac.txt',
  title: 'Bài khác',
  paragraphs: [{ kind: 'text', text: 'Không nói về ngành nào.' }],
});
const site = makeSite({
  articles: [makeArticle(), silent],
  zones: [makeZone(), cluster],
  sectors: [makeSector({ id: 'garments', name: { vi: 'Dệt may', en: 'Garments' } }), makeSector()],
});
const routes = buildRoutes(site);

function routeAt(lang: Route['lang'], path: string): Route {
  const found = routes.find((r) => r.lang === lang && r.path === path);
  if (!found) throw new Error(`no route ${lang}/${path}`);
  return found;
}
const facets = (path: string) => routeAt('en', path).search;

describe('search facets', () => {
  it('gives a park and a cluster their kind and the sectors they prioritise, each once, in the order first named', () => {
    expect(facets('zones/mau/')).toEqual({ kind: 'park', sectors: ['wood-processing'] });
    expect(facets('zones/na-ri/')).toEqual({ kind: 'cluster', sectors: ['garments', 'wood-processing'] });
  });

  it('files a sector page under its own sector', () => {
    expect(facets('sectors/garments/')).toEqual({ kind: 'sector', sectors: ['garments'] });
  });

  it('files a source article under the sectors whose priority it is the source of, and under none when it names none', () => {
    expect(facets('sources/bai-mau/')).toEqual({ kind: 'source', sectors: ['wood-processing', 'garments'] });
    expect(facets('sources/bai-khac/')).toEqual({ kind: 'source', sectors: [] });
  });

  it('files the reference pages as pages without a sector', () => {
    for (const path of ['plans/', 'compare/', 'zones/', 'sectors/', 'sources/', 'glossary/', 'about/'])
      expect(facets(path), path).toEqual({ kind: 'page', sectors: [] });
  });

  it('leaves the home, search and 404 pages out of the search', () => {
    for (const path of ['', 'search/', '404.html']) expect(facets(path), path).toBeUndefined();
  });

  it('gives both languages of a page the same facets (ids, not names), so a filtered query reads the same in either', () => {
    for (const route of routes.filter((r) => r.lang === 'vi')) expect(routeAt('en', route.path).search, route.path).toEqual(route.search);
  });
});

describe('Pagefind filter pairs', () => {
  it('writes the kind, then one pair per sector', () => {
    expect(searchFilters({ kind: 'cluster', sectors: ['garments', 'wood-processing'] })).toEqual([
      { name: 'kind', value: 'cluster' },
      { name: 'sector', value: 'garments' },
      { name: 'sector', value: 'wood-processing' },
    ]);
    expect(searchFilters({ kind: 'page', sectors: [] })).toEqual([{ name: 'kind', value: 'page' }]);
  });
});
