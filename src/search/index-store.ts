// The search index kept in the project's cache between builds (search/ in the cache folder):
// a header (documents, keys in order, the files' layout) and the postings as one binary file.
// The header names the binary file it goes with, so a build killed between the two writes leaves
// the pair that was there, or no index (then it is made again): never a mixed one.
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { IndexFile, IndexLayout } from './index-files.js';
import type { IndexedDoc, SearchIndex } from './search-index.js';

const FORMAT = 1;

interface Header {
  readonly format: number;
  /** What the index was made under (baotinh's code, the time zone). */
  readonly key: string;
  /** The published version it was saved with. */
  readonly version: string;
  readonly postingsFile: string;
  readonly docs: readonly (readonly [string, string, IndexedDoc['card'], string, number])[];
  readonly keys: readonly string[];
  readonly layout: IndexLayout;
}

/** The index kept for one output folder (each has its own, as it has its own build state). */
export function searchFolder(cacheDir: string, outputFolder: string): string {
  return path.join(cacheDir, 'search', createHash('sha256').update(outputFolder).digest('hex').slice(0, 16));
}

/** The index kept under `key`, or undefined (none, another key, unreadable). */
export async function loadIndex(folder: string, key: string): Promise<{ index: SearchIndex; layout: IndexLayout; version: string } | undefined> {
  try {
    const header = JSON.parse(await readFile(path.join(folder, 'index.json'), 'utf8')) as Header;
    if (header.format !== FORMAT || header.key !== key) return undefined;
    const bytes = await readFile(path.join(folder, header.postingsFile));
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 2);
    const postings = new Map<string, Uint32Array>();
    let at = header.keys.length;
    for (const [i, k] of header.keys.entries()) {
      const length = words[i]!;
      postings.set(k, words.subarray(at, at + length));
      at += length;
    }
    if (at !== words.length) return undefined;
    const docs = header.docs.map(([p, docKey, card, category, year]): IndexedDoc => ({ path: p, key: docKey, card, category, year }));
    return { index: { docs, postings, keys: [...header.keys], dirty: new Set(), movedDocs: new Set() }, layout: header.layout, version: header.version };
  } catch (error) {
    if (error instanceof SyntaxError || (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Writes the files a build needs to copy into its output (named by content: written once). */
export async function writeIndexFiles(searchDir: string, files: readonly IndexFile[]): Promise<Map<string, string>> {
  const folder = path.join(searchDir, 'files');
  await mkdir(folder, { recursive: true });
  const have = new Set(await readdir(folder));
  const where = new Map<string, string>();
  for (const file of files) {
    const absolute = path.join(folder, file.name);
    if (!have.has(file.name)) {
      await writeFile(`${absolute}.tmp`, file.content);
      await rename(`${absolute}.tmp`, absolute);
    }
    where.set(file.name, absolute);
  }
  return where;
}

/** The path of a file of the layout in the cache. */
export function indexFilePath(searchDir: string, name: string): string {
  return path.join(searchDir, 'files', name);
}

/** Keeps the index for the next build, and removes the files no longer named (the cache is baotinh's own). */
export async function saveIndex(folder: string, key: string, version: string, index: SearchIndex, layout: IndexLayout, keepFiles: ReadonlySet<string>): Promise<void> {
  await mkdir(folder, { recursive: true });
  let total = index.keys.length;
  for (const k of index.keys) total += index.postings.get(k)!.length;
  const words = new Uint32Array(total);
  let at = index.keys.length;
  for (const [i, k] of index.keys.entries()) {
    const list = index.postings.get(k)!;
    words[i] = list.length;
    words.set(list, at);
    at += list.length;
  }
  const postingsFile = `postings-${process.pid}-${Date.now().toString(36)}.bin`;
  await writeFile(path.join(folder, postingsFile), words);
  const header: Header = { format: FORMAT, key, version, postingsFile, docs: index.docs.map((d) => [d.path, d.key, d.card, d.category, d.year]), keys: index.keys, layout };
  await writeFile(path.join(folder, 'index.json.tmp'), JSON.stringify(header));
  await rename(path.join(folder, 'index.json.tmp'), path.join(folder, 'index.json'));
  for (const name of await readdir(folder)) if (name.startsWith('postings-') && name !== postingsFile) await rm(path.join(folder, name), { force: true });
  const files = path.join(folder, 'files');
  for (const name of await readdir(files).catch(() => [])) if (!keepFiles.has(name)) await rm(path.join(files, name), { force: true });
}
