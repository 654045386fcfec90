// The store beside the output: `.dist.baotinh/` holds complete versions of the site (`v7/`), the one
// a fallback swap moved aside (`p7/`: the version v7 replaced), the lock, and for an instant the
// temporary link. `dist` itself is a relative link to one version. A version is complete once its
// marker file exists: the marker is written last, after every page is on disk.
import { lstat, mkdir, readdir, readlink, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic } from '../errors.js';
import { storeName, type OutputTarget } from './output-location.js';
import { OutputRefused, REFUSAL_EXIT } from './output-refused.js';

/** In every version folder baotinh writes (and so in the published `dist/`): "this is ours". */
export const MARKER = '.baotinh-output';
export const MARKER_TEXT =
  'Thư mục này do baotinh tạo ra; mỗi lần dựng trang, baotinh thay toàn bộ nội dung của nó.\n' +
  'This folder was made by baotinh; every build replaces all of its content.\n';
const STORE_MARKER = '.baotinh-store';
const STORE_TEXT =
  'Các phiên bản của trang do baotinh dựng (thư mục đầu ra là liên kết tới một phiên bản). Không sửa tay.\n' +
  'Versions of the site built by baotinh (the output folder links to one of them). Do not edit by hand.\n';
export const LOCK = 'lock';
export const NEXT_LINK = 'next-link';
const TRASH_PREFIX = 'deleting-';
const VERSION = /^([vp])(\d+)$/;

/** What is at the output path now. Only `foreign` is refused: it is not baotinh's to replace. */
export type OutputState =
  | { readonly kind: 'absent' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'folder' } // a real folder with our marker (the fallback layout)
  | { readonly kind: 'link'; readonly version: string; readonly complete: boolean }
  | { readonly kind: 'foreign'; readonly what: 'folder' | 'link' | 'file'; readonly target?: string };

export interface StoredVersion {
  readonly name: string;
  readonly number: number;
  readonly complete: boolean;
}

export const outputPath = (t: OutputTarget): string => path.join(t.parent, t.name);
export const lockPath = (t: OutputTarget): string => path.join(t.store, LOCK);

async function exists(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    () => false,
  );
}

export async function inspectOutput(t: OutputTarget): Promise<OutputState> {
  const out = outputPath(t);
  const info = await lstat(out).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!info) return { kind: 'absent' };
  if (info.isSymbolicLink()) {
    const target = await readlink(out);
    const [store, version, ...rest] = target.split('/');
    if (store !== storeName(t.name) || !version || !VERSION.test(version) || rest.length) return { kind: 'foreign', what: 'link', target };
    return { kind: 'link', version, complete: await exists(path.join(t.store, version, MARKER)) };
  }
  if (!info.isDirectory()) return { kind: 'foreign', what: 'file' };
  const entries = await readdir(out);
  if (entries.length === 0) return { kind: 'empty' };
  return entries.includes(MARKER) ? { kind: 'folder' } : { kind: 'foreign', what: 'folder' };
}

/** OUTPUT_NOT_OURS for a foreign output or store: a user's folder is never deleted. */
export function notOurs(t: OutputTarget, what: string, folder: string, target = ''): OutputRefused {
  const where = t.source === 'config' ? { file: 'baotinh.config.yaml' } : {};
  const exit = t.source === 'config' ? REFUSAL_EXIT.config : REFUSAL_EXIT.option;
  return new OutputRefused(diagnostic('OUTPUT_NOT_OURS', { folder, what, target }, where), exit);
}

export function refuseForeign(t: OutputTarget, state: OutputState): void {
  if (state.kind === 'foreign') throw notOurs(t, state.what, t.out, state.target);
}

/** The store exists and is ours (created now if absent); a foreign folder of that name is refused. */
export async function ensureStore(t: OutputTarget): Promise<void> {
  await mkdir(t.parent, { recursive: true });
  const created = await mkdir(t.store).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return false;
      throw error;
    },
  );
  // Our marker is the first thing a build puts in a new store, so a store that is not empty has it,
  // unless it is someone else's folder (asked again after the listing: another build may be making it).
  if (!created && !(await isOurStore(t))) {
    const entries = await readdir(t.store).catch(() => ['?']);
    if (entries.length > 0 && !(await isOurStore(t))) throw notOurs(t, 'store', t.store);
  }
  if (created || !(await exists(path.join(t.store, STORE_MARKER)))) await writeFile(path.join(t.store, STORE_MARKER), STORE_TEXT);
}

export async function isOurStore(t: OutputTarget): Promise<boolean> {
  return exists(path.join(t.store, STORE_MARKER));
}

/** Every version folder in the store, oldest first (p7 was replaced by v7, so it sorts before it). */
export async function listVersions(t: OutputTarget): Promise<StoredVersion[]> {
  const found: StoredVersion[] = [];
  for (const name of await readdir(t.store)) {
    const match = VERSION.exec(name);
    if (!match) continue;
    found.push({ name, number: Number(match[2]) * 2 + (match[1] === 'v' ? 1 : 0), complete: await exists(path.join(t.store, name, MARKER)) });
  }
  return found.sort((a, b) => a.number - b.number);
}

/** Which marker file this is ("inode:mtime"): a version folder keeps it from the moment it is complete
 *  until it is deleted or taken over, so it tells one complete version from any other of that name. */
export async function markerIdentity(t: OutputTarget, version: string): Promise<string | undefined> {
  const info = await lstat(path.join(t.store, version, MARKER)).catch(() => undefined);
  return info?.isFile() ? `${info.ino}:${info.mtimeMs}` : undefined;
}

/** Next version number: above every number in the store. */
export function nextVersion(versions: readonly StoredVersion[]): number {
  return Math.floor((versions.at(-1)?.number ?? 0) / 2) + 1;
}

/** Delete a version: first renamed out of the version namespace, so a half-deleted folder that still
 *  holds its marker is never taken for a complete version. */
export async function discard(t: OutputTarget, name: string): Promise<void> {
  const trash = path.join(t.store, `${TRASH_PREFIX}${name}`);
  await rename(path.join(t.store, name), trash);
  await rm(trash, { recursive: true, force: true });
}

/** Leftovers of interrupted deletions and of an interrupted switch. */
export async function removeLeftovers(t: OutputTarget): Promise<void> {
  for (const name of await readdir(t.store)) {
    if (name.startsWith(TRASH_PREFIX) || name === NEXT_LINK) await rm(path.join(t.store, name), { recursive: true, force: true });
  }
}
