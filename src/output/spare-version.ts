// The spare: a hard-linked copy of a newly published version, made when no older version is kept
// beside it. The next build takes the spare over (versioned-writer.ts recycleVersion) and touches only
// the files that differ; without one it would have to link every file of the site into an empty
// folder, one folder and one link per page, before it could publish a single edit. A first build is
// O(files) anyway; this moves that cost from the edit after it to it.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stampNewFolders, type FolderStamps } from './folder-stamps.js';
import type { OutputTarget } from './output-location.js';
import { listVersions, markerIdentity, MARKER, MARKER_TEXT, nextVersion } from './version-store.js';
import { createFolderWriter } from './writer.js';

/** Link every file of `version` into a new version folder; its marker goes last (until then, recovery
 *  deletes it as unfinished). Returns the spare's name, marker identity and folder stamps (aligned
 *  with the folders of `files`: folder-stamps.ts). */
export async function makeSpare(t: OutputTarget, version: string, files: readonly string[]): Promise<{ version: string; marker: string; folders: FolderStamps } | undefined> {
  const spare = `v${nextVersion(await listVersions(t))}`;
  const from = path.join(t.store, version);
  const folder = path.join(t.store, spare);
  await mkdir(folder);
  const writer = createFolderWriter(folder);
  for (const file of files) await writer.link(from + path.sep + file, file);
  // Its folders are trusted as made by the build that takes it over, without listing them all.
  const folders = stampNewFolders(folder, files);
  // No flush: the links are metadata, which the journal commits in order before the marker.
  await writeFile(path.join(folder, MARKER), MARKER_TEXT);
  const marker = await markerIdentity(t, spare);
  return marker ? { version: spare, marker, folders } : undefined;
}
