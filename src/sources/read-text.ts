// Text as editors save it → text as the pipeline sees it: UTF-8 checked, BOM stripped,
// CRLF/CR → LF, NFC (macOS and some Windows keyboards write decomposed Vietnamese).
const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeSource(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return undefined;
  }
  return normalizeText(text);
}

export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/** Whitespace other than single spaces: two in a row, or one that is not a plain space. */
const UNEVEN_SPACE = /\s\s|[^\S ]/;

/** The text with each run of whitespace made one space, and none at the ends. Most texts have single
 *  spaces already: they are tested, not copied by a replace (every article's text and snippet pass here). */
export function singleSpaced(text: string): string {
  return (UNEVEN_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}
