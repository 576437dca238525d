import type { Owner, SectorLink, SiteData } from './types.ts';

/** Zones and provinces that prioritise a sector, with the link (scope, quote) and its index in the owner's list. */
export function sectorUsers(site: Pick<SiteData, 'owners'>, sectorId: string): { owner: Owner; link: SectorLink; index: number }[] {
  return site.owners.flatMap((owner) => owner.sectors.flatMap((link, index) => (link.sector === sectorId ? [{ owner, link, index }] : [])));
}

/** Sector links that share a scope and a quoted sentence: listed together under one source line. */
export interface SectorGroup {
  scope?: SectorLink['scope'];
  source: string;
  /** The links with their index in the owner's list (the index names the quote anchor). */
  links: { link: SectorLink; index: number }[];
}

/** Groups an owner's sector links by (scope, source, quote), in the order they first appear. */
export function groupSectorLinks(links: readonly SectorLink[]): SectorGroup[] {
  const groups = new Map<string, SectorGroup>();
  links.forEach((link, index) => {
    const key = JSON.stringify([link.scope?.vi ?? '', link.scope?.en ?? '', link.source, link.quote]);
    const group = groups.get(key) ?? { scope: link.scope, source: link.source, links: [] };
    group.links.push({ link, index });
    groups.set(key, group);
  });
  return [...groups.values()];
}

/** The distinct sectors an owner prioritises, in the order it first names them. */
export function sectorIdsOf(owner: Pick<Owner, 'sectors'>): string[] {
  return [...new Set(owner.sectors.map((s) => s.sector))];
}
