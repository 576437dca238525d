/**
 * `astro:content` for unit tests (Astro provides the real module only inside a build): `reference()` parses an
 * id into { collection, id } as Astro's does, so the schemas in src/schemas/ can be tested without a build.
 */
import { z } from 'astro/zod';

export const reference = <C extends string>(collection: C) => z.string().transform((id) => ({ collection, id }));
