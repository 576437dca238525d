/**
 * What one article states: numbers with units, parks and clusters, sectors, dates — each with the sentence
 * it came from — and which numbers a profile already cites. Pure: the caller reads files and profiles.
 */
import { composeArticle } from '../article/compose.ts';
import { DATE_LINE } from '../article/chrome.ts';
import { decodeArticle } from '../article/decode.ts';
import type { MetadataEntry } from '../article/metadata.ts';
import { normalizeSpace } from '../text.ts';
import { findQuantities, type Quantity } from '../vn-number.ts';
import { citationOf, type Citation } from './cited.ts';
import { findDates, type DateMention } from './dates.ts';
import type { Profiles } from './profiles.ts';
import { findSectorMentions, sectorTable, type SectorMention } from './sectors.ts';
import { splitSentences } from './sentences.ts';
import { findZoneMentions, matchZone, type ZoneMatch, type ZoneMention } from './zones.ts';

interface InSentence {
  /** The sentence it was found in, verbatim from the cleaned text: paste it as the fact's `quote`. */
  sentence: string;
  /** Where in the page: the headline, body text, a photo caption, or the dateline. */
  part: 'title' | 'text' | 'caption' | 'byline' | 'dateline';
}

export type NumberFinding = Quantity & InSentence & { citation: Citation };
export type ZoneFinding = ZoneMention & InSentence & { match: ZoneMatch; /** The zone's profile already uses this article. */ usedInProfile: boolean };
export type SectorFinding = SectorMention & InSentence & { /** Zones/provinces linking this sector on this article's authority. */ linkedBy: string[] };
export type DateFinding = DateMention & InSentence;

export interface ArticleReport {
  file: string;
  slug: string;
  /** metadata: from seeds/metadata.yaml; derived: from the title, as the site would (see compose.ts). */
  slugSource: 'metadata' | 'derived';
  title: string;
  date?: string;
  period?: string;
  /** What the article still lacks to build without warnings. */
  missing: string[];
  numbers: NumberFinding[];
  zones: ZoneFinding[];
  sectors: SectorFinding[];
  dates: DateFinding[];
}

/** Throws InputError (from decoding or cleaning) when the file is not a usable article. */
export function extractArticle(file: string, bytes: Uint8Array, meta: MetadataEntry | undefined, profiles: Profiles): ArticleReport {
  const article = composeArticle(file, bytes, meta);
  const slug = article.slug;
  const table = sectorTable(profiles.sectors);
  const report: ArticleReport = {
    file,
    slug,
    slugSource: meta?.slug ? 'metadata' : 'derived',
    title: article.title,
    missing: article.missing,
    numbers: [],
    zones: [],
    sectors: [],
    dates: [],
  };
  if (article.date) report.date = article.date;
  if (article.period) report.period = article.period;

  // The dateline ("14:27, 30/06/2021") is page furniture the cleaner lifts out of the text; report it too.
  for (const line of decodeArticle(file, bytes).split(/\r?\n/u).map(normalizeSpace)) {
    if (DATE_LINE.test(line))
      for (const d of findDates(line)) report.dates.push({ ...d, note: d.note ? `dateline; ${d.note}` : 'dateline', sentence: line, part: 'dateline' });
  }

  // The headline names zones and figures too; it is part of the text quotes are checked against.
  const paragraphs = article.titleSource === 'page' ? [{ kind: 'title' as const, text: article.title }, ...article.paragraphs] : article.paragraphs;
  for (const s of splitSentences(paragraphs)) {
    const at = { sentence: s.text, part: s.kind };
    const named = findZoneMentions(s.text);
    for (const q of findQuantities(s.text)) {
      // Digits inside a name ("KCN Yên Bình 2") are not figures.
      if (named.some((z) => q.start < z.end && q.end > z.start)) continue;
      report.numbers.push({ ...q, ...at, citation: citationOf(q, slug, profiles.facts) });
    }
    for (const z of named) {
      const match = matchZone(z, profiles.zones);
      const zone = match.status === 'known' ? profiles.zones.find((k) => k.id === match.zone) : undefined;
      report.zones.push({ ...z, ...at, match, usedInProfile: zone?.sources.has(slug) ?? false });
    }
    for (const m of findSectorMentions(s.text, table)) {
      const links = profiles.sectors.find((k) => k.id === m.sector)?.links ?? [];
      report.sectors.push({ ...m, ...at, linkedBy: [...new Set(links.filter((l) => l.source === slug).map((l) => l.ref))] });
    }
    for (const d of findDates(s.text)) report.dates.push({ ...d, ...at });
  }
  return report;
}
