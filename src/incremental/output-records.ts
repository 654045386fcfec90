// Which outputs the published version already has right, and the records of those written now.
// A file is kept when its key is the one it was made under and it is still the file that was made
// (same size and time: nobody edited the published copy); everything else is made again.
// A kept file is linked into the new version, unless the new version is a recycled folder that has
// it already (the same inode at that path: see versioned-writer.ts recycleVersion).
import { lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PageJob } from '../content/article-stage.js';
import type { OutputWriter } from '../output/writer.js';
import { fileIsAsRecorded } from '../output/version-scan.js';
import type { SpareCheck } from '../output/folder-stamps.js';
import type { OutputRecord, PublishedState } from './build-state.js';
import { inspectOutput } from '../output/version-store.js';
import { publishedVersion } from '../output/versioned-writer.js';
import type { PagePlan } from './page-plan.js';
import type { BuildRun } from '../build-run.js';

export interface Published {
  readonly folder: string;
  readonly outputs: ReadonlyMap<string, OutputRecord>;
  /** What the folder being written holds already, when it is a recycled version. */
  readonly recycled?: Pick<ReadonlyMap<string, OutputRecord>, 'get'>;
  /** Whether a published output is intact, when that is known already (checked in a thread or while
   *  planning; valid for the outputs of `outputs`): then not looked at again. */
  readonly intact?: (output: string) => boolean;
}

/** The folder being written has this published file at its path already: nothing to do to keep it. */
export function holdsAlready(published: Published | undefined, output: string, record: OutputRecord): boolean {
  const there = published?.recycled?.get(output);
  return there !== undefined && there.ino === record.ino && there.size === record.size;
}

/** The records of a recycled folder, for the files that are still there as recorded (looked up, not
 *  copied: a build that changed one page asks for a few of 13,000). */
export function recordsThere(records: ReadonlyMap<string, OutputRecord>, missing: ReadonlySet<string>): Pick<ReadonlyMap<string, OutputRecord>, 'get'> {
  return { get: (output) => (missing.has(output) ? undefined : records.get(output)) };
}

/** Files of the recycled folder that the new version does not have (its marker is gone already):
 *  what was added to it, and what its record has that is no longer wanted. */
export function staleFiles(records: ReadonlyMap<string, OutputRecord>, check: Pick<SpareCheck, 'extra'>, wanted: ReadonlySet<string>): string[] {
  return [...check.extra, ...[...records.keys()].filter((output) => !wanted.has(output))];
}

/** The record under which `output` can be kept as it is, if it can. */
function keepable(published: Published | undefined, output: string, key: string): OutputRecord | undefined {
  const record = published?.outputs.get(output);
  if (!record || record.key !== key) return undefined;
  return (published!.intact ? published!.intact(output) : isIntact(published!.folder, output, record)) ? record : undefined;
}

/** The published file is still the one made: nobody edited, replaced or deleted it. */
export function isIntact(folder: string, output: string, record: OutputRecord): boolean {
  return fileIsAsRecorded(folder + path.sep + output, record.size, record.mtimeMs, record.ino);
}

/** The record of a file just written into `folder` (its time is read back from the disk). */
export function recordOf(folder: string | undefined, output: string, key: string, hash: string, size: number, body?: readonly [number, number]): OutputRecord {
  if (!folder) return { key, hash, size, mtimeMs: 0, ino: 0, ...(body && { body }) };
  const { mtimeMs, ino } = lstatSync(path.join(folder, output));
  return { key, hash, size, mtimeMs, ino, ...(body && { body }) };
}

/** Pages whose key is unchanged are linked from the published version; the others are jobs to render. */
export async function keepOrRender(plan: Pick<PagePlan, 'outputs' | 'keys' | 'spec'>, before: Published | undefined, writer: Pick<OutputWriter, 'link'>): Promise<{ outputs: Map<string, OutputRecord>; jobs: (PageJob & { key: string })[] }> {
  const outputs = new Map<string, OutputRecord>();
  const jobs: (PageJob & { key: string })[] = [];
  for (const [i, output] of plan.outputs.entries()) {
    const key = plan.keys[i]!;
    const record = before?.outputs.get(output);
    const intact = record !== undefined && (before!.intact ? before!.intact(output) : isIntact(before!.folder, output, record));
    if (intact && record.key === key) {
      if (!holdsAlready(before, output, record)) await writer.link(path.join(before!.folder, output), output);
      outputs.set(output, record);
    } else {
      // Rendered again; if it comes out as the published bytes, that file is kept instead.
      const same = intact ? { previousHash: record.hash, ...(holdsAlready(before, output, record) && { inPlace: true }) } : {};
      jobs.push({ spec: plan.spec(i), key, ...same });
    }
  }
  return { outputs, jobs };
}

/** Public files and photos (source, output, key): linked when unchanged, else copied. Returns the ones copied. */
export async function keepOrCopy(copies: readonly (readonly [string, string, string])[], before: Published | undefined, writer: Pick<OutputWriter, 'link' | 'copy' | 'folder' | 'settle'>, outputs: Map<string, OutputRecord>): Promise<string[]> {
  const kept = copies.map(([source, output, key]) => keepable(before, output, key));
  for (const [i, [source, output]] of copies.entries()) {
    const same = kept[i];
    if (!same) await writer.copy(source, output);
    else if (!holdsAlready(before, output, same)) await writer.link(path.join(before!.folder, output), output);
  }
  await writer.settle?.(); // a copy's record is read back from the disk
  for (const [i, [source, output, key]] of copies.entries()) outputs.set(output, kept[i] ?? recordOf(writer.folder, output, key, key, statSync(source).size));
  return copies.flatMap(([, output], i) => (kept[i] ? [] : [output]));
}

/** Which outputs of the published version are intact, if every one but these is (a preview's files
 *  are baotinh's own: build.ts BuildOptions.preview); else undefined. */
export async function intactButThese(run: Pick<BuildRun, 'intactCheck' | 'dirs' | 'options'>, published: PublishedState, these: ReadonlySet<string>): Promise<((output: string) => boolean) | undefined> {
  const live = publishedVersion(run.dirs.output, await inspectOutput(run.dirs.output));
  if (live?.version !== published.version) return undefined;
  return run.options.preview ? () => true : intactOutputs(run, live.folder, published.outputs, these);
}

/** Which published outputs are intact, if every one but the edited pages is; else undefined. */
async function intactOutputs(run: Pick<BuildRun, 'intactCheck'>, folder: string, outputs: ReadonlyMap<string, OutputRecord>, editedOutputs: ReadonlySet<string>): Promise<((output: string) => boolean) | undefined> {
  // Checked in a thread while this one loaded the state (build.ts); else here and now.
  const checked = run.intactCheck?.folder === folder ? await run.intactCheck.broken : undefined;
  const broken = checked ?? new Set([...outputs].flatMap(([output, record]) => (isIntact(folder, output, record) ? [] : [output])));
  for (const output of broken) if (!editedOutputs.has(output)) return undefined;
  return (output) => !broken.has(output);
}
