/**
 * What the site already knows, read straight from the content YAML (no Astro at run time): zones, provinces
 * and their facts, and the sectors collection. Only the fields the extractor needs are read; the build's zod
 * schemas remain the authority on validity.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { InputError } from '../article/errors.ts';
import { stripZonePrefix } from '../zone-names.ts';

export interface KnownFact {
  /** "zones/thanh-binh#workers-001" */
  ref: string;
  value: number;
  unit: string;
  source: string;
  /** The verbatim sentence the fact rests on. */
  quote: string;
  asPrinted?: string;
}

export interface KnownZone {
  id: string;
  kind: 'park' | 'cluster';
  /** "Khu công nghiệp Thanh Bình" */
  name: string;
  /** The proper name without "KCN"/"CCN": "Thanh Bình". */
  properName: string;
  /** "huyện Chợ Mới, tỉnh Bắc Kạn" */
  location: string;
  /** Articles any fact, status entry, sector link or tenant of this zone rests on. */
  sources: Set<string>;
}

export interface KnownSector {
  id: string;
  name: string;
  /** Zones and provinces that link this sector, with the article the link rests on. */
  links: { ref: string; source: string }[];
}

export interface Profiles {
  zones: KnownZone[];
  facts: KnownFact[];
  sectors: KnownSector[];
  /** Content files that could not be read: reported, and the rest still used. */
  problems: InputError[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
const vi = (v: unknown): string => (isObj(v) ? str(v['vi']) : '');

function readYaml(path: string, display: string): unknown {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(display, 'yaml', `cannot be parsed (${(error as Error).message.split('\n')[0]})`, 'fix the YAML syntax');
  }
}

function factsOf(doc: Obj, owner: string): KnownFact[] {
  return list(doc['facts']).flatMap((f) => {
    if (typeof f['value'] !== 'number') return [];
    const fact: KnownFact = { ref: `${owner}#${str(f['id'])}`, value: f['value'], unit: str(f['unit']), source: str(f['source']), quote: str(f['quote']) };
    if (typeof f['asPrinted'] === 'string') fact.asPrinted = f['asPrinted'];
    return [fact];
  });
}

/** Reads {zones,provinces}/*.yaml and sectors.yaml of the content folder (CONTENT_DIR). Never throws for a bad file. */
export function loadProfiles(content: string): Profiles {
  const problems: InputError[] = [];
  const zones: KnownZone[] = [];
  const facts: KnownFact[] = [];
  const links: { sector: string; ref: string; source: string }[] = [];

  for (const folder of ['zones', 'provinces'] as const) {
    const dir = join(content, folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()) {
      const id = file.replace(/\.yaml$/u, '');
      const owner = `${folder}/${id}`;
      let doc: unknown;
      try {
        doc = readYaml(join(dir, file), `src/content/${folder}/${file}`);
      } catch (error) {
        problems.push(error as InputError);
        continue;
      }
      if (!isObj(doc)) continue;
      facts.push(...factsOf(doc, owner));
      for (const s of list(doc['sectors'])) links.push({ sector: str(s['sector']), ref: owner, source: str(s['source']) });
      if (folder === 'zones') {
        const sources = new Set<string>();
        for (const key of ['facts', 'status', 'sectors', 'tenants']) for (const e of list(doc[key])) sources.add(str(e['source']));
        const locationSource = doc['locationSource'];
        if (isObj(locationSource)) sources.add(str(locationSource['source']));
        const name = vi(doc['name']);
        zones.push({
          id,
          kind: doc['kind'] === 'park' ? 'park' : 'cluster',
          name,
          properName: stripZonePrefix(vi(doc['shortName']) || name),
          location: vi(doc['location']),
          sources,
        });
      }
    }
  }

  const sectors: KnownSector[] = [];
  const sectorsFile = join(content, 'sectors.yaml');
  if (existsSync(sectorsFile)) {
    try {
      const doc = readYaml(sectorsFile, 'src/content/sectors.yaml');
      // The `file()` loader takes a list of entries with `id`, or a map keyed by id.
      const entries: Obj[] = Array.isArray(doc) ? list(doc) : isObj(doc) ? Object.entries(doc).flatMap(([id, v]) => (isObj(v) ? [{ id, ...v }] : [])) : [];
      for (const e of entries) {
        const id = str(e['id']);
        if (id) sectors.push({ id, name: vi(e['name']), links: links.filter((l) => l.sector === id).map(({ ref, source }) => ({ ref, source })) });
      }
    } catch (error) {
      problems.push(error as InputError);
    }
  }
  return { zones, facts, sectors, problems };
}
