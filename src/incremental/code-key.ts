// The code the output comes from: baotinh's compiled files, its lockfile, and sharp/libvips.
// An upgrade (or a local edit of lib/) changes the key, and the next build starts from nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hashOf } from './hash.js';
import { listFilesSorted } from './list-files.js';

const known = new Map<string, string>();

/** Computed once per process: the code running is the code loaded at its start, whatever lib/ holds
 *  later (and `baotinh dev` builds again and again). */
export function codeKeyOf(packageRoot: string): string {
  let key = known.get(packageRoot);
  if (key === undefined) known.set(packageRoot, (key = computeCodeKey(packageRoot)));
  return key;
}

function computeCodeKey(packageRoot: string): string {
  // Node's version too: its ICU data decides time zones and date formats.
  const parts: (string | Buffer)[] = [process.version];
  const lib = path.join(packageRoot, 'lib');
  for (const file of listFilesSorted(lib, (name) => name.endsWith('.js') || name.endsWith('.cjs'))) parts.push(file, readFileSync(path.join(lib, file)));
  for (const manifest of ['package.json', 'package-lock.json', 'node_modules/sharp/package.json']) {
    try {
      parts.push(manifest, readFileSync(path.join(packageRoot, manifest)));
    } catch {
      parts.push(manifest, 'none');
    }
  }
  return hashOf(...parts);
}
