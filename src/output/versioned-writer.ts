// The real writer. A build writes a new version folder in the store beside the output, completely;
// marks it complete; switches `dist` to it in one atomic step; keeps the version before it and
// deletes older ones. All of it under the output's lock. A failed build deletes only its own
// unfinished version: the published site is left exactly as it was.
import { mkdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, InfrastructureError, osErrorText, type Diagnostic } from '../errors.js';
import { flushTree, fsyncPath, fsyncPaths } from './flush.js';
import { acquireLock, type HeldLock } from './output-lock.js';
import type { OutputTarget } from './output-location.js';
import { OutputRefused } from './output-refused.js';
import { recoverInterrupted } from './recover.js';
import { finishSpare, startSpare, type StartedSpare } from './spare-version.js';
import { switchOutput } from './switch-output.js';
import { discard, ensureStore, inspectOutput, listVersions, lockPath, MARKER, MARKER_TEXT, markerIdentity, nextVersion, refuseForeign, removeLeftovers, type OutputState } from './version-store.js';
import { createFolderWriter, removeFiles, type OutputWriter } from './writer.js';

/** Up to this many new files, each is flushed on its own; more, and the whole file system at once
 *  (one syncfs: 0.3 s for a cold build of 1,000 articles, where 2,900 fsyncs of its files and folders
 *  took 0.9 s here). */
const FLUSH_ONE_BY_ONE = 256;

/** How long a build waits for another build of the same output before it gives up (exit 75). */
export const DEFAULT_LOCK_WAIT_MS = 30_000;

export interface OpenOptions {
  readonly lockWaitMs?: number;
  /** Messages to print while the build runs (that it waits for another build). */
  readonly onNotice?: (notice: Diagnostic) => void;
  /** false: the fallback layout (a real folder swapped with two renames), for its tests. */
  readonly links?: boolean;
  /**
   * The version kept beside the published one, as the build state knows it (its name and marker):
   * when it is still that very folder, the new version starts from it instead of from nothing, so a
   * build touches only the files that differ (see recycleVersion).
   */
  readonly recycle?: { readonly version: string; readonly marker: string };
  /** false: the pages are not flushed to the disk before the switch (a preview, which a power cut
   *  may lose; the switch itself stays atomic). */
  readonly durable?: boolean;
}

interface OpenVersion {
  readonly folder: string;
  readonly version: string;
  readonly state: OutputState;
  readonly lock: HeldLock;
  readonly diagnostics: readonly Diagnostic[];
  readonly links: boolean;
  /** The older version this folder was before it was taken over. */
  readonly recycled?: string;
  readonly durable: boolean;
}

const WRITING = { vi: 'ghi thư mục đầu ra', en: 'writing the output folder' };

/** Disk failures become an InfrastructureError naming the path (exit 74); refusals pass through. */
async function onDiskAsync<T>(t: OutputTarget, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof OutputRefused || error instanceof InfrastructureError) throw error;
    throw new InfrastructureError(WRITING, (error as NodeJS.ErrnoException).path ?? t.out, error);
  }
}

/** Lock the output, repair an interrupted build, and start a new version folder. */
export async function openOutput(t: OutputTarget, options: OpenOptions = {}): Promise<OutputWriter> {
  const links = options.links ?? true;
  return onDiskAsync(t, async () => {
    refuseForeign(t, await inspectOutput(t)); // before anything is created beside a user's folder
    await ensureStore(t);
    const lock = await acquireLock(lockPath(t), { waitMs: options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS, ...(options.onNotice && { onWait: options.onNotice }) });
    try {
      const found = await inspectOutput(t);
      refuseForeign(t, found);
      const { state, diagnostics } = await recoverInterrupted(t, found, links);
      const version = `v${nextVersion(await listVersions(t))}`;
      const folder = path.join(t.store, version);
      const recycled = links && options.recycle && (await recycleVersion(t, options.recycle, state, folder, options.durable ?? true)) ? options.recycle.version : undefined;
      if (!recycled) await mkdir(folder);
      return versionWriter(t, { folder, version, state, lock, diagnostics: [...lock.diagnostics, ...diagnostics], links, durable: options.durable ?? true, ...(recycled && { recycled }) });
    } catch (error) {
      await lock.release();
      throw error;
    }
  });
}

/**
 * Take over the version kept beside the published one as the folder of the next: the build then
 * rewrites only what differs from it, instead of linking every file into an empty folder and deleting
 * the oldest version after the switch (both grow with the site). Only the very folder the state
 * describes is taken (same name, same marker file), never the published one. Its marker goes first:
 * from then on it is an unfinished version, which recovery deletes if this build is cut short.
 */
async function recycleVersion(t: OutputTarget, spare: { version: string; marker: string }, state: OutputState, folder: string, durable: boolean): Promise<boolean> {
  if (state.kind !== 'link' || state.version === spare.version) return false;
  if ((await markerIdentity(t, spare.version)) !== spare.marker) return false;
  const from = path.join(t.store, spare.version);
  await unlink(path.join(from, MARKER));
  if (durable) await fsyncPath(from);
  await rename(from, folder);
  if (durable) await fsyncPath(t.store);
  return true;
}

