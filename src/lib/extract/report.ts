/** Renders extraction reports as a table for a maintainer's terminal, or as JSON. Pure. */
import type { ArticleReport, DateFinding, NumberFinding, SectorFinding, ZoneFinding } from './article.ts';
import { UNITS } from '../model.ts';
import { zoneKey } from './zones.ts';

const MODEL_UNITS: ReadonlySet<string> = new Set(UNITS);

export interface ReportOptions {
  /** Only what no profile cites yet: new numbers, new or unused zones, unlinked sectors. */
  onlyNew?: boolean;
}

export interface FileError {
  file: string;
  field?: string;
  message: string;
}

/** A number is cited when a profile cites it from this article; a zone is covered when known and its profile uses this article. */
const zoneCovered = (z: ZoneFinding): boolean => z.match.status === 'known' && z.usedInProfile;
const sectorCovered = (s: SectorFinding): boolean => s.known && s.linkedBy.length > 0;

export function filterReport(r: ArticleReport, options: ReportOptions): ArticleReport {
  if (!options.onlyNew) return r;
  return {
    ...r,
    numbers: r.numbers.filter((n) => n.citation.status === 'new'),
    zones: r.zones.filter((z) => !zoneCovered(z)),
    sectors: r.sectors.filter((s) => !sectorCovered(s)),
  };
}

const pad = (s: string, n: number): string => (s.length >= n ? `${s} ` : s.padEnd(n));

function valueText(n: NumberFinding): string {
  const value = n.max !== undefined ? `${n.value}–${n.max}` : String(n.value);
  const of = n.outOf !== undefined ? ` of ${n.outOf}` : '';
  const unit = n.unit === 'count' && n.noun ? `count (${n.noun})` : n.unit === 'number' ? '(no unit)' : n.unit;
  const q = n.qualifier === 'exact' ? '' : ` · ${n.qualifier}`;
  return `${value}${of} ${unit}${q}`;
}

function numbersSection(all: ArticleReport, r: ArticleReport, lines: string[]): void {
  const fresh = all.numbers.filter((n) => n.citation.status === 'new').length;
  lines.push(`NUMBERS — ${all.numbers.length} found, ${fresh} not cited by any profile${all === r ? '' : '; showing only those'}`);
  let sentence: string | undefined;
  for (const n of r.numbers) {
    if (n.sentence !== sentence) {
      sentence = n.sentence;
      const part = n.part === 'caption' ? '  [photo caption]' : n.part === 'title' ? '  [headline]' : '';
      lines.push(`  “${n.sentence}”${part}`);
    }
    const status = n.citation.status === 'cited' ? 'cited' : 'NEW';
    const refs = n.citation.status === 'cited' ? n.citation.by.join(', ') : '';
    lines.push(`    ${pad(status, 6)} ${pad(n.text, 30)} ${pad(valueText(n), 34)} ${refs}`.trimEnd());
    if (n.suspicious) lines.push(`           ⚠ suspicious: ${n.suspicious}`);
    if (n.citation.status === 'new' && !MODEL_UNITS.has(n.unit)) {
      lines.push(`           unit "${n.unit}" is not in UNITS (src/lib/model.ts): a profile cannot cite it as it stands`);
    }
    if (n.citation.status === 'new' && n.citation.alsoFrom.length > 0) {
      lines.push(`           same figure cited from another article: ${n.citation.alsoFrom.map((a) => `${a.ref} (${a.source})`).join(', ')}`);
    }
  }
}

function zoneGroups(r: ArticleReport): Map<string, ZoneFinding[]> {
  const groups = new Map<string, ZoneFinding[]>();
  for (const z of r.zones) {
    const key = `${z.kind}:${zoneKey(z.name)}`;
    groups.set(key, [...(groups.get(key) ?? []), z]);
  }
  return groups;
}

function zonesSection(all: ArticleReport, r: ArticleReport, lines: string[]): void {
  const total = zoneGroups(all);
  const fresh = [...total.values()].filter((g) => g[0]!.match.status === 'new').length;
  lines.push(
    `PARKS AND CLUSTERS — ${total.size} named, ${fresh} without a profile${all === r ? '' : '; showing only those new or not yet used by their profile'}`,
  );
  const groups = zoneGroups(r);
  for (const group of groups.values()) {
    const z = group.find((g) => g.district) ?? group[0]!;
    const times = group.length > 1 ? ` ×${group.length}` : '';
    const label = `${z.kind === 'park' ? 'KCN' : 'CCN'} ${z.name}${z.district ? ` (${z.district})` : ''}`;
    if (z.match.status === 'known') {
      const used = group[0]!.usedInProfile ? 'its profile already uses this article' : 'its profile does not use this article yet';
      lines.push(`    ${pad('known', 6)} ${pad(label + times, 44)} → zones/${z.match.zone}; ${used}`);
    } else {
      lines.push(`    ${pad('NEW', 6)} ${pad(label + times, 44)} no profile in src/content/zones/ (a new ${z.kind}?)`);
      lines.push(`           as printed: “${z.text}” in “${z.sentence}”`);
    }
    for (const note of new Set(group.flatMap((g) => g.match.notes))) lines.push(`           ⚠ ${note}`);
  }
}

