/**
 * The site's content read and checked as the build reads and checks it, without Astro: the same loaders' rules
 * (loadArticles, parseYamlList, parseYaml), the same zod schemas and the same cross-collection checks
 * (normaliseContent, verifySite, which also holds each narrative against its owner's facts). `--draft` uses it to verify drafted quotes, `--apply` to check its result.
 * Imports the schemas, hence `astro:content`: scripts/extract.ts maps that to src/schemas/astro-content.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { InputError } from '../article/errors.ts';
import { loadArticles } from '../../loaders/articles.ts';
import { narrativeFiles, narrativeOfFile } from '../../loaders/narratives.ts';
import { parseYaml } from '../../loaders/yaml.ts';
import { parseYamlList } from '../../loaders/yaml-list.ts';
import { glossarySchema } from '../../schemas/glossary.ts';
import { provinceSchema } from '../../schemas/province.ts';
import { sectorSchema } from '../../schemas/sector.ts';
import { zoneSchema } from '../../schemas/zone.ts';
import { normaliseContent, type CollectionEntry, type Collections } from '../normalise.ts';
import type { Content } from '../types.ts';
import { verifySite, type Problem } from '../verify.ts';

export interface Folders {
  /** CONTENT_DIR: zones/, provinces/, sectors.yaml, glossary.yaml. */
  content: string;
  /** SEEDS_DIR: the articles and metadata.yaml. */
  seeds: string;
  /** Paths in messages are relative to this folder. */
  root: string;
}

export interface Checked {
  /** Undefined when an input could not be read at all (the problem says which). */
  content: Content | undefined;
  problems: Problem[];
}

function parsed<S extends z.ZodType>(schema: S, id: string, data: unknown, file: string, problems: Problem[]): CollectionEntry<z.output<S>>[] {
  const result = schema.safeParse(data);
  if (result.success) return [{ id, data: result.data, filePath: file }];
  for (const issue of result.error.issues)
    problems.push({ file, field: issue.path.map(String).join('.') || '(entry)', problem: issue.message, fix: 'correct the field as the message says' });
  return [];
}

function folderEntries<S extends z.ZodType>(dir: string, schema: S, folders: Folders, problems: Problem[]): CollectionEntry<z.output<S>>[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => {
      const file = relative(folders.root, join(dir, name));
      return parsed(schema, name.slice(0, -'.yaml'.length), parseYaml(file, readFileSync(join(dir, name), 'utf8')), file, problems);
    });
}

function listEntries<S extends z.ZodType>(path: string, schema: S, folders: Folders, problems: Problem[]): CollectionEntry<z.output<S>>[] {
  if (!existsSync(path)) return [];
  const file = relative(folders.root, path);
  return parseYamlList(file, readFileSync(path, 'utf8')).flatMap((e) => parsed(schema, e.id, e.data, file, problems));
}

/** The narratives, as the build's loader gives them: id `<owner>/<lang>`, the parsed text as `tree`. */
function narrativeEntries(dir: string, folders: Folders, problems: Problem[]): Collections['narratives'] {
  return narrativeFiles(dir).flatMap(({ id, path }) => {
    const file = relative(folders.root, path);
    const { tree, problems: mine } = narrativeOfFile(readFileSync(path, 'utf8'), file);
    problems.push(...mine);
    return mine.length === 0 ? [{ id, data: { tree }, filePath: file }] : [];
  });
}

/** Reads and checks everything the build would; every problem names its file and field. Never throws for bad content. */
export function checkContent(folders: Folders): Checked {
  const problems: Problem[] = [];
  try {
    const collections: Collections = {
      articles: loadArticles(folders.seeds).articles.map((a) => ({ id: a.slug, data: a })),
      zones: folderEntries(join(folders.content, 'zones'), zoneSchema, folders, problems),
      provinces: folderEntries(join(folders.content, 'provinces'), provinceSchema, folders, problems),
      sectors: listEntries(join(folders.content, 'sectors.yaml'), sectorSchema, folders, problems),
      glossary: listEntries(join(folders.content, 'glossary.yaml'), glossarySchema, folders, problems),
      narratives: narrativeEntries(join(folders.content, 'narratives'), folders, problems),
    };
    if (problems.length > 0) return { content: undefined, problems };
    const content = normaliseContent(collections);
    return { content, problems: verifySite(content) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return {
      content: undefined,
      problems: [{ file: error.file, field: error.field, problem: error.message.replace(/^.*?: .*?: /u, '').replace(/\. Fix: .*$/u, ''), fix: error.fix }],
    };
  }
}
