// A folder's files, recursively, as sorted forward-slash paths: the one listing the keys are made from.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { byCodePoint } from '../compare.js';

/** Missing folders list as empty; `keep` filters by file name. Byte order, so the order never depends on a locale. */
export function listFilesSorted(dir: string, keep: (name: string) => boolean = () => true): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort(byCodePoint);
}
