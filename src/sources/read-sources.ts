// Read every article source and every public file. The only module that reads content from disk.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleSource } from '../content/article.js';
import { diagnostic, type Diagnostic } from '../errors.js';
import { toPosixRelative } from '../paths.js';
import { discoverMarkdown } from './discover.js';
import { decodeSource } from './read-text.js';

const READ_BATCH = 64;

export async function readArticleSources(contentDir: string, projectRoot: string): Promise<{ sources: ArticleSource[]; diagnostics: Diagnostic[] }> {
  const paths = await discoverMarkdown(contentDir);
  const sources: ArticleSource[] = [];
  const diagnostics: Diagnostic[] = [];
  for (let i = 0; i < paths.length; i += READ_BATCH) {
    const batch = paths.slice(i, i + READ_BATCH);
    const texts = await Promise.all(batch.map((p) => readFile(path.join(contentDir, p))));
    batch.forEach((contentPath, j) => {
      const file = toPosixRelative(projectRoot, path.join(contentDir, contentPath));
      const text = decodeSource(texts[j]!);
      if (text === undefined) diagnostics.push(diagnostic('FILE_ENCODING', {}, { file }));
      else sources.push({ contentPath, file, text });
    });
  }
  return { sources, diagnostics };
}

export interface PublicFile {
  readonly absolute: string;
  /** First 10 hex digits of the SHA-256 of the bytes: changes exactly when the file does. */
  readonly hash: string;
}

/** Files of each folder, later folders overriding earlier ones path by path. Missing folders are fine. */
export async function readPublicFiles(dirs: readonly string[]): Promise<Map<string, PublicFile>> {
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
      .filter((e) => e.isFile() && !e.name.startsWith('.'))
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
    for (const absolute of found) {
      const hash = createHash('sha256').update(await readFile(absolute)).digest('hex').slice(0, 10);
      files.set(toPosixRelative(dir, absolute), { absolute, hash });
    }
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
