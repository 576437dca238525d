import { z } from 'astro/zod';
import { bilingual, nfc, strictObject } from './bilingual.ts';
import { citation } from './citation.ts';
import { factSchema, itemId, sectorLink, statusEntry } from './fact.ts';

/** What every owner of facts (zone or province) carries. */
export const ownerFields = {
  name: bilingual,
  // The overview is not here: it is the owner's narrative (src/content/narratives/<id>/), checked against these facts.
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
  /** What the enterprises in the zone do now, as a source says it: current activity, not a priority the province set. */
  tenantActivity: citation.extend({ text: bilingual }).optional(),
  /** Each enterprise once: its Vietnamese legal name as the source prints it, and our English rendering of it. */
  tenants: z
    .array(
      citation.extend({
        name: z.string().trim().min(1).transform(nfc),
        /** The company form in English ("Co., Ltd." for TNHH, "JSC" for cổ phần), the name otherwise kept. */
        nameEn: z.string({ error: 'the English name is missing: add `nameEn:` (e.g. "Lechenwood Việt Nam Co., Ltd.")' }).trim().min(1).transform(nfc),
        /** What the enterprise does there, when a source says so, with that sentence. */
        activity: citation.extend({ text: bilingual }).optional(),
      }),
    )
    .default([]),
  /** Position in lists (menus, home page). */
  order: z.number().int(),
});
