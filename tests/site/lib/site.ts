/**
 * The address a build was made for, read from the same environment variables as astro.config.mjs (with the
 * same defaults), so checks of a TEST_DIST build agree with how it was built.
 */
export const DEFAULT_SITE = 'https://zone-briefs.example.org';

export function buildAddress(env: NodeJS.ProcessEnv = process.env): { site: string; base: string } {
  return { site: env.SITE_URL ?? DEFAULT_SITE, base: env.BASE_PATH ?? '/' };
}
