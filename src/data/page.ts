/** What every component of a page reads (from `Astro.locals.page`, set by src/middleware.ts): one typed place. */
import { useT, type T } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import type { NavItem, Route } from '../lib/routes.ts';
import { printedSources } from '../lib/sources.ts';
import type { SiteData } from '../lib/types.ts';
import { getNavigation, getSite } from './site.ts';

export interface PageContext {
  /** The page being rendered. */
  route: Route;
  lang: Locale;
  /** UI strings in the page's language. */
  t: T;
  /** The checked site data and its lookups (`site.article(slug)`, `site.sector(id)`, `site.home` …). */
  site: SiteData;
  /** The menu, in the page's language. */
  nav: NavItem[];
  /**
   * A profile's source articles, numbered in order of first use: its source lines cite them as "[n]" and one list
   * at the end names each (the page stays light and prints as one brief). Undefined on other pages.
   */
  sources: Map<string, number> | undefined;
}

export async function pageContext(route: Route): Promise<PageContext> {
  const [site, nav] = await Promise.all([getSite(), getNavigation(route.lang)]);
  return { route, lang: route.lang, t: useT(route.lang), site, nav, sources: route.kind === 'zone' ? printedSources(route.entity) : undefined };
}