function sectorGroups(r: ArticleReport): Map<string, SectorFinding[]> {
  const groups = new Map<string, SectorFinding[]>();
  for (const s of r.sectors) groups.set(s.sector, [...(groups.get(s.sector) ?? []), s]);
  return groups;
}

function sectorsSection(all: ArticleReport, r: ArticleReport, lines: string[]): void {
  const total = sectorGroups(all);
  const fresh = [...total.values()].filter((g) => !g[0]!.known).length;
  lines.push(
    `SECTORS — ${total.size} named, ${fresh} not in the sectors collection${all === r ? '' : '; showing only those no profile links from this article'}`,
  );
  const groups = sectorGroups(r);
  for (const [sector, group] of groups) {
    const printed = [...new Set(group.map((g) => `“${g.text}”`))].join(', ');
    const s = group[0]!;
    const where = !s.known
      ? 'not in src/content/sectors.yaml (add it there, or extend SECTOR_SYNONYMS)'
      : s.linkedBy.length > 0
        ? `linked on this article's authority by ${s.linkedBy.join(', ')}`
        : 'no profile links it on this article’s authority';
    lines.push(`    ${pad(s.known ? 'known' : 'NEW', 6)} ${pad(sector, 30)} ${printed}`);
    lines.push(`           ${where}`);
  }
}

function datesSection(r: ArticleReport, lines: string[]): void {
  const groups = new Map<string, DateFinding[]>();
  for (const d of r.dates) groups.set(`${d.text}|${d.value ?? ''}`, [...(groups.get(`${d.text}|${d.value ?? ''}`) ?? []), d]);
  lines.push(`DATES AND PERIODS — ${r.dates.length} found`);
  for (const group of groups.values()) {
    const d = group[0]!;
    const times = group.length > 1 ? ` ×${group.length}` : '';
    lines.push(`    ${pad(d.value ?? '—', 12)} ${pad(d.kind, 13)} ${d.text}${times}${d.note ? `  (${d.note})` : ''}`);
  }
}

/** One article as text: header, then numbers (grouped by sentence), zones, sectors, dates. */
export function renderArticle(report: ArticleReport, options: ReportOptions = {}): string {
  const r = filterReport(report, options);
  const when = r.date ? `date ${r.date}` : r.period ? `period ${r.period}` : 'no date or period';
  const lines = [
    `━━ ${r.file}`,
    `   ${r.title}`,
    `   slug ${r.slug} (${r.slugSource === 'metadata' ? 'from seeds/metadata.yaml' : 'derived from the title: no metadata entry'}) · ${when}`,
  ];
  if (r.missing.length > 0) lines.push(`   still to add to the metadata: ${r.missing.join('; ')}`);
  lines.push('');
  numbersSection(report, r, lines);
  lines.push('');
  zonesSection(report, r, lines);
  lines.push('');
  sectorsSection(report, r, lines);
  lines.push('');
  datesSection(r, lines);
  return `${lines.join('\n')}\n`;
}

/** The closing summary line(s) of a run. */
export function renderSummary(reports: readonly ArticleReport[], errors: readonly FileError[]): string {
  const numbers = reports.reduce((n, r) => n + r.numbers.filter((x) => x.citation.status === 'new').length, 0);
  const zones = new Set(reports.flatMap((r) => r.zones.filter((z) => z.match.status === 'new').map((z) => `${z.kind}:${zoneKey(z.name)}`))).size;
  const sectors = new Set(reports.flatMap((r) => r.sectors.filter((s) => !s.known).map((s) => s.sector))).size;
  const files = reports.length + errors.length;
  const lines = [
    `${files} file${files === 1 ? '' : 's'}: ${reports.length} read, ${errors.length} failed${errors.length ? ' (messages on stderr)' : ''}. Not cited by any profile yet: ${numbers} number${numbers === 1 ? '' : 's'}; ${zones} park/cluster name${zones === 1 ? '' : 's'} without a profile; ${sectors} sector${sectors === 1 ? '' : 's'} not in the collection.`,
  ];
  return `${lines.join('\n')}\n`;
}

/** The JSON form: the same findings, without offsets. */
export function toJson(reports: readonly ArticleReport[], errors: readonly FileError[], options: ReportOptions = {}): string {
  const strip = <T extends { start: number; end: number }>(x: T): Omit<T, 'start' | 'end'> => {
    const { start: _s, end: _e, ...rest } = x;
    return rest;
  };
  const articles = reports.map((report) => {
    const r = filterReport(report, options);
    return { ...r, numbers: r.numbers.map(strip), zones: r.zones.map(strip), sectors: r.sectors.map(strip), dates: r.dates.map(strip) };
  });
  return `${JSON.stringify({ articles, errors }, null, 2)}\n`;
}
