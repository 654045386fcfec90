// Writers: the real one builds into a staging folder beside the output and swaps it in only when
// the whole build succeeded, so a failed build leaves the old site exactly as it was.
// The memory writer lets tests run the whole pipeline without a disk.
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface OutputWriter {
  /** `file` is relative to the output folder, forward slashes. Resolves once the write is queued. */
  write(file: string, content: string | Uint8Array): Promise<void>;
  copy(source: string, file: string): Promise<void>;
  /** Wait for every write, then publish the result. */
  commit(): Promise<WriteSummary>;
  /** Drop everything written so far. */
  abort(): Promise<void>;
}

export interface WriteSummary {
  readonly files: number;
  readonly bytes: number;
}

/** Most writes in flight at once: enough to keep libuv's pool busy, few enough to bound memory. */
const MAX_IN_FLIGHT = 64;

export function stagingPaths(outDir: string): { staging: string; previous: string } {
  const parent = path.dirname(outDir);
  const name = path.basename(outDir);
  return { staging: path.join(parent, `.${name}.baotinh-staging`), previous: path.join(parent, `.${name}.baotinh-old`) };
}

export async function createStagingWriter(outDir: string): Promise<OutputWriter> {
  const { staging, previous } = stagingPaths(outDir);
  // A crashed earlier build may have left these behind.
  await rm(staging, { recursive: true, force: true });
  await rm(previous, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });

  // The promise is memoised, not a flag: a second write to the same folder must wait for the mkdir.
  const madeDirs = new Map<string, Promise<unknown>>();
  const inFlight = new Set<Promise<void>>();
  let firstError: unknown;
  let files = 0;
  let bytes = 0;

  const ensureDir = async (dir: string): Promise<void> => {
    let made = madeDirs.get(dir);
    if (!made) {
      made = mkdir(dir, { recursive: true });
      madeDirs.set(dir, made);
    }
    await made;
  };
  const track = async (job: () => Promise<void>): Promise<void> => {
    while (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
    const p: Promise<void> = job()
      .catch((error: unknown) => {
        firstError ??= error;
      })
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  };
  const target = (file: string): string => {
    const resolved = path.resolve(staging, file);
    if (!resolved.startsWith(staging + path.sep)) throw new Error(`output path escapes the output folder: ${file}`);
    return resolved;
  };

  return {
    write(file, content) {
      const to = target(file);
      files++;
      bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
      return track(async () => {
        await ensureDir(path.dirname(to));
        await writeFile(to, content);
      });
    },
    copy(source, file) {
      const to = target(file);
      files++;
      return track(async () => {
        await ensureDir(path.dirname(to));
        await copyFile(source, to);
      });
    },
    async commit() {
      await Promise.all(inFlight);
      if (firstError) throw firstError;
      await rename(outDir, previous).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
      await rename(staging, outDir);
      await rm(previous, { recursive: true, force: true });
      return { files, bytes };
    },
    async abort() {
      await Promise.allSettled(inFlight);
      await rm(staging, { recursive: true, force: true });
    },
  };
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
    async commit() {
      writer.committed = true;
      return { files: files.size, bytes: [...files.values()].reduce((n, b) => n + b.length, 0) };
    },
    async abort() {
      files.clear();
    },
  };
  return writer;
}
