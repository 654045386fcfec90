// Content keys: a short SHA-256 of exactly the parts given. One function, so every key is made alike.
import { createHash } from 'node:crypto';

/**
 * Parts are length-prefixed, so ["ab", "c"] and ["a", "bc"] never share a key; text parts are
 * joined and hashed in one update (a Buffer per part was half the cost of keying 13,000 pages).
 */
export function hashOf(...parts: readonly (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  let text = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      text += `${part.length}:${part}`;
      continue;
    }
    h.update(`${text}${part.byteLength}b:`);
    text = '';
    h.update(part);
  }
  if (text) h.update(text);
  return h.digest('base64url').slice(0, 27);
}

/** A text's UTF-8 bytes, in a buffer the next call reuses: a page is encoded once, hashed as the
 *  bytes its file will hold (hashOf(bytes)) and handed to a writer, which copies them. Hashing the
 *  string and letting the writer encode it again cost a second encoding per page (0.9 s of CPU at
 *  10,000 articles); a new buffer per page waited for a collection. */
let scratch = Buffer.allocUnsafeSlow(256 * 1024);
export function utf8Bytes(text: string): Buffer {
  if (scratch.length < text.length * 3) scratch = Buffer.allocUnsafeSlow(text.length * 3);
  return scratch.subarray(0, scratch.write(text));
}
