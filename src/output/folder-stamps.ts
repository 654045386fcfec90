// What the version kept beside the published one really holds, without listing all of it.
// The build takes that folder over (versioned-writer.ts recycleVersion), so whatever was added to it,
// or put in place of one of its files, while it was published must be found. A folder's time and
// inode change whenever a name in it is added, removed or replaced; a folder whose time and inode are
// the ones on record holds what the record says. So each folder is looked at (one lstat), and only
// the folders that changed, or whose time cannot be trusted yet, are listed: at 10,000 articles
// listing every folder cost 0.23 s of CPU on every build, looking at them 0.08 s.
//
// A time can be trusted once it is older than the clock's step: the kernel stamps folders with a
// coarse clock, so a name added in the same few milliseconds as the time was read would not change
// it (git's "racily clean" index entries are the same problem). Folders written by a build are
// listed at the next look; so is every folder of a version made from an empty folder.
import { lstatSync, readdirSync, utimesSync } from 'node:fs';
import type { OutputRecord } from '../incremental/build-state.js';
import type { RecordColumns } from './version-scan.js';

/** A folder time this recent (ms) when read is not trusted: listed next time. */
const RACY_MS = 2000;

/** The folders of a version, parents first, in the order the outputs name them; '' is the version's own folder. */
export interface FolderLayout {
  readonly folders: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** For each folder, the index of the folder it is in (-1 for the version's own). */
  readonly parentOf: readonly number[];
  /** For each output (by position), the index of its folder. */
  readonly folderOfOutput: Int32Array;
}

export function folderLayout(outputs: readonly string[]): FolderLayout {
  const folders = [''];
  const indexOf = new Map([['', 0]]);
  const parentOf = [-1];
  const folderOfOutput = new Int32Array(outputs.length);
  const add = (folder: string): number => {
    let at = indexOf.get(folder);
    if (at === undefined) {
      const slash = folder.lastIndexOf('/');
      const parent = add(slash < 0 ? '' : folder.slice(0, slash));
      at = folders.length;
      folders.push(folder);
      parentOf.push(parent);
      indexOf.set(folder, at);
    }
    return at;
  };
  outputs.forEach((output, i) => {
    const slash = output.lastIndexOf('/');
    folderOfOutput[i] = slash < 0 ? 0 : add(output.slice(0, slash));
  });
  return { folders, indexOf, parentOf, folderOfOutput };
}

/** The spare's files to check, in columns (cheap to pass to a thread), with the folders' stamps on record. */
export type SpareColumns = RecordColumns & { readonly stamps?: FolderStamps };

/** Per folder of folderLayout(outputs): time and inode at 2i, 2i + 1, or NaN where the folder must be listed. */
export type FolderStamps = Float64Array;

export interface SpareCheck {
  /** Recorded files not at their path as recorded (gone, or another file put there). */
  readonly missing: string[];
  /** Files there that the record does not have (forward-slash paths). */
  readonly extra: string[];
  /** The folders' stamps as seen now (NaN where not yet trusted), for the record of the version made
   *  from it; none where the spare was not looked at (a preview's folders are trusted as made). */
  readonly stamps?: FolderStamps;
}

/** Every non-folder under `dir`, as forward-slash paths after `prefix`. */
function filesUnder(dir: string, prefix: string, found: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) filesUnder(`${dir}/${entry.name}`, `${prefix}${entry.name}/`, found);
    else found.push(prefix + entry.name);
  }
}

