// Writers: the interface the build writes through, the folder writer (main thread and worker
// threads write pages with it), and a memory writer that lets tests run the pipeline without a disk.
// The real writer, which builds a new version beside the output and switches to it atomically, is
// versioned-writer.ts.
import { copyFile as copyFileAsync, link as linkAsync, mkdir as mkdirAsync, rmdirSync, unlink as unlinkAsync, unlinkSync, writeFile as writeFileAsync } from 'node:fs';
import path from 'node:path';
import { InfrastructureError, onDisk, type Diagnostic } from '../errors.js';

export interface OutputWriter {
  /** `file` is relative to the output folder, forward slashes. Bytes given are copied before it
   *  returns: the caller may reuse its buffer (hash.ts utf8Bytes). */
  write(file: string, content: string | Uint8Array): Promise<void>;
  copy(source: string, file: string): Promise<void>;
  /** Put a file of the published version in unchanged (a hard link: same bytes, same time; else a copy). */
  link(source: string, file: string): Promise<void>;
  /** Wait for every write, then publish the result. */
  commit(options?: CommitOptions): Promise<WriteSummary>;
  /** Drop everything written so far. */
  abort(): Promise<void>;
  /** The folder being written, when there is one: worker threads write their pages straight into it. */
  readonly folder?: string;
  /** The published version ("v12", or "folder" in the fallback layout) and its folder, whose files `link` may reuse. */
  readonly previous?: { readonly version: string; readonly folder: string };
  /**
   * Set when the folder is not new but an older version taken over ("v11"): it still holds that
   * version's files, many of them hard links shared with the published site, so every file written
   * replaces the name, never the bytes in place. `remove` takes away what the new version lacks.
   */
  readonly recycled?: string;
  /** Delete these files (relative paths) and the folders they leave empty. */
  remove?(files: readonly string[]): Promise<void>;
  /** The spare being made beside this version while it is written (spare-version.ts): every file
   *  written into the folder is also hard-linked there. */
  readonly mirror?: string;
  /** Start the spare now (a first version: nothing kept beside it for the next build to take over). */
  startSpare?(): Promise<void>;
  /** Wait until every file given so far is on the disk (see FolderWriter.settle). */
  settle?(): Promise<boolean>;
}

export interface CommitOptions {
  /** The files written with new bytes (the rest were linked from the published version), when known. */
  readonly written?: readonly string[];
  /** Every file of the new version: given, a first version also gets a spare (see spare-version.ts). */
  readonly files?: readonly string[];
  /** A thread could not link all its pages into the spare started (startSpare): it is dropped. */
  readonly spareIncomplete?: boolean;
  /** The version published before is of no use to the next build (the build has no record of it):
   *  it goes, and the new version gets a spare as a first version does. */
  readonly replaceKept?: boolean;
}

export interface WriteSummary {
  readonly files: number;
  readonly bytes: number;
  /** The version now published ("v12"; "folder" in the fallback layout), for the build state. */
  readonly version?: string;
  /** Its marker file's identity (version-store.ts markerIdentity), so a later build can take it over. */
  readonly marker?: string;
  /** The hard-linked copy of the new version made beside it, for the next build to take over. */
  readonly spare?: {
    readonly version: string;
    readonly marker: string;
    /** Its folders' stamps, aligned with the folders of CommitOptions.files (folder-stamps.ts). */
    readonly folders: Float64Array;
  };
  /** Warnings about the output folder (a stale lock taken over, a restored output, old versions left). */
  readonly diagnostics: readonly Diagnostic[];
}

const WRITING = { vi: 'ghi thư mục đầu ra', en: 'writing the output folder' };

export interface FolderWriter extends Pick<OutputWriter, 'write' | 'copy' | 'link'> {
  summary(): Omit<WriteSummary, 'diagnostics'>;
  /** From now on, also hard-link every file written into `mirror` (a folder that exists). */
  mirrorInto(mirror: string): void;
  /** Wait until every file is written: throws the first failure to write one; false if a link into the
   *  mirror could not be made (the mirror is then incomplete, and no use as a spare). */
  settle(): Promise<boolean>;
}

/**
 * Writes into an existing folder. The system calls are made by libuv's thread pool, several at once,
 * while this thread renders the next pages: creating a folder or a file takes 0.2–0.7 ms on some disks
 * (this VM's), most of it waiting, and a site of 10,000 articles has 13,000 of each. Callbacks, not
 * promises: this runs once per file (10,500 × 20 KB written alone took 1.3 s with sync calls, 2.5 s
 * with callbacks and 3.5 s with promises, but rendering goes on meanwhile). Worker threads use it too.
 * Each folder is made once, parents first (a recursive mkdir per file costs a call per level).
 */
