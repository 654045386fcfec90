// Source digests: a stat per file, and a hash only for files whose size, times or inode changed.
// A fresh clone (new inodes and times) rehashes everything, which is still cheap next to parsing.
import { lstatSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SeenFile } from './build-state.js';
import { hashOf } from './hash.js';

export type SourceStat = Omit<SeenFile, 'digest'>;

/** Content path → size, times and inode; a file that cannot be seen gets no entry (the reader reports it). */
export function statSources(contentDir: string, contentPaths: readonly string[], options: { readonly linksMet?: boolean } = { linksMet: true }): Map<string, SourceStat> {
  const stats = new Map<string, SourceStat>();
  // Where discovery met no link, every path is a plain file: lstat says the same as stat, for less.
  const look = options.linksMet ? statSync : lstatSync;
  for (const contentPath of contentPaths) {
    // Plain numbers, not bigint: 10,000 bigint stats cost more in garbage than in system calls.
    // (Concatenated, not path.join: the paths are clean, and join was a tenth of a no-change build.)
    const s = look(contentDir + path.sep + contentPath, { throwIfNoEntry: false });
    // unreadable: no entry, so no memo can match; reading it reports the problem
    if (s) stats.set(contentPath, { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino });
  }
  return stats;
}

/** Content path → what was seen, with the digest reused where the stat is the same. With
 *  `fromReader`, a file the last build did not see is not hashed here: no memo can match it, so the
 *  article stage reads it anyway and hashes the very bytes it parses (ReadEntry.digest); its digest
 *  is left empty until then. Hashing them here read every source twice in a cold build, on this
 *  thread, before any worker could start (1.2 s at 10,000 articles). */
export function digestSources(contentDir: string, stats: ReadonlyMap<string, SourceStat>, previous: ReadonlyMap<string, SeenFile> | undefined, options: { readonly fromReader?: boolean } = {}): Map<string, SeenFile> {
  const seen = new Map<string, SeenFile>();
  for (const [contentPath, s] of stats) {
    const absolute = path.join(contentDir, contentPath);
    try {
      const old = previous?.get(contentPath);
      if (old && old.size === s.size && old.mtimeMs === s.mtimeMs && old.ctimeMs === s.ctimeMs && old.ino === s.ino) {
        seen.set(contentPath, old);
        continue;
      }
      if (!old && options.fromReader) {
        seen.set(contentPath, { ...s, digest: '' });
        continue;
      }
      seen.set(contentPath, { ...s, digest: hashOf(readFileSync(absolute)) });
    } catch {
      // unreadable now: no digest, so no memo can match; reading it reports the problem
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
