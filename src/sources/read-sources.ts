// Read article sources and public files: the only module that reads content text from disk.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleSource } from '../content/article.js';
import { diagnostic, type Diagnostic } from '../errors.js';
import { toPosixRelative } from '../paths.js';
import { decodeSource } from './read-text.js';
import { decodeWindows1258, legacyLines, lineSample } from '../vi/legacy-encodings.js';
import { byCodePoint } from '../compare.js';

/** Read one article source; undefined text means it is not valid UTF-8. `onBytes` sees the bytes read. */
export async function readArticleSource(contentDir: string, projectRoot: string, contentPath: string, onBytes?: (bytes: Buffer) => void): Promise<ArticleSource | Diagnostic> {
  const absolute = path.join(contentDir, contentPath);
  const file = toPosixRelative(projectRoot, absolute);
  // Synchronous: for many small files it beats a thread-pool round trip each (see writer.ts).
  const bytes = readFileSync(absolute);
  onBytes?.(bytes);
  const text = decodeSource(bytes);
  return text === undefined ? notUtf8(bytes, file) : { contentPath, file, text };
}

/** FILE_ENCODING, saying which legacy encoding the bytes are in when they read as TCVN3 or VNI
 *  (one byte per character: the file was saved by an old editor with an old font), with a sample. */
function notUtf8(bytes: Buffer, file: string): Diagnostic {
  const lines = bytes.toString('latin1').replace(/\r\n?/g, '\n').split('\n');
  const [found] = legacyLines(lines);
  if (found) return diagnostic('FILE_ENCODING', { encoding: found.encoding, before: lineSample(found.before), after: lineSample(found.converted), file }, { file, line: found.line });
  const cp1258 = decodeWindows1258(bytes);
  if (cp1258) {
    const at = cp1258.split('\n').findIndex((l) => /[^\x00-\x7f]/.test(l));
    return diagnostic('FILE_ENCODING', { encoding: 'windows-1258', before: lineSample(lines[at] ?? ''), after: lineSample(cp1258.split('\n')[at] ?? ''), file }, { file, line: at + 1 });
  }
  return diagnostic('FILE_ENCODING', {}, { file });
}

export interface PublicFile {
  readonly absolute: string;
  /** First 10 hex digits of the SHA-256 of the bytes: changes exactly when the file does. */
  readonly hash: string;
}

/** Files of each folder, later folders overriding earlier ones path by path. Missing folders are fine. */
/** `compiled`: folders of built-in assets compiled from TypeScript, whose source maps are not published. */
export async function readPublicFiles(dirs: readonly string[], compiled: ReadonlySet<string> = new Set()): Promise<Map<string, PublicFile>> {
  const files = new Map<string, PublicFile>();
  for (const dir of dirs) {
    let entries;
    try {
      entries = await readdir(dir, { recursive: true, withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    const found = entries
      .filter((e) => e.isFile() && !e.name.startsWith('.') && !(compiled.has(dir) && e.name.endsWith('.map')))
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
    for (const absolute of found) {
      const hash = createHash('sha256').update(await readFile(absolute)).digest('hex').slice(0, 10);
      files.set(toPosixRelative(dir, absolute), { absolute, hash });
    }
  }
  return new Map([...files].sort(([a], [b]) => byCodePoint(a, b)));
}
