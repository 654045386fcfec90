// Which outputs the published version already has right, and the records of those written now.
// A file is kept when its key is the one it was made under and it is still the file that was made
// (same size and time: nobody edited the published copy); everything else is made again.
import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { OutputRecord } from './build-state.js';

export interface Published {
  readonly folder: string;
  readonly outputs: ReadonlyMap<string, OutputRecord>;
}

/** The record under which `output` can be kept as it is, if it can. */
export function keepable(published: Published | undefined, output: string, key: string): OutputRecord | undefined {
  const record = published?.outputs.get(output);
  if (!record || record.key !== key) return undefined;
  return isIntact(published!.folder, output, record) ? record : undefined;
}

export function isIntact(folder: string, output: string, record: OutputRecord): boolean {
  try {
    const s = lstatSync(folder + path.sep + output);
    return s.isFile() && s.size === record.size && s.mtimeMs === record.mtimeMs;
  } catch {
    return false;
  }
}

/** The record of a file just written into `folder` (its time is read back from the disk). */
export function recordOf(folder: string | undefined, output: string, key: string, hash: string, size: number): OutputRecord {
  let mtimeMs = 0;
  if (folder) mtimeMs = lstatSync(path.join(folder, output)).mtimeMs;
  return { key, hash, size, mtimeMs };
}
