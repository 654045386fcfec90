// A content-addressed cache of encoded images, in a folder CI may keep between builds.
// The key covers everything that decides the bytes: the source's SHA-256, the variant, the
// encoding options and the sharp/libvips versions. Sources are hashed once and remembered by
// size and mtime (mtime first, hash second), so a warm build reads no photo.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Bump when the way variants are made changes in a way the key would not show. */
const CACHE_VERSION = 1;

interface SourceRecord {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export interface ImageCache {
  sourceHash(file: string): string;
  keyFor(parts: unknown): string;
  pathFor(key: string, ext: string): string;
  has(key: string, ext: string): boolean;
  put(key: string, ext: string, bytes: Buffer): void;
  /** Remember source hashes for the next build. */
  save(): void;
}

export function openImageCache(dir: string, versions: Readonly<Record<string, string>>): ImageCache {
  const indexFile = path.join(dir, 'sources.json');
  let sources: Record<string, SourceRecord> = {};
  try {
    sources = JSON.parse(readFileSync(indexFile, 'utf8')) as Record<string, SourceRecord>;
  } catch {
    // No cache yet, or an unreadable one: start empty.
  }
  const pathFor = (key: string, ext: string): string => path.join(dir, key.slice(0, 2), `${key}.${ext}`);
  return {
    sourceHash(file) {
      const s = statSync(file);
      const known = sources[file];
      if (known && known.size === s.size && known.mtimeMs === s.mtimeMs) return known.sha256;
      const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
      sources[file] = { size: s.size, mtimeMs: s.mtimeMs, sha256 };
      return sha256;
    },
    keyFor(parts) {
      return createHash('sha256').update(JSON.stringify([CACHE_VERSION, versions, parts])).digest('hex');
    },
    pathFor,
    has: (key, ext) => existsSync(pathFor(key, ext)),
    put(key, ext, bytes) {
      const file = pathFor(key, ext);
      mkdirSync(path.dirname(file), { recursive: true });
      // Write then rename: a build killed half-way never leaves a truncated entry behind.
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, bytes);
      renameSync(temp, file);
    },
    save() {
      mkdirSync(dir, { recursive: true });
      const sorted = Object.fromEntries(Object.entries(sources).sort(([a], [b]) => (a < b ? -1 : 1)));
      writeFileSync(indexFile, JSON.stringify(sorted));
    },
  };
}
