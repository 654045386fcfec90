// What a version folder really holds, listed beside the build: the build takes over the version kept
// beside the published one (versioned-writer.ts recycleVersion) and must not trust its record alone.
// A file added to `dist/` by hand or by another tool (a search indexer writing into the output) while
// that version was published, or one deleted from it, would otherwise outlive it.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

export interface VersionListing {
  /** Forward-slash paths of everything under the folder that is not a folder; undefined when it cannot be listed. */
  readonly files: Promise<Set<string> | undefined>;
  /** Stop listing (a build that ends before it needs the answer). */
  cancel(): void;
}

/** Every non-folder under `folder`, as forward-slash paths; undefined when it cannot be read. */
export function listFolderFiles(folder: string): string[] | undefined {
  const found: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(`${dir}/${entry.name}`, `${prefix}${entry.name}/`);
      else found.push(prefix + entry.name);
    }
  };
  try {
    walk(folder, '');
    return found;
  } catch {
    return undefined;
  }
}

const WORKER = new URL('./list-version-worker.js', import.meta.url);

/**
 * Lists `folder` in a thread: 10,000 folders take a quarter of a second to read, which on a machine
 * with two cores then runs beside the build's own work instead of adding to it (the same listing
 * with fs.promises cost the main thread more than that in callbacks). Where the thread's compiled
 * file is absent (the test runner loads the TypeScript sources), the listing is made at once.
 */
export function listVersionFiles(folder: string): VersionListing {
  if (!existsSync(fileURLToPath(WORKER))) {
    const listed = listFolderFiles(folder);
    return { files: Promise.resolve(listed && new Set(listed)), cancel: () => {} };
  }
  const worker = new Worker(WORKER, { workerData: folder, execArgv: [] });
  const files = new Promise<Set<string> | undefined>((resolve) => {
    worker.once('message', (listed: string[] | undefined) => resolve(listed && new Set(listed)));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  return { files, cancel: () => void worker.terminate() };
}
