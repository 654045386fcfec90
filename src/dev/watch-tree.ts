// A folder tree watched with the file system's own per-folder events (inotify on Linux, what
// chokidar uses underneath), for the content folder. chokidar answers any event in a folder by
// listing it again and lstat-ing every entry; with thousands of articles in one folder that is
// hundreds of milliseconds of work on every save, competing with the rebuild the save asks for.
// The event already names the file, so nothing is listed again: a folder is read once when it
// appears, and a folder that goes away stops being watched.
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

export interface TreeWatcher {
  close(): void;
}

/** Watch `root` and every folder in it; `onChange` gets the path an event names (file or folder).
 *  `ignored` paths are not reported, and ignored folders are not looked into. */
export function watchTree(root: string, ignored: (absolute: string) => boolean, onChange: (absolute: string) => void): TreeWatcher {
  const watchers = new Map<string, FSWatcher>();
  // `appeared`: a folder made while watching; what is already in it is reported (a file written
  // before its watch began has no event of its own; one written after has one).
  const add = (dir: string, appeared: boolean): void => {
    if (watchers.has(dir) || ignored(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, { persistent: true }, (_event, name) => changed(dir, name));
    } catch {
      return; // gone already, or unreadable: its parent's event said what there is to say
    }
    // A folder removed, or made unreadable: what is under it is reported by its parent.
    watcher.on('error', () => drop(dir));
    watchers.set(dir, watcher);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = path.join(dir, entry.name);
      if (entry.isDirectory()) add(child, appeared);
      else if (appeared && !ignored(child)) onChange(child);
    }
  };
  const drop = (dir: string): void => {
    for (const [watched, watcher] of watchers) {
      if (watched === dir || watched.startsWith(dir + path.sep)) {
        watcher.close();
        watchers.delete(watched);
      }
    }
  };
  const changed = (dir: string, name: string | Buffer | null): void => {
    // No name: the system's queue overflowed; the folder stands for whatever changed in it.
    const file = name ? path.join(dir, name.toString()) : dir;
    if (ignored(file)) return;
    const isFolder = statSync(file, { throwIfNoEntry: false })?.isDirectory();
    if (isFolder) add(file, true);
    else if (watchers.has(file)) drop(file);
    onChange(file);
  };
  add(root, false);
  return {
    close() {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
