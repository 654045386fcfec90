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

/** hashOf(bytes) of a text's UTF-8 bytes, without making them: a page is hashed as the bytes its file
 *  will hold, and the writer encodes it into a reused buffer of its own (no buffer per page waiting
 *  for a collection). */
export function hashOfUtf8(text: string, byteLength: number = Buffer.byteLength(text)): string {
  const h = createHash('sha256');
  h.update(`${byteLength}b:`);
  h.update(text, 'utf8');
  return h.digest('base64url').slice(0, 27);
}
