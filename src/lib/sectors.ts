import type { Owner, SectorLink, SiteData } from './types.ts';

/** Zones and provinces that prioritise a sector, with the link (scope, quote) and its index in the owner's list. */
export function sectorUsers(site: SiteData, sectorId: string): { owner: Owner & { role?: 'home' | 'peer' }; link: SectorLink; index: number }[] {
  const owners: (Owner & { role?: 'home' | 'peer' })[] = [...site.zones, ...site.provinces];
  return owners.flatMap((owner) =>
    owner.sectors.flatMap((link, index) => (link.sector === sectorId ? [{ owner, link, index }] : [])),
  );
}
