/**
 * Be Vietnam Pro, as satori wants it: static .woff files (satori cannot read variable fonts),
 * one family name PER SUBSET. Under one shared name satori keeps only the first subset that
 * claims the name and draws the rest blank ("Bắc Kạn" → "B c Kạn").
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Order matters: it is the fallback order satori walks for each character. */
export const SUBSETS = ['latin', 'latin-ext', 'vietnamese'] as const;
export const WEIGHTS = [400, 700] as const;
export type Subset = (typeof SUBSETS)[number];
export type FontWeight = (typeof WEIGHTS)[number];

export const familyName = (subset: Subset): string => `BVP-${subset}`;
/** The CSS font-family list every text node uses. */
export const FONT_FAMILY: string = SUBSETS.map(familyName).join(', ');

export interface FontFile {
  name: string;
  subset: Subset;
  weight: FontWeight;
  path: string;
}

/** The same shape as satori's FontOptions, declared here so this module has no satori import. */
export interface SatoriFont {
  name: string;
  data: Buffer;
  weight: FontWeight;
  style: 'normal';
}

const PKG = '@fontsource/be-vietnam-pro';

/** node_modules/@fontsource/be-vietnam-pro/files, found by Node resolution, else from the project root. */
export function fontDir(): string {
  try {
    // The package exports ./LICENSE but not package.json; either locates the package folder.
    const license = createRequire(import.meta.url).resolve(`${PKG}/LICENSE`);
    const dir = join(dirname(license), 'files');
    if (existsSync(dir)) return dir;
  } catch {
    // fall through: bundled code may not resolve packages from its own location
  }
  const dir = join(process.cwd(), 'node_modules', PKG, 'files');
  if (!existsSync(dir)) throw new Error(`og: cannot find ${PKG} (looked in ${dir}); is it installed?`);
  return dir;
}

export function fontFiles(): FontFile[] {
  const dir = fontDir();
  return WEIGHTS.flatMap((weight) =>
    SUBSETS.map((subset) => ({
      name: familyName(subset),
      subset,
      weight,
      path: join(dir, `be-vietnam-pro-${subset}-${weight}-normal.woff`),
    })),
  );
}

let loaded: SatoriFont[] | undefined;

/**
 * The fonts array, read once per thread. Satori caches parsed fonts by the identity of this
 * array, so every render must receive this very object.
 */
export function satoriFonts(): SatoriFont[] {
  loaded ??= fontFiles().map((f) => ({ name: f.name, data: readFileSync(f.path), weight: f.weight, style: 'normal' }));
  return loaded;
}