export function createFolderWriter(folder: string, options: { readonly replaces?: boolean; readonly mirror?: string } = {}): FolderWriter {
  // At most this many files given and not yet on the disk: rendering never runs far ahead of it.
  const HIGH_WATER = 64;
  let mirror = options.mirror;
  const queue = createCallQueue();
  const folders = createFolderMaker(queue);
  const slabs = createSlabs();
  let failure: unknown;
  let mirrorFailed = false;
  let files = 0;
  let bytes = 0;
  let pending = 0;
  const wakeWhenRoom: (() => void)[] = [];
  const failed = (at: string, error: NodeJS.ErrnoException | null): boolean => {
    if (error) failure ??= new InfrastructureError(WRITING, at, error);
    return error !== null;
  };
  const linkIntoMirror = (from: string, [root, to]: readonly [string, string]): void => {
    const note = (error: NodeJS.ErrnoException | null): boolean => (mirrorFailed ||= error !== null);
    folders.inside(root, path.dirname(to), (error) => {
      if (!note(error) && !mirrorFailed) queue.start((done) => linkAsync(from, to, (e) => (note(e), done())));
    });
  };
  /** Put the file in place with `make` once its folder exists, then link it into the mirror. */
  const place = async (file: string, make: (to: string, done: (error: NodeJS.ErrnoException | null) => void) => void, after?: () => void): Promise<void> => {
    if (failure !== undefined) throw failure;
    const resolved = path.resolve(folder, file);
    if (!resolved.startsWith(folder + path.sep)) throw new Error(`output path escapes the output folder: ${file}`);
    const twin = mirror === undefined ? undefined : ([mirror, path.join(mirror, file)] as const);
    const finished = (): void => {
      after?.();
      if (--pending < HIGH_WATER) for (const wake of wakeWhenRoom.splice(0)) wake();
    };
    pending++;
    files++;
    folders.inside(folder, path.dirname(resolved), (error) => {
      if (failed(path.dirname(resolved), error)) return finished();
      queue.start((done) =>
        make(resolved, (error) => {
          // The next steps are queued before this one counts as done, so the queue is never seen
          // empty while work remains.
          if (!failed(resolved, error) && twin && !mirrorFailed) linkIntoMirror(resolved, twin);
          finished();
          done();
        }),
      );
    });
    if (pending >= HIGH_WATER) await new Promise<void>((resolve) => wakeWhenRoom.push(resolve));
  };
  // In a recycled folder the name may be a hard link to a published file: writing through it would
  // change the live site, so the name goes first and the file is created anew.
  const cleared = (make: (to: string, done: (error: NodeJS.ErrnoException | null) => void) => void) =>
    options.replaces ? (to: string, done: (error: NodeJS.ErrnoException | null) => void) => unlinkAsync(to, (e) => (e && e.code !== 'ENOENT' ? done(e) : make(to, done))) : make;
  return {
    write(file, content) {
      const copy = slabs.fill(content);
      bytes += copy.length;
      return place(file, cleared((to, done) => writeFileAsync(to, copy, done)), () => slabs.free(copy));
    },
    copy(source, file) {
      return place(file, cleared((to, done) => copyFileAsync(source, to, done)));
    },
    link(source, file) {
      return place(file, cleared((to, done) =>
        linkAsync(source, to, (error) => {
          // File systems without hard links (some mounts, another device): a copy keeps the bytes.
          if (error && ['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK'].includes(error.code ?? '')) copyFileAsync(source, to, done);
          else done(error);
        }),
      ));
    },
    summary: () => ({ files, bytes }),
    mirrorInto(folder) {
      mirror = folder;
    },
    async settle() {
      await queue.drained();
      if (failure !== undefined) throw failure;
      return !mirrorFailed;
    },
  };
}

/** System calls made through callbacks, at most IN_FLIGHT at a time (libuv runs 4 at once), the rest
 *  waiting in order; `drained` resolves when none is left. */
function createCallQueue(): { start(step: (done: () => void) => void): void; drained(): Promise<void> } {
  const IN_FLIGHT = 16;
  const waiting: ((done: () => void) => void)[] = [];
  let next = 0;
  let running = 0;
  const wakeWhenDrained: (() => void)[] = [];
  const finish = (): void => {
    running--;
    pump();
  };
  const pump = (): void => {
    while (running < IN_FLIGHT && next < waiting.length) {
      const step = waiting[next]!;
      waiting[next++] = undefined as never;
      running++;
      step(finish);
    }
    if (running === 0 && next === waiting.length) {
      waiting.length = next = 0;
      for (const wake of wakeWhenDrained.splice(0)) wake();
    }
  };
  return {
    start(step) {
      waiting.push(step);
      pump();
    },
    drained: () =>
      new Promise<void>((resolve) => {
        wakeWhenDrained.push(resolve);
        pump();
      }),
  };
}

