/**
 * Extraction assistant: what a Vietnamese article states (numbers with units, parks and clusters, sectors,
 * dates) and which of its numbers no profile cites yet.
 *
 *   npm run extract                       every .txt in seeds/
 *   npm run extract -- seeds/005_x.txt    one or more files or folders (sub-folders included)
 *   npm run extract -- --json [path…]     the same as JSON on stdout
 *   npm run extract -- --new [path…]      only what no profile cites yet
 *   npm run extract -- FILE --draft       writes drafts/<article>.yaml to review (--drafts DIR: elsewhere)
 *   npm run extract -- --apply DRAFT      moves the confirmed blocks of a draft into the content, checked
 *
 * Without --draft/--apply it reads only. A file that cannot be read is reported (file, problem, fix) and the
 * others are still processed; the exit code is 1 when any file failed or a block was refused, 2 for a usage error.
 * Content and seeds are CONTENT_DIR and SEEDS_DIR (src/config.ts).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { config } from '../src/config.ts';
import { InputError } from '../src/lib/article/errors.ts';
import { parseMetadata, type MetadataEntry } from '../src/lib/article/metadata.ts';
import { extractArticle, type ArticleReport } from '../src/lib/extract/article.ts';
import { loadProfiles } from '../src/lib/extract/profiles.ts';
import { renderArticle, renderSummary, toJson, type FileError } from '../src/lib/extract/report.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `Usage: npm run extract -- [--json] [--new] [path…]
       npm run extract -- FILE… --draft [--drafts DIR]
       npm run extract -- --apply DRAFT.yaml
  path       article .txt files or folders of them, sub-folders included (default: seeds/)
  --json     print the findings as JSON
  --new      show only what no profile cites yet
  --draft    write drafts/<article>.yaml: the metadata entry, one block per figure, a skeleton per new zone
  --drafts   the folder to write drafts to (default: drafts/)
  --apply    move the blocks marked \`confirmed: true\` (English written) into the content, after the build's checks
`;
const FOLDERS = { content: resolve(ROOT, config.contentDir), seeds: resolve(ROOT, config.seedsDir), root: process.cwd() };

// The build's schemas import astro:content (for reference()); outside a build a small stand-in provides it.
registerHooks({
  resolve: (specifier, context, next) =>
    specifier === 'astro:content' ? { url: pathToFileURL(join(ROOT, 'src/schemas/astro-content.ts')).href, shortCircuit: true } : next(specifier, context),
});

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** The .txt files under a folder, sub-folders included (a folder named `x.txt` is walked, not read), sorted. */
function articlesUnder(dir: string): string[] {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .flatMap((path) => (statSync(path).isDirectory() ? articlesUnder(path) : path.endsWith('.txt') ? [path] : []))
    .sort();
}

