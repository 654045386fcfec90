// The large maps of the published record and the site snapshot as columns on disk: a few long
// strings and typed arrays instead of tens of thousands of small objects. Deserialising objects one
// by one (and collecting the garbage of it) was a tenth of a second of every edit's build at 10,000
// articles; a column is copied in one piece. Paths are joined by NUL, which no file name contains.
import type { OutputRecord, PublishedState, SeenFile, SiteSnapshot } from './build-state.js';

const SEP = '\u0000';

const join = (values: readonly string[]): string => values.join(SEP);
const split = (text: string, count: number): string[] => (count === 0 ? [] : text.split(SEP));

export interface OutputColumns {
  readonly count: number;
  readonly paths: string;
  readonly keys: string;
  readonly hashes: string;
  /** Per record: size, mtime, inode, body start, body length (-1: no body place). */
  readonly numbers: Float64Array;
}

export interface SeenColumns {
  readonly count: number;
  readonly paths: string;
  readonly digests: string;
  /** Per file: size, mtime, ctime, inode. */
  readonly numbers: Float64Array;
}

export interface PairColumns {
  readonly count: number;
  readonly keys: string;
  readonly values: string;
}

/** Lists of positions: where each list starts in `values` (count + 1 entries), and the values. */
export interface ListColumns {
  readonly starts: Int32Array;
  readonly values: Int32Array;
}

export function outputsToColumns(outputs: ReadonlyMap<string, OutputRecord>): OutputColumns {
  const numbers = new Float64Array(outputs.size * 5);
  let i = 0;
  for (const r of outputs.values()) {
    numbers.set([r.size, r.mtimeMs, r.ino, r.body?.[0] ?? -1, r.body?.[1] ?? -1], i * 5);
    i++;
  }
  const records = [...outputs.values()];
  return { count: outputs.size, paths: join([...outputs.keys()]), keys: join(records.map((r) => r.key)), hashes: join(records.map((r) => r.hash)), numbers };
}

export function outputsFromColumns(c: OutputColumns): Map<string, OutputRecord> {
  const paths = split(c.paths, c.count);
  const keys = split(c.keys, c.count);
  const hashes = split(c.hashes, c.count);
  const n = c.numbers;
  const outputs = new Map<string, OutputRecord>();
  for (let i = 0; i < c.count; i++) {
    const at = i * 5;
    const record: OutputRecord = n[at + 3]! < 0
      ? { key: keys[i]!, hash: hashes[i]!, size: n[at]!, mtimeMs: n[at + 1]!, ino: n[at + 2]! }
      : { key: keys[i]!, hash: hashes[i]!, size: n[at]!, mtimeMs: n[at + 1]!, ino: n[at + 2]!, body: [n[at + 3]!, n[at + 4]!] };
    outputs.set(paths[i]!, record);
  }
  return outputs;
}

export function seenToColumns(files: ReadonlyMap<string, SeenFile>): SeenColumns {
  const numbers = new Float64Array(files.size * 4);
  let i = 0;
  for (const f of files.values()) numbers.set([f.size, f.mtimeMs, f.ctimeMs, f.ino], 4 * i++);
  return { count: files.size, paths: join([...files.keys()]), digests: join([...files.values()].map((f) => f.digest)), numbers };
}

export function seenFromColumns(c: SeenColumns): Map<string, SeenFile> {
  const paths = split(c.paths, c.count);
  const digests = split(c.digests, c.count);
  const n = c.numbers;
  const files = new Map<string, SeenFile>();
  for (let i = 0; i < c.count; i++) files.set(paths[i]!, { size: n[4 * i]!, mtimeMs: n[4 * i + 1]!, ctimeMs: n[4 * i + 2]!, ino: n[4 * i + 3]!, digest: digests[i]! });
  return files;
}

export function pairsToColumns(map: ReadonlyMap<string, string>): PairColumns {
  return { count: map.size, keys: join([...map.keys()]), values: join([...map.values()]) };
}

export function pairsFromColumns(c: PairColumns): Map<string, string> {
  const keys = split(c.keys, c.count);
  const values = split(c.values, c.count);
  return new Map(keys.map((k, i) => [k, values[i]!]));
}

export function listsToColumns(lists: readonly (readonly number[])[]): ListColumns {
  const starts = new Int32Array(lists.length + 1);
  let total = 0;
  lists.forEach((list, i) => {
    starts[i] = total;
    total += list.length;
  });
  starts[lists.length] = total;
  const values = new Int32Array(total);
  lists.forEach((list, i) => values.set(list, starts[i]!));
  return { starts, values };
}

/** The number of lists. */
export const listCount = (c: ListColumns): number => c.starts.length - 1;

/** List `i`. */
export const listAt = (c: ListColumns, i: number): Int32Array => c.values.subarray(c.starts[i]!, c.starts[i + 1]!);

/** The published record as kept on disk, and back. */
export type PublishedOnDisk = Omit<PublishedState, 'outputs'> & { readonly outputs: OutputColumns };

export const publishedToDisk = (record: PublishedState): PublishedOnDisk => ({ ...record, outputs: outputsToColumns(record.outputs) });
export const publishedFromDisk = (stored: PublishedOnDisk): PublishedState => ({ ...stored, outputs: outputsFromColumns(stored.outputs) });

/** The site snapshot as kept on disk, and back (its related lists are columns in memory too). */
export type SnapshotOnDisk = Omit<SiteSnapshot, 'files' | 'urls'> & { readonly files: SeenColumns; readonly urls: PairColumns };

export const snapshotToDisk = (snapshot: SiteSnapshot): SnapshotOnDisk => ({ ...snapshot, files: seenToColumns(snapshot.files), urls: pairsToColumns(snapshot.urls) });
export const snapshotFromDisk = (stored: SnapshotOnDisk): SiteSnapshot => ({ ...stored, files: seenFromColumns(stored.files), urls: pairsFromColumns(stored.urls) });
