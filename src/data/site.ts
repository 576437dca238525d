/**
 * The one door between Astro's content collections and the pure rules: loads the collections once per build,
 * normalises and checks them, and builds the route list every page, card and generated file reads.
 * The only module that calls getCollection.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { normaliseContent, siteData } from '../lib/normalise.ts';
import type { Locale } from '../i18n/locales.ts';
import { buildRoutes, navigation, routesOfKind, type NavItem, type Route, type RouteKind } from '../lib/routes.ts';
import { searchEntries, type SearchEntry } from '../lib/search-index.ts';
import { SiteDataError, verifySite } from '../lib/verify.ts';
import type { SiteData } from '../lib/types.ts';

async function load(): Promise<SiteData> {
  const [articles, zones, provinces, sectors, glossary, narratives] = await Promise.all([
    getCollection('articles'),
    getCollection('zones'),
    getCollection('provinces'),
    getCollection('sectors'),
    getCollection('glossary'),
    getCollection('narratives'),
  ]);
  for (const entry of narratives) narrativeEntries.set(entry.id, entry);
  const content = normaliseContent({ articles, zones, provinces, sectors, glossary, narratives });
  const problems = verifySite(content);
  if (problems.length > 0) throw new SiteDataError(problems);
  return siteData(content);
}

const narrativeEntries = new Map<string, CollectionEntry<'narratives'>>();
let site: Promise<SiteData> | undefined;
let routes: Promise<Route[]> | undefined;
let search: Promise<SearchEntry[]> | undefined;

/** The checked content of the site, loaded once per build. Throws SiteDataError listing every problem. */
export function getSite(): Promise<SiteData> {
  site ??= load();
  return site;
}

/** The narrative of an owner in a language, for Astro's render() (the content checks made sure it exists). */
export async function narrativeEntry(owner: string, lang: Locale): Promise<CollectionEntry<'narratives'>> {
  await getSite();
  const entry = narrativeEntries.get(`${owner}/${lang}`);
  if (!entry) throw new Error(`no narrative ${owner}/${lang} (the content checks should have caught this)`);
  return entry;
}

/** Every page of the site in every language, built once per build. */
export function getRoutes(): Promise<Route[]> {
  routes ??= getSite().then(buildRoutes);
  return routes;
}

/** What the search covers (the search pages and the index file use it), built once per build. */
export function getSearchEntries(): Promise<SearchEntry[]> {
  search ??= Promise.all([getRoutes(), getSite()]).then(([all, s]) => searchEntries(all, s));
  return search;
}

/** getStaticPaths of the page file that renders one kind of route: its params, and the route as props. */
export async function staticPaths<K extends RouteKind>(kind: K): Promise<{ params: Record<string, string>; props: { route: Route<K> } }[]> {
  return routesOfKind(await getRoutes(), kind).map((route) => ({ params: route.params, props: { route } }));
}

const menus = new Map<Locale, Promise<NavItem[]>>();

/** The menu of one language, from the route list (built once per language). */
export function getNavigation(lang: Locale): Promise<NavItem[]> {
  if (!menus.has(lang))
    menus.set(
      lang,
      getRoutes().then((all) => navigation(all, lang)),
    );
  return menus.get(lang)!;
}
