import type { SiteData } from './types.ts';

/** One published figure as open data: the same facts the pages show, with their provenance. */
export interface FactRow {
  owner_kind: string;
  owner_id: string;
  owner_name_vi: string;
  owner_name_en: string;
  fact_id: string;
  metric: string;
  value: number;
  unit: string;
  qualifier: string;
  as_of: string;
  as_printed: string;
  /** True when the source's amount cannot be read as printed (`as_printed`): `value` is then our reading of it. */
  value_is_reading: boolean;
  label_vi: string;
  label_en: string;
  conflict_group: string;
  note_vi: string;
  note_en: string;
  source: string;
  source_file: string;
  source_date: string;
  source_date_inferred: boolean;
  quote: string;
}

export function factRows(site: Pick<SiteData, 'owners' | 'article'>): FactRow[] {
  return site.owners.flatMap((owner) =>
    owner.facts.map((f) => {
      const a = site.article(f.source);
      return {
        owner_kind: owner.kind,
        owner_id: owner.id,
        owner_name_vi: owner.name.vi,
        owner_name_en: owner.name.en,
        fact_id: f.id,
        metric: f.metric,
        value: f.value,
        unit: f.unit,
        qualifier: f.qualifier,
        as_of: f.asOf ?? '',
        as_printed: f.asPrinted ?? '',
        value_is_reading: f.asPrinted !== undefined,
        label_vi: f.label.vi,
        label_en: f.label.en,
        conflict_group: f.conflictGroup ?? '',
        note_vi: f.note?.vi ?? '',
        note_en: f.note?.en ?? '',
        source: f.source,
        source_file: a.file,
        source_date: a.date ?? a.period ?? '',
        source_date_inferred: a.dateInferred,
        quote: f.quote,
      };
    }),
  );
}

/** RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends; a BOM so spreadsheet apps read UTF-8. */
export function toCsv(rows: readonly FactRow[]): string {
  if (rows.length === 0) return '';
  const header = Object.keys(rows[0]!) as (keyof FactRow)[];
  const cell = (v: unknown) => `"${String(v).replace(/"/g, '""')}"`;
  return `\ufeff${[header.map(cell).join(','), ...rows.map((r) => header.map((h) => cell(r[h])).join(','))].join('\r\n')}\r\n`;
}
