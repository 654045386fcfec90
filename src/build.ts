// The orchestrator: the stages in order, nothing else.
// config → sources → drafts → published articles → site → output specs → pages on disk.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withOverrides, type ResolvedConfig } from './config.js';
import { loadConfig } from './config-file.js';
import { readArticle, renderArticle, type Article, type ArticleDraft } from './content/article.js';
import { createMarkdown } from './content/markdown.js';
import { findDuplicateUrls, selectPublished } from './content/publish.js';
import { compareDiagnostics, UsageError, type Diagnostic } from './errors.js';
import { createImageResolver } from './images/resolve-image.js';
import { createStagingWriter, type OutputWriter } from './output/writer.js';
import { resolveInside, urlFor } from './paths.js';
import { renderPage, TemplateFailure } from './render/render-page.js';
import { createTemplateEnvironment } from './render/template-environment.js';
import { planOutputs } from './routes/index.js';
import { buildSite } from './site/site.js';
import { readArticleSources, readPublicFiles } from './sources/read-sources.js';

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
  /** Tests pass a memory writer. */
  readonly writer?: OutputWriter;
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
  lap('config');

  const read = await readArticleSources(dirs.content, options.root);
  diagnostics.push(...read.diagnostics);
  const drafts: ArticleDraft[] = [];
  for (const source of read.sources) {
    const r = readArticle(source, config);
    diagnostics.push(...r.diagnostics);
    if (r.draft) drafts.push(r.draft);
  }
  const published = selectPublished(drafts, { drafts: options.drafts ?? false, future: options.future ?? false, now: options.now ?? Date.now() });
  diagnostics.push(...findDuplicateUrls(published));
  lap('read');

  const articles = await renderArticles(published, config, dirs.content);
  diagnostics.push(...articles.diagnostics);
  lap('markdown');
  if (diagnostics.some((d) => d.severity === 'error')) return fail(diagnostics);

  const site = buildSite(articles.articles, config);
  const plan = planOutputs(site, config);
  if (plan.diagnostics.length) return fail([...diagnostics, ...plan.diagnostics]);
  const publicFiles = await readPublicFiles(dirs.publicDirs);
  const env = createTemplateEnvironment({ config, templateDirs: dirs.templateDirs, assetHashes: new Map([...publicFiles].map(([k, v]) => [k, v.hash])) });
  lap('plan');

  const writer = options.writer ?? (await createStagingWriter(dirs.out));
  try {
    for (const spec of plan.specs) await writer.write(spec.output, renderPage(env, spec, site.chrome, options.root));
    lap('render');
    for (const [file, { absolute }] of publicFiles) await writer.copy(absolute, file);
    const images = new Map(articles.articles.flatMap((a) => [...a.images, ...(a.cover ? [a.cover] : [])]).map((i) => [i.output, i.source]));
    for (const [output, source] of [...images].sort()) await writer.copy(source, output);
    const written = await writer.commit();
    lap('write');
    return { ok: true, diagnostics: [...diagnostics].sort(compareDiagnostics), articles: site.articles.length, pages: plan.specs.length, ...written, outDir: dirs.out, millis };
  } catch (error) {
    await writer.abort();
    if (error instanceof TemplateFailure) return fail([...diagnostics, error.diagnostic]);
    throw error;
  }
}

async function renderArticles(drafts: readonly ArticleDraft[], config: ResolvedConfig, contentDir: string): Promise<{ articles: Article[]; diagnostics: Diagnostic[] }> {
  const ctx = {
    md: createMarkdown(config.markdown),
    images: createImageResolver(contentDir, config.folders.content),
    articleUrls: new Map(drafts.map((d) => [d.source.contentPath, d.url])),
    urlFor: (p: string) => urlFor(config, p),
    siteHost: new URL(config.baseUrl).host,
    strings: config.strings,
  };
  const articles: Article[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const draft of drafts) {
    const r = await renderArticle(draft, ctx);
    diagnostics.push(...r.diagnostics);
    if (r.article) articles.push(r.article);
  }
  return { articles, diagnostics };
}

function projectDirs(config: ResolvedConfig, options: BuildOptions) {
  const inside = (folder: string): string => {
    const dir = resolveInside(options.root, folder);
    if (!dir) throw new UsageError(`folder "${folder}" is outside the project`);
    return dir;
  };
  const content = inside(config.folders.content);
  const out = options.outDir ? path.resolve(options.outDir) : inside(config.folders.output);
  const root = path.resolve(options.root);
  if (out === root || root.startsWith(out + path.sep) || out === content || out.startsWith(content + path.sep)) {
    throw new UsageError(`the output folder "${out}" must not be the project, contain it, or lie inside content/`);
  }
  const builtinTemplates = path.join(PACKAGE_ROOT, 'templates');
  const builtinPublic = path.join(PACKAGE_ROOT, 'public');
  const siteTemplates = inside(config.folders.templates);
  const sitePublic = inside(config.folders.public);
  return {
    content,
    out,
    templateDirs: [...new Set([siteTemplates, builtinTemplates])],
    publicDirs: [...new Set([builtinPublic, sitePublic])],
  };
}