function toError(error: unknown, file: string): FileError {
  if (error instanceof InputError) return { file: error.file, field: error.field, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { file, message: `${file}: could not be processed (${message.split('\n')[0]})` };
}

/** Writes drafts/<article>.yaml for each file; returns the exit code. */
async function draft(files: string[], dir: string): Promise<number> {
  const { checkContent } = await import('../src/lib/extract/content.ts');
  const { buildDraft } = await import('../src/lib/extract/draft.ts');
  const { renderDraft } = await import('../src/lib/extract/draft-file.ts');
  const { formatProblem } = await import('../src/lib/verify.ts');
  const { composeArticle } = await import('../src/lib/article/compose.ts');
  const checked = checkContent(FOLDERS);
  if (!checked.content) {
    for (const p of checked.problems) process.stderr.write(`extract: ${formatProblem(p)}\n`);
    process.stderr.write('extract: the content cannot be read, so no draft can be checked against it: fix the problems above first\n');
    return 1;
  }
  for (const p of checked.problems) process.stderr.write(`extract: (the content already has a problem) ${formatProblem(p)}\n`);
  mkdirSync(dir, { recursive: true });
  let code = 0;
  for (const file of files) {
    const name = display(file);
    try {
      const meta = metadataFor(file);
      const article = composeArticle(name, readFileSync(file), meta.entry);
      const d = buildDraft({ file: name, article, hasMetadata: meta.entry !== undefined, content: checked.content });
      const out = join(dir, `${basename(file, '.txt')}.yaml`);
      if (existsSync(out)) {
        process.stderr.write(`extract: ${display(out)}: a draft of this article exists and may hold your edits. Fix: apply it, or delete it to draft again\n`);
        code = 1;
        continue;
      }
      writeFileSync(out, renderDraft(d));
      const checkedOk = d.facts.filter((b) => b.check === 'verified').length;
      process.stdout.write(
        `${name} → ${display(out)}: ${d.facts.length} figure${d.facts.length === 1 ? '' : 's'} (${checkedOk} with quotes verified), ${d.zones.length} new zone${d.zones.length === 1 ? '' : 's'}` +
          `${d.alreadyCited.length ? `, ${d.alreadyCited.length} already cited` : ''}${d.facts.some((b) => b.owner === '?') ? `, ${d.facts.filter((b) => b.owner === '?').length} with owner "?" to decide` : ''}\n`,
      );
      for (const note of d.notes) process.stdout.write(`   note: ${note}\n`);
      if (!meta.inSeeds) process.stdout.write(`   note: the article is not in ${display(FOLDERS.seeds)}; copy it there before applying the draft\n`);
    } catch (error) {
      process.stderr.write(`extract: ${toError(error, name).message}\n`);
      code = 1;
    }
  }
  return code;
}

async function apply(drafts: string[]): Promise<number> {
  const { applyDraft } = await import('../src/lib/extract/apply.ts');
  let code = 0;
  for (const path of drafts) {
    if (!existsSync(path)) {
      process.stderr.write(`extract: ${display(path)}: no such draft. Fix: write one with \`npm run extract -- FILE --draft\`\n`);
      code = 1;
      continue;
    }
    const r = applyDraft(resolve(path), FOLDERS);
    const line = (title: string, items: string[]) => (items.length ? `${title}\n${items.map((i) => `   ${i}`).join('\n')}\n` : '');
    process.stdout.write(`━━ ${display(path)}\n`);
    process.stdout.write(line('applied:', r.applied) + line('written:', r.written) + line('REFUSED (the build would fail; still in the draft):', r.refused));
    process.stdout.write(line('left in the draft:', r.left));
    if (r.blocking.length > 0) {
      process.stderr.write(`extract: nothing was applied:\n${r.blocking.map((b) => `  - ${b}`).join('\n')}\n`);
      code = 1;
    } else if (r.refused.length > 0) code = 1;
    if (r.applied.length > 0) process.stdout.write('The checks pass. Run `npm run build` to publish.\n');
  }
  return code;
}

/** The metadata entry of an article: metadata.yaml next to it. */
const metadataCache = new Map<string, Map<string, MetadataEntry>>();
function metadataFor(file: string): { entry: MetadataEntry | undefined; inSeeds: boolean } {
  const dir = dirname(resolve(file));
  if (!metadataCache.has(dir)) {
    const path = join(dir, 'metadata.yaml');
    metadataCache.set(dir, existsSync(path) ? parseMetadata(readFileSync(path, 'utf8'), display(path)) : new Map());
  }
  return { entry: metadataCache.get(dir)!.get(basename(file).normalize('NFC')), inSeeds: dir === FOLDERS.seeds };
}

async function main(argv: string[]): Promise<number> {
  const draftsAt = argv.indexOf('--drafts');
  const draftsDir = draftsAt >= 0 ? argv[draftsAt + 1] : undefined;
  if (draftsAt >= 0) argv = argv.filter((_, i) => i !== draftsAt && i !== draftsAt + 1);
  const flags = new Set(argv.filter((a) => a.startsWith('-')));
  const paths = argv.filter((a) => !a.startsWith('-'));
  if (flags.has('--help') || flags.has('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (draftsAt >= 0 && !draftsDir) {
    process.stderr.write(`--drafts needs a folder\n${USAGE}`);
    return 2;
  }
  if (flags.has('--apply')) {
    if (paths.length === 0 || flags.size > 1) {
      process.stderr.write(`--apply takes draft files and no other option\n${USAGE}`);
      return 2;
    }
    return apply(paths);
  }
  const unknown = [...flags].filter((f) => f !== '--json' && f !== '--new' && f !== '--draft');
  if (unknown.length > 0) {
    process.stderr.write(`Unknown option ${unknown.join(', ')}\n${USAGE}`);
    return 2;
  }
  if (flags.has('--draft')) {
    if (paths.length === 0 || flags.size > 1) {
      process.stderr.write(`--draft takes article files and no other option\n${USAGE}`);
      return 2;
    }
    const files = paths.map((p) => resolve(p));
    const missing = files.filter((f) => !existsSync(f) || statSync(f).isDirectory());
    if (missing.length > 0) {
      process.stderr.write(missing.map((f) => `extract: ${display(f)}: not an article file. Fix: pass the .txt file\n`).join(''));
      return 1;
    }
    return draft(files, resolve(draftsDir ?? join(ROOT, 'drafts')));
  }
  const json = flags.has('--json');
  const options = { onlyNew: flags.has('--new') };
  // Problems with the arguments, the profiles or a metadata file: on stderr, not counted as articles.
  const problems: FileError[] = [];
  // Articles that could not be read.
  const failed: FileError[] = [];

  // Which files
  const files: string[] = [];
  for (const arg of paths.length > 0 ? paths : [join(ROOT, 'seeds')]) {
    const path = resolve(arg);
    if (!existsSync(path)) {
      problems.push({ file: display(path), message: `${display(path)}: no such file or folder. Fix: check the path` });
    } else if (statSync(path).isDirectory()) {
      const txt = articlesUnder(path);
      if (txt.length === 0)
        problems.push({
          file: display(path),
          message: `${display(path)}: the folder holds no .txt articles. Fix: pass an article .txt file or a folder of them`,
        });
      files.push(...txt);
    } else {
      files.push(path);
    }
  }

  // What the site already knows
  const profiles = loadProfiles(FOLDERS.content);
  for (const problem of profiles.problems) problems.push(toError(problem, problem.file));

  // Metadata next to each article (seeds/metadata.yaml for the seeds)
  const metadata = new Map<string, Map<string, MetadataEntry>>();
  const metadataFor = (file: string): MetadataEntry | undefined => {
    const dir = dirname(file);
    if (!metadata.has(dir)) {
      const path = join(dir, 'metadata.yaml');
      let entries = new Map<string, MetadataEntry>();
      if (existsSync(path)) {
        try {
          entries = parseMetadata(readFileSync(path, 'utf8'), display(path));
        } catch (error) {
          problems.push(toError(error, display(path)));
        }
      }
      metadata.set(dir, entries);
    }
    // Metadata names files in NFC; macOS writes file names in NFD.
    return metadata.get(dir)!.get(basename(file).normalize('NFC'));
  };

  const reports: ArticleReport[] = [];
  for (const file of files) {
    const name = display(file);
    try {
      const report = extractArticle(name, readFileSync(file), metadataFor(file), profiles);
      reports.push(report);
      if (!json) process.stdout.write(`${renderArticle(report, options)}\n`);
    } catch (error) {
      const e = toError(error, name);
      failed.push(e);
      if (!json) process.stdout.write(`━━ ${name}\n   ✗ not read: ${e.message.startsWith(`${e.file}: `) ? e.message.slice(e.file.length + 2) : e.message}\n\n`);
    }
  }

  const errors = [...problems, ...failed];
  if (json) process.stdout.write(toJson(reports, errors, options));
  else if (files.length > 0) process.stdout.write(renderSummary(reports, failed));
  for (const e of errors) process.stderr.write(`extract: ${e.message}\n`);
  return errors.length > 0 ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Never a stack trace: say what went wrong in one line.
  process.stderr.write(`extract: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
