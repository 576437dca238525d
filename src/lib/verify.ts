import { LOCALES, type Locale } from '../i18n/locales.ts';
import { quoteUses } from './facts.ts';
import { checkNarrative, citedFacts, narrativeOwner, type NarrativeLang } from './narrative/check.ts';
import type { NarrativeProblem } from './narrative/tree.ts';
import { foldDiacritics, normalizeSpace } from './text.ts';
import { findQuantities, parseVnNumber, qualifiersOf, sameValue } from './vn-number.ts';
import { stripZonePrefix } from './zone-names.ts';
import type { Article, Content, Fact, Owner, Zone } from './types.ts';

/** One thing wrong with the content: the file to open, the field, what is wrong and how to fix it. */
export interface Problem {
  file: string;
  field: string;
  /** In a text file (a narrative): the place, written file:line:column so an editor opens it there. */
  at?: { line: number; column: number };
  problem: string;
  fix: string;
}

export function formatProblem(p: Problem): string {
  return `${p.at ? `${p.file}:${p.at.line}:${p.at.column}` : `${p.file}: ${p.field}`}: ${p.problem}. Fix: ${p.fix}`;
}

/** A problem at a line and column of a narrative file. */
export function narrativeProblem(file: string, { line, column, problem, fix }: NarrativeProblem): Problem {
  return { file, field: `line ${line}, column ${column}`, at: { line, column }, problem, fix };
}

/** Content problems stop the build: nothing is published with an unverified quote or a broken reference. */
export class SiteDataError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const lines = problems.map(formatProblem);
    super(`The content has ${lines.length} problem(s); nothing was published:\n  - ${lines.join('\n  - ')}`);
    this.name = 'SiteDataError';
    this.problems = problems;
    // The message says everything a maintainer needs; a stack trace into the build would only bury it.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Everything the build must refuse to publish, checked across collections. Pure: returns the problems. */
export function verifySite(content: Content): Problem[] {
  const problems: Problem[] = [];
  const articles = new Map(content.articles.map((a) => [a.slug, a]));
  const sectorIds = new Set(content.sectors.map((s) => s.id));
  const sectorsFile = content.sectors[0]?.file ?? 'sectors.yaml';
  const linkedSectors = new Set<string>();

  /**
   * A quote must occur in its article, whitespace-normalised, inside one paragraph (a quote across a caption and
   * the text after it cannot be marked on the source page); the article must exist. A zone's quote must not be
   * about another zone only.
   */
  function checkQuote(owner: Owner, field: string, source: string, quote: string): void {
    const file = owner.file;
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
    const q = normalizeSpace(quote);
    if (!article.text.includes(q)) {
      problems.push({
        file,
        field: `${field}.quote`,
        problem: `the quote "${truncate(quote)}" does not occur in ${article.file}`,
        fix: `copy the sentence verbatim from ${article.file} (only whitespace may differ)`,
      });
    } else if (!blocksOf(article).some((block) => block.includes(q))) {
      problems.push({
        file,
        field: `${field}.quote`,
        problem: `the quote "${truncate(quote)}" runs across two paragraphs of ${article.file} (e.g. a photo caption and the text after it)`,
        fix: 'quote from one paragraph only; split it into two items if both parts are needed',
      });
    }
    if (owner.kind !== 'province') {
      const about = otherZoneNamed(owner, q, content.zones);
      if (about) {
        problems.push({
          file,
          field: `${field}.quote`,
          problem: `the quote names ${about.name.vi} (${about.file}) and not ${owner.name.vi}`,
          fix: `move the item to ${about.file}, or quote a sentence about ${owner.name.vi}`,
        });
      }
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
    problems.push(...duplicateIds(owner));
    owner.facts.forEach((fact, i) => {
      const field = `facts[${i}] (${fact.id})`;
      checkQuote(owner, field, fact.source, fact.quote);
      const wrong = figureProblem(fact) ?? phaseProblem(owner, fact);
      if (wrong) problems.push({ file: owner.file, field: `${field}.${wrong.field}`, problem: wrong.problem, fix: wrong.fix });
    });
    owner.status.forEach((entry, i) => checkQuote(owner, `status[${i}] (${entry.id})`, entry.source, entry.quote));
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
      checkQuote(owner, field, link.source, link.quote);
    });
    if (owner.kind === 'province') continue;
    owner.tenants.forEach((tenant, i) => {
      checkQuote(owner, `tenants[${i}] (${tenant.name})`, tenant.source, tenant.quote);
      if (tenant.activity) checkQuote(owner, `tenants[${i}] (${tenant.name}).activity`, tenant.activity.source, tenant.activity.quote);
      const twin = owner.tenants.findIndex((other) => other.name === tenant.name);
      if (twin !== i)
        problems.push({
          file: owner.file,
          field: `tenants[${i}] (${tenant.name})`,
          problem: `lists the same enterprise as tenants[${twin}]`,
          fix: 'list each enterprise once; put a second source saying what it does under its `activity`',
        });
    });
    if (owner.tenantActivity) checkQuote(owner, 'tenantActivity', owner.tenantActivity.source, owner.tenantActivity.quote);
    if (owner.locationSource) checkQuote(owner, 'locationSource', owner.locationSource.source, owner.locationSource.quote);
  }
  problems.push(...narrativeCoverage(content, owners), ...narrativeProse(content, owners, (slug) => articles.get(slug)));
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

