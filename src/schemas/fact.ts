import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { METRICS, QUALIFIERS, TOPICS, UNITS } from '../lib/model.ts';
import { asOf, bilingual, nfc } from './bilingual.ts';
import { citation } from './citation.ts';

/** A slug-like id, unique within its owner file; used in HTML anchors. */
export const itemId = z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase ASCII with hyphens');

/** One figure, traceable to a verbatim sentence of a source article. */
export const factSchema = citation
  .extend({
    /** Stable id, unique within its zone/province; used as the HTML anchor. */
    id: itemId,
    metric: z.enum(METRICS),
    /** In base units: VND, USD, ha, people, percent (75.6 for 75,6%). */
    value: z.number({ error: 'the value must be a number in base units, e.g. 73.5 (ha) or 350000000000 (VND), without quotes' }),
    unit: z.enum(UNITS),
    qualifier: z.enum(QUALIFIERS).default('exact'),
    asOf: asOf.optional(),
    /** What exactly is counted, in both languages ("Phase I", "new projects 2021–2025"). */
    label: bilingual,
    /**
     * For an area figure: the part of the zone it measures, an id of the zone's `phases`. The glance shows one
     * figure per phase and their sum as the zone's total area (computed, and said to be).
     */
    phase: itemId.optional(),
    /** Groups facts into one comparison row when sources disagree (e.g. workers at Thanh Bình). */
    conflictGroup: z.string().optional(),
    /** Section of the page the fact belongs to; section titles live in the i18n files (`topic.<name>`). */
    topic: z.enum(TOPICS),
    note: bilingual.optional(),
    /**
     * The amount exactly as the source prints it, for a figure that cannot be read as a number
     * without correcting the source (e.g. "15,1 tỷ triệu USD"). Shown verbatim with `note`; never corrected.
     */
    asPrinted: z.string().trim().min(1, 'asPrinted is empty: copy the amount as the source prints it, or remove the field').transform(nfc).optional(),
  })
  .refine((fact) => !fact.asPrinted || fact.note, {
    path: ['note'],
    message: 'a figure shown as printed (`asPrinted`) needs a `note` in both languages saying why it is not read as a number',
  });

/** A statement about the owner's state or plans, in both languages, with its quote. */
export const statusEntry = citation.extend({
  id: itemId,
  text: bilingual,
  asOf: asOf.optional(),
});

/** A priority sector of the owner, as a sentence of a source names it. */
export const sectorLink = citation.extend({
  sector: reference('sectors'),
  /** Which part of the zone the priority applies to ("Phase II and the Phase I extension"). */
  scope: bilingual.optional(),
});
