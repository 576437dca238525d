/**
 * The one door between Astro's content collections and the pure rules: loads the collections once per build,
 * normalises and checks them, and builds the route list every page, card and generated file reads.
 * The only module that calls getCollection.
 */
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { config } from '../config.ts';
import { normaliseContent, siteData } from '../lib/normalise.ts';
import type { Locale } from '../i18n/locales.ts';
import { buildState, handOver } from '../integrations/build-handoff.ts';
import { generatedFiles } from '../lib/generated-files.ts';
import { buildRoutes, navigation, routesOfKind, type NavItem, type Route, type RouteKind } from '../lib/routes.ts';
import { SiteDataError, verifySite } from '../lib/verify.ts';
import type { Narrative, SiteData } from '../lib/types.ts';

async function load(): Promise<SiteData> {
  const [articles, zones, provinces, sectors, glossary, narratives] = await Promise.all([
    getCollection('articles'),
    getCollection('zones'),
    getCollection('provinces'),
    getCollection('sectors'),
    getCollection('glossary'),
    getCollection('narratives'),
  ]);
  const content = normaliseContent({ articles, zones, provinces, sectors, glossary, narratives });
  for (const n of content.narratives) narrativesById.set(`${n.owner}/${n.lang}`, n);
  const problems = verifySite(content);
  if (problems.length > 0) throw new SiteDataError(problems);
  pageKey = createHash('sha256').update(JSON.stringify(config)).update('\0').update(JSON.stringify(content)).digest('hex');
  return siteData(content);
}

/**
 * Every page shows site-wide data (the menu, the footer's newest source, lists of zones), so a page's output is
 * decided by its code and the whole checked content and configuration: this key, given to Astro's incremental
 * build as each page's cacheKey, lets a rebuild with no change reuse every page (Astro adds the hash of the page's
 * code), and re-renders them all after any change.
 */
let pageKey: string | undefined;

const narrativesById = new Map<string, Narrative>();
let site: Promise<SiteData> | undefined;
let routes: Promise<Route[]> | undefined;

/** The checked content of the site, loaded once per build. Throws SiteDataError listing every problem. */
export function getSite(): Promise<SiteData> {
  site ??= load();
  return site;
}

/**
 * The narrative of an owner in a language (the content checks made sure it exists). Read from here rather than from
 * Astro.locals.page, whose site data `astro dev` keeps from its first request, so an edited narrative shows at once.
 */
export async function narrativeOf(owner: string, lang: Locale): Promise<Narrative> {
  await getSite();
  const narrative = narrativesById.get(`${owner}/${lang}`);
  if (!narrative) throw new Error(`no narrative ${owner}/${lang} (the content checks should have caught this)`);
  return narrative;
}

/**
 * Every page of the site in every language, built once per build. The OG images and QR files it implies are handed
 * to the integration that writes them after the pages (src/integrations/generated-files.ts).
 */
export function getRoutes(): Promise<Route[]> {
  routes ??= getSite()
    .then(buildRoutes)
    .then((all) => {
      buildState().pages.total = all.length;
      handOver(generatedFiles(all));
      return all;
    });
  return routes;
}

/** getStaticPaths of the page file that renders one kind of route: its params, and the route as props. */
export async function staticPaths<K extends RouteKind>(kind: K): Promise<{ params: Record<string, string>; props: { route: Route<K> }; cacheKey: string }[]> {
  return routesOfKind(await getRoutes(), kind).map((route) => ({ params: route.params, props: { route }, cacheKey: pageKey! }));
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