/** Every zone and province has its overview in both languages, and every narrative belongs to one. */
function narrativeCoverage(content: Content, owners: readonly Owner[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set(owners.map((o) => o.id));
  for (const n of content.narratives) {
    if (ids.has(n.owner) && LOCALES.includes(n.lang as Locale)) continue;
    problems.push({
      file: n.file,
      field: '(file name)',
      problem: ids.has(n.owner) ? `is not named vi.mdx or en.mdx` : `its folder "${n.owner}" names no zone or province`,
      fix: ids.has(n.owner) ? 'rename it to vi.mdx or en.mdx' : `rename the folder after a zone or province id (${[...ids].join(', ')}), or remove it`,
    });
  }
  for (const owner of owners)
    for (const lang of LOCALES)
      if (!content.narratives.some((n) => n.owner === owner.id && n.lang === lang))
        problems.push({
          file: `narratives/${owner.id}/${lang}.mdx`,
          field: '(file)',
          problem: `${owner.name.en} has no ${lang === 'vi' ? 'Vietnamese' : 'English'} overview`,
          fix: `write it (each zone and province has narratives/<id>/vi.mdx and en.mdx, citing the same facts with <Fact id="…" />)`,
        });
  return problems;
}

/** What each narrative says, held against its owner's facts and its sibling in the other language (narrative/check.ts). */
function narrativeProse(content: Content, owners: readonly Owner[], article: (slug: string) => Article | undefined): Problem[] {
  const byId = new Map(content.narratives.map((n) => [`${n.owner}/${n.lang}`, n]));
  return owners.flatMap((owner) => {
    const facts = narrativeOwner(owner, article);
    return LOCALES.flatMap((lang) => {
      const narrative = byId.get(`${owner.id}/${lang}`);
      if (!narrative) return []; // narrativeCoverage says so
      const sibling = byId.get(`${owner.id}/${LOCALES.find((l) => l !== lang)}`);
      const cites = sibling && { file: sibling.file, cites: citedFacts(sibling.tree) };
      return checkNarrative(narrative.tree, lang as NarrativeLang, facts, cites).map((p) => narrativeProblem(narrative.file, p));
    });
  });
}

/** A `phase` must name one of the zone's `phases`, and only an area figure measures a phase. */
function phaseProblem(owner: Owner, fact: Fact): { field: string; problem: string; fix: string } | undefined {
  if (fact.phase === undefined) return undefined;
  const phases = owner.kind === 'province' ? [] : owner.phases.map((p) => p.id);
  if (!phases.includes(fact.phase))
    return {
      field: 'phase',
      problem: `names the phase "${fact.phase}", which is not among ${owner.kind === 'province' ? 'the phases of a province (provinces have none)' : "the zone's `phases`"}`,
      fix: phases.length ? `use one of: ${phases.join(', ')}` : "add the phase to the zone's `phases` (id and name in both languages), or remove `phase`",
    };
  if (fact.metric !== 'area')
    return { field: 'phase', problem: `a ${fact.metric} figure has a phase; only area figures are summed by phase`, fix: 'remove `phase`' };
  return undefined;
}

/** Computed once per object: an article is quoted and a zone's name is looked for thousands of times on a large site. */
function once<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key)!;
  };
}

/** The paragraphs a quote may come from: the headline, each paragraph (text or caption) and the byline. */
const blocksOf = once((article: Article): string[] => [article.title, ...article.paragraphs.map((p) => p.text), article.byline ?? ''].map(normalizeSpace));

/** How the sources name a zone without its kind, folded for matching: from its name and its short name ("Thanh Bình"). */
const properNames = once((zone: Zone) => [zone.name.vi, zone.shortName.vi].map((n) => foldDiacritics(stripZonePrefix(n)).toLowerCase()));

