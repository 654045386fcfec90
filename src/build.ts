// The orchestrator: the stages in order, nothing else.
// config → sources → drafts → published articles → site → output specs → pages on disk.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildRun, ProjectDirs } from './build-run.js';
import type { ResolvedConfig } from './config.js';
import { withOverrides } from './config-overrides.js';
import { loadConfig } from './config-file.js';
import type { ArticleStage } from './content/article-stage.js';
import { codeKeyOf } from './incremental/code-key.js';
import type { StateMemory } from './incremental/state-store.js';
import { nothingChanged, openMemo, quickKeyOf, restKeyOf } from './incremental/memo.js';
import { photoFingerprint } from './incremental/source-digests.js';
import { scanSources, type WatchedSources } from './incremental/source-scan.js';
import { createTemplateKeys } from './incremental/template-keys.js';
import { compareDiagnostics, UsageError, type Diagnostic } from './errors.js';
import type { ImageProgress } from './images/process-images.js';
import { guardedPaths, resolveOutputTarget } from './output/output-location.js';
import { recoverOutput } from './output/recover.js';
import { recordColumns, scanVersions } from './output/version-scan.js';
import { rememberZoneOffsets } from './vi/dates.js';
import { inspectOutput } from './output/version-store.js';
import { publishedVersion } from './output/versioned-writer.js';
import type { OutputWriter } from './output/writer.js';
import { resolveInside, toPosixRelative } from './paths.js';
import { readPublicFiles } from './sources/read-sources.js';
import { readViews } from './sources/read-views.js';

/** Below this many articles per thread, a thread costs more than it saves: loading its modules and
 *  warming its code up (0.3-0.5 s of CPU) against half the Markdown and pages. Measured on 2 cores
 *  (one thread against two, cold builds, interleaved): 1,000 articles 3.47 s against 3.65 s and
 *  190 MiB against 219 MiB; 2,000 articles 5.90 s against 5.27 s. */
const AUTO_ARTICLES_PER_THREAD = 750;
/** With `--jobs` given, its threads start from this many articles each (a test can see them work). */
const MIN_ARTICLES_PER_THREAD = 150;

/** The package's own folder: its templates/ and public/ are the built-in theme. */
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The browser's modules (src/browser/, compiled): published like the theme's public files. */
const BROWSER_ASSETS = path.join(PACKAGE_ROOT, 'lib', 'browser');

export interface BuildOptions {
  readonly root: string;
  /** Overrides `folders.output`; may lie outside the project (CI artefacts, tests). */
  readonly outDir?: string;
  readonly drafts?: boolean;
  readonly future?: boolean;
  readonly now?: number;
  readonly basePath?: string;
  readonly baseUrl?: string;
  /** Threads for the article stage (Markdown); 1 runs everything in this thread. */
  readonly jobs?: number;
  /** `jobs` is the machine's count, not the user's choice: a thread is started only for every
   *  AUTO_ARTICLES_PER_THREAD articles of work, where it pays for itself. */
  readonly autoJobs?: boolean;
  /** Called as photos are processed (the CLI draws progress from it). */
  readonly onImageProgress?: (progress: ImageProgress) => void;
  /** Tests pass a memory writer. */
  readonly writer?: OutputWriter;
  /** How long to wait for another build of the same output folder (default 30 s), then refuse (exit 75). */
  readonly lockWaitMs?: number;
  /** Messages to print at once, while the build runs (e.g. that it waits for another build). */
  readonly onNotice?: (notice: Diagnostic) => void;
  /** Use the saved build state (default), start over but save a new one (`--clean`), or neither (`--verify`'s clean side). */
  readonly state?: StateUse;
  /** `baotinh dev`: the build state of earlier builds in this process, kept as values (still written to disk). */
  readonly stateMemory?: StateMemory;
  /** `baotinh dev`: the sources as its last build saw them, and what its watcher saw change since
   *  (only those are looked at again). */
  readonly watched?: WatchedSources;
  /** `baotinh dev`: drafts and future articles are badged; the output defaults to the cache's
   *  preview/site (never the site's own output), is trusted to be as the last build left it (no
   *  listing, no check of every kept file) and is not flushed to the disk before the switch. */
  readonly preview?: boolean;
  /** Test-only: reorders the discovered sources (the determinism tests shuffle them); the output must not change. */
  readonly discoveryOrder?: (paths: readonly string[]) => string[];
}

export interface BuildReport {
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  readonly articles: number;
  readonly pages: number;
  readonly files: number;
  readonly bytes: number;
  readonly outDir?: string;
  readonly millis: Readonly<Record<string, number>>;
  /** Photos used, files published, variants encoded now, variants taken from the cache. */
  readonly images?: { readonly photos: number; readonly files: number; readonly encoded: number; readonly reused: number };
  /** Pages (and machine files) made again, kept exactly as published, and no longer made. */
  readonly changes?: BuildChanges;
  /** How the pages were planned: nothing changed, only bodies changed (planned from the last build's
   *  site), only what some articles show of themselves (from the stored summaries), or from every
   *  article. The output is the same whichever it was. */
  readonly planned?: 'unchanged' | 'bodies' | 'summaries' | 'site';
  /** A preview build returns once its version is published, before its state is written: the
   *  caller shows the pages, then calls this, and builds again only once it is done. (A crash before
   *  it only means a fuller next build: the state on disk then names a version no longer published.) */
  readonly saveState?: () => Promise<void>;
  /** Published articles: content path → site path (before the base path), when pages were planned. */
  readonly urls?: ReadonlyMap<string, string>;
}

