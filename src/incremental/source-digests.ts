// Source digests: a stat per file, and a hash only for files whose size, times or inode changed.
// A fresh clone (new inodes and times) rehashes everything, which is still cheap next to parsing.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SeenFile } from './build-state.js';
import { hashOf } from './hash.js';

/** Content path → what was seen; a file that cannot be read gets no entry (the reader reports it). */
export function digestSources(contentDir: string, contentPaths: readonly string[], previous: ReadonlyMap<string, SeenFile> | undefined): Map<string, SeenFile> {
  const seen = new Map<string, SeenFile>();
  for (const contentPath of contentPaths) {
    const absolute = path.join(contentDir, contentPath);
    try {
      const s = statSync(absolute, { bigint: true });
      const old = previous?.get(contentPath);
      if (old && old.size === s.size && old.mtimeNs === s.mtimeNs && old.ctimeNs === s.ctimeNs && old.ino === s.ino) {
        seen.set(contentPath, old);
        continue;
      }
      seen.set(contentPath, { size: s.size, mtimeNs: s.mtimeNs, ctimeNs: s.ctimeNs, ino: s.ino, digest: hashOf(readFileSync(absolute)) });
    } catch {
      // unreadable: no digest, so no memo can match; reading it reports the problem
    }
  }
  return seen;
}

/** A photo's identity for memos: which file, its size and its times; null when it is missing. */
export function photoFingerprint(absolute: string): string | null {
  try {
    const s = statSync(absolute, { bigint: true });
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch {
    return null;
  }
}
