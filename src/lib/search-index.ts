/**
 * What the site search knows about a page besides its text: its kind and the priority sectors it concerns, the
 * search page's two filters. Pagefind indexes each listed page's main content after the build
 * (src/integrations/pagefind.ts); the layout writes these facets into the page for it (`searchFilters`).
 */
import type { Article, SiteData, Zone } from './types.ts';

/** The kinds of page a reader can narrow the search to, in the order the filter offers them. */
export const SEARCH_KINDS = ['park', 'cluster', 'sector', 'source', 'page'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** A listed page's filters: its kind, and the ids of the priority sectors it is about (language-neutral, so a query with its filters reads the same in both languages). */
export interface SearchFacets {
  kind: SearchKind;
  sectors: string[];
}

const distinct = (ids: string[]): string[] => [...new Set(ids)];

/** A zone: park or cluster, and the sectors it prioritises. */
export const zoneFacets = (zone: Zone): SearchFacets => ({ kind: zone.kind, sectors: distinct(zone.sectors.map((s) => s.sector)) });

/** A sector page: the sector itself. */
export const sectorFacets = (sector: { id: string }): SearchFacets => ({ kind: 'sector', sectors: [sector.id] });

const sectorsBySource = new WeakMap<SiteData['owners'], Map<string, string[]>>();

/** Each article's slug → the sectors it is the source of, indexed once per site: scanning every owner for every article took seconds at 3,000 articles. */
function sourcedSectors(owners: SiteData['owners']): Map<string, string[]> {
  let index = sectorsBySource.get(owners);
  if (!index) {
    index = new Map();
    for (const owner of owners) for (const s of owner.sectors) index.set(s.source, [...(index.get(s.source) ?? []), s.sector]);
    sectorsBySource.set(owners, index);
  }
  return index;
}

/** A source article: the sectors whose priority it is the source of, for any zone or province. */
export const sourceFacets = (article: Article, site: Pick<SiteData, 'owners'>): SearchFacets => ({
  kind: 'source',
  sectors: distinct(sourcedSectors(site.owners).get(article.slug) ?? []),
});

/** A reference page (plans, comparison, glossary …): no sector of its own. */
export const pageFacets = (): SearchFacets => ({ kind: 'page', sectors: [] });

/** The Pagefind filter pairs of a page (`data-pagefind-filter="kind:park"`), one per value. */
export function searchFilters(facets: SearchFacets): { name: 'kind' | 'sector'; value: string }[] {
  return [{ name: 'kind', value: facets.kind }, ...facets.sectors.map((value) => ({ name: 'sector' as const, value }))];
}
