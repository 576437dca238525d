/**
 * Extraction assistant: what a Vietnamese article states (numbers with units, parks and clusters, sectors,
 * dates) and which of its numbers no profile cites yet.
 *
 *   npm run extract                       every .txt in seeds/
 *   npm run extract -- seeds/005_x.txt    one or more files or folders (sub-folders included)
 *   npm run extract -- --json [path…]     the same as JSON on stdout
 *   npm run extract -- --new [path…]      only what no profile cites yet
 *
 * Reads only; writes nothing. A file that cannot be read is reported (file, problem, fix) and the others are
 * still processed; the exit code is 1 when any file failed, 2 for a usage error.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../src/lib/article/errors.ts';
import { parseMetadata, type MetadataEntry } from '../src/lib/article/metadata.ts';
import { extractArticle, type ArticleReport } from '../src/lib/extract/article.ts';
import { loadProfiles } from '../src/lib/extract/profiles.ts';
import { renderArticle, renderSummary, toJson, type FileError } from '../src/lib/extract/report.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `Usage: npm run extract -- [--json] [--new] [path…]
  path     article .txt files or folders of them, sub-folders included (default: seeds/)
  --json   print the findings as JSON
  --new    show only what no profile cites yet
`;

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

function main(argv: string[]): number {
  const flags = new Set(argv.filter((a) => a.startsWith('-')));
  const paths = argv.filter((a) => !a.startsWith('-'));
  if (flags.has('--help') || flags.has('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const unknown = [...flags].filter((f) => f !== '--json' && f !== '--new');
  if (unknown.length > 0) {
    process.stderr.write(`Unknown option ${unknown.join(', ')}\n${USAGE}`);
    return 2;
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
  const profiles = loadProfiles(ROOT);
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
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // Never a stack trace: say what went wrong in one line.
  process.stderr.write(`extract: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
