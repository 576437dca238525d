import { z } from 'astro/zod';
import { bilingual, strictObject } from './bilingual.ts';
import { ownerFields } from './zone.ts';

/** A province: src/content/provinces/<id>.yaml. The home province's plans and the peer compared against it. */
export const provinceSchema = strictObject({
  ...ownerFields,
  /** What the province is called since 1 July 2025. */
  nowPartOf: bilingual,
  /** `home`: the province the site is about (its plans page); `peer`: the one it is compared with. */
  role: z.enum(['home', 'peer']),
});
