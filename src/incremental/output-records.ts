// Which outputs the published version already has right, and the records of those written now.
// A file is kept when its key is the one it was made under and it is still the file that was made
// (same size and time: nobody edited the published copy); everything else is made again.
import { lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PageJob } from '../content/article-stage.js';
import type { OutputWriter } from '../output/writer.js';
import type { OutputSpec } from '../routes/output-spec.js';
import type { OutputRecord } from './build-state.js';

export interface Published {
  readonly folder: string;
  readonly outputs: ReadonlyMap<string, OutputRecord>;
}

/** The record under which `output` can be kept as it is, if it can. */
function keepable(published: Published | undefined, output: string, key: string): OutputRecord | undefined {
  const record = published?.outputs.get(output);
  if (!record || record.key !== key) return undefined;
  return isIntact(published!.folder, output, record) ? record : undefined;
}

function isIntact(folder: string, output: string, record: OutputRecord): boolean {
  try {
    const s = lstatSync(folder + path.sep + output);
    return s.isFile() && s.size === record.size && s.mtimeMs === record.mtimeMs;
  } catch {
    return false;
  }
}

/** The record of a file just written into `folder` (its time is read back from the disk). */
export function recordOf(folder: string | undefined, output: string, key: string, hash: string, size: number): OutputRecord {
  let mtimeMs = 0;
  if (folder) mtimeMs = lstatSync(path.join(folder, output)).mtimeMs;
  return { key, hash, size, mtimeMs };
}

/** Pages whose key is unchanged are linked from the published version; the others are jobs to render. */
export async function keepOrRender(specs: readonly OutputSpec[], keyOf: (spec: OutputSpec) => string, before: Published | undefined, writer: Pick<OutputWriter, 'link'>): Promise<{ outputs: Map<string, OutputRecord>; jobs: (PageJob & { key: string })[] }> {
  const outputs = new Map<string, OutputRecord>();
  const jobs: (PageJob & { key: string })[] = [];
  for (const spec of specs) {
    const key = keyOf(spec);
    const kept = keepable(before, spec.output, key);
    if (kept) {
      await writer.link(path.join(before!.folder, spec.output), spec.output);
      outputs.set(spec.output, kept);
    } else {
      const previousHash = before?.outputs.get(spec.output)?.hash;
      jobs.push({ spec, key, ...(previousHash !== undefined && { previousHash }) });
    }
  }
  return { outputs, jobs };
}

/** Public files and photos (source, output, key): linked when unchanged, else copied. Returns the ones copied. */
export async function keepOrCopy(copies: readonly (readonly [string, string, string])[], before: Published | undefined, writer: Pick<OutputWriter, 'link' | 'copy' | 'folder'>, outputs: Map<string, OutputRecord>): Promise<string[]> {
  const copied: string[] = [];
  for (const [source, output, key] of copies) {
    const same = keepable(before, output, key);
    if (same) await writer.link(path.join(before!.folder, output), output);
    else {
      await writer.copy(source, output);
      copied.push(output);
    }
    outputs.set(output, same ?? recordOf(writer.folder, output, key, key, statSync(source).size));
  }
  return copied;
}
