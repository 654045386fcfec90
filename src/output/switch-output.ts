// The visible switch from one version to the next. Normally one atomic step: a temporary link to the
// new version is renamed over `dist` (rename(2) replaces the old link at once; a reader sees the old
// site or the new one, never none). Where links cannot be made (some mounted volumes), the fallback
// moves `dist` (a real folder then) aside and the new version in: two renames, not atomic; a build
// killed between them is repaired by the next one (recover.ts).
import { rename, rm, rmdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { fsyncPath } from './flush.js';
import { storeName, type OutputTarget } from './output-location.js';
import { pauseForTest } from './test-pause.js';
import { NEXT_LINK, outputPath, type OutputState } from './version-store.js';

/** Errors of a file system without symbolic links (vfat: EPERM; some FUSE and network mounts). */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

export interface SwitchOptions {
  /** false: use the fallback layout even where links work (tests of the fallback). */
  readonly links: boolean;
  /** Honour the test-only pause (off when restoring a version during recovery). */
  readonly pause: boolean;
  /** false: the new name is not flushed to the disk (a preview); the switch is as atomic. */
  readonly durable?: boolean;
}

export interface SwitchResult {
  /** 'link': dist is a link to the version; 'folder': the fallback, dist is a real folder. */
  readonly layout: 'link' | 'folder';
  /** The store name of the version that was published before, if any. */
  readonly previous?: string;
}

/** Clear the way for the new `dist`: nothing to do for a link or nothing; an empty folder is
 *  removed; a real folder of ours is moved into the store as `p<N>` (the version vN replaced). */
async function moveAside(t: OutputTarget, state: OutputState, replaced: string, keepLink: boolean): Promise<string | undefined> {
  const out = outputPath(t);
  if (state.kind === 'empty') await rmdir(out);
  if (state.kind === 'folder') {
    await rename(out, path.join(t.store, replaced));
    return replaced;
  }
  if (state.kind === 'link') {
    if (!keepLink) await rm(out, { force: true });
    return state.version;
  }
  return undefined;
}

/** Publish store version `version` (e.g. "v8") at the output path. */
export async function switchOutput(t: OutputTarget, version: string, state: OutputState, options: SwitchOptions): Promise<SwitchResult> {
  const out = outputPath(t);
  const replaced = `p${version.slice(1)}`;
  if (options.links) {
    const next = path.join(t.store, NEXT_LINK);
    await rm(next, { force: true });
    // Relative to the folder holding dist, so the site keeps working when that folder is moved.
    const made = await symlink(`${storeName(t.name)}/${version}`, next).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (NO_LINKS.has(error.code ?? '')) return false;
        throw error;
      },
    );
    if (made) {
      if (options.pause) await pauseForTest('switch');
      const previous = await moveAside(t, state, replaced, true);
      await rename(next, out);
      if (options.durable !== false) await fsyncPath(t.parent);
      return { layout: 'link', ...(previous && { previous }) };
    }
  }
  const previous = await moveAside(t, state, replaced, false);
  if (options.pause) await pauseForTest('switch');
  await rename(path.join(t.store, version), out);
  await fsyncPath(t.parent);
  await fsyncPath(t.store);
  return { layout: 'folder', ...(previous && { previous }) };
}
