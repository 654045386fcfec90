// A front-matter value as text, cleaned the way a migrating portal's exports need it:
// - HTML entities decoded, once ("c&ocirc;ng t&aacute;c" → "công tác", "&#039;" → "'"): RSS exports
//   and old CMSs escape their fields; left as they were, readers would see "&ocirc;" in a headline
//   (escaped again by the template) and the slug would read "-ocirc-". Said in a warning.
// - Control characters removed (control-characters.ts), with a warning.
// - NFC, and invisible and odd spaces normalised, silently: a no-break or other special space becomes a space,
//   zero-width characters, word joiners, soft hyphens and stray BOMs go, runs of spaces become one.
//   They come from pasting out of Word or a web page; unseen, they would make "Tổng Bí thư" with a
//   no-break space another tag than "Tổng Bí thư".
import { decodeHTML } from 'entities';
import { cleanFieldText } from './control-characters.js';

const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi;
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/g;

export interface CleanedField {
  readonly text: string;
  /** The first control character removed, if any. */
  readonly controlCodePoint?: string;
  /** The entities decoded (as written, at most 5 different), if any. */
  readonly entities?: readonly string[];
}

export function cleanField(value: string): CleanedField {
  let text = value;
  let entities: string[] | undefined;
  const written = value.match(ENTITY);
  if (written) {
    const decoded = decodeHTML(value);
    if (decoded !== value) {
      text = decoded;
      entities = [...new Set(written.filter((e) => decodeHTML(e) !== e))].slice(0, 5);
    }
  }
  const controls = cleanFieldText(text);
  // NFC again: a YAML escape ("e\u0302\u0303") can write a letter in pieces the source's NFC never saw.
  text = normaliseSpaces(controls.text).normalize('NFC');
  return { text, ...(controls.codePoint && { controlCodePoint: controls.codePoint }), ...(entities && { entities }) };
}

/** Odd spaces as spaces, invisible characters gone, runs of spaces as one (line ends kept). */
export function normaliseSpaces(text: string): string {
  return text.replace(INVISIBLE, '').replace(ODD_SPACE, ' ').replace(/ {2,}/g, ' ');
}

/**
 * Straight quotes as the body's typographer prints them (Vietnamese uses “…” and ‘…’), for titles and
 * leads: a listing must not show "Dân vận khéo" where the article shows “Dân vận khéo”. A quote is
 * opening at the start or after a space or an opening bracket or dash, closing elsewhere (an
 * apostrophe inside a word is a closing ’, as typographers print it).
 */
export function curlQuotes(text: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '"' && c !== "'") {
      out += c;
      continue;
    }
    const opening = i === 0 || /[\s([{\u2013\u2014“‘-]/.test(text[i - 1]!);
    out += c === '"' ? (opening ? '“' : '”') : opening ? '‘' : '’';
  }
  return out;
}
