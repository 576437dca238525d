import { useT, type T } from '../i18n/index.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { getSite } from './site.ts';
import type { Article, Sector, SiteData } from './types.ts';

/** getStaticPaths of a page that exists once per language. */
export function localePaths(): { params: { lang: Locale } }[] {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

export interface PageContext {
  lang: Locale;
  t: T;
  site: SiteData;
  articles: Map<string, Article>;
  sectors: Map<string, Sector>;
}

/** What every page starts from: its language, the translation function and the checked site data with lookups. */
export async function pageContext(params: Record<string, string | undefined>): Promise<PageContext> {
  const lang = params['lang'] as Locale;
  const site = await getSite();
  return {
    lang,
    t: useT(lang),
    site,
    articles: new Map(site.articles.map((a) => [a.slug, a])),
    sectors: new Map(site.sectors.map((s) => [s.id, s])),
  };
}
