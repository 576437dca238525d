import { foldDiacritics } from './text.ts';

/** ASCII URL slug from a Vietnamese or English name: "Nam Bằng Lũng" → "nam-bang-lung". */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
