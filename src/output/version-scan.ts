// What the version folders really hold, looked at in a thread beside the build:
// - the published version: which of its files are no longer the ones baotinh made (edited, replaced
//   or deleted by hand; output-records.ts isIntact), so that the build keeps only intact files;
// - the version kept beside it, which the build takes over (versioned-writer.ts recycleVersion) and
//   must not trust its record alone for: a file added to `dist/` by hand or by another tool (a search
//   indexer writing into the output) while that version was published would otherwise outlive it.
// 13,000 file checks and 10,000 folder listings take a third of a second; on a machine with two cores
// that runs beside the build's own work (loading its state and modules) instead of adding to it.
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { OutputRecord } from '../incremental/build-state.js';

/** The published files to check, in columns (cheap to pass to a thread). */
export interface RecordColumns {
  readonly folder: string;
  readonly outputs: readonly string[];
  /** size, mtimeMs, ino of outputs[i] at 3i, 3i + 1, 3i + 2. */
  readonly numbers: Float64Array;
}

export interface VersionScan {
  /** The published version's outputs that are not as recorded; undefined when it was not checked. */
  readonly broken: Promise<ReadonlySet<string> | undefined>;
  /** Forward-slash paths of everything under the spare folder that is not a folder; undefined when it cannot be listed. */
  readonly files: Promise<Set<string> | undefined>;
  /** Name the spare folder to list (or none); it is listed in a thread of its own. */
  listSpare(folder: string | undefined): void;
  /** Stop (a build that ends before it needs the answers). */
  cancel(): void;
}

export function recordColumns(folder: string, records: ReadonlyMap<string, OutputRecord>): RecordColumns {
  const numbers = new Float64Array(records.size * 3);
  let i = 0;
  for (const record of records.values()) {
    numbers[i++] = record.size;
    numbers[i++] = record.mtimeMs;
    numbers[i++] = record.ino;
  }
  return { folder, outputs: [...records.keys()], numbers };
}

/** The published file is still the one made: nobody edited, replaced or deleted it. */
export function fileIsAsRecorded(file: string, size: number, mtimeMs: number, ino: number): boolean {
  try {
    const s = lstatSync(file);
    return s.isFile() && s.size === size && s.mtimeMs === mtimeMs && s.ino === ino;
  } catch {
    return false;
  }
}

/** The outputs of `columns` that are not as recorded. */
export function brokenOutputs(columns: RecordColumns): string[] {
  const broken: string[] = [];
  const { folder, outputs, numbers } = columns;
  for (let i = 0; i < outputs.length; i++) {
    if (!fileIsAsRecorded(`${folder}/${outputs[i]}`, numbers[3 * i]!, numbers[3 * i + 1]!, numbers[3 * i + 2]!)) broken.push(outputs[i]!);
  }
  return broken;
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

const WORKER = new URL('./version-scan-worker.js', import.meta.url);

/** What a thread is given to do, and its answer. */
export type ScanWork = { readonly check: RecordColumns } | { readonly list: string };
export type ScanAnswer = { readonly broken: string[] } | { readonly files: string[] | undefined };

/**
 * Starts checking `published` (if given) in a thread; `listSpare` then lists the folder it names in
 * another. Where the thread's compiled file is absent (the test runner loads the TypeScript
 * sources), the work is done at once in this thread.
 */
export function scanVersions(published: RecordColumns | undefined): VersionScan {
  let answerBroken!: (broken: ReadonlySet<string> | undefined) => void;
  let answerFiles!: (files: Set<string> | undefined) => void;
  const broken = new Promise<ReadonlySet<string> | undefined>((resolve) => (answerBroken = resolve));
  const files = new Promise<Set<string> | undefined>((resolve) => (answerFiles = resolve));
  if (!existsSync(fileURLToPath(WORKER))) {
    answerBroken(published && new Set(brokenOutputs(published)));
    return {
      broken, files, cancel: () => answerFiles(undefined),
      listSpare(folder) {
        const listed = folder === undefined ? undefined : listFolderFiles(folder);
        answerFiles(listed && new Set(listed));
      },
    };
  }
  const threads: Worker[] = [];
  const start = (work: ScanWork, done: (answer: ScanAnswer | undefined) => void): void => {
    const worker = new Worker(WORKER, { workerData: work, execArgv: [] });
    threads.push(worker);
    worker.once('message', (answer: ScanAnswer) => {
      done(answer);
      void worker.terminate();
    });
    worker.once('error', () => done(undefined));
    worker.once('exit', () => done(undefined));
  };
  if (published) start({ check: published }, (a) => answerBroken(a && 'broken' in a ? new Set(a.broken) : undefined));
  else answerBroken(undefined);
  return {
    broken, files,
    listSpare(folder) {
      if (folder === undefined) answerFiles(undefined);
      else start({ list: folder }, (a) => answerFiles(a && 'files' in a && a.files ? new Set(a.files) : undefined));
    },
    cancel() {
      answerBroken(undefined);
      answerFiles(undefined);
      for (const worker of threads) void worker.terminate();
    },
  };
}
