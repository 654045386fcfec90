// The spare: a hard-linked copy of a newly published version, made when no older version is kept
// beside it. The next build takes the spare over (versioned-writer.ts recycleVersion) and touches only
// the files that differ; without one it would have to link every file of the site into an empty
// folder, one folder and one link per page, before it could publish a single edit. A first build is
// O(files) anyway; this moves that cost from the edit after it to it. The links are made while the
// version is written (writer.ts mirrorInto), by the thread pool, so the folders, slow to create on
// some disks, are made while the pages render.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stampNewFolders, type FolderStamps } from './folder-stamps.js';
import type { OutputTarget } from './output-location.js';
import { listVersions, markerIdentity, MARKER, MARKER_TEXT, nextVersion } from './version-store.js';

export interface StartedSpare {
  readonly version: string;
  readonly folder: string;
}

/** A new, empty version folder for the spare (no marker: until it has one, recovery deletes it as unfinished). */
export async function startSpare(t: OutputTarget): Promise<StartedSpare> {
  const version = `v${nextVersion(await listVersions(t))}`;
  const folder = path.join(t.store, version);
  await mkdir(folder);
  return { version, folder };
}

/** Mark the spare complete, once every file of the version it copies is linked into it. Returns its
 *  marker identity and folder stamps (aligned with the folders of `files`: folder-stamps.ts). */
export async function finishSpare(t: OutputTarget, spare: StartedSpare, files: readonly string[]): Promise<{ version: string; marker: string; folders: FolderStamps } | undefined> {
  // Its folders are trusted as made by the build that takes it over, without listing them all.
  const folders = stampNewFolders(spare.folder, files);
  // No flush: the links are metadata, which the journal commits in order before the marker.
  await writeFile(path.join(spare.folder, MARKER), MARKER_TEXT);
  const marker = await markerIdentity(t, spare.version);
  return marker ? { version: spare.version, marker, folders } : undefined;
}
