import { sameValue } from './extract/cited.ts';
import { normalizeSpace } from './text.ts';
import { findQuantities } from './vn-number.ts';
import type { Owner, SiteData } from './types.ts';

/** One thing wrong with the content: the file to open, the field, what is wrong and how to fix it. */
export interface Problem {
  file: string;
  field: string;
  problem: string;
  fix: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field}: ${p.problem}. Fix: ${p.fix}`;
}

/** Everything the build must refuse to publish, checked across collections. Pure: returns the problems. */
export function verifySite(site: SiteData, sectorsFile = 'src/content/sectors.yaml'): Problem[] {
  const problems: Problem[] = [];
  const articles = new Map(site.articles.map((a) => [a.slug, a]));
  const sectorIds = new Set(site.sectors.map((s) => s.id));
  const linkedSectors = new Set<string>();

  /** A quote must occur in its article, whitespace-normalised; the article must exist. */
  function checkQuote(file: string, field: string, source: string, quote: string): void {
    const article = articles.get(source);
    if (!article) {
      problems.push({ file, field: `${field}.source`, problem: `refers to an unknown article "${source}"`, fix: `use one of: ${[...articles.keys()].join(', ')}` });
      return;
    }
    if (!article.text.includes(normalizeSpace(quote))) {
      problems.push({
        file,
        field: `${field}.quote`,
        problem: `the quote "${truncate(quote)}" does not occur in ${article.file}`,
        fix: `copy the sentence verbatim from ${article.file} (only whitespace may differ)`,
      });
    }
  }

  const owners: Owner[] = [...site.zones, ...site.provinces];
  for (const owner of owners) {
    const seen = new Set<string>();
    owner.facts.forEach((fact, i) => {
      const field = `facts[${i}] (${fact.id})`;
      if (seen.has(fact.id)) problems.push({ file: owner.file, field, problem: `duplicate fact id "${fact.id}"`, fix: 'give each fact of the file its own id' });
      seen.add(fact.id);
      checkQuote(owner.file, field, fact.source, fact.quote);
      if (!figureInQuote(fact)) {
        problems.push({
          file: owner.file,
          field: `${field}.value`,
          problem: `${fact.value} (${fact.unit}) does not appear in its quote "${truncate(fact.quote)}"`,
          fix: 'make `value` and `unit` say what the quote says, in base units (VND, USD, ha, people, percent); for a misprint the quote cannot support, add `asPrinted`',
        });
      }
    });
    owner.status.forEach((entry, i) => checkQuote(owner.file, `status[${i}] (${entry.id})`, entry.source, entry.quote));
    owner.sectors.forEach((link, i) => {
      const field = `sectors[${i}]`;
      if (!sectorIds.has(link.sector)) {
        problems.push({ file: owner.file, field: `${field}.sector`, problem: `refers to an unknown sector "${link.sector}"`, fix: `add it to ${sectorsFile} or use one of: ${[...sectorIds].join(', ')}` });
      }
      linkedSectors.add(link.sector);
      checkQuote(owner.file, field, link.source, link.quote);
    });
  }
  for (const zone of site.zones) {
    zone.tenants.forEach((tenant, i) => checkQuote(zone.file, `tenants[${i}] (${tenant.name})`, tenant.source, tenant.quote));
    if (zone.locationSource) checkQuote(zone.file, 'locationSource', zone.locationSource.source, zone.locationSource.quote);
  }
  for (const sector of site.sectors) {
    if (!linkedSectors.has(sector.id)) {
      problems.push({ file: sectorsFile, field: sector.id, problem: 'no zone or province lists this sector, so its page would be empty', fix: 'link it from a zone or province `sectors` entry with its quote, or remove it' });
    }
  }
  return problems;
}

/** The figure must be readable in its own quote: the quote is the evidence, not just the neighbourhood. */
function figureInQuote(fact: { value: number; unit: string; quote: string; asPrinted?: string | undefined }): boolean {
  const quote = normalizeSpace(fact.quote);
  if (fact.asPrinted) return quote.includes(normalizeSpace(fact.asPrinted));
  return findQuantities(quote).some((q) => q.unit === fact.unit && sameValue(q.value, fact.value));
}

function truncate(text: string, max = 80): string {
  const t = normalizeSpace(text);
  return t.length <= max ? t : `${t.slice(0, max)}…`;
}

/** i18next plural forms: English has _one and _other, Vietnamese only _other; they count as one key. */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Keys present in one language's UI strings and not the other's, as "vi only: a.b" lines. */
export function keyParity(resources: Record<string, unknown>): string[] {
  const keys = (obj: unknown, prefix = ''): string[] =>
    typeof obj === 'object' && obj !== null
      ? Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
      : [prefix.replace(PLURAL_SUFFIX, '')];
  const sets = Object.fromEntries(Object.entries(resources).map(([lang, res]) => [lang, new Set(keys(res))]));
  const out: string[] = [];
  for (const [lang, set] of Object.entries(sets)) {
    for (const [other, otherSet] of Object.entries(sets)) {
      if (lang === other) continue;
      for (const key of set) if (!otherSet.has(key)) out.push(`src/i18n/${lang}.json: "${key}" exists only in ${lang}. Fix: add it to src/i18n/${other}.json`);
    }
  }
  return out;
}
