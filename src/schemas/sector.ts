import { z } from 'astro/zod';
import { bilingual, strictObject } from './bilingual.ts';

/** A priority sector: an entry of src/content/sectors.yaml, its id being its URL slug. */
export const sectorSchema = strictObject({
  name: bilingual,
  /** ISIC Rev.4 / VSIC 2018 codes where one fits; VSIC 2018 follows ISIC Rev.4 at these levels. */
  isic: z.array(z.string().regex(/^\d{2,4}$/)).default([]),
  description: bilingual,
});
