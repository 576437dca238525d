import { InputError } from './errors.ts';

/** Articles are a few KB; anything this large is the wrong file, not an article. */
export const MAX_ARTICLE_BYTES = 1_000_000;

/**
 * What a UTF-8 continuation byte (80–BF) reads as in Windows-1252 (80–9F are € ‚ ƒ „ … to Ÿ, and the C1 controls
 * browsers give its five unassigned bytes) or in Latin-1 (C1 controls).
 */
const AFTER_ANY = '\\u0080-\\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
/** The same less what may follow a word that ends in a Vietnamese letter: a no-break space, "…", quotes, dashes. */
const AFTER_LETTER = '\\u0080-\\u009f\\u00a1-\\u00bf€‚ƒ„†‡ˆ‰Š‹ŒŽ•˜™š›œžŸ';

/**
 * Mojibake: the lead byte of a UTF-8 Vietnamese letter or punctuation read as Windows-1252 (C3 Ã, C4 Ä, C5 Å,
 * C6 Æ, CC Ì, E1 á, E2 â) followed by a continuation byte read the same way: "Ã¡" for á, "Ä‘" for đ, "Æ°" for ư,
 * "áº¡" for ạ, "á»‡" for ệ, "â€“" for –. Vietnamese has no Ä, Å or Æ, so any continuation after them counts; Ã, Ì,
 * á and â are Vietnamese letters, so after them only what cannot follow a word counts.
 */
const MOJIBAKE = new RegExp(`[ÄÅÆ][${AFTER_ANY}]|[ÃÌáâ][${AFTER_LETTER}]`, 'gu');

/** One such sequence can be a symbol after a capital in a heading; a garbled article has hundreds. */
const MOJIBAKE_MIN = 3;

/** "little-endian" or "big-endian" when the bytes are UTF-16 text, from its byte-order mark or its NUL bytes. */
function utf16Order(bytes: Uint8Array): 'little-endian' | 'big-endian' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'little-endian';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'big-endian';
  // Without a BOM: every ASCII or Latin-1 character leaves a NUL as its high byte, always in the same position of
  // its pair (odd positions for little-endian). Binary files have NULs too, but not lined up like that.
  const nuls = [0, 0];
  bytes.forEach((b, i) => {
    if (b === 0) nuls[i % 2]!++;
  });
  const [even, odd] = nuls as [number, number];
  const pairs = bytes.length / 2;
  if (odd >= pairs / 4 && even <= odd / 10) return 'little-endian';
  if (even >= pairs / 4 && odd <= even / 10) return 'big-endian';
  return undefined;
}

/** C1 controls and the no-break space, which a message would show as nothing, written as \\u escapes. */
function visible(sequence: string): string {
  return sequence.replace(/[\u0080-\u00a0]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Throws when the text is UTF-8 that was once decoded as Windows-1252 and saved again. */
function refuseMojibake(file: string, text: string): void {
  const found = text.match(MOJIBAKE) ?? [];
  if (found.length < MOJIBAKE_MIN) return;
  const examples = [...new Set(found)]
    .slice(0, 4)
    .map((s) => `"${visible(s)}"`)
    .join(', ');
  throw new InputError(
    file,
    'encoding',
    `the text is garbled (mojibake): ${found.length} sequences such as ${examples} that Vietnamese text never has; it was UTF-8, decoded as Windows-1252 and saved again`,
    're-save the original page as UTF-8: copy the article again from the page in the browser and save it with the encoding UTF-8 (do not open this file as Windows-1252 or "ANSI")',
  );
}

/**
 * Turns the bytes of a seed file into NFC text, or throws an InputError that says why it is not an article:
 * empty, too large, UTF-16, binary, not UTF-8, or UTF-8 garbled through Windows-1252.
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
  const utf16 = utf16Order(bytes);
  if (utf16) {
    throw new InputError(
      file,
      'encoding',
      `the file is UTF-16 (${utf16}), not UTF-8`,
      're-save it as UTF-8 (in the editor\'s "Save as", choose the encoding UTF-8)',
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
  refuseMojibake(file, text);
  return text;
}
