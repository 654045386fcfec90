// What `baotinh dev` watches: the folders and files a build reads (content/, templates/, public/, the
// views file's folder, the configuration), never the output or the cache, never editors' temporary
// files. Folders, not globs (chokidar 4 has none); a burst of saves becomes one batch. The content
// folder, where thousands of articles may share one folder, is watched by watch-tree.ts instead.
import chokidar, { type FSWatcher } from 'chokidar';
import path from 'node:path';
import { isEditorTemporary } from '../sources/editor-files.js';
import { watchTree, type TreeWatcher } from './watch-tree.js';

export interface WatchPlan {
  /** The project folder: watched as a whole, so a folder created later (templates/) is seen too. */
  readonly root: string;
  /** Folders and files whose changes matter (absolute); everything else under the root is ignored. */
  readonly paths: readonly string[];
  /** Folders never to look into: the output, the cache, version control, packages. */
  readonly ignoredFolders: readonly string[];
  /** Folders among `paths` watched by their own events, not by chokidar (see watch-tree.ts). */
  readonly trees?: readonly string[];
}

export interface ProjectWatcher {
  /** Resolves once the first scan is done: changes after it are reported. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

/** Watch `plan`; `onBatch` gets every path that changed, once a burst of changes has settled. An
 *  editor's save is a few events within a millisecond or two (write; or write a copy, rename it over):
 *  the wait is short, since it is part of every save's wait for its page. A save cut in two only
 *  means a second build, queued behind the first. */
export function watchProject(plan: WatchPlan, onBatch: (changed: ReadonlySet<string>) => void, settleMs = 8): ProjectWatcher {
  const inside = (file: string, folder: string): boolean => file === folder || file.startsWith(folder + path.sep);
  // Looked into: what leads to a watched path, and everything in one.
  const relevant = (file: string): boolean => plan.paths.some((p) => inside(file, p) || inside(p, file));
  const skipped = (absolute: string): boolean => plan.ignoredFolders.some((folder) => inside(absolute, folder)) || isEditorTemporary(absolute);
  const trees = plan.trees ?? [];
  const ignored = (file: string): boolean => {
    const absolute = path.resolve(file);
    return !relevant(absolute) || trees.some((tree) => inside(absolute, tree)) || skipped(absolute);
  };
  const watcher: FSWatcher = chokidar.watch(plan.root, { ignoreInitial: true, ignored, atomic: true, followSymlinks: false });
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const flush = (): void => {
    timer = undefined;
    const batch = pending;
    pending = new Set();
    if (batch.size) onBatch(batch);
  };
  const note = (file: string): void => {
    pending.add(file);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, settleMs);
  };
  watcher.on('all', (event, file) => {
    if (event !== 'addDir') note(path.resolve(file)); // a new folder's files come as their own events
  });
  // chokidar 3 drops a file's 'change' when it comes soon after the last one (quick saves in a row,
  // seen here: the second of two saves 60 ms apart went unreported), so the file system's own
  // events count too; what they name is filtered like the rest.
  watcher.on('raw', (_event: string, name: string, details: { watchedPath?: string }) => {
    if (!name || !details?.watchedPath) return;
    const file = path.resolve(details.watchedPath, name);
    const absolute = path.basename(details.watchedPath) === name ? path.resolve(details.watchedPath) : file;
    if (!ignored(absolute)) note(absolute);
  });
  const treeWatchers: TreeWatcher[] = trees.map((tree) => watchTree(tree, skipped, note));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    async close() {
      if (timer) clearTimeout(timer);
      for (const tree of treeWatchers) tree.close();
      await watcher.close();
    },
  };
}
