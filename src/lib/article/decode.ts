import { InputError } from './errors.ts';

/** Articles are a few KB; anything this large is the wrong file, not an article. */
export const MAX_ARTICLE_BYTES = 1_000_000;

/**
 * Turns the bytes of a seed file into text, or throws an InputError that says why it is not an article:
 * empty, too large, binary, or not UTF-8.
 */
export function decodeArticle(file: string, bytes: Uint8Array): string {
  const empty = new InputError(file, 'text', 'the file is empty', 'paste the article text into the file, or delete the file');
  if (bytes.length === 0) throw empty;
  if (bytes.length > MAX_ARTICLE_BYTES) {
    const mb = (bytes.length / 1_000_000).toFixed(1);
    throw new InputError(
      file,
      'text',
      `the file is ${mb} MB, over the ${MAX_ARTICLE_BYTES / 1_000_000} MB limit for an article`,
      'check that this is the article text and not another file; split or trim it',
    );
  }
  if (bytes.includes(0)) {
    throw new InputError(file, 'text', 'the file contains NUL bytes: it is binary, not text', 'save the article as plain UTF-8 text (.txt)');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(
      file,
      'encoding',
      'the file is not valid UTF-8',
      're-save the article as UTF-8 (for Windows-1258 or TCVN3 text, convert it to Unicode UTF-8 first)',
    );
  }
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls > 8) {
    throw new InputError(file, 'text', `the file contains ${controls} control characters: it looks binary`, 'save the article as plain UTF-8 text (.txt)');
  }
  text = text.replace(/^\ufeff/, '').normalize('NFC');
  if (text.trim() === '') throw empty;
  return text;
}
