// The search index kept in the project's cache between builds (search/<output id>/ in the cache
// folder): a header (documents, keys in order, the files' layout) and the postings as one binary
// file, both named by the build that made them, and a small pointer naming the pair and the version
// it was published with. The pair is written before the pages (so the index need not stay in memory
// while they render); the pointer only once the version is published. A build killed at any moment
// leaves the pointer at a complete pair, or no index (then it is made again).
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CARDS_PER_FILE, type IndexFile, type IndexLayout } from './index-files.js';
import type { IndexedDoc, SearchIndex } from './search-index.js';

const FORMAT = 5;

interface Header {
  readonly format: number;
  /** What the index was made under (baotinh's code, the time zone). */
  readonly key: string;
  readonly postingsFile: string;
  /** Path, key, category, year, headline and text lengths; the cards are in the layout's card files (CARDS_PER_FILE each, by id). */
  readonly docs: readonly (readonly [string, string, string, number, number, number])[];
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
    const pointer = JSON.parse(await readFile(path.join(folder, POINTER), 'utf8')) as Pointer;
    const header = JSON.parse(await readFile(path.join(folder, pointer.header), 'utf8')) as Header;
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
    // Every file it names must be there to be kept (or copied into an output that lost it).
    const have = new Set(await readdir(path.join(folder, 'files')));
    if (![...header.layout.shards.map((s) => s[3]), ...header.layout.cards].every((name) => have.has(name))) return undefined;
    const { cards } = header.layout;
    const docs = header.docs.map(([p, docKey, category, year, titleLength, textLength], id): IndexedDoc => ({ path: p, key: docKey, card: { file: cards[Math.floor(id / CARDS_PER_FILE)]!, slot: id % CARDS_PER_FILE }, category, year, lengths: [titleLength, textLength] }));
    return { index: { docs, postings, keys: [...header.keys], dirty: new Set(), movedDocs: new Set() }, layout: header.layout, version: pointer.version };
  } catch {
    // Missing, damaged or of another shape: the cache is baotinh's own, and the index is made again.
    return undefined;
  }
}

/** Writes the files a build needs to copy into its output (named by content: written once). */
export async function writeIndexFiles(searchDir: string, files: readonly IndexFile[]): Promise<Map<string, string>> {
  const folder = path.join(searchDir, 'files');
  await mkdir(folder, { recursive: true });
  const have = new Set(await readdir(folder));
  const where = new Map<string, string>();
  const toWrite: IndexFile[] = [];
  for (const file of files) {
    where.set(file.name, path.join(folder, file.name));
    if (!have.has(file.name)) toWrite.push(file);
  }
  // A few at a time: one by one, each file waits a turn of the event loop for each of its calls.
  let next = 0;
  const writeNext = async (): Promise<void> => {
    for (let file = toWrite[next++]; file; file = toWrite[next++]) {
      const absolute = where.get(file.name)!;
      await writeFile(`${absolute}.tmp`, file.content);
      await rename(`${absolute}.tmp`, absolute);
    }
  };
  await Promise.all(Array.from({ length: WRITES_AT_ONCE }, writeNext));
  return where;
}

/** Index files written at once (the libuv pool has four threads). */
const WRITES_AT_ONCE = 4;

/** The path of a file of the layout in the cache. */
export function indexFilePath(searchDir: string, name: string): string {
  return path.join(searchDir, 'files', name);
}

const POINTER = 'current.json';

interface Pointer {
  readonly header: string;
  /** The published version the index is the index of. */
  readonly version: string;
}

/** Writes the index beside the one kept (streamed: never one buffer of every posting), to be
 *  published by `publishIndex`; returns its header's name. */
export async function writePendingIndex(folder: string, key: string, index: SearchIndex, layout: IndexLayout): Promise<string> {
  await mkdir(folder, { recursive: true });
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const postingsFile = `postings-${stamp}.bin`;
  const file = await open(path.join(folder, postingsFile), 'w');
  try {
    const lengths = new Uint32Array(index.keys.length);
    for (const [i, k] of index.keys.entries()) lengths[i] = index.postings.get(k)!.length;
    await file.write(lengths);
    let chunk = new Uint32Array(CHUNK_WORDS);
    let used = 0;
    for (const k of index.keys) {
      const list = index.postings.get(k)!;
      if (used + list.length > chunk.length) {
        await file.write(chunk.subarray(0, used));
        used = 0;
        if (list.length > chunk.length) chunk = new Uint32Array(list.length);
      }
      chunk.set(list, used);
      used += list.length;
    }
    await file.write(chunk.subarray(0, used));
  } finally {
    await file.close();
  }
  const headerFile = `index-${stamp}.json`;
  const header: Header = { format: FORMAT, key, postingsFile, docs: index.docs.map((d) => [d.path, d.key, d.category, d.year, d.lengths[0], d.lengths[1]]), keys: index.keys, layout };
  await writeFile(path.join(folder, headerFile), JSON.stringify(header));
  return headerFile;
}

/** Words written at a time. */
const CHUNK_WORDS = 256 * 1024;

/** Makes a pending index the kept one, for `version`; removes the files no longer named (the cache is baotinh's own). */
export async function publishIndex(folder: string, headerFile: string, version: string, keepFiles: ReadonlySet<string>): Promise<void> {
  const pointer: Pointer = { header: headerFile, version };
  await writeFile(path.join(folder, `${POINTER}.tmp`), JSON.stringify(pointer));
  await rename(path.join(folder, `${POINTER}.tmp`), path.join(folder, POINTER));
  const postingsFile = headerFile.replace(/^index-(.*)\.json$/, 'postings-$1.bin');
  for (const name of await readdir(folder)) {
    if ((name.startsWith('postings-') && name !== postingsFile) || (name.startsWith('index-') && name !== headerFile)) await rm(path.join(folder, name), { force: true });
  }
  const files = path.join(folder, 'files');
  for (const name of await readdir(files).catch(() => [])) if (!keepFiles.has(name)) await rm(path.join(files, name), { force: true });
}
