import { z } from 'astro/zod';
import { bilingual, nfc, strictObject } from './bilingual.ts';
import { citation } from './citation.ts';
import { factSchema, itemId, sectorLink, statusEntry } from './fact.ts';

/** What every owner of facts (zone or province) carries. */
export const ownerFields = {
  name: bilingual,
  summary: bilingual,
  facts: z.array(factSchema).default([]),
  status: z.array(statusEntry).default([]),
  sectors: z.array(sectorLink).default([]),
};

/** An industrial park (KCN) or cluster (CCN): src/content/zones/<id>.yaml, the id being its URL slug. */
export const zoneSchema = strictObject({
  ...ownerFields,
  kind: z.enum(['park', 'cluster']),
  /** The name as the sources abbreviate it: "KCN Thanh Bình", "CCN Cẩm Giàng". */
  shortName: bilingual,
  /** District and province as the sources name them (before the 2025 reorganisation). */
  location: bilingual,
  locationSource: citation.optional(),
  /**
   * The parts the sources divide the zone into ("giai đoạn I", its extension, "giai đoạn II"), in order; area facts
   * name theirs with `phase`. The name reads after "Diện tích" and before "area": "giai đoạn I", "Phase I".
   */
  phases: z.array(strictObject({ id: itemId, name: bilingual })).default([]),
  tenants: z.array(citation.extend({ name: z.string().trim().min(1).transform(nfc), activity: bilingual.optional() })).default([]),
  /** Position in lists (menus, home page). */
  order: z.number().int(),
});