/** The published version and its folder (a link's target, or the real folder of the fallback layout). */
export function publishedVersion(t: OutputTarget, state: OutputState): { version: string; folder: string } | undefined {
  if (state.kind === 'link' && state.complete) return { version: state.version, folder: path.join(t.store, state.version) };
  if (state.kind === 'folder') return { version: 'folder', folder: t.out };
  return undefined;
}

/** Delete every version but `keep`; a failure is a warning: the new site is published already. */
async function cleanUp(t: OutputTarget, keep: readonly (string | undefined)[]): Promise<Diagnostic[]> {
  try {
    await removeLeftovers(t);
    for (const v of await listVersions(t)) if (!keep.includes(v.name)) await discard(t, v.name);
    return [];
  } catch (error) {
    const where = (error as NodeJS.ErrnoException).path ?? t.store;
    return [diagnostic('OUTPUT_CLEANUP', { path: where, detail: osErrorText(error) }, {}, 'warning')];
  }
}

function versionWriter(t: OutputTarget, v: OpenVersion): OutputWriter {
  const files = createFolderWriter(v.folder, { replaces: v.recycled !== undefined });
  let published = false;
  let finished = false;
  let spareStarted: StartedSpare | undefined;
  const writer: OutputWriter = {
    folder: v.folder,
    ...(publishedVersion(t, v.state) && { previous: publishedVersion(t, v.state) }),
    ...(v.recycled && { recycled: v.recycled }),
    get mirror() {
      return spareStarted?.folder;
    },
    write: files.write,
    copy: files.copy,
    link: files.link,
    settle: files.settle,
    async remove(gone) {
      removeFiles(v.folder, gone);
    },
    async startSpare() {
      // Only a new folder: in a recycled one a file is replaced by a new one, which a link made
      // earlier would not follow. Only with links: the fallback layout keeps no versions.
      if (spareStarted || v.recycled || !v.links) return;
      spareStarted = await onDiskAsync(t, () => startSpare(t));
      files.mirrorInto(spareStarted.folder);
    },
    async commit(options = {}) {
      if (!(await files.settle()) || options.spareIncomplete) await dropSpare();
      const switched = await onDiskAsync(t, async () => {
        const written = options.written;
        if (!v.durable) {
          // A preview: the pages stay in the kernel's cache until it writes them.
        } else if (written && written.length <= FLUSH_ONE_BY_ONE) {
          // An incremental build: linked files are the published version's, on the disk since it was
          // published; their new names are metadata, which journaling file systems (ext4, XFS)
          // commit in order before the rename that publishes this version. The new bytes are flushed.
          await fsyncPaths(written.map((file) => path.join(v.folder, file)));
          await fsyncPaths([...new Set(written.map((file) => path.dirname(path.join(v.folder, file))))]);
        } else await flushTree(v.folder);
        // The marker last: a version with its marker is complete (recovery relies on it).
        await writeFile(path.join(v.folder, MARKER), MARKER_TEXT);
        if (v.durable) {
          await fsyncPath(path.join(v.folder, MARKER));
          await fsyncPath(v.folder);
        }
        const marker = await markerIdentity(t, v.version);
        return { ...(await switchOutput(t, v.version, v.state, { links: v.links, pause: true, durable: v.durable })), marker };
      });
      published = true;
      const fallback = switched.layout === 'folder' && v.links ? [diagnostic('OUTPUT_NO_SYMLINKS', { folder: t.out }, {}, 'warning')] : [];
      const link = switched.layout === 'link';
      // Nothing (of use) kept beside the new version for the next build to take over: the spare started
      // while it was written is finished (or, if none was, made now).
      const wantSpare = link && options.files !== undefined && (!switched.previous || options.replaceKept === true);
      const diagnostics = [...v.diagnostics, ...fallback, ...(await cleanUp(t, wantSpare ? [v.version, spareStarted?.version] : [v.version, switched.previous]))];
      const spare = wantSpare ? await makeSpare(options.files!).catch(() => undefined) : undefined;
      finished = true;
      await v.lock.release();
      return { ...files.summary(), version: link ? v.version : 'folder', ...(link && switched.marker && { marker: switched.marker }), ...(spare && { spare }), diagnostics };
    },
    async abort() {
      if (finished) return;
      finished = true;
      try {
        await files.settle().catch(() => false); // nothing still being written
        await dropSpare();
        const state = await inspectOutput(t);
        const live = published || (state.kind === 'link' && state.version === v.version);
        if (!live) await rm(v.folder, { recursive: true, force: true });
        // A switch that failed half-way (fallback) may have moved the old site aside: put it back.
        await recoverInterrupted(t, live ? state : await inspectOutput(t), v.links);
      } finally {
        await v.lock.release();
      }
    },
  };
  const dropSpare = async (): Promise<void> => {
    if (spareStarted) await rm(spareStarted.folder, { recursive: true, force: true });
    spareStarted = undefined;
  };
  /** The spare, finished: started during the build, or made now by linking every file. */
  const makeSpare = async (all: readonly string[]): Promise<Awaited<ReturnType<typeof finishSpare>>> => {
    if (!spareStarted) {
      spareStarted = await startSpare(t);
      const links = createFolderWriter(spareStarted.folder);
      for (const file of all) await links.link(v.folder + path.sep + file, file);
      await links.settle();
    }
    return finishSpare(t, spareStarted, all);
  };
  return writer;
}
