// The build state on disk: what the last successful build of one output used and produced, so the
// next build can reuse it. One file per output folder, in the cache folder (.baotinh/state/).
// Written with v8.serialize (Maps, undefined and numbers survive exactly) behind a checksum; a state
// from another version, a damaged one or a missing one is ignored: that build is a full build.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { STATE_FORMAT } from './build-state.js';

const MAGIC = 'baotinh-state';

/** The memos are kept in this many files, by content path: an edit rewrites one of them, not all. */
export const MEMO_SHARDS = 64;

/** The state files of one output folder: the published version's record, the record of the version
 *  published before it (kept beside it in the store), the published version's site snapshot, and the
 *  memos (one file per shard). */
export function statePathsFor(cacheDir: string, outputFolder: string): { published: string; previous: string; snapshot: string; memos: string[] } {
  const id = createHash('sha256').update(outputFolder).digest('hex').slice(0, 16);
  const file = (kind: string): string => path.join(cacheDir, 'state', `${id}.${kind}.bin`);
  return { published: file('published'), previous: file('previous'), snapshot: file('snapshot'), memos: Array.from({ length: MEMO_SHARDS }, (_, k) => file(`memos-${k}`)) };
}

/** The shard a content path's memos live in (FNV-1a of its characters). */
export function shardOf(contentPath: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < contentPath.length; i++) h = Math.imul(h ^ contentPath.charCodeAt(i), 0x01000193);
  return (h >>> 0) % MEMO_SHARDS;
}

export type LoadedState<T> = { readonly state: T } | { readonly state?: undefined; readonly reason: 'missing' | 'damaged' | 'other-version' };

export async function loadState<T extends { readonly codeKey: string }>(file: string, codeKey: string): Promise<LoadedState<T>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return { reason: 'missing' };
  }
  const header = `${MAGIC} ${STATE_FORMAT} `;
  if (bytes.length < header.length + 64 || bytes.subarray(0, header.length).toString('latin1') !== header) return { reason: 'other-version' };
  const sum = bytes.subarray(header.length, header.length + 64).toString('latin1');
  const payload = bytes.subarray(header.length + 64);
  if (createHash('sha256').update(payload).digest('hex') !== sum) return { reason: 'damaged' };
  try {
    const state = deserialize(payload) as T;
    if (state?.codeKey !== codeKey) return { reason: 'other-version' };
    return { state };
  } catch {
    return { reason: 'damaged' };
  }
}

/** Written beside and renamed over: a crash leaves the old state or the new one, never half of one. */
export async function saveState(file: string, state: object): Promise<void> {
  const payload = serialize(state);
  const sum = createHash('sha256').update(payload).digest('hex');
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, Buffer.concat([Buffer.from(`${MAGIC} ${STATE_FORMAT} ${sum}`, 'latin1'), payload]));
  await rename(temporary, file);
}
