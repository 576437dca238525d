import { z } from 'astro/zod';
import { strictObject } from './bilingual.ts';

/** A term of src/content/glossary.yaml: the Vietnamese abbreviation, its expansion and a definition in each language. */
export const glossarySchema = strictObject({ term: z.string(), expansion: z.string(), vi: z.string().min(1), en: z.string().min(1) });
