// Rendered bodies wait for their pages in a file, not in memory. A thread renders every body of its
// share before the site can be planned (excerpts, photos and links come from the bodies), and the
// pages are made only after that: held as bytes, the bodies were about 50 MB per thread at 10,000
// articles and ten times that at 100,000, all in the build's peak. In a file they sit in the page
// cache, which the system gives back when it needs it; a page reads its body back with one pread.
//
// The file is unlinked as soon as it is opened: it has no name, so nothing is left behind by a build
// that crashes or is killed, and nothing else can open it. It lives in the project's cache folder
// (never outside the project); where that cannot be made, the bodies stay in memory.
import { closeSync, mkdirSync, openSync, readSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** Where a body is: in the file (offset, length in bytes) or, without a file, the bytes themselves. */
export type BodySlot = readonly [number, number] | Buffer;

export interface HeldBodies {
  /** Keep this body; the slot gives it back. */
  put(html: string): BodySlot;
  /** The body kept in this slot (as often as asked). */
  get(slot: BodySlot): string;
  /** Forget every body (the file goes with its descriptor). */
  close(): void;
}

/** Bodies are written in batches of about this many bytes (one system call each). */
const BATCH = 256 * 1024;

/** Bodies held in a file in `cacheDir` (made on the first body), or in memory without one. A cache
 *  folder made for the file is removed again when empty: a build that stops before saving its state
 *  (refused, failed) leaves the project as it found it. */
export function createHeldBodies(cacheDir: string | undefined): HeldBodies {
  let file: HeldBodies | undefined;
  let made: string | undefined;
  const inMemory: HeldBodies = { put: (html) => Buffer.from(html), get: (slot) => (slot as Buffer).toString(), close: () => {} };
  return {
    put(html) {
      if (!file) {
        const opened = cacheDir === undefined ? undefined : openUnlinked(cacheDir);
        made = opened?.made;
        file = opened ? inFile(opened.fd) : inMemory;
      }
      return file.put(html);
    },
    get: (slot) => (file ?? inMemory).get(slot),
    close() {
      file?.close();
      if (made && cacheDir) removeEmptyFolders(cacheDir, made);
      made = undefined;
    },
  };
}

function inFile(fd: number): HeldBodies {
  let batch = Buffer.allocUnsafe(BATCH);
  let batchStart = 0; // file offset of batch[0]
  let used = 0;
  let closed = false;
  const flush = (): void => {
    let done = 0;
    while (done < used) done += writeSync(fd, batch, done, used - done, batchStart + done);
    batchStart += used;
    used = 0;
  };
  return {
    put(html) {
      const length = Buffer.byteLength(html);
      if (used + length > batch.length) {
        flush();
        if (length > batch.length) batch = Buffer.allocUnsafe(length);
      }
      batch.write(html, used);
      const slot = [batchStart + used, length] as const;
      used += length;
      return slot;
    },
    get(slot) {
      if (Buffer.isBuffer(slot)) return slot.toString();
      const [offset, length] = slot;
      // Still in the batch being filled: no need to write it first.
      if (offset >= batchStart) return batch.toString('utf8', offset - batchStart, offset - batchStart + length);
      return readBytesAt(fd, offset, length, 'the held bodies').toString();
    },
    close() {
      if (closed) return;
      closed = true;
      closeSync(fd);
    },
  };
}

/** A new file in `dir`, already unlinked, and the first folder made for it; undefined where it cannot
 *  be made (a read-only project). */
function openUnlinked(dir: string): { fd: number; made?: string } | undefined {
  let made: string | undefined;
  try {
    made = mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `bodies-${process.pid}-${threadId}-${Math.random().toString(36).slice(2)}.tmp`);
    const fd = openSync(file, 'wx+', 0o600);
    try {
      unlinkSync(file);
    } catch {
      closeSync(fd);
      return undefined;
    }
    return { fd, ...(made !== undefined && { made }) };
  } catch {
    if (made !== undefined) removeEmptyFolders(dir, made);
    return undefined;
  }
}

/** `dir` and its parents up to `made` (the first folder made for it), each while empty: never
 *  anything another program put there meanwhile. */
function removeEmptyFolders(dir: string, made: string): void {
  for (let folder = dir; ; folder = path.dirname(folder)) {
    try {
      rmdirSync(folder);
    } catch {
      return;
    }
    if (folder === made || path.dirname(folder) === folder) return;
  }
}

/** Exactly `length` bytes of an open file from `position` (`what` names it if it is shorter). */
export function readBytesAt(fd: number, position: number, length: number, what: string): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, bytes, got, length - got, position + got);
    if (n === 0) throw new Error(`internal: ${what} ends before byte ${position + length}`);
    got += n;
  }
  return bytes;
}
