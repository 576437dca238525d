import { INTL_TAG, type Locale } from '../i18n/locales.ts';
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

/** Sectors in the alphabetical order of their names in a language (Vietnamese collation for Vietnamese). */
export function sectorsByName<T extends { name: Record<Locale, string> }>(sectors: readonly T[], lang: Locale): T[] {
  const collator = new Intl.Collator(INTL_TAG[lang]);
  return [...sectors].sort((a, b) => collator.compare(a.name[lang], b.name[lang]));
}

/** Users of one sector that one sentence names, and the owners it names under each scope (a scope said once for all). */
export interface SectorSentence {
  source: string;
  quote: string;
  users: ReturnType<typeof sectorUsers>;
  scopes: { scope: SectorLink['scope']; owners: Owner[] }[];
}

/** A sector's users grouped by the sentence that names them, so each quote and each scope is shown once. */
export function sectorUsersBySentence(site: Pick<SiteData, 'owners'>, sectorId: string): SectorSentence[] {
  const groups = new Map<string, SectorSentence>();
  for (const use of sectorUsers(site, sectorId)) {
    const key = `${use.link.source}\n${use.link.quote}`;
    const group = groups.get(key) ?? { source: use.link.source, quote: use.link.quote, users: [], scopes: [] };
    group.users.push(use);
    const scope = group.scopes.find((s) => s.scope?.vi === use.link.scope?.vi && s.scope?.en === use.link.scope?.en);
    if (scope) scope.owners.push(use.owner);
    else group.scopes.push({ scope: use.link.scope, owners: [use.owner] });
    groups.set(key, group);
  }
  return [...groups.values()];
}
