// A content-addressed cache of encoded images, in a folder CI may keep between builds.
// The key covers everything that decides the bytes: the source's SHA-256, the variant, the
// encoding options and the sharp/libvips versions. Sources are hashed once and remembered by
// size and mtime (mtime first, hash second), so a warm build reads no photo.
//
// The cache is never trusted blindly: it lives on disk where a crash, a full disk, a CI cache
// restore or a person can damage it. Every entry is recorded with its size and SHA-256; an entry
// whose size or mtime changed is hashed again, and one that no longer matches (truncated, garbage)
// is discarded and encoded anew. An index that cannot be read is dropped with a warning.
// Failing to write the cache is the machine's problem (InfrastructureError), never the photo's.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { onDisk } from '../errors.js';

/** Bump when the way variants are made changes in a way the key would not show. */
const CACHE_VERSION = 2;

interface FileRecord {
  size: number;
  mtimeMs: number;
  sha256: string;
}

interface CacheIndex {
  version: number;
  /** Source photo (absolute path) → what it was when last hashed. */
  sources: Record<string, FileRecord>;
  /** Cache entry (key.ext) → what we wrote. */
  entries: Record<string, FileRecord>;
}

export interface ImageCache {
  sourceHash(file: string): string;
  keyFor(parts: unknown): string;
  pathFor(key: string, ext: string): string;
  /** True only for an entry that is present and intact; a damaged one is removed. */
  has(key: string, ext: string): boolean;
  put(key: string, ext: string, bytes: Buffer): void;
  /** Remember hashes for the next build. */
  save(): void;
  /** What was found damaged and thrown away, for one warning. */
  readonly discarded: readonly string[];
}

const WRITE = { vi: 'ghi bộ nhớ đệm ảnh', en: 'writing the image cache' };
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function openImageCache(dir: string, versions: Readonly<Record<string, string>>): ImageCache {
  const indexFile = path.join(dir, 'index.json');
  const discarded: string[] = [];
  const index = readIndex(indexFile, discarded);
  const pathFor = (key: string, ext: string): string => path.join(dir, key.slice(0, 2), `${key}.${ext}`);

  const intact = (name: string, file: string): boolean => {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return false;
    }
    const record = index.entries[name];
    if (!record || !stat.isFile()) return false;
    if (record.size === stat.size && record.mtimeMs === stat.mtimeMs) return true;
    if (record.size === stat.size && sha256(readFileSync(file)) === record.sha256) {
      record.mtimeMs = stat.mtimeMs; // restored by a CI cache with a new mtime, same bytes
      return true;
    }
    return false;
  };

  return {
    discarded,
    sourceHash(file) {
      const s = statSync(file);
      const known = index.sources[file];
      if (known && known.size === s.size && known.mtimeMs === s.mtimeMs) return known.sha256;
      const hash = sha256(readFileSync(file));
      index.sources[file] = { size: s.size, mtimeMs: s.mtimeMs, sha256: hash };
      return hash;
    },
    keyFor(parts) {
      return createHash('sha256').update(JSON.stringify([CACHE_VERSION, versions, parts])).digest('hex');
    },
    pathFor,
    has(key, ext) {
      const name = `${key}.${ext}`;
      const file = pathFor(key, ext);
      if (intact(name, file)) return true;
      if (index.entries[name]) {
        discarded.push(path.relative(dir, file));
        delete index.entries[name];
        rmSync(file, { force: true });
      }
      return false;
    },
    put(key, ext, bytes) {
      const file = pathFor(key, ext);
      onDisk(WRITE, file, () => {
        mkdirSync(path.dirname(file), { recursive: true });
        // Write then rename: a build killed half-way never leaves a truncated entry behind.
        const temp = `${file}.${process.pid}.tmp`;
        writeFileSync(temp, bytes);
        renameSync(temp, file);
        index.entries[`${key}.${ext}`] = { size: bytes.length, mtimeMs: statSync(file).mtimeMs, sha256: sha256(bytes) };
      });
    },
    save() {
      onDisk(WRITE, indexFile, () => {
        mkdirSync(dir, { recursive: true });
        const sorted = (r: Record<string, FileRecord>) => Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : 1)));
        const temp = `${indexFile}.${process.pid}.tmp`;
        writeFileSync(temp, JSON.stringify({ version: CACHE_VERSION, sources: sorted(index.sources), entries: sorted(index.entries) }));
        renameSync(temp, indexFile);
      });
    },
  };
}

/** The index as saved by the last build, or an empty one when it is missing, unreadable or not ours. */
function readIndex(file: string, discarded: string[]): CacheIndex {
  const empty = (): CacheIndex => ({ version: CACHE_VERSION, sources: {}, entries: {} });
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return empty(); // no cache yet
  }
  try {
    const data = JSON.parse(text) as Partial<CacheIndex> | null;
    // Written by another version of baotinh: not damaged, just not ours to read.
    if (data && typeof data.version === 'number' && data.version !== CACHE_VERSION) return empty();
    if (!data || data.version !== CACHE_VERSION) throw new Error('damaged');
    const sources = validRecords(data.sources);
    const entries = validRecords(data.entries);
    if (!sources || !entries) throw new Error('damaged');
    return { version: CACHE_VERSION, sources, entries };
  } catch {
    discarded.push(path.basename(file));
    return empty();
  }
}

function validRecords(value: unknown): Record<string, FileRecord> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: Record<string, FileRecord> = Object.create(null);
  for (const [name, r] of Object.entries(value as Record<string, unknown>)) {
    const rec = r as Partial<FileRecord> | null;
    if (!rec || typeof rec.size !== 'number' || typeof rec.mtimeMs !== 'number' || typeof rec.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(rec.sha256)) {
      return undefined;
    }
    out[name] = { size: rec.size, mtimeMs: rec.mtimeMs, sha256: rec.sha256 };
  }
  return out;
}