/** What the spare holds that its record does not say; undefined when it cannot be read. */
export function checkSpare(spare: SpareColumns): SpareCheck | undefined {
  const { folder, outputs, numbers } = spare;
  const layout = folderLayout(outputs);
  const { folders } = layout;
  const onRecord = spare.stamps && spare.stamps.length === folders.length * 2 ? spare.stamps : undefined;
  const stamps = new Float64Array(folders.length * 2).fill(NaN);
  // What the record says each folder holds: its files (by output position) and its subfolders.
  const filesOf: number[][] = folders.map(() => []);
  layout.folderOfOutput.forEach((f, i) => filesOf[f]!.push(i));
  const subfoldersOf: string[][] = folders.map(() => []);
  for (let f = 1; f < folders.length; f++) subfoldersOf[layout.parentOf[f]!]!.push(folders[f]!.slice(folders[f]!.lastIndexOf('/') + 1));
  const missing: string[] = [];
  const extra: string[] = [];
  const trustedBefore = Date.now() - RACY_MS;
  const nameOf = (i: number): string => {
    const output = outputs[i]!;
    return output.slice(output.lastIndexOf('/') + 1);
  };
  try {
    for (let f = 0; f < folders.length; f++) {
      const at = folders[f] ? `${folder}/${folders[f]}` : folder;
      let seen;
      try {
        seen = lstatSync(at);
      } catch {
        seen = undefined;
      }
      if (!seen?.isDirectory()) {
        // Gone, or something else in its place (its parent changed, so that is listed): its files are missing.
        for (const i of filesOf[f]!) missing.push(outputs[i]!);
        if (f === 0) return undefined;
        continue;
      }
      if (onRecord && onRecord[2 * f] === seen.mtimeMs && onRecord[2 * f + 1] === seen.ino) {
        stamps[2 * f] = seen.mtimeMs;
        stamps[2 * f + 1] = seen.ino;
        continue;
      }
      // Listed: the time is read first, so a name added after the listing changes it.
      const files = new Map(filesOf[f]!.map((i) => [nameOf(i), i]));
      const subfolders = new Set(subfoldersOf[f]);
      const prefix = folders[f] ? `${folders[f]}/` : '';
      for (const entry of readdirSync(at, { withFileTypes: true })) {
        const i = files.get(entry.name);
        if (i !== undefined && !entry.isDirectory()) {
          files.delete(entry.name);
          const file = lstatSync(`${at}/${entry.name}`);
          if (!file.isFile() || file.size !== numbers[3 * i] || file.mtimeMs !== numbers[3 * i + 1] || file.ino !== numbers[3 * i + 2]) missing.push(outputs[i]!);
        } else if (subfolders.has(entry.name) && entry.isDirectory()) {
          continue;
        } else if (entry.isDirectory()) {
          filesUnder(`${at}/${entry.name}`, `${prefix}${entry.name}/`, extra);
        } else {
          extra.push(prefix + entry.name);
        }
      }
      for (const i of files.values()) missing.push(outputs[i]!);
      if (seen.mtimeMs < trustedBefore) {
        stamps[2 * f] = seen.mtimeMs;
        stamps[2 * f + 1] = seen.ino;
      }
    }
  } catch {
    return undefined;
  }
  return { missing, extra, stamps };
}

/**
 * The stamps of the folders of a version with `outputs`, taken by folder name from `seen` (aligned
 * with the folders of `from`, another list of the same version's files, or of the spare it was made
 * from). No need to know which folders a build wrote into since: a name added, removed or replaced
 * gave the folder a new time, so its stamp no longer matches and it is listed.
 */
export function carryStamps(outputs: readonly string[], from: readonly string[], seen: FolderStamps | undefined): FolderStamps | undefined {
  if (!seen || !seen.some((n) => !Number.isNaN(n))) return undefined;
  if (outputs.length === from.length && outputs.every((output, i) => output === from[i])) return seen; // the same folders, in the same order
  const before = folderLayout(from);
  const { folders } = folderLayout(outputs);
  const stamps = new Float64Array(folders.length * 2).fill(NaN);
  folders.forEach((name, f) => {
    const old = before.indexOf.get(name);
    if (old === undefined) return;
    stamps[2 * f] = seen[2 * old]!;
    stamps[2 * f + 1] = seen[2 * old + 1]!;
  });
  return stamps;
}

/**
 * Set the times of folders baotinh just made or wrote into, before anyone else sees them (a version
 * not published yet, a spare), to an instant a minute ago, and return their stamps (aligned with the
 * folders of `files`): trusted as they are, where times read now would be too recent to trust (see
 * RACY_MS). Anything done in a folder later gives it the present time, so it is listed.
 */
export function stampNewFolders(folder: string, files: readonly string[]): FolderStamps {
  const { folders } = folderLayout(files);
  const stamps = new Float64Array(folders.length * 2);
  const past = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
  folders.forEach((name, f) => {
    const at = name ? `${folder}/${name}` : folder;
    utimesSync(at, past, past);
    const seen = lstatSync(at);
    stamps[2 * f] = seen.mtimeMs;
    stamps[2 * f + 1] = seen.ino;
  });
  return stamps;
}
