// Repairs what an interrupted build (killed, power cut, disk full) left in the store, under the lock:
// unfinished versions, the temporary link, half-deleted versions, and a missing `dist` where the
// store still has a complete version (the fallback's two renames were cut in the middle).
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../errors.js';
import type { OutputTarget } from './output-location.js';
import { tryLock } from './output-lock.js';
import { switchOutput } from './switch-output.js';
import { inspectOutput, isOurStore, listVersions, lockPath, removeLeftovers, type OutputState } from './version-store.js';

export interface Recovered {
  readonly state: OutputState;
  readonly diagnostics: readonly Diagnostic[];
}

/** Clean the store and restore a missing output. The caller holds the lock. */
export async function recoverInterrupted(t: OutputTarget, state: OutputState, links: boolean): Promise<Recovered> {
  await removeLeftovers(t);
  const current = state.kind === 'link' ? state.version : undefined;
  const versions = await listVersions(t);
  // No marker: a build stopped while writing it. Nothing else can be writing: we hold the lock.
  for (const v of versions) if (!v.complete && v.name !== current) await rm(path.join(t.store, v.name), { recursive: true, force: true });
  const missing = state.kind === 'absent' || (state.kind === 'link' && !state.complete);
  const newest = versions.filter((v) => v.complete).at(-1);
  if (!missing || !newest) return { state, diagnostics: [] };
  await switchOutput(t, newest.name, state, { links, pause: false });
  return {
    state: await inspectOutput(t),
    diagnostics: [diagnostic('OUTPUT_RESTORED', { folder: t.out, version: path.join(t.store, newest.name) }, {}, 'warning')],
  };
}

/**
 * At the start of a build, before the content is read: repair the output of an interrupted build, so
 * a build that then fails on the content leaves the last complete site published, as it says. Skipped
 * when there is no store yet, when the output is not baotinh's, or while another build holds the lock.
 */
export async function recoverOutput(t: OutputTarget, links = true): Promise<readonly Diagnostic[]> {
  if (!(await isOurStore(t))) return [];
  const lock = await tryLock(lockPath(t));
  if (!lock) return [];
  try {
    const state = await inspectOutput(t);
    if (state.kind === 'foreign') return lock.diagnostics;
    return [...lock.diagnostics, ...(await recoverInterrupted(t, state, links)).diagnostics];
  } finally {
    await lock.release();
  }
}
