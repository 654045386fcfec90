// The article sources as a build sees them: the Markdown files under content/ and each one's stat.
// A full scan lists every folder and stats every file. `baotinh dev` knows from its watcher which
// paths changed since the previous scan and looks at those alone: at 10,000 articles the full scan
// was half of a one-article rebuild. Whatever the watcher's news cannot settle for certain (a
// folder, a link, a path it did not name in a scan that saw links) means a full scan.
import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../errors.js';
import { byCodePoint } from '../compare.js';
import { articleIdOf, discoverMarkdown, isSkippedName, isSourceName, type DiscoverSetup } from '../sources/discover.js';
import { statSources, type SourceStat } from './source-digests.js';

export interface SourceScan {
  readonly contentDir: string;
  /** Markdown files, forward-slash paths relative to the content folder, in code-point order. */
  readonly paths: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
  readonly stats: ReadonlyMap<string, SourceStat>;
  /** Links were met: a change behind one is not seen under content/, so a scan is always full. */
  readonly linked: boolean;
}

export async function scanSources(contentDir: string, setup: DiscoverSetup): Promise<SourceScan> {
  const found = await discoverMarkdown(contentDir, setup);
  return { contentDir, paths: found.paths, diagnostics: found.diagnostics, linked: found.linked, stats: statSources(contentDir, found.paths, { linksMet: found.linked }) };
}

/** What `baotinh dev` keeps between builds: the last scan, and the paths its watcher named since. */
export class WatchedSources {
  #last: SourceScan | undefined;
  #changed = new Set<string>();

  /** Paths (absolute) the watcher reported: files or folders, added, changed or removed. */
  saw(paths: Iterable<string>): void {
    for (const p of paths) this.#changed.add(p);
  }

  async scan(contentDir: string, setup: DiscoverSetup): Promise<SourceScan> {
    const changed = this.#changed;
    this.#changed = new Set(); // what the watcher says from now on is for the next scan
    const last = this.#last;
    this.#last = (last?.contentDir === contentDir && rescan(last, changed)) || (await scanSources(contentDir, setup));
    return this.#last;
  }
}

/** `last` with the `changed` paths looked at again, or undefined when only a full scan can tell. */
export function rescan(last: SourceScan, changed: ReadonlySet<string>): SourceScan | undefined {
  if (last.linked || last.diagnostics.length) return undefined;
  const stats = new Map(last.stats);
  let paths: string[] | undefined;
  for (const absolute of changed) {
    const relative = path.relative(last.contentDir, absolute);
    if (relative.startsWith('..') || path.isAbsolute(relative)) continue; // not in content/
    if (relative === '') return undefined; // the folder itself (or an overflowed event queue)
    const contentPath = relative.split(path.sep).join('/');
    if (contentPath.split('/').some(isSkippedName)) continue; // never discovered
    const s = lstatSync(absolute, { throwIfNoEntry: false });
    if (s?.isDirectory() || s?.isSymbolicLink()) return undefined;
    if (!s) {
      // Gone: an article, or a folder holding some (its files may come with no event of their own).
      if (last.paths.some((p) => p.startsWith(`${contentPath}/`))) return undefined;
      if (stats.delete(contentPath)) paths = (paths ?? [...last.paths]).filter((p) => p !== contentPath);
      continue;
    }
    if (!s.isFile() || !isSourceName(path.posix.basename(contentPath))) continue; // a photo, or not a source
    if (!stats.has(contentPath)) {
      // A new name that only a full scan can judge: the ending of one already there in another case.
      const id = articleIdOf(contentPath);
      if ((paths ?? last.paths).some((p) => articleIdOf(p) === id)) return undefined;
      paths = [...(paths ?? last.paths), contentPath].sort(byCodePoint);
    }
    stats.set(contentPath, { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino });
  }
  // Kept in the order a full scan gives (statSources follows the paths).
  const ordered = paths ?? last.paths;
  return { ...last, paths: ordered, stats: paths ? new Map(ordered.flatMap((p) => (stats.has(p) ? [[p, stats.get(p)!] as const] : []))) : stats };
}
