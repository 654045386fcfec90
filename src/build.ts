// The orchestrator: the stages in order, nothing else.
// config → sources → drafts → published articles → site → output specs → pages on disk.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResolvedConfig } from './config.js';
import { withOverrides } from './config-overrides.js';
import { loadConfig } from './config-file.js';
import type { ArticleSummary } from './content/article.js';
import type { ArticleStage } from './content/article-stage.js';
import { codeKeyOf } from './incremental/code-key.js';
import { hashOf } from './incremental/hash.js';
import { changedMemoPaths, mergeRenders, readAll, reusableReads, reusableRenders } from './incremental/article-memos.js';
import type { PublishedState } from './incremental/build-state.js';
import { nothingChanged, openMemo, publishWindow, quickKeyOf } from './incremental/memo.js';
import { keepOrCopy, keepOrRender, recordOf, recordsThere, staleFiles } from './incremental/output-records.js';
import { createValueKeys, pageKeyOf, sharedPageKey } from './incremental/page-keys.js';
import { planPages, recordsInPlanOrder, type PagePlan } from './incremental/page-plan.js';
import { digestSources, photoFingerprint, statSources } from './incremental/source-digests.js';
import { createTemplateKeys } from './incremental/template-keys.js';
import { findDuplicateUrls, selectPublished } from './content/publish.js';
import { compareDiagnostics, UsageError, type Diagnostic } from './errors.js';
import type { ImageProgress } from './images/process-images.js';
import { guardedPaths, resolveOutputTarget } from './output/output-location.js';
import { recoverOutput } from './output/recover.js';
import { listVersionFiles } from './output/list-version.js';
import { openOutput } from './output/versioned-writer.js';
import type { OutputWriter } from './output/writer.js';
import { resolveInside, toPosixRelative } from './paths.js';
import { discoverMarkdown } from './sources/discover.js';
import { readPublicFiles } from './sources/read-sources.js';
import { readViews } from './sources/read-views.js';

/** Below this many articles per thread, starting threads costs more than it saves. */
const MIN_ARTICLES_PER_THREAD = 150;

/** The package's own folder: its templates/ and public/ are the built-in theme. */
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

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
}

export interface BuildChanges {
  readonly rendered: number;
  readonly kept: number;
  readonly removed: number;
  /** The output paths written with new bytes, sorted (pages, public files and photos). */
  readonly written: readonly string[];
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
  const config = withOverrides(loaded.config, { ...(options.basePath && { basePath: options.basePath }), ...(options.baseUrl && { baseUrl: options.baseUrl }) });
  const dirs = projectDirs(config, options);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  // Repair what an interrupted build left, so even a build that fails below leaves a complete site.
  const outputNotes = options.writer ? [] : await recoverOutput(dirs.output);
  const now = options.now ?? Date.now();
  const memo = await openMemo(options, { cache: dirs.cache, out: dirs.out, codeKey }, config);
  lap('config');

  const discovered = await discoverMarkdown(dirs.content, { projectRoot: options.root, label: toPosixRelative(options.root, dirs.content) });
  diagnostics.push(...discovered.diagnostics);
  const sourcePaths = options.discoveryOrder ? options.discoveryOrder(discovered.paths) : discovered.paths;
  const stats = statSources(dirs.content, sourcePaths);
  const fingerprints = new Map<string, string | null>();
  const fingerprint = (file: string): string | null => {
    if (!fingerprints.has(file)) fingerprints.set(file, photoFingerprint(file));
    return fingerprints.get(file)!;
  };
  const publicFiles = await readPublicFiles(dirs.publicDirs);
  const views = await readViews(options.root, config.viewsFile);
  const templates = createTemplateKeys(dirs.templateDirs);
  // What was already said about the configuration, the folders and the views file is an input too:
  // a misspelt key or a broken views file changes the messages, not the values.
  const early = JSON.stringify([...diagnostics, ...views.diagnostics].map((d) => [d.code, d.file, d.line, d.column, d.params]));
  const quickKey = (photos: readonly string[]): string => quickKeyOf({ memo, stats, photos, fingerprint, publicFiles, views: views.views, templates: templates.all(), early });
  // Nothing changed since the published version: done, before any source is read or module loaded.
  const unchanged = memo.published && (await nothingChanged(memo, quickKey(memo.published.photos), now, dirs.output));
  if (unchanged) {
    lap('check');
    return { ...unchanged, diagnostics: [...unchanged.diagnostics, ...outputNotes].sort(compareDiagnostics), outDir: dirs.out, millis };
  }