export interface BuildChanges {
  readonly rendered: number;
  readonly kept: number;
  /** Pages and files no longer published (not counting the search index's files replaced by new ones). */
  readonly removed: number;
  /** The output paths written with new bytes, sorted (pages, public files and photos). */
  readonly written: readonly string[];
  /** The output paths the published version had and the new one has not, sorted. */
  readonly gone: readonly string[];
}

/** The `state` option: use and update the saved build state (default), ignore it and start over, or neither. */
export type StateUse = 'reuse' | 'rebuild' | 'none';

export async function build(options: BuildOptions): Promise<BuildReport> {
  const millis: Record<string, number> = {};
  let mark = performance.now();
  const lap = (stage: string): void => {
    const t = performance.now();
    millis[stage] = Math.round(t - mark);
    mark = t;
  };
  const fail = (diagnostics: readonly Diagnostic[]): BuildReport => ({ ok: false, diagnostics: [...diagnostics].sort(compareDiagnostics), articles: 0, pages: 0, files: 0, bytes: 0, millis });

  const codeKey = codeKeyOf(PACKAGE_ROOT);
  const loaded = await loadConfig(options.root, undefined, { codeKey });
  if (!loaded.config) return fail(loaded.diagnostics);
  const config = withOverrides(loaded.config, { ...(options.basePath && { basePath: options.basePath }), ...(options.baseUrl && { baseUrl: options.baseUrl }), ...(options.preview && { preview: true }) });
  const dirs = projectDirs(config, options);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  // Repair what an interrupted build left, so even a build that fails below leaves a complete site.
  const outputNotes = options.writer ? [] : await recoverOutput(dirs.output);
  const now = options.now ?? Date.now();
  const memo = await openMemo(options, { cache: dirs.cache, out: dirs.out, codeKey }, config);
  rememberZoneOffsets(memo.published?.zones);
  lap('config');

  const sourceSetup = { projectRoot: options.root, label: toPosixRelative(options.root, dirs.content) };
  const scanned = options.watched ? await options.watched.scan(dirs.content, sourceSetup) : await scanSources(dirs.content, sourceSetup);
  diagnostics.push(...scanned.diagnostics);
  const sourcePaths = options.discoveryOrder ? options.discoveryOrder([...scanned.paths]) : scanned.paths;
  const { stats } = scanned;
  const fingerprints = new Map<string, string | null>();
  const fingerprint = (file: string): string | null => {
    if (!fingerprints.has(file)) fingerprints.set(file, photoFingerprint(file));
    return fingerprints.get(file)!;
  };
  const publicFiles = await readPublicFiles(dirs.publicDirs, new Set([BROWSER_ASSETS]));
  const views = await readViews(options.root, config.viewsFile);
  const templates = createTemplateKeys(dirs.templateDirs);
  // What was already said about the configuration, the folders and the views file is an input too:
  // a misspelt key or a broken views file changes the messages, not the values.
  const early = JSON.stringify([...diagnostics, ...views.diagnostics].map((d) => [d.code, d.file, d.line, d.column, d.params]));
  const restKey = (photos: readonly string[]): string => restKeyOf({ memo, photos, fingerprint, publicFiles, views: views.views, templates: templates.all(), early });
  // Nothing changed since the published version: done, before any source is read or module loaded.
  const unchanged = memo.published && (await nothingChanged(memo, quickKeyOf(restKey(memo.published.photos), stats), now, dirs.output));
  if (unchanged) {
    lap('check');
    return { ...unchanged, diagnostics: [...unchanged.diagnostics, ...outputNotes].sort(compareDiagnostics), outDir: dirs.out, millis, planned: 'unchanged' };
  }

  // The published files are checked, and then the folder kept beside them, in a thread while this
  // one loads the stages and the state (output/version-scan.ts). A preview's folders are baotinh's
  // own, written by nothing else: their records are trusted as they are.
  const live = options.writer || options.preview || !memo.published ? undefined : publishedVersion(dirs.output, await inspectOutput(dirs.output));
  const checked = live && live.version === memo.published!.version ? recordColumns(live.folder, memo.published!.outputs) : undefined;
  const scan = options.writer || options.preview ? undefined : scanVersions(checked);
  const setup = { config, projectRoot: options.root, contentDir: dirs.content };
  // A test's memory writer means one thread (threads write straight to disk).
  const threadsFor = (work: number): number =>
    options.writer ? 1 : Math.min(options.jobs ?? 1, options.autoJobs ? Math.max(1, Math.floor(work / AUTO_ARTICLES_PER_THREAD)) : Math.ceil(work / MIN_ARTICLES_PER_THREAD));
  // A cold build reads every source: its workers start now and load their modules while this thread
  // loads its own (0.2-0.3 s each), instead of after.
  const coldThreads = memo.published ? 1 : threadsFor(sourcePaths.length);
  let ready = coldThreads > 1 ? (await import('./parallel/worker-stage.js')).startWorkerStages(setup, coldThreads - 1, sourcePaths.length / coldThreads) : [];
  let started: ArticleStage | undefined;
  try {
    const { createArticleStage, createParallelArticleStage, planSite, planBodyEdits, writePlanned } = await import('./stages.js');
    // The version published before the current one may become the new version's folder (only the
    // files that differ are then touched): what it holds is checked while the build works.
    const spareRecord = options.writer ? undefined : await memo.loadPrevious();
    const spareFolder = spareRecord?.marker ? path.join(dirs.output.store, spareRecord.version) : undefined;
    scan?.checkSpare(spareRecord && spareFolder ? { ...recordColumns(spareFolder, spareRecord.outputs), ...(spareRecord.folders && { stamps: spareRecord.folders }) } : undefined);
    const spare = spareRecord && spareFolder ? { record: spareRecord, check: scan ? scan.spare : Promise.resolve({ missing: [], extra: [] }) } : undefined;
    // Started on first use, with threads for the work there is then: one for an edited article, all
    // for a cold build or a template every page uses.
    const stage = (work: number): ArticleStage => {
      if (started) return started;
      const jobs = threadsFor(work);
      started = jobs > 1 ? createParallelArticleStage(setup, jobs, work, ready) : createArticleStage(setup);
      if (jobs === 1) for (const unused of ready) void unused.close();
      ready = [];
      return started;
    };
    const stageDone = async (): Promise<void> => {
      const done = started;
      started = undefined;
      await done?.close();
    };
    const intactCheck = checked && scan ? { folder: checked.folder, broken: scan.broken } : undefined;
    const run: BuildRun = { options, config, dirs, memo, now, sourcePaths, stats, fingerprint, publicFiles, views, templates, restKey, diagnostics, stage, stageDone, lap, ...(intactCheck && { intactCheck }) };
    const bodies = await planBodyEdits(run);
    const planned = bodies ?? (await planSite(run));
    if ('failed' in planned) {
      // A failed build saves its memos (they help the next try); the published record stays as it is.
      await memo.save(planned.memos);
      return fail([...planned.failed, ...outputNotes]);
    }
    const written = await writePlanned(run, planned, spare, loaded.remember);
    if ('failed' in written) return fail([...written.failed, ...outputNotes]);
    return { ...written, diagnostics: [...written.diagnostics, ...outputNotes].sort(compareDiagnostics), outDir: dirs.out, millis, planned: planned.planned, urls: planned.articleUrls };
  } finally {
    scan?.cancel();
    await Promise.all([started?.close(), ...ready.map((unused) => unused.close())]);
  }
}