/**
 * The bytes of a file waiting to be written, copied into buffers used again and again. The caller's
 * own buffer then dies young; held until its write is done, it would outlive a young-generation
 * collection and its memory (outside V8's heap) would wait for a full one: 120 MB more peak memory
 * for 4,000 articles, measured.
 */
function createSlabs(): { fill(content: string | Uint8Array): Buffer; free(bytes: Buffer): void } {
  const SLAB = 64 * 1024;
  const spare: Buffer[] = [];
  return {
    fill(content) {
      const size = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
      const at = spare.findIndex((slab) => slab.length >= size);
      const slab = at >= 0 ? spare.splice(at, 1)[0]! : Buffer.allocUnsafeSlow(Math.max(SLAB, size));
      if (typeof content === 'string') slab.write(content);
      else slab.set(content);
      return slab.subarray(0, size);
    },
    free(bytes) {
      // The whole slab again (a subarray shares its memory); only ordinary ones are kept.
      const slab = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.buffer.byteLength - bytes.byteOffset);
      if (spare.length < 64 && slab.length <= 4 * SLAB) spare.push(slab);
    },
  };
}

/** Folders made through a call queue, each once (parents first). A step inside a folder waits for it,
 *  and is told whether it could be made (EEXIST is made). */
function createFolderMaker(queue: ReturnType<typeof createCallQueue>): { inside(root: string, dir: string, then: (error: NodeJS.ErrnoException | null) => void): void } {
  /** A folder: made (or the error that stopped it), or the steps waiting for it. */
  const made = new Map<string, { error: NodeJS.ErrnoException | null } | ((error: NodeJS.ErrnoException | null) => void)[]>();
  const inside = (root: string, dir: string, then: (error: NodeJS.ErrnoException | null) => void): void => {
    const known = dir === root ? { error: null } : made.get(dir);
    if (known && !Array.isArray(known)) return then(known.error);
    if (known) return void known.push(then);
    made.set(dir, [then]);
    const settle = (error: NodeJS.ErrnoException | null): void => {
      const steps = made.get(dir) as ((error: NodeJS.ErrnoException | null) => void)[];
      made.set(dir, { error });
      for (const step of steps) step(error);
    };
    inside(root, path.dirname(dir), (error) => {
      if (error) return settle(error);
      // The steps inside are queued before the mkdir counts as done: see createFolderWriter.
      queue.start((done) => mkdirAsync(dir, (e) => (settle(e && e.code !== 'EEXIST' ? e : null), done())));
    });
  };
  return { inside };
}

function unlinkIfThere(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** Delete `files` under `folder`, then every folder that leaves empty, deepest first (never `folder`). */
export function removeFiles(folder: string, files: readonly string[]): void {
  let dirs = new Set<string>();
  for (const file of files) {
    const at = path.join(folder, file);
    onDisk(WRITING, at, () => unlinkIfThere(at));
    dirs.add(path.dirname(at));
  }
  while (dirs.size) {
    const parents = new Set<string>();
    // Deepest first, so a folder is tried after its emptied subfolders.
    for (const dir of [...dirs].sort((a, b) => b.length - a.length)) {
      if (dir === folder || !dir.startsWith(folder + path.sep)) continue;
      const removed = onDisk(WRITING, dir, () => {
        try {
          rmdirSync(dir);
          return true;
        } catch (error) {
          if (['ENOTEMPTY', 'EEXIST', 'ENOENT'].includes((error as NodeJS.ErrnoException).code ?? '')) return false;
          throw error;
        }
      });
      if (removed) parents.add(path.dirname(dir));
    }
    dirs = parents;
  }
}

export function createMemoryWriter(): OutputWriter & { readonly files: Map<string, Buffer>; committed: boolean } {
  const files = new Map<string, Buffer>();
  const writer = {
    files,
    committed: false,
    async write(file: string, content: string | Uint8Array) {
      files.set(file, Buffer.from(content));
    },
    async copy(source: string, file: string) {
      files.set(file, Buffer.from(`copy of ${source}`));
    },
    async link(source: string, file: string) {
      files.set(file, Buffer.from(`copy of ${source}`));
    },
    async remove(gone: readonly string[]) {
      for (const file of gone) files.delete(file);
    },
    async commit() {
      writer.committed = true;
      return { files: files.size, bytes: [...files.values()].reduce((n, b) => n + b.length, 0), diagnostics: [] };
    },
    async abort() {
      files.clear();
    },
  };
  return writer;
}
