// `baotinh build --verify`: the incremental build, then a clean build of the same input into a
// temporary folder, compared file by file. For CI that wants proof on its real content.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build, type BuildOptions, type BuildReport } from '../build.js';
import { diagnostic } from '../errors.js';
import { listFilesSorted } from './list-files.js';

const SHOWN = 10;

export async function buildAndVerify(options: BuildOptions): Promise<BuildReport> {
  const report = await build(options);
  if (!report.ok || !report.outDir) return report;
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'baotinh-verify-'));
  try {
    const { onImageProgress: _progress, ...rest } = options;
    const clean = await build({ ...rest, outDir: path.join(scratch, 'site'), state: 'none' });
    if (!clean.ok || !clean.outDir) return { ...report, ok: false, diagnostics: [...report.diagnostics, ...clean.diagnostics] };
    const differing = differences(report.outDir, clean.outDir);
    if (!differing.length) return report;
    const files = differing.slice(0, SHOWN).join(', ') + (differing.length > SHOWN ? ` (+${differing.length - SHOWN})` : '');
    return { ...report, ok: false, diagnostics: [...report.diagnostics, diagnostic('BUILD_VERIFY_MISMATCH', { count: differing.length, files }, {})] };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Paths present in one tree only, or with different bytes, sorted. */
export function differences(a: string, b: string): string[] {
  const left = new Set(listFilesSorted(a));
  const right = new Set(listFilesSorted(b));
  const all = [...new Set([...left, ...right])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  return all.filter((file) => !left.has(file) || !right.has(file) || !readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))));
}
