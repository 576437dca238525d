/**
 * `astro:content` for the extract command, which runs the build's schemas outside a build (scripts/extract.ts maps
 * the import here): `reference()` parses an id into { collection, id } as Astro's does. Whether the id exists is
 * checked by verifySite, as in the build.
 */
import { z } from 'astro/zod';

export const reference = <C extends string>(collection: C) => z.string().transform((id) => ({ collection, id }));
