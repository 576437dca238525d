import { readConfig } from '../../../src/config.ts';

/**
 * The address a build was made for, read from the environment by the build's own configuration (src/config.ts),
 * so checks of a TEST_DIST build agree with how it was built.
 */
export function buildAddress(env: NodeJS.ProcessEnv = process.env): { site: string; base: string } {
  const { site, base } = readConfig(env);
  return { site, base };
}
