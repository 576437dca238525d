import { quoteUses, type QuoteUse } from './facts.ts';
import { paths } from './urls.ts';
import type { Owner, SiteData } from './types.ts';

/** The quotes of every article, indexed once per list of owners (a site with 3,000 articles asks 3,000 times per language). */
const indexes = new WeakMap<readonly Owner[], Map<string, QuoteUse[]>>();

/** Every quote taken from one article, across zones and provinces, in the owners' order: what the source page marks and lists. */
export function usesOfArticle(site: Pick<SiteData, 'owners'>, slug: string): readonly QuoteUse[] {
  let index = indexes.get(site.owners);
  if (!index) {
    index = new Map();
    for (const use of site.owners.flatMap((owner) => quoteUses(owner))) {
      const list = index.get(use.source);
      if (list) list.push(use);
      else index.set(use.source, [use]);
    }
    indexes.set(site.owners, index);
  }
  return index.get(slug) ?? [];
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
