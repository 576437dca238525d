import { getCollection } from 'astro:content';
import { CONTENT_DIR } from './content-dir.ts';
import { searchEntries, type SearchEntry } from './search-index.ts';
import { formatProblem, verifySite } from './verify.ts';
import type { GlossaryTerm, Province, Sector, SiteData, Zone } from './types.ts';

/** Content problems stop the build: nothing is published with an unverified quote or a broken reference. */
export class SiteDataError extends Error {
  constructor(lines: string[]) {
    super(`The content has ${lines.length} problem(s); nothing was published:\n  - ${lines.join('\n  - ')}`);
    this.name = 'SiteDataError';
  }
}

type Ref = { id: string } | string;
const id = (ref: Ref): string => (typeof ref === 'string' ? ref : ref.id);

/** Astro's `reference()` yields { collection, id }; the pure rules work on plain ids. */
function resolveRefs<T extends { source: Ref }>(items: T[]): (Omit<T, 'source'> & { source: string })[] {
  return items.map((item) => ({ ...item, source: id(item.source) }));
}

async function load(): Promise<SiteData> {
  const [articles, zones, provinces, sectors] = await Promise.all([
    getCollection('articles'),
    getCollection('zones'),
    getCollection('provinces'),
    getCollection('sectors'),
  ]);
  const zoneData: Zone[] = zones.map(({ id: zoneId, data }) => ({
    ...data,
    id: zoneId,
    file: `${CONTENT_DIR}/zones/${zoneId}.yaml`,
    facts: resolveRefs(data.facts),
    status: resolveRefs(data.status),
    tenants: resolveRefs(data.tenants),
    sectors: resolveRefs(data.sectors).map((l) => ({ ...l, sector: id(l.sector) })),
    locationSource: data.locationSource ? { ...data.locationSource, source: id(data.locationSource.source) } : undefined,
  }));
  const provinceData: Province[] = provinces.map(({ id: provinceId, data }) => ({
    ...data,
    kind: 'province',
    id: provinceId,
    file: `${CONTENT_DIR}/provinces/${provinceId}.yaml`,
    facts: resolveRefs(data.facts),
    status: resolveRefs(data.status),
    sectors: resolveRefs(data.sectors).map((l) => ({ ...l, sector: id(l.sector) })),
  }));
  const sectorData: Sector[] = sectors.map(({ id: sectorId, data }) => ({ ...data, id: sectorId }));
  return {
    articles: articles.map((a) => ({ ...a.data, dateBasis: a.data.dateBasis, en: a.data.en ? { title: a.data.en.title, summary: a.data.en.summary } : undefined })) as SiteData['articles'],
    zones: zoneData.sort((a, b) => a.order - b.order),
    provinces: provinceData,
    sectors: sectorData.sort((a, b) => a.id.localeCompare(b.id)),
  };
}

let cached: Promise<SiteData> | undefined;

/** The checked content of the site, loaded once per build. Throws SiteDataError listing every problem. */
export function getSite(): Promise<SiteData> {
  cached ??= load().then((site) => {
    const problems = verifySite(site, `${CONTENT_DIR}/sectors.yaml`);
    if (problems.length > 0) throw new SiteDataError(problems.map(formatProblem));
    return site;
  });
  return cached;
}

/** The glossary, in Vietnamese alphabetical order of its terms. */
export async function getGlossary(): Promise<GlossaryTerm[]> {
  return (await getCollection('glossary')).map((e) => ({ ...e.data, id: e.id })).sort((a, b) => a.term.localeCompare(b.term, 'vi'));
}

let searchCached: Promise<SearchEntry[]> | undefined;

/** What the search covers, built once per build (the search pages, the index file and the OG card all use it). */
export function getSearchEntries(): Promise<SearchEntry[]> {
  searchCached ??= Promise.all([getSite(), getGlossary()]).then(([site, glossary]) => searchEntries(site, glossary));
  return searchCached;
}
