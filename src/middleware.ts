import { defineMiddleware } from 'astro:middleware';
import { pageContext } from './data/page.ts';
import { buildState } from './integrations/build-handoff.ts';
import type { Route } from './lib/routes.ts';

/**
 * Pages are rendered from a route (getStaticPaths passes it as `props.route`); its context goes to
 * `Astro.locals.page`, where every component reads the language, `t` and the site data. Endpoints pass no route.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const route = (context.props as { route?: Route } | undefined)?.route;
  if (!route) return next();
  context.locals.page = await pageContext(route);
  const response = await next();
  buildState().pages.done++; // for the build's progress line
  return response;
});
