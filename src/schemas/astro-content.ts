/**
 * `astro:content` outside a build, where Astro does not provide it: for the unit tests (vitest.config.ts aliases
 * the import here) and the extract command, which runs the build's schemas on its own (scripts/extract.ts maps the
 * import here). `reference()` parses an id into { collection, id } as Astro's does; whether the id exists is checked
 * by verifySite, as in the build.
 */
import { z } from 'astro/zod';

export const reference = <C extends string>(collection: C) => z.string().transform((id) => ({ collection, id }));
