// Writers: the real one builds into a staging folder beside the output and swaps it in only when
// the whole build succeeded, so a failed build leaves the old site exactly as it was.
// The memory writer lets tests run the whole pipeline without a disk.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export interface OutputWriter {
  /** `file` is relative to the output folder, forward slashes. */
  write(file: string, content: string | Uint8Array): Promise<void>;
  copy(source: string, file: string): Promise<void>;
  /** Wait for every write, then publish the result. */
  commit(): Promise<WriteSummary>;
  /** Drop everything written so far. */
  abort(): Promise<void>;
  /** The folder being written, when there is one: worker threads write their pages straight into it. */
  readonly folder?: string;
}

export interface WriteSummary {
  readonly files: number;
  readonly bytes: number;
}

export function stagingPaths(outDir: string): { staging: string; previous: string } {
  const parent = path.dirname(outDir);
  const name = path.basename(outDir);
  return { staging: path.join(parent, `.${name}.baotinh-staging`), previous: path.join(parent, `.${name}.baotinh-old`) };
}

/** Writes into an existing folder, synchronously: measured faster than fs.promises for thousands of
 *  small files (10,500 × 20 KB: 1.3 s sync, 2.5 s callbacks, 3.5 s promises). Worker threads use it too. */
export function createFolderWriter(folder: string): Pick<OutputWriter, 'write' | 'copy'> & { summary(): WriteSummary } {
  const madeDirs = new Set<string>();
  let files = 0;
  let bytes = 0;
  const target = (file: string): string => {
    const resolved = path.resolve(folder, file);
    if (!resolved.startsWith(folder + path.sep)) throw new Error(`output path escapes the output folder: ${file}`);
    const dir = path.dirname(resolved);
    if (!madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    return resolved;
  };
  return {
    async write(file, content) {
      writeFileSync(target(file), content);
      files++;
      bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    },
    async copy(source, file) {
      copyFileSync(source, target(file));
      files++;
    },
    summary: () => ({ files, bytes }),
  };
}

export async function createStagingWriter(outDir: string): Promise<OutputWriter> {
  const { staging, previous } = stagingPaths(outDir);
  // A crashed earlier build may have left these behind.
  await rm(staging, { recursive: true, force: true });
  await rm(previous, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const folder = createFolderWriter(staging);
  return {
    folder: staging,
    write: folder.write,
    copy: folder.copy,
    async commit() {
      await rename(outDir, previous).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
      await rename(staging, outDir);
      await rm(previous, { recursive: true, force: true });
      return folder.summary();
    },
    async abort() {
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
