import { normalizeSpace } from './text.ts';
import { findQuantities, sameValue } from './vn-number.ts';
import type { Content, Fact, Owner } from './types.ts';

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

/** Content problems stop the build: nothing is published with an unverified quote or a broken reference. */
export class SiteDataError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const lines = problems.map(formatProblem);
    super(`The content has ${lines.length} problem(s); nothing was published:\n  - ${lines.join('\n  - ')}`);
    this.name = 'SiteDataError';
    this.problems = problems;
  }
}

/** Everything the build must refuse to publish, checked across collections. Pure: returns the problems. */
export function verifySite(content: Content): Problem[] {
  const problems: Problem[] = [];
  const articles = new Map(content.articles.map((a) => [a.slug, a]));
  const sectorIds = new Set(content.sectors.map((s) => s.id));
  const sectorsFile = content.sectors[0]?.file ?? 'sectors.yaml';
  const linkedSectors = new Set<string>();

  /** A quote must occur in its article, whitespace-normalised; the article must exist. */
  function checkQuote(file: string, field: string, source: string, quote: string): void {
    const article = articles.get(source);
    if (!article) {
      problems.push({
        file,
        field: `${field}.source`,
        problem: `refers to an unknown article "${source}"`,
        fix: `use one of: ${[...articles.keys()].join(', ')}`,
      });
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

  for (const role of ['home', 'peer'] as const) {
    const holders = content.provinces.filter((p) => p.role === role);
    if (holders.length !== 1) {
      problems.push({
        file: holders[1]?.file ?? 'provinces/',
        field: 'role',
        problem:
          holders.length === 0 ? `no province has role "${role}"` : `${holders.length} provinces have role "${role}" (${holders.map((p) => p.id).join(', ')})`,
        fix: `give exactly one province file \`role: ${role}\``,
      });
    }
  }

  const owners: Owner[] = [...content.zones, ...content.provinces];
  for (const owner of owners) {
    const seen = new Set<string>();
    owner.facts.forEach((fact, i) => {
      const field = `facts[${i}] (${fact.id})`;
      if (seen.has(fact.id))
        problems.push({ file: owner.file, field, problem: `duplicate fact id "${fact.id}"`, fix: 'give each fact of the file its own id' });
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
        problems.push({
          file: owner.file,
          field: `${field}.sector`,
          problem: `refers to an unknown sector "${link.sector}"`,
          fix: `add it to ${sectorsFile} or use one of: ${[...sectorIds].join(', ')}`,
        });
      }
      linkedSectors.add(link.sector);
      checkQuote(owner.file, field, link.source, link.quote);
    });
    if (owner.kind === 'province') continue;
    owner.tenants.forEach((tenant, i) => checkQuote(owner.file, `tenants[${i}] (${tenant.name})`, tenant.source, tenant.quote));
    if (owner.locationSource) checkQuote(owner.file, 'locationSource', owner.locationSource.source, owner.locationSource.quote);
  }
  for (const sector of content.sectors) {
    if (!linkedSectors.has(sector.id)) {
      problems.push({
        file: sector.file,
        field: sector.id,
        problem: 'no zone or province lists this sector, so its page would be empty',
        fix: 'link it from a zone or province `sectors` entry with its quote, or remove it',
      });
    }
  }
  return problems;
}

/** The figure must be readable in its own quote: the quote is the evidence, not just the neighbourhood. */
function figureInQuote(fact: Pick<Fact, 'value' | 'unit' | 'quote' | 'asPrinted'>): boolean {
  const quote = normalizeSpace(fact.quote);
  if (fact.asPrinted) return quote.includes(normalizeSpace(fact.asPrinted));
  return findQuantities(quote).some((q) => q.unit === fact.unit && sameValue(q.value, fact.value));
}

function truncate(text: string, max = 80): string {
  const t = normalizeSpace(text);
  return t.length <= max ? t : `${t.slice(0, max)}…`;
}