/** Another zone that the quote names while it does not name its owner: the item was filed under the wrong zone. */
function otherZoneNamed(owner: Zone, quote: string, zones: readonly Zone[]): Zone | undefined {
  const q = foldDiacritics(quote).toLowerCase();
  if (properNames(owner).some((name) => q.includes(name))) return undefined;
  return zones.find((z) => z.id !== owner.id && properNames(z).some((name) => q.includes(name)));
}

/** Ids that would become the same HTML anchor on the source page (q-<owner>-<id>): facts and status entries share it. */
function duplicateIds(owner: Owner): Problem[] {
  const items = [
    ...owner.facts.map((f, i) => ({ id: f.id, field: `facts[${i}] (${f.id})` })),
    ...owner.status.map((s, i) => ({ id: s.id, field: `status[${i}] (${s.id})` })),
  ];
  // Sector links, tenants and the location are anchored by position ("sector-0", "tenant-1", "location").
  const positional = new Set(
    quoteUses(owner)
      .filter((u) => u.what === 'sector' || u.what === 'tenant' || u.what === 'location')
      .map((u) => u.anchor.slice(`q-${owner.id}-`.length)),
  );
  const seen = new Map<string, string>();
  return items.flatMap(({ id, field }) => {
    const first = seen.get(id);
    seen.set(id, first ?? field);
    if (!first && !positional.has(id)) return [];
    return [
      {
        file: owner.file,
        field: `${field}.id`,
        problem: first
          ? `the id "${id}" is already used by ${first} (both would get the anchor q-${owner.id}-${id})`
          : `the id "${id}" is the anchor of a sector, tenant or location quote`,
        fix: 'give each fact and status entry of the file its own id',
      },
    ];
  });
}

/**
 * The figure must be readable in its own quote: the quote is the evidence, not just the neighbourhood. Its value and
 * unit must be a quantity of the quote, and its qualifier one the quote states before it (over, about, nearly …, or
 * exact when it states none). A figure shown as printed must still start with the printed number.
 */
function figureProblem(fact: Fact): { field: string; problem: string; fix: string } | undefined {
  const quote = normalizeSpace(fact.quote);
  if (fact.asPrinted) {
    const printed = normalizeSpace(fact.asPrinted);
    if (!quote.includes(printed))
      return { field: 'asPrinted', problem: `"${printed}" does not occur in its quote`, fix: 'copy the amount exactly as the quote prints it' };
    const leading = parseVnNumber(printed.match(/^\d[\d.,]*/u)?.[0] ?? '');
    const readable = leading !== undefined && fact.value > 0 && Array.from({ length: 6 }, (_, k) => leading * 1000 ** k).some((v) => sameValue(v, fact.value));
    if (!readable) {
      return {
        field: 'value',
        problem: `${fact.value} is not a reading of the printed "${printed}"`,
        fix: 'give as `value` the positive number the printed amount is read as, in base units (e.g. 15100000000 for "15,1 tỷ triệu USD" read as USD 15.1 billion)',
      };
    }
    return undefined;
  }
  const matches = findQuantities(quote).filter((q) => q.unit === fact.unit && sameValue(q.value, fact.value));
  if (matches.length === 0) {
    return {
      field: 'value',
      problem: `${fact.value} (${fact.unit}) does not appear in its quote "${truncate(fact.quote)}"`,
      fix: 'make `value` and `unit` say what the quote says, in base units (VND, USD, ha, people, percent); for a misprint the quote cannot support, add `asPrinted`',
    };
  }
  if (fact.qualifier === 'target') return undefined; // a target is named by the sentence ("phấn đấu", "mục tiêu"), not by a word before the number
  const stated = new Set<string>(matches.flatMap((q) => (q.qualifierText ? qualifiersOf(q.qualifierText) : [])));
  if (stated.size === 0) stated.add('exact');
  // "lên đến 1.620 tỷ đồng" reports the total a sum amounts to, not a ceiling: it reads as the figure itself.
  if (matches.some((q) => AMOUNTING_TO.test(q.qualifierText ?? ''))) stated.add('exact');
  if (stated.has(fact.qualifier)) return undefined;
  return {
    field: 'qualifier',
    problem: `the quote says "${matches[0]!.text}" (${[...stated].join(' / ')}), not ${fact.qualifier}`,
    fix: `set \`qualifier: ${[...stated][0]}\` (trên/hơn → over, khoảng → about, gần → nearly, ước → estimate, tối thiểu → at-least, tối đa → up-to; lên đến (amounting to) or none → exact)`,
  };
}

/** "lên đến" / "lên tới" before a total: "amounting to". */
const AMOUNTING_TO = /\blên (?:đến|tới)\b/u;

function truncate(text: string, max = 80): string {
  const t = normalizeSpace(text);
  return t.length <= max ? t : `${t.slice(0, max)}…`;
}
