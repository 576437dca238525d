import { quoteUses, type QuoteUse } from './facts.ts';
import { paths } from './urls.ts';
import type { Owner, SiteData } from './types.ts';

/** Every quote taken from one article, across zones and provinces: what the source page marks and lists. */
export function usesOfArticle(site: Pick<SiteData, 'owners'>, slug: string): QuoteUse[] {
  return site.owners.flatMap((owner) => quoteUses(owner)).filter((use) => use.source === slug);
}

/** The page an owner's figures are shown on: a zone's profile, the home province's plans, the peer's comparison. */
export function ownerPath(owner: Owner): string {
  if (owner.kind !== 'province') return paths.zone(owner.id);
  return owner.role === 'home' ? paths.plans() : paths.compare();
}

/** The articles a printed brief lists once at its end, numbered in order of first use (facts, sectors, status). */
export function printedSources(owner: Owner): Map<string, number> {
  const slugs = [...new Set([...owner.facts, ...owner.sectors, ...owner.status].map((i) => i.source))];
  return new Map(slugs.map((slug, i) => [slug, i + 1]));
}
