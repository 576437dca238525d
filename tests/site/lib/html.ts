/**
 * A tiny HTML tag scanner for checks over the built site: start tags with their decoded attributes, in document
 * order. Comments and the contents of raw-text elements (script, style, textarea, title) are skipped, so JSON-LD
 * and CSS never look like markup.
 */

export interface Tag {
  name: string;
  attrs: Record<string, string>;
  /** Byte offset of the tag in the source, for messages. */
  offset: number;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', colon: ':', tab: '\t', newline: '\n' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const ATTR = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function parseTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const lower = html.toLowerCase();
  const token = /<!--[\s\S]*?-->|<![^>]*>|<\/?([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(html))) {
    const [whole, rawName, rawAttrs = ''] = m;
    if (!rawName || whole.startsWith('</')) continue;
    const name = rawName.toLowerCase();
    const attrs: Record<string, string> = {};
    for (const a of rawAttrs.matchAll(ATTR)) {
      const key = a[1]!.toLowerCase();
      if (!(key in attrs)) attrs[key] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    }
    tags.push({ name, attrs, offset: m.index });
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, token.lastIndex);
      token.lastIndex = end === -1 ? html.length : end;
    }
  }
  return tags;
}

/** Every id (and legacy a[name]) a fragment can point at. */
export function fragmentTargets(tags: Tag[]): Set<string> {
  const ids = new Set<string>();
  for (const t of tags) {
    if (t.attrs.id !== undefined) ids.add(t.attrs.id);
    if (t.name === 'a' && t.attrs.name !== undefined) ids.add(t.attrs.name);
  }
  return ids;
}
