/** Language parity of the UI strings: a key in one language's file only stops the build. */

/** i18next plural forms: English has _one and _other, Vietnamese only _other; they count as one key. */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Keys present in one language's UI strings and not the other's, as "vi only: a.b" lines. */
export function keyParity(resources: Record<string, unknown>): string[] {
  const keys = (obj: unknown, prefix = ''): string[] =>
    typeof obj === 'object' && obj !== null
      ? Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
      : [prefix.replace(PLURAL_SUFFIX, '')];
  const sets = Object.fromEntries(Object.entries(resources).map(([lang, res]) => [lang, new Set(keys(res))]));
  const out: string[] = [];
  for (const [lang, set] of Object.entries(sets)) {
    for (const [other, otherSet] of Object.entries(sets)) {
      if (lang === other) continue;
      for (const key of set) if (!otherSet.has(key)) out.push(`src/i18n/${lang}.json: "${key}" exists only in ${lang}. Fix: add it to src/i18n/${other}.json`);
    }
  }
  return out;
}

/** UI strings that are empty (i18next would treat them as missing and stop the page that asks for them). */
export function emptyStrings(resources: Record<string, unknown>): string[] {
  const empty = (obj: unknown, prefix: string): string[] =>
    typeof obj === 'object' && obj !== null ? Object.entries(obj).flatMap(([k, v]) => empty(v, prefix ? `${prefix}.${k}` : k)) : obj === '' ? [prefix] : [];
  return Object.entries(resources).flatMap(([lang, res]) =>
    empty(res, '').map((key) => `src/i18n/${lang}.json: "${key}" is empty. Fix: write the text, or remove the key from both languages`),
  );
}
