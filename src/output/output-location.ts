// Where the output goes, and the places it may never go. Every build deletes and replaces its output
// folder, so the folder is compared with the project's own folders after resolving symlinks, before
// anything is touched: `--out .git`, `--out templates`, `--out /`, or a link to the project are refused.
import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE } from '../config-name.js';
import { diagnostic } from '../errors.js';
import { toPosixRelative } from '../paths.js';
import { OutputRefused, REFUSAL_EXIT, type OutputSource } from './output-refused.js';

/** The output folder and the store of versions beside it (same file system, so rename works). */
export interface OutputTarget {
  /** The folder as given (absolute): what messages and the build report show. */
  readonly out: string;
  /** Its parent with symlinks resolved, and its name: the link or folder baotinh replaces is `parent/name`. */
  readonly parent: string;
  readonly name: string;
  /** `parent/.<name>.baotinh`: every version of the site, the lock, the temporary link. */
  readonly store: string;
  readonly source: OutputSource;
}

/** A place the output may not be, contain, or (except the project root) lie inside. */
export interface ProtectedPath {
  readonly path: string;
  /** How messages name it: "content/", "baotinh.config.yaml". */
  readonly label: string;
  /** The project root: the output may lie inside it (dist/), not be it or contain it. */
  readonly isRoot?: boolean;
}

export interface ProjectFolders {
  readonly content: string;
  readonly templates: string;
  readonly public: string;
  readonly cache: string;
  /** `viewsFile` as configured, relative to the root. */
  readonly views: string;
}

/** Everything of the project an output folder must keep away from; `builtin`: baotinh's own theme folders. */
export function guardedPaths(root: string, folders: ProjectFolders, builtin: readonly string[]): ProtectedPath[] {
  const folder = (p: string): ProtectedPath => ({ path: p, label: `${toPosixRelative(root, p)}/` });
  const views = path.resolve(root, folders.views);
  const viewsFolder = path.dirname(views);
  return [
    { path: root, label: '', isRoot: true },
    folder(folders.content),
    folder(folders.templates),
    folder(folders.public),
    folder(folders.cache),
    folder(path.join(root, '.git')),
    { path: path.join(root, CONFIG_FILE), label: CONFIG_FILE },
    ...(path.resolve(viewsFolder) === path.resolve(root) ? [] : [folder(viewsFolder)]),
    { path: views, label: toPosixRelative(root, views) },
    ...builtin.map((b) => ({ path: b, label: b })),
  ];
}

export function storeName(name: string): string {
  return `.${name}.baotinh`;
}

/** Resolve symlinks in the deepest part of `file` that exists; the rest is appended as written. */
export function resolveReal(file: string): string {
  const absolute = path.resolve(file);
  let existing = absolute;
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(realpathSync(existing), ...rest);
    } catch {
      const up = path.dirname(existing);
      if (up === existing) return absolute;
      rest.unshift(path.basename(existing));
      existing = up;
    }
  }
}

/** `inner` is `outer` or lies inside it. */
function within(outer: string, inner: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function refuse(out: string, source: OutputSource, rule: string, label = '', real?: string): OutputRefused {
  const params = { folder: out, rule, label, real: real && real !== out ? real : '' };
  const where = source === 'config' ? { file: 'baotinh.config.yaml' } : {};
  return new OutputRefused(diagnostic('OUTPUT_UNSAFE', params, where), source === 'config' ? REFUSAL_EXIT.config : REFUSAL_EXIT.option);
}

/** The rule `candidate` breaks with respect to `guarded`, if any. */
function brokenRule(candidate: string, guarded: ProtectedPath, guardedReal: string): string | undefined {
  if (guarded.isRoot) {
    if (candidate === guardedReal) return 'root';
    return within(candidate, guardedReal) ? 'contains-root' : undefined;
  }
  if (candidate === guardedReal) return 'is';
  if (within(candidate, guardedReal)) return 'contains';
  if (within(guardedReal, candidate)) return 'inside';
  return undefined;
}

/**
 * The output target for `out`, or an OutputRefused (OUTPUT_UNSAFE) naming the rule it breaks.
 * Checked: the folder itself followed through any link, the place of the link, and the store.
 */
export function resolveOutputTarget(out: string, source: OutputSource, guarded: readonly ProtectedPath[]): OutputTarget {
  const absolute = path.resolve(out);
  const name = path.basename(absolute);
  if (name === '' || path.dirname(absolute) === absolute) throw refuse(absolute, source, 'filesystem-root');
  const parent = resolveReal(path.dirname(absolute));
  const place = path.join(parent, name);
  const store = path.join(parent, storeName(name));
  const followed = isLink(place) ? resolveReal(place) : place;
  if (path.dirname(followed) === followed) throw refuse(absolute, source, 'filesystem-root', '', followed);
  for (const g of guarded) {
    const real = resolveReal(g.path);
    for (const candidate of [followed, place, store]) {
      const rule = brokenRule(candidate, g, real);
      if (rule) throw refuse(absolute, source, rule, g.label, candidate === store ? store : followed);
    }
  }
  return { out: absolute, parent, name, store, source };
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
