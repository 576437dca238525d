/**
 * The shape of the code, checked on the real sources: no import cycle in src/, the environment read in one place,
 * components reading their context instead of making it, pages that take their data from the route, and one
 * door to Astro's content collections.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|astro)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}
const sources = files(SRC);
const rel = (file: string) => relative(resolve('.'), file);
const text = new Map(sources.map((f) => [f, readFileSync(f, 'utf8')]));

/** Relative imports of a file (static `import … from`, `export … from`, `import('…')`), resolved to files in src/. */
function importsOf(file: string): string[] {
  const specs = [
    ...text
      .get(file)!
      .matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"](\.[^'"]+)['"]/g),
  ].map((m) => m[1] ?? m[2] ?? m[3]!);
  return specs.map((spec) => resolve(dirname(file), spec)).filter((target) => existsSync(target) && text.has(target));
}

/** Every cycle in the import graph, each as the list of files around it (depth-first search, colours). */
function cycles(): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of importsOf(file)) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].map(rel));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of sources) if (!state.has(file)) visit(file);
  return found;
}

/** Files under src/ (other than `except`) whose code matches `pattern`, with the first matching line. */
function offenders(pattern: RegExp, where: (file: string) => boolean, except: string[] = []): string[] {
  return sources
    .filter((f) => where(rel(f)) && !except.includes(rel(f)))
    .flatMap((f) => {
      const line = text
        .get(f)!
        .split('\n')
        .findIndex((l) => pattern.test(l) && !/^\s*(\/?\*|\/\/)/.test(l));
      return line >= 0 ? [`${rel(f)}:${line + 1}`] : [];
    });
}

describe('the shape of src/', () => {
  it('reads the import graph (the check itself finds imports)', () => {
    expect(importsOf(join(SRC, 'lib/routes.ts')).map(rel)).toContain('src/lib/urls.ts');
    expect(importsOf(join(SRC, 'pages/[lang]/zones/[slug].astro')).map(rel)).toContain('src/layouts/Page.astro');
  });

  it('has no import cycle', () => {
    expect(cycles()).toEqual([]);
  });

  it('reads process.env only in src/config.ts', () => {
    expect(offenders(/process\.env/, () => true, ['src/config.ts'])).toEqual([]);
  });

  it('has components that read the page context instead of making their own translation function', () => {
    expect(offenders(/\buseT\(/, (f) => f.startsWith('src/components/') || f.startsWith('src/layouts/'))).toEqual([]);
  });

  it('has pages that take their entity from the route, not by searching the site data', () => {
    expect(offenders(/\.find\(/, (f) => f.startsWith('src/pages/'))).toEqual([]);
  });

  it('calls getCollection in one module only', () => {
    expect(offenders(/getCollection\(/, () => true, ['src/data/site.ts'])).toEqual([]);
  });

  it('keeps the zone profile route thin', () => {
    expect(text.get(join(SRC, 'pages/[lang]/zones/[slug].astro'))!.trimEnd().split('\n').length).toBeLessThanOrEqual(45);
  });
});
