// Content keys: a short SHA-256 of exactly the parts given. One function, so every key is made alike.
import { createHash } from 'node:crypto';

/** Parts are length-prefixed, so ["ab", "c"] and ["a", "bc"] never share a key. */
export function hashOf(...parts: readonly (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    h.update(`${bytes.length}:`);
    h.update(bytes);
  }
  return h.digest('base64url').slice(0, 27);
}

/**
 * The key of plain data. JSON drops what it cannot show (a Map prints as {}), so the data that reaches
 * a key must be plain; `assertPlain` in the tests checks every route's data on the sample site.
 */
export function hashJson(value: unknown): string {
  return hashOf(JSON.stringify(value) ?? 'undefined');
}
