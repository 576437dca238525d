/**
 * Be Vietnam Pro, as satori wants it: static .woff files (satori cannot read variable fonts),
 * one family name PER SUBSET. Under one shared name satori keeps only the first subset that
 * claims the name and draws the rest blank ("Bắc Kạn" → "B c Kạn").
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';

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

/** The sfnt tables of a WOFF 1.0 file (or a bare TTF/OTF), decompressed. */
export function sfntTables(buf: Uint8Array): Map<string, DataView> {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const tag = (at: number) => String.fromCharCode(buf[at]!, buf[at + 1]!, buf[at + 2]!, buf[at + 3]!);
  const asView = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
  const tables = new Map<string, DataView>();
  if (tag(0) === 'wOFF') {
    for (let i = 0; i < view.getUint16(12); i++) {
      const e = 44 + i * 20;
      const raw = buf.subarray(view.getUint32(e + 4), view.getUint32(e + 4) + view.getUint32(e + 8));
      tables.set(tag(e), asView(view.getUint32(e + 8) < view.getUint32(e + 12) ? inflateSync(raw) : raw));
    }
  } else if (tag(0) === 'wOF2') {
    throw new Error('og: WOFF2 is not supported (satori cannot read it either); use the .woff files');
  } else {
    for (let i = 0; i < view.getUint16(4); i++) {
      const e = 12 + i * 16;
      tables.set(tag(e), asView(buf.subarray(view.getUint32(e + 8), view.getUint32(e + 8) + view.getUint32(e + 12))));
    }
  }
  return tables;
}

/** WOFF 1.0 → plain sfnt (TTF): the same font, uncompressed. */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const tables = [...sfntTables(woff)].sort(([a], [b]) => (a < b ? -1 : 1));
  const n = tables.length;
  const pad = (x: number) => (x + 3) & ~3;
  const out = Buffer.alloc(12 + 16 * n + tables.reduce((sum, [, t]) => sum + pad(t.byteLength), 0));
  const pow = 2 ** Math.floor(Math.log2(n));
  out.writeUInt32BE(new DataView(woff.buffer, woff.byteOffset).getUint32(4), 0); // flavor = sfnt version
  out.writeUInt16BE(n, 4);
  out.writeUInt16BE(16 * pow, 6);
  out.writeUInt16BE(Math.log2(pow), 8);
  out.writeUInt16BE(16 * (n - pow), 10);
  let offset = 12 + 16 * n;
  tables.forEach(([tag, t], i) => {
    const bytes = new Uint8Array(t.buffer, t.byteOffset, t.byteLength);
    out.set(bytes, offset);
    let sum = 0;
    for (let j = offset; j < offset + pad(bytes.length); j += 4) sum = (sum + out.readUInt32BE(j)) >>> 0;
    const rec = 12 + 16 * i;
    out.write(tag, rec, 'latin1');
    out.writeUInt32BE(sum, rec + 4);
    out.writeUInt32BE(offset, rec + 8);
    out.writeUInt32BE(bytes.length, rec + 12);
    offset += pad(bytes.length);
  });
  return out;
}

let loaded: SatoriFont[] | undefined;

/**
 * The fonts array, made once per thread. Satori caches parsed fonts by the identity of this
 * array, so every render must receive this very object. The WOFFs are unpacked here with
 * native zlib: satori would inflate them in JavaScript, which cost a worker ~130 ms at start-up.
 */
export function satoriFonts(): SatoriFont[] {
  loaded ??= fontFiles().map((f) => ({ name: f.name, data: woffToSfnt(readFileSync(f.path)), weight: f.weight, style: 'normal' }));
  return loaded;
}