/** The project's folders as configured, and the output (refused where replacing it would destroy something). */
export function projectDirs(config: ResolvedConfig, options: Pick<BuildOptions, 'root' | 'outDir' | 'preview'>): ProjectDirs {
  const inside = (folder: string): string => {
    const dir = resolveInside(options.root, folder);
    if (!dir) throw new UsageError(`folder "${folder}" is outside the project`);
    return dir;
  };
  const content = inside(config.folders.content);
  const builtinTemplates = path.join(PACKAGE_ROOT, 'templates');
  const builtinPublic = path.join(PACKAGE_ROOT, 'public');
  const siteTemplates = inside(config.folders.templates);
  const sitePublic = inside(config.folders.public);
  const cache = inside(config.folders.cache);
  // The output is deleted and replaced by every build: refused (OutputRefused) where that would destroy something.
  const guarded = guardedPaths(options.root, { content, templates: siteTemplates, public: sitePublic, cache, views: config.viewsFile }, [builtinTemplates, builtinPublic, BROWSER_ASSETS]);
  // The preview lives in the cache, beside (never in) the state and the photo cache.
  const guardedHere = options.preview
    ? [...guarded.map((g) => (g.path === cache ? { ...g, isRoot: true } : g)), ...['state', 'images'].map((sub) => ({ path: path.join(cache, sub), label: `${config.folders.cache}/${sub}/` }))]
    : guarded;
  const output = resolveOutputTarget(options.outDir ?? (options.preview ? path.join(cache, 'preview', 'site') : inside(config.folders.output)), options.outDir || options.preview ? 'option' : 'config', guardedHere);
  return {
    content,
    out: output.out,
    output,
    cache,
    templateDirs: [...new Set([siteTemplates, builtinTemplates])],
    publicDirs: [...new Set([BROWSER_ASSETS, builtinPublic, sitePublic])],
  };
}
