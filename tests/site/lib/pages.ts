import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, type Locale } from '../../../src/i18n/locales.ts';

/** One HTML page of a build, found on disk (never from a hard-coded list). */
export interface SitePage {
  /** Relative to the output folder, with "/": "vi/zones/thanh-binh/index.html". */
  file: string;
  /** Path under the base path, as a browser asks for it: "/vi/zones/thanh-binh/", "/vi/404.html". */
  path: string;
  /** The language folder the page is in; undefined for root pages (language chooser, root 404). */
  lang: Locale | undefined;
  /** The path after the language segment: "zones/thanh-binh/", "" for home, "404.html". */
  rest: string;
  /** A not-found page (served with status 404 for unknown paths). */
  notFound: boolean;
}

/** Every file under `dir`, relative, "/"-separated, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  walk('');
  return out.sort();
}

export function pageFromFile(file: string): SitePage {
  const path = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
  const first = path.split('/')[1] ?? '';
  const lang = (LOCALES as readonly string[]).includes(first) ? (first as Locale) : undefined;
  const rest = lang ? path.slice(lang.length + 2) : path.slice(1);
  const notFound = /(^|\/)404(\.html|\/index\.html)$/.test(file);
  return { file, path, lang, rest, notFound };
}

export function listPages(dir: string): SitePage[] {
  return listFiles(dir)
    .filter((f) => f.endsWith('.html'))
    .map(pageFromFile);
}
