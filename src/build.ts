// The orchestrator: the stages in order, nothing else.
// config → sources → drafts → published articles → site → output specs → pages on disk.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withOverrides, type ResolvedConfig } from './config.js';
import { loadConfig } from './config-file.js';
import { createArticleStage, type ArticleStage } from './content/article-stage.js';
import { findDuplicateUrls, selectPublished } from './content/publish.js';
import { compareDiagnostics, UsageError, type Diagnostic } from './errors.js';
import { collectImageJobs, processImages, type ImageProgress } from './images/process-images.js';
import { guardedPaths, resolveOutputTarget } from './output/output-location.js';
import { recoverOutput } from './output/recover.js';
import { openOutput } from './output/versioned-writer.js';
import type { OutputWriter } from './output/writer.js';
import { resolveInside, toPosixRelative } from './paths.js';
import { TemplateFailure, TemplateFailures } from './render/render-page.js';
import { planOutputs } from './routes/index.js';
import { buildSite } from './site/site.js';
import { createParallelArticleStage } from './parallel/article-workers.js';
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
}

export async function build(options: BuildOptions): Promise<BuildReport> {
  const millis: Record<string, number> = {};
  let mark = performance.now();
  const lap = (stage: string): void => {
    const t = performance.now();
    millis[stage] = Math.round(t - mark);
    mark = t;
  };
  const fail = (diagnostics: readonly Diagnostic[]): BuildReport => ({ ok: false, diagnostics: [...diagnostics].sort(compareDiagnostics), articles: 0, pages: 0, files: 0, bytes: 0, millis });

  const loaded = await loadConfig(options.root);
  if (!loaded.config) return fail(loaded.diagnostics);
  const config = withOverrides(loaded.config, { ...(options.basePath && { basePath: options.basePath }), ...(options.baseUrl && { baseUrl: options.baseUrl }) });
  const dirs = projectDirs(config, options);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  // Repair what an interrupted build left, so even a build that fails below leaves a complete site.
  if (!options.writer) diagnostics.push(...(await recoverOutput(dirs.output)));
  lap('config');

  const discovered = await discoverMarkdown(dirs.content, { projectRoot: options.root, label: toPosixRelative(options.root, dirs.content) });
  diagnostics.push(...discovered.diagnostics);
  const sourcePaths = options.discoveryOrder ? options.discoveryOrder(discovered.paths) : discovered.paths;
  const setup = { config, projectRoot: options.root, contentDir: dirs.content };
  // Threads write straight to disk, so a test's memory writer means one thread.
  const jobs = options.writer ? 1 : Math.min(options.jobs ?? 1, Math.ceil(sourcePaths.length / MIN_ARTICLES_PER_THREAD));
  const stage = jobs > 1 ? createParallelArticleStage(setup, jobs, sourcePaths.length) : createArticleStage(setup);
  try {
    const articleUrls = await publishedUrls(stage, sourcePaths, options, diagnostics);
    lap('read');
    const rendered = await stage.render(articleUrls);
    diagnostics.push(...rendered.diagnostics);
    lap('markdown');

    // From here on, every check runs on the articles that did parse, so one run reports every
    // problem that can be known (a broken photo, a tag collision, an alias conflict), not the first
    // stage's only. Pages are rendered only when the content is clean.
    const photos = await processImages(collectImageJobs(rendered.articles), {
      config: config.images,
      cacheDir: path.join(dirs.cache, 'images'),
      concurrency: Math.max(1, Math.min(options.jobs ?? 1, 2)),
      ...(options.onImageProgress && { onProgress: options.onImageProgress }),
    });
    lap('images');
    diagnostics.push(...photos.diagnostics);

    const views = await readViews(options.root, config.viewsFile);
    diagnostics.push(...views.diagnostics);
    const articles = rendered.articles.map((a) => {
      const count = views.views.get(a.id) ?? views.views.get(a.url);
      return count === undefined ? a : { ...a, views: count };
    });
    const { site, diagnostics: siteDiagnostics } = buildSite(articles, config, photos.processed);
    diagnostics.push(...siteDiagnostics);
    const publicFiles = await readPublicFiles(dirs.publicDirs);
    const plan = planOutputs(site, config, { publicFiles, projectRoot: options.root, photoOutputs: photos.files.map(([, output]) => output) });
    diagnostics.push(...plan.diagnostics);
    if (diagnostics.some((d) => d.severity === 'error')) return fail(diagnostics);
    const assetHashes = [...publicFiles].map(([file, { hash }]) => [file, hash] as const);
    lap('plan');

    const writer = options.writer ?? (await openOutput(dirs.output, { ...(options.lockWaitMs !== undefined && { lockWaitMs: options.lockWaitMs }), ...(options.onNotice && { onNotice: options.onNotice }) }));
    try {
      // Every thread renders and writes its share of the pages (article pages where their body is).
      const pages = await stage.writePages(plan.specs, { templateDirs: dirs.templateDirs, assetHashes, images: [...photos.processed], chrome: site.chrome }, writer);
      if (pages.diagnostics.length) {
        const failures = new TemplateFailures();
        for (const d of pages.diagnostics) failures.add(d);
        await writer.abort();
        return fail([...diagnostics, ...failures.list()]);
      }
      lap('render');
      for (const [file, { absolute }] of publicFiles) await writer.copy(absolute, file);
      for (const [cached, output] of photos.files) await writer.copy(cached, output);
      diagnostics.push(...(await writer.commit()).diagnostics);
      lap('write');
      return {
        ok: true, diagnostics: [...diagnostics].sort(compareDiagnostics), articles: site.articles.length, pages: plan.specs.length,
        files: plan.specs.length + publicFiles.size + photos.files.length, bytes: pages.bytes, outDir: dirs.out, millis,
        images: { photos: photos.processed.size, files: photos.files.length, encoded: photos.encoded, reused: photos.reused },
      };
    } catch (error) {
      await writer.abort();
      if (error instanceof TemplateFailure) return fail([...diagnostics, error.diagnostic]);
      throw error;
    }
  } finally {
    await stage.close();
  }
}

/** Round 1: which drafts are published, at which URLs. A function of its own so the drafts (a copy
 *  of every article's metadata) can be freed before the pages are rendered. */
async function publishedUrls(stage: ArticleStage, sourcePaths: readonly string[], options: BuildOptions, diagnostics: Diagnostic[]): Promise<Map<string, string>> {
  const read = await stage.read(sourcePaths);
  diagnostics.push(...read.diagnostics);
  const published = selectPublished(read.drafts, { drafts: options.drafts ?? false, future: options.future ?? false, now: options.now ?? Date.now() });
  diagnostics.push(...findDuplicateUrls(published));
  return new Map(published.map((d) => [d.contentPath, d.url]));
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
