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
