// The build state on disk: what the last successful build of one output used and produced, so the
// next build can reuse it. One file per output folder, in the cache folder (.baotinh/state/).
// Written with v8.serialize (Maps, undefined and numbers survive exactly) behind a checksum; a state
// from another version, a damaged one or a missing one is ignored: that build is a full build.
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { deflateRaw, inflateRaw } from 'node:zlib';
import { STATE_FORMAT } from './build-state.js';

const MAGIC = 'baotinh-state';

/** The memos are kept in this many files, by content path: an edit rewrites one of them, not all. */
export const MEMO_SHARDS = 256;

/** The state files of one output folder: the published version's record, the record of the version
 *  published before it (kept beside it in the store), the published version's site snapshot, its
 *  articles' summaries, and the memos (one file per shard). */
export function statePathsFor(cacheDir: string, outputFolder: string): { published: string; previous: string; snapshot: string; summaries: string; memos: string[] } {
  const id = createHash('sha256').update(outputFolder).digest('hex').slice(0, 16);
  const file = (kind: string): string => path.join(cacheDir, 'state', `${id}.${kind}.bin`);
  return { published: file('published'), previous: file('previous'), snapshot: file('snapshot'), summaries: file('summaries'), memos: Array.from({ length: MEMO_SHARDS }, (_, k) => file(`memos-${k}`)) };
}

/** The shard a content path's memos live in (FNV-1a of its characters). */
export function shardOf(contentPath: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < contentPath.length; i++) h = Math.imul(h ^ contentPath.charCodeAt(i), 0x01000193);
  return (h >>> 0) % MEMO_SHARDS;
}

export type LoadedState<T> = { readonly state: T } | { readonly state?: undefined; readonly reason: 'missing' | 'damaged' | 'other-version' };

/** How a state file is kept: as serialised, or deflated (the memos: mostly text,
 *  a fifth of the size, inflated in the thread pool while the build goes on). */
export type Packing = 'plain' | 'deflated';
const PACKING_MARK: Record<Packing, string> = { plain: '-', deflated: 'z' };

export async function loadState<T extends { readonly codeKey: string }>(file: string, codeKey: string): Promise<LoadedState<T>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return { reason: 'missing' };
  }
  const header = `${MAGIC} ${STATE_FORMAT} `;
  if (bytes.length < header.length + 66 || bytes.subarray(0, header.length).toString('latin1') !== header) return { reason: 'other-version' };
  const mark = bytes.subarray(header.length, header.length + 1).toString('latin1');
  const sum = bytes.subarray(header.length + 2, header.length + 66).toString('latin1');
  const payload = bytes.subarray(header.length + 66);
  if (createHash('sha256').update(payload).digest('hex') !== sum) return { reason: 'damaged' };
  try {
    const serialised = mark === PACKING_MARK.deflated ? await inflate(payload) : mark === PACKING_MARK.plain ? payload : undefined;
    if (!serialised) return { reason: 'damaged' };
    const state = deserialize(serialised) as T;
    if (state?.codeKey !== codeKey) return { reason: 'other-version' };
    return { state };
  } catch {
    return { reason: 'damaged' };
  }
}

/** Written beside and renamed over: a crash leaves the old state or the new one, never half of one. */
export async function saveState(file: string, state: object, packing: Packing = 'plain'): Promise<void> {
  const serialised = serialize(state);
  const payload = packing === 'deflated' ? await deflate(serialised, { level: 1 }) : serialised;
  const sum = createHash('sha256').update(payload).digest('hex');
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  // Header and payload written as they are: no third copy of a state of megabytes.
  const handle = await open(temporary, 'w');
  try {
    await handle.writev([Buffer.from(`${MAGIC} ${STATE_FORMAT} ${PACKING_MARK[packing]} ${sum}`, 'latin1'), payload]);
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
}

const deflate = promisify(deflateRaw);
const inflate = promisify(inflateRaw);

/**
 * The state files as one build uses them. `baotinh dev` builds again and again in one process: it
 * passes a memory, and a file it wrote or read stays there as a value, used again while the file on
 * disk is still that one (same size, time and inode); the disk is written all the same.
 */
export interface StateFiles {
  load<T extends { readonly codeKey: string }>(file: string, codeKey: string, form?: DiskForm<T>): Promise<LoadedState<T>>;
  save<T extends { readonly codeKey: string }>(file: string, state: T, options?: { readonly packing?: Packing; readonly form?: DiskForm<T> }): Promise<void>;
  remove(file: string): Promise<void>;
}

/** How a state is written to disk and read back, when not as it is (state-columns.ts). The memory
 *  keeps the state as used, so a build in `baotinh dev` does not convert it again. */
export interface DiskForm<T> {
  toDisk(state: T): { readonly codeKey: string };
  fromDisk(stored: never): T;
}

/** What a build keeps of the state between builds in one process (see StateFiles). */
export type StateMemory = Map<string, { readonly identity: string; readonly state: { readonly codeKey: string } }>;

export function stateFiles(memory?: StateMemory): StateFiles {
  const identity = async (file: string): Promise<string | undefined> => {
    const s = await stat(file).catch(() => undefined);
    return s && `${s.size}:${s.mtimeMs}:${s.ino}`;
  };
  return {
    async load<T extends { readonly codeKey: string }>(file: string, codeKey: string, form?: DiskForm<T>): Promise<LoadedState<T>> {
      const kept = memory?.get(file);
      if (kept && kept.state.codeKey === codeKey && kept.identity === (await identity(file))) return { state: kept.state as T };
      const loaded = await loadState<T>(file, codeKey);
      if (!loaded.state) return loaded;
      let state: T;
      try {
        state = form ? form.fromDisk(loaded.state as never) : loaded.state;
      } catch {
        return { reason: 'damaged' };
      }
      const id = memory && (await identity(file));
      if (id) memory!.set(file, { identity: id, state });
      return { state };
    },
    async save(file, state, options = {}) {
      await saveState(file, options.form ? options.form.toDisk(state) : state, options.packing);
      const id = memory && (await identity(file));
      if (id) memory!.set(file, { identity: id, state });
    },
    async remove(file) {
      memory?.delete(file);
      await rm(file, { force: true });
    },
  };
}
