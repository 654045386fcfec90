// What the version folders really hold, looked at in a thread beside the build:
// - the published version: which of its files are no longer the ones baotinh made (edited, replaced
//   or deleted by hand; output-records.ts isIntact), so that the build keeps only intact files;
// - the version kept beside it, which the build takes over (versioned-writer.ts recycleVersion) and
//   must not trust its record alone for: a file added to `dist/` by hand or by another tool (a search
//   indexer writing into the output) while that version was published would otherwise outlive it
//   (folder-stamps.ts).
// 13,000 file checks and 10,000 folder checks take a fifth of a second; on a machine with two cores
// that runs beside the build's own work (loading its state and modules) instead of adding to it.
// One thread does both, one after the other: a second thread costs its own start-up.
import { existsSync, lstatSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { OutputRecord } from '../incremental/build-state.js';
import { checkSpare, type SpareCheck, type SpareColumns } from './folder-stamps.js';

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
  /** What the spare holds beyond or against its record; undefined when it cannot be read. */
  readonly spare: Promise<SpareCheck | undefined>;
  /** Name the spare to check (or none), after the published files. */
  checkSpare(spare: SpareColumns | undefined): void;
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

const WORKER = new URL('./version-scan-worker.js', import.meta.url);

/** What the thread is given to do (the published files first, then the spare), and its answers. */
export type ScanWork = { readonly check: RecordColumns } | { readonly spare: SpareColumns };
export type ScanAnswer = { readonly broken: string[] } | { readonly spare: SpareCheck | undefined };

/**
 * Starts checking `published` (if given) in a thread; `checkSpare` then gives it the spare to check.
 * Where the thread's compiled file is absent (the test runner loads the TypeScript sources), the
 * work is done at once in this thread.
 */
export function scanVersions(published: RecordColumns | undefined): VersionScan {
  let answerBroken!: (broken: ReadonlySet<string> | undefined) => void;
  let answerSpare!: (spare: SpareCheck | undefined) => void;
  const broken = new Promise<ReadonlySet<string> | undefined>((resolve) => (answerBroken = resolve));
  const spare = new Promise<SpareCheck | undefined>((resolve) => (answerSpare = resolve));
  if (!existsSync(fileURLToPath(WORKER))) {
    answerBroken(published && new Set(brokenOutputs(published)));
    return { broken, spare, cancel: () => answerSpare(undefined), checkSpare: (columns) => answerSpare(columns && checkSpare(columns)) };
  }
  let thread: Worker | undefined;
  const stop = (): void => {
    answerBroken(undefined);
    answerSpare(undefined);
    void thread?.terminate();
  };
  const ask = (work: ScanWork): void => {
    if (!thread) {
      thread = new Worker(WORKER, { execArgv: [] });
      thread.on('message', (answer: ScanAnswer) => {
        if ('broken' in answer) answerBroken(new Set(answer.broken));
        else {
          answerSpare(answer.spare);
          stop();
        }
      });
      thread.once('error', stop);
      thread.once('exit', stop);
    }
    thread.postMessage(work);
  };
  if (published) ask({ check: published });
  else answerBroken(undefined);
  return {
    broken, spare,
    checkSpare(columns) {
      if (columns) ask({ spare: columns });
      else {
        answerSpare(undefined);
        if (!published) stop();
        else void broken.then(stop);
      }
    },
    cancel: stop,
  };
}
