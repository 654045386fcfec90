// The article stage: sources → drafts (round 1), published drafts → Articles (round 2), and
// later the pages that show article bodies (round 3). Two rounds before the site exists because
// article-to-article links need every URL before any body renders. Bodies stay where they were
// rendered; only summaries travel, so threads never copy HTML back and forth.
// This in-process version is the whole logic; parallel/article-workers.ts runs copies of it in threads.
import type { ResolvedConfig } from '../config.js';
import type { Diagnostic } from '../errors.js';
import { createImageResolver } from '../images/resolve-image.js';
import { urlFor } from '../paths.js';
import { readArticleSource } from '../sources/read-sources.js';
import type { OutputWriter } from '../output/writer.js';
import type { ProcessedImage } from '../images/process-images.js';
import { bindBodyImages } from '../render/picture.js';
import { renderPage, TemplateFailure, TemplateFailures } from '../render/render-page.js';
import { createTemplateEnvironment } from '../render/template-environment.js';
import type { OutputSpec } from '../routes/output-spec.js';
import type { Chrome } from '../site/site.js';
import { readArticle, renderArticle, summarize, type Article, type ArticleDraft, type ArticleSummary } from './article.js';
import { createMarkdown } from './markdown.js';
import type { DraftSummary } from './publish.js';

export interface ArticleStageSetup {
  readonly config: ResolvedConfig;
  readonly projectRoot: string;
  readonly contentDir: string;
}

export interface ArticleStage {
  /** Read and check the front-matter of these sources (content-relative paths). */
  read(contentPaths: readonly string[]): Promise<{ drafts: DraftSummary[]; diagnostics: Diagnostic[] }>;
  /** Render the bodies of the published drafts; `articleUrls` maps every published content path to its URL. */
  render(articleUrls: ReadonlyMap<string, string>): Promise<{ articles: ArticleSummary[]; diagnostics: Diagnostic[] }>;
  /** Render and write pages; those with `articleId` need the article's body, held by this stage. */
  writePages(specs: readonly OutputSpec[], context: PageContext, writer: Pick<OutputWriter, 'write' | 'folder'>): Promise<PagesResult>;
  close(): Promise<void>;
}

/** What a thread needs to render pages; plain data, so it can be sent to a worker. */
export interface PageContext {
  readonly templateDirs: readonly string[];
  readonly assetHashes: readonly (readonly [string, string])[];
  readonly images: readonly (readonly [string, ProcessedImage])[];
  readonly chrome: Chrome;
}

export interface PagesResult {
  readonly files: number;
  readonly bytes: number;
  readonly diagnostics: Diagnostic[];
}

export function createArticleStage(setup: ArticleStageSetup): ArticleStage {
  const { config } = setup;
  // Held between rounds as UTF-8 bytes: Vietnamese text in a JS string takes two bytes per
  // character, so this halves what a 10,000-article build keeps in memory.
  const drafts = new Map<string, HeldDraft>();
  const bodies = new Map<string, { article: ArticleSummary; html: Buffer; headings: Article['headings'] }>();
  return {
    async read(contentPaths) {
      const diagnostics: Diagnostic[] = [];
      const summaries: DraftSummary[] = [];
      for (const contentPath of contentPaths) {
        const source = await readArticleSource(setup.contentDir, setup.projectRoot, contentPath);
        if ('code' in source) {
          diagnostics.push(source);
          continue;
        }
        const r = readArticle(source, config);
        diagnostics.push(...r.diagnostics);
        if (!r.draft) continue;
        drafts.set(contentPath, holdDraft(r.draft));
        const { meta, url, urlLine } = r.draft;
        summaries.push({ contentPath, file: source.file, meta, url, ...(urlLine !== undefined && { urlLine }) });
      }
      return { drafts: summaries, diagnostics };
    },
    async render(articleUrls) {
      const ctx = {
        md: createMarkdown(config.markdown),
        images: createImageResolver(setup.contentDir, config.folders.content, config.images.maxPixels, setup.projectRoot),
        articleUrls,
        urlFor: (p: string) => urlFor(config, p),
        siteHost: new URL(config.baseUrl).host,
        strings: config.strings,
      };
      const articles: ArticleSummary[] = [];
      const diagnostics: Diagnostic[] = [];
      for (const [contentPath, held] of drafts) {
        if (!articleUrls.has(contentPath)) continue;
        const r = await renderArticle(releaseDraft(held), ctx);
        diagnostics.push(...r.diagnostics);
        if (!r.article) continue;
        const summary = summarize(r.article);
        bodies.set(r.article.id, { article: summary, html: Buffer.from(r.article.html), headings: r.article.headings });
        articles.push(summary);
      }
      drafts.clear(); // the sources are no longer needed; free them before pages render
      return { articles, diagnostics };
    },
    async writePages(specs, context, writer) {
      const images = new Map(context.images);
      const env = createTemplateEnvironment({ config, templateDirs: context.templateDirs, assetHashes: new Map(context.assetHashes), images });
      const url = (p: string): string => urlFor(config, p);
      let files = 0;
      let bytes = 0;
      const failures = new TemplateFailures();
      for (const spec of specs) {
        let data = spec.data;
        if (spec.articleId !== undefined) {
          const held = bodies.get(spec.articleId);
          if (!held) throw new Error(`internal: no body for article ${spec.articleId}`);
          const html = bindBodyImages(held.html.toString(), held.article.images, images, url);
          // The page's summary comes from the main thread (it may carry later facts, e.g. view counts).
          const article: Article = { ...(spec.data.article as ArticleSummary), html, headings: held.headings };
          data = { ...spec.data, article };
        }
        let page: string;
        try {
          page = renderPage(env, { ...spec, data }, context.chrome, setup.projectRoot);
        } catch (error) {
          // Keep going: every distinct template error is reported in one run, each once.
          if (error instanceof TemplateFailure) {
            failures.add(error.diagnostic);
            continue;
          }
          throw error;
        }
        if (failures.size) continue; // the build will fail: writing more is wasted work
        await writer.write(spec.output, page);
        files++;
        bytes += Buffer.byteLength(page);
      }
      return { files, bytes, diagnostics: failures.list() };
    },
    async close() {
      drafts.clear();
      bodies.clear();
    },
  };
}

interface HeldDraft {
  readonly draft: Omit<ArticleDraft, 'source' | 'body'>;
  readonly source: Omit<ArticleDraft['source'], 'text'>;
  readonly text: Buffer;
  /** Where the body starts in the text, in UTF-16 units. */
  readonly bodyStart: number;
}

function holdDraft({ source, body, ...draft }: ArticleDraft): HeldDraft {
  const { text, ...rest } = source;
  return { draft, source: rest, text: Buffer.from(text), bodyStart: text.length - body.length };
}

function releaseDraft(held: HeldDraft): ArticleDraft {
  const text = held.text.toString();
  return { ...held.draft, source: { ...held.source, text }, body: text.slice(held.bodyStart) };
}