  const { createArticleStage, createParallelArticleStage, collectImageJobs, processImages, buildSite, planOutputs, articlePage, TemplateFailure, TemplateFailures } = await import('./stages.js');
  // The version published before the current one may become the new version's folder (only the
  // files that differ are then touched): what it holds is listed while the build works.
  const spare = options.writer ? undefined : await memo.loadPrevious();
  const spareListing = spare?.marker ? listVersionFiles(path.join(dirs.output.store, spare.version)) : undefined;
  const previous = await memo.loadMemos();
  const seen = digestSources(dirs.content, stats, previous?.files);
  const setup = { config, projectRoot: options.root, contentDir: dirs.content };
  const reads = reusableReads(sourcePaths, seen, previous);
  // Started on first use, with threads for the work there is then: one for an edited article, all
  // for a cold build or a template every page uses. A test's memory writer means one thread
  // (threads write straight to disk).
  let started: ArticleStage | undefined;
  const stage = (work: number): ArticleStage => {
    const jobs = options.writer ? 1 : Math.min(options.jobs ?? 1, Math.ceil(work / MIN_ARTICLES_PER_THREAD));
    return (started ??= jobs > 1 ? createParallelArticleStage(setup, jobs, work) : createArticleStage(setup));
  };
  try {
    const readMemos = await readAll(stage, sourcePaths, reads, seen);
    const drafts = [...readMemos.values()].flatMap((m) => (m.draft ? [m.draft] : []));
    for (const m of readMemos.values()) diagnostics.push(...m.diagnostics);
    const publishing = { drafts: options.drafts ?? false, future: options.future ?? false };
    const published = selectPublished(drafts, { ...publishing, now });
    diagnostics.push(...findDuplicateUrls(published));
    const articleUrls = new Map(published.map((d) => [d.contentPath, d.url]));
    lap('read');

    const publishedPaths = published.map((d) => d.contentPath);
    const renders = reusableRenders(publishedPaths, seen, previous, articleUrls, fingerprint);
    const fresh = renders.misses.length ? await stage(renders.misses.length).render(articleUrls, renders.misses) : [];
    const renderMemos = mergeRenders(publishedPaths, renders.hits, fresh, seen, memo.configKey, fingerprint);
    const rendered: ArticleSummary[] = [];
    for (const m of renderMemos.values()) {
      diagnostics.push(...m.diagnostics);
      if (m.article) rendered.push(m.article);
    }
    const bodiesHeld = new Set(fresh.flatMap((e) => (e.article ? [e.article.id] : [])));
    lap('markdown');

    // From here on, every check runs on the articles that did parse, so one run reports every
    // problem that can be known (a broken photo, a tag collision, an alias conflict), not the first
    // stage's only. Pages are rendered only when the content is clean.
    const photos = await processImages(collectImageJobs(rendered), {
      config: config.images,
      cacheDir: path.join(dirs.cache, 'images'),
      concurrency: Math.max(1, Math.min(options.jobs ?? 1, 2)),
      ...(options.onImageProgress && { onProgress: options.onImageProgress }),
    });
    lap('images');
    diagnostics.push(...photos.diagnostics);

    diagnostics.push(...views.diagnostics);
    // Each summary's key is known without looking at it: the hash made when it was rendered, and its view count.
    const summaryKeys: [ArticleSummary, string][] = [];
    const articles = [...renderMemos.values()].flatMap((m) => {
      if (!m.article) return [];
      const count = views.views.get(m.article.id) ?? views.views.get(m.article.url);
      const article = count === undefined ? m.article : { ...m.article, views: count };
      summaryKeys.push([article, hashOf('summary', m.summaryKey, String(count))]);
      return [article];
    });
    const { site, diagnostics: siteDiagnostics } = buildSite(articles, config, photos.processed);
    diagnostics.push(...siteDiagnostics);
    const assetHashes = [...publicFiles].map(([file, { hash }]) => [file, hash] as const);
    const photoOutputs = photos.files.map(([, output]) => output);
    const shared = sharedPageKey({ codeKey: memo.codeKey, configKey: memo.configKey, chrome: site.chrome, assetHashes, images: photos.processed });
    const bodyKeys = new Map([...renderMemos.values()].flatMap((m) => (m.article ? [[m.article.id, m.bodyKey] as const] : [])));
    const byId = new Map(site.articles.map((a) => [a.id, a]));
    const dataKey = createValueKeys(summaryKeys);
    let plan: PagePlan;
    try {
      plan = planPages({
        // Everything the plan and the page keys are made from but the bodies.
        key: hashOf(shared, templates.all(), JSON.stringify(summaryKeys.map(([, key]) => key)), JSON.stringify(photoOutputs), JSON.stringify([...publicFiles].map(([file, { absolute }]) => [file, absolute])), options.root),
        remembered: memo.published?.pages,
        records: memo.published?.outputs,
        bodyKeys,
        planAll: () => planOutputs(site, config, { publicFiles, projectRoot: options.root, photoOutputs }),
        planArticle: (id) => {
          const article = byId.get(id);
          return article && articlePage(site, config, article);
        },
        keyOf: (spec) => pageKeyOf(spec, shared, templates, dataKey, spec.articleId === undefined ? undefined : bodyKeys.get(spec.articleId)),
      });
    } finally {
      dataKey.done();
    }
    diagnostics.push(...plan.diagnostics);
    // A failed build saves its memos (they help the next try); the published record stays as it is.
    // Only the shards of memos that changed are written (a template edit changes none of them).
    const changedPaths: ReadonlySet<string> | 'all' = previous ? changedMemoPaths(previous, { files: seen, reads: readMemos, renders: renderMemos }, [...reads.misses, ...renders.misses]) : 'all';
    const memosToSave = changedPaths === 'all' || changedPaths.size > 0
      ? { state: { codeKey: memo.codeKey, configKey: memo.configKey, files: seen, reads: readMemos, renders: renderMemos }, changed: changedPaths }
      : undefined;
    const remember = (publishedState?: PublishedState, replaces?: boolean) => memo.save(memosToSave, publishedState, replaces);
    if (diagnostics.some((d) => d.severity === 'error')) {
      await remember();
      return fail([...diagnostics, ...outputNotes]);
    }
    lap('plan');

    const listed = await spareListing?.files;
    const recycle = spare?.marker && listed ? { version: spare.version, marker: spare.marker } : undefined;
    const writer = options.writer ?? (await openOutput(dirs.output, { ...(options.lockWaitMs !== undefined && { lockWaitMs: options.lockWaitMs }), ...(options.onNotice && { onNotice: options.onNotice }), ...(recycle && { recycle }) }));
    try {
      // The writer takes over only the folder asked for: the spare version, listed.
      const recycled = writer.recycled && spare && listed ? recordsThere(spare.outputs, listed) : undefined;
      const before = memo.published && writer.previous?.version === memo.published.version
        ? { folder: writer.previous.folder, outputs: memo.published.outputs, ...(recycled && { recycled }) }
        : undefined;
      const copies: (readonly [string, string, string])[] = [
        ...[...publicFiles].map(([file, { absolute, hash }]) => [absolute, file, `public:${hash}`] as const),
        ...photos.files.map(([cached, output]) => [cached, output, `photo:${path.basename(cached)}`] as const),
      ];
      // What the recycled folder has and the new version lacks goes first (a file may become a folder).
      if (recycled) await writer.remove!(staleFiles(listed!, new Set([...plan.outputs, ...copies.map(([, output]) => output)])));
      const { outputs, jobs: pageJobs } = await keepOrRender(plan, before, writer);
      // Pages to render whose article was remembered, not rendered: render those bodies now.
      const sourceOfId = new Map([...renderMemos].flatMap(([p, m]) => (m.article ? [[m.article.id, p] as const] : [])));
      const needBodies = [...new Set(pageJobs.flatMap(({ spec }) => (spec.articleId !== undefined && !bodiesHeld.has(spec.articleId) ? [spec.articleId] : [])))];
      if (needBodies.length) await stage(needBodies.length).render(articleUrls, needBodies.map((id) => sourceOfId.get(id)!));
      // Every thread renders and writes its share of the pages (article pages where their body is).
      const pages = pageJobs.length === 0 ? { pages: [], diagnostics: [] } : await stage(pageJobs.length).writePages(pageJobs, { templateDirs: dirs.templateDirs, assetHashes, images: [...photos.processed], chrome: site.chrome, ...(before && { previousFolder: before.folder }) }, writer);
      if (pages.diagnostics.length) {
        const failures = new TemplateFailures();
        for (const d of pages.diagnostics) failures.add(d);
        await writer.abort();
        await remember();
        return fail([...diagnostics, ...failures.list(), ...outputNotes]);
      }
      const keyOfJob = new Map(pageJobs.map((j) => [j.spec.output, j.key]));
      const written: string[] = [];
      for (const [output, hash, size, linked] of pages.pages) {
        outputs.set(output, recordOf(writer.folder, output, keyOfJob.get(output)!, hash, size));
        if (!linked) written.push(output);
      }
      const rendered = written.length;
      const kept = plan.outputs.length - rendered;
      lap('render');
      written.push(...(await keepOrCopy(copies, before, writer, outputs)));
      const removed = [...(before?.outputs.keys() ?? [])].filter((output) => !outputs.has(output)).length;
      const committed = await writer.commit({ written });
      lap('write');
      const summary = {
        articles: site.articles.length, pages: plan.outputs.length, files: outputs.size,
        bytes: plan.outputs.reduce((n, output) => n + outputs.get(output)!.size, 0),
        images: { photos: photos.processed.size, files: photos.files.length },
      };
      const photosSeen = [...new Set([...renderMemos.values()].flatMap((m) => m.photos.map(([file]) => file)))].sort();
      if (committed.version) {
        await loaded.remember?.();
        await remember({
          codeKey: memo.codeKey, version: committed.version, ...(committed.marker && { marker: committed.marker }), quickKey: quickKey(photosSeen),
          window: publishWindow(drafts, published, publishing), photos: photosSeen, outputs: recordsInPlanOrder(plan.outputs, outputs), pages: plan.memo(), summary, diagnostics: [...diagnostics],
        }, before !== undefined);
      }
      lap('state');
      return {
        ok: true, diagnostics: [...diagnostics, ...outputNotes, ...committed.diagnostics].sort(compareDiagnostics), ...summary, outDir: dirs.out, millis,
        images: { ...summary.images, encoded: photos.encoded, reused: photos.reused },
        changes: { rendered, kept, removed, written: written.sort() },
      };
    } catch (error) {
      await writer.abort();
      if (error instanceof TemplateFailure) return fail([...diagnostics, error.diagnostic]);
      throw error;
    }
  } finally {
    spareListing?.cancel();
    await started?.close();
  }
}

function projectDirs(config: ResolvedConfig, options: BuildOptions) {
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
  const guarded = guardedPaths(options.root, { content, templates: siteTemplates, public: sitePublic, cache, views: config.viewsFile }, [builtinTemplates, builtinPublic]);
  const output = resolveOutputTarget(options.outDir ?? inside(config.folders.output), options.outDir ? 'option' : 'config', guarded);
  return {
    content,
    out: output.out,
    output,
    cache,
    templateDirs: [...new Set([siteTemplates, builtinTemplates])],
    publicDirs: [...new Set([builtinPublic, sitePublic])],
  };
}
