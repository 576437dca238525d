import { quoteUses, type QuoteUse } from './facts.ts';
import type { SiteData } from './types.ts';

/** Every quote taken from one article, across zones and provinces: what the source page marks and lists. */
export function usesOfArticle(site: SiteData, slug: string): QuoteUse[] {
  return [...site.zones, ...site.provinces].flatMap((owner) => quoteUses(owner)).filter((use) => use.source === slug);
}
