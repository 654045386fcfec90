// The article stage: sources → drafts (round 1), published drafts → Articles (round 2), and
// later the pages that show article bodies (round 3). Two rounds before the site exists because
// article-to-article links need every URL before any body renders. Bodies stay where they were
// rendered; only summaries travel, so threads never copy HTML back and forth.
// This in-process version is the whole logic; parallel/article-workers.ts runs copies of it in threads.
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config.js';
import type { Diagnostic } from '../errors.js';
import { createImageResolver } from '../images/resolve-image.js';
import { resolveAttachment } from './attachments.js';
import { resolveInside, urlFor } from '../paths.js';
import { createHeldBodies, readBytesAt, type BodySlot } from './held-bodies.js';
import { readArticleSource } from '../sources/read-sources.js';
import type { OutputWriter } from '../output/writer.js';
import { createHeapGuard } from '../parallel/heap-guard.js';
import type { ProcessedImage } from '../images/process-images.js';
import { bindBodyImages } from '../render/picture.js';
import { renderPage, TemplateFailure, TemplateFailures } from '../render/render-page.js';
import { createTemplateEnvironment } from '../render/template-environment.js';
import type { OutputSpec } from '../routes/output-spec.js';
import type { Chrome } from '../site/site.js';
import { frontBlockOf, readArticle, readKnownFront, renderArticle, summarize, type Article, type ArticleDraft, type ArticleSummary, type FrontBlock } from './article.js';
import { createMarkdown } from './markdown.js';
import { hashOf, utf8Bytes } from '../incremental/hash.js';
import type { DraftSummary } from './publish.js';
import { createTermsCollector, type SearchTerms } from '../search/article-terms.js';

export interface ArticleStageSetup {
  readonly config: ResolvedConfig;
  readonly projectRoot: string;
  readonly contentDir: string;
}

/** One source's reading: its draft (when the front-matter is usable) and what was wrong with it. */
export interface ReadEntry {
  readonly contentPath: string;
  readonly draft?: DraftSummary;
  readonly diagnostics: Diagnostic[];
  /** Its front-matter block, when reading said nothing: see FrontBlock. */
  readonly front?: FrontBlock;
  /** The hash of the bytes read (incremental/source-digests.ts), when the file could be read. */
  readonly digest?: string;
}

/** What a source's front-matter read to before, for reading a text that starts with the same block. */
export interface KnownFront {
  readonly front: FrontBlock;
  readonly draft: DraftSummary;
}

/** One article's rendering, with what it looked at: the keys of its memo (incremental/article-memos.ts). */
export interface RenderEntry {
  readonly contentPath: string;
  readonly article?: ArticleSummary;
  readonly diagnostics: Diagnostic[];
  /** Article links looked up: content path → URL, or null where none is published. */
  readonly links: [string, string | null][];
  /** Photos probed (absolute paths), in the order first probed. */
  readonly photos: string[];
  /** The text its search results show, when the site has search (its keys: takeSearchTerms). */
  readonly searchText?: string;
}

/** A page to render, with the hash of the bytes the published version has at its path, if any. */
export interface PageJob {
  readonly spec: OutputSpec;
  readonly previousHash?: string;
  /** The folder being written holds that published file already (a recycled version). */
  readonly inPlace?: boolean;
  /** An article page whose body was not rendered in this build: the published page shows the same
   *  body (same key), and these bytes of that file are it, as the page shows it (photos bound). */
  readonly body?: BodyInFile;
}

/** Where an article's body is in a page file: UTF-8 bytes [start, start + length). */
export interface BodyInFile {
  readonly file: string;
  readonly start: number;
  readonly length: number;
}

export interface ArticleStage {
  /** Read and check the front-matter of these sources (content-relative paths), in order; a source
   *  that starts with the front-matter block `known` has for it is not parsed again. */
  read(contentPaths: readonly string[], known?: ReadonlyMap<string, KnownFront>): Promise<ReadEntry[]>;
  /**
   * Render the bodies of these published articles; `articleUrls` maps every published content path to
   * its URL. A source this stage did not read (its reading was remembered) is read again first.
   */
  render(articleUrls: ReadonlyMap<string, string>, contentPaths: readonly string[]): Promise<RenderEntry[]>;
  /** Render and write pages; those with `articleId` need the article's body, rendered by this stage. */
  writePages(jobs: readonly PageJob[], context: PageContext, writer: PageWriter): Promise<PagesResult>;
  /** The search keys of the articles rendered since the last call (one part per thread). */
  takeSearchTerms(): Promise<SearchTerms[]>;
  close(): Promise<void>;
}

export type PageWriter = Pick<OutputWriter, 'write' | 'link' | 'folder' | 'recycled' | 'mirror'> & { settle?(): Promise<boolean> };

/** What a thread needs to render pages; plain data, so it can be sent to a worker. */
export interface PageContext {
  readonly templateDirs: readonly string[];
  readonly assetHashes: readonly (readonly [string, string])[];
  readonly images: readonly (readonly [string, ProcessedImage])[];
  readonly chrome: Chrome;
  /** The published version's folder: a page rendered to the bytes it has there is linked, not written. */
  readonly previousFolder?: string;
}

export interface PagesResult {
  /** Every page made: output path, hash of its bytes, size, whether it was linked from the previous
   *  version, and for an article page where its body is in it (bytes: start, length), if it is. */
  readonly pages: (readonly [string, string, number, boolean, BodyPlace | undefined])[];
  readonly diagnostics: Diagnostic[];
  /** Pages given their body from a file whose template looked at what the file does not hold (the
   *  headings): not written; render their bodies and ask again. */
  readonly needBody: string[];
  /** A page could not be linked into the spare being made beside the version (writer.ts mirrorInto). */
  readonly spareIncomplete?: boolean;
}

/** Where the body is in the page's bytes: start, length. */
export type BodyPlace = readonly [number, number];

export function createArticleStage(setup: ArticleStageSetup): ArticleStage {
  const { config } = setup;
  // Sources are held between rounds as UTF-8 bytes: Vietnamese text in a JS string takes two bytes
  // per character, so this halves what a 10,000-article build keeps in memory. Rendered bodies wait
  // for their pages in a file (held-bodies.ts).
  const drafts = new Map<string, HeldDraft>();
  // A body's page gets its summary from the main thread (images included), so a thread keeps only
  // where the body is and its outline: a worker's copy of every summary was 15 MB at 10,000 articles.
  const bodies = new Map<string, { html: BodySlot; headings: Article['headings'] }>();
  const heldBodies = createHeldBodies(resolveInside(setup.projectRoot, config.folders.cache));
  const md = createMarkdown(config.markdown);
  const terms = createTermsCollector();
  const images = createImageResolver(setup.contentDir, config.folders.content, config.images.maxPixels, setup.projectRoot);
  const readOne = async (contentPath: string, known?: KnownFront): Promise<{ entry: ReadEntry; draft?: ArticleDraft }> => {
    let digest = '';
    const source = await readArticleSource(setup.contentDir, setup.projectRoot, contentPath, (bytes) => (digest = hashOf(bytes)));
    if ('code' in source) return { entry: { contentPath, diagnostics: [source], digest } };
    const same = known && readKnownFront(source, known, config);
    if (same) return { entry: { contentPath, draft: known.draft, diagnostics: [], front: known.front, digest }, draft: same };
    const r = readArticle(source, config);
    if (!r.draft) return { entry: { contentPath, diagnostics: r.diagnostics, digest } };
    const { meta, url, urlLine } = r.draft;
    const draft: DraftSummary = { contentPath, file: source.file, meta, url, ...(urlLine !== undefined && { urlLine }) };
    const front = r.diagnostics.length === 0 && r.draft.source === source ? frontBlockOf(r.draft) : undefined;
    return { entry: { contentPath, draft, diagnostics: r.diagnostics, ...(front && { front }), digest }, draft: r.draft };
  };
  return {
    async read(contentPaths, known) {
      const entries: ReadEntry[] = [];
      for (const contentPath of contentPaths) {
        const { entry, draft } = await readOne(contentPath, known?.get(contentPath));
        if (draft) drafts.set(contentPath, holdDraft(draft));
        entries.push(entry);
      }
      return entries;
    },
    async render(articleUrls, contentPaths) {
      const entries: RenderEntry[] = [];
      for (const contentPath of contentPaths) {
        const held = drafts.get(contentPath);
        const draft = held ? releaseDraft(held) : (await readOne(contentPath)).draft;
        if (!draft) throw new Error(`internal: ${contentPath} was published but reads without a draft`);
        // The lookups are recorded: they are what the rendering depends on besides its source.
        const links: [string, string | null][] = [];
        const photos = new Set<string>();
        const r = await renderArticle(draft, {
          md,
          images: { resolve: (ref, file) => images.resolve(ref, file, (absolute) => photos.add(absolute)) },
          // A document's file is looked at like a photo: its identity is part of the body's key.
          attachments: { resolve: (target, file) => resolveAttachment(setup.contentDir, config.folders.content, target, file, (absolute) => photos.add(absolute)) },
          articleUrls: { get: (target) => { const url = articleUrls.get(target); links.push([target, url ?? null]); return url; } },
          urlFor: (p: string) => urlFor(config, p),
          siteHost: new URL(config.baseUrl).host,
          strings: config.strings,
          wantText: config.search.enabled,
        });
        const summary = r.article && summarize(r.article);
        const searchText = r.article && r.text !== undefined ? terms.add(contentPath, r.article.meta.title, r.article.meta.summary, r.text) : undefined;
        if (r.article) bodies.set(r.article.id, { html: heldBodies.put(r.article.html), headings: r.article.headings });
        entries.push({ contentPath, ...(summary && { article: summary }), diagnostics: r.diagnostics, links, photos: [...photos], ...(searchText !== undefined && { searchText }) });
      }
      drafts.clear(); // the sources are no longer needed; free them before pages render
      return entries;
    },
    async writePages(jobs, context, writer) {
      const images = new Map(context.images);
      const env = createTemplateEnvironment({ config, templateDirs: context.templateDirs, assetHashes: new Map(context.assetHashes), images });
      const url = (p: string): string => urlFor(config, p);
      const pages: PagesResult['pages'][number][] = [];
      const needBody: string[] = [];
      const failures = new TemplateFailures();
      const guard = createHeapGuard();
      for (const { spec, previousHash, inPlace, body } of jobs) {
        guard();
        let data = spec.data;
        let html: string | undefined;
        let headingsAsked = false;
        if (spec.articleId !== undefined) {
          // The page's summary comes from the main thread (it may carry later facts, e.g. view counts).
          const summary = spec.data.article as ArticleSummary;
          const held = bodies.get(spec.articleId);
          let article: Article;
          if (held) {
            html = bindBodyImages(heldBodies.get(held.html), summary.images, images, url);
            article = { ...summary, html, headings: held.headings };
          } else if (body) {
            html = readBody(body);
            // The headings are not in the file as they were made: a template that looks at them gets
            // the page rendered again with the body rendered from its source.
            article = { ...summary, html } as Article;
            Object.defineProperty(article, 'headings', { enumerable: true, get: () => ((headingsAsked = true), []) });
          } else throw new Error(`internal: no body for article ${spec.articleId}`);
          data = { ...spec.data, article };
        }
        let page: string;
        try {
          page = renderPage(env, { ...spec, data }, context.chrome, setup.projectRoot);
        } catch (error) {
          // Keep going: every distinct template error is reported in one run, each once.
          if (error instanceof TemplateFailure) {
            if (!headingsAsked) failures.add(error.diagnostic);
            else needBody.push(spec.output);
            continue;
          }
          throw error;
        }
        if (headingsAsked) {
          needBody.push(spec.output);
          continue;
        }
        if (failures.size) continue; // the build will fail: writing more is wasted work
        const bytes = utf8Bytes(page);
        const size = bytes.length;
        const hash = hashOf(bytes);
        // Same bytes as the published file: link it, so it keeps its time and a deploy sees no change.
        const same = previousHash === hash && context.previousFolder !== undefined;
        if (same) {
          if (!inPlace) await writer.link(path.join(context.previousFolder!, spec.output), spec.output);
        } else await writer.write(spec.output, bytes);
        pages.push([spec.output, hash, size, same, html === undefined ? undefined : bodyPlace(page, html)]);
      }
      const mirrored = (await writer.settle?.()) ?? true;
      return { pages, diagnostics: failures.list(), needBody, ...(!mirrored && { spareIncomplete: true }) };
    },
    async takeSearchTerms() {
      return [terms.take()];
    },
    async close() {
      drafts.clear();
      bodies.clear();
      heldBodies.close();
    },
  };
}

/** The body's bytes in a published page (the file was checked intact: it is as recorded). */
function readBody(body: BodyInFile): string {
  const handle = openSync(body.file, 'r');
  try {
    return readBytesAt(handle, body.start, body.length, body.file).toString();
  } finally {
    closeSync(handle);
  }
}

/** Where the body shows in the page as UTF-8 bytes; undefined when the template did not put it in as it is. */
function bodyPlace(page: string, html: string): BodyPlace | undefined {
  const at = page.indexOf(html);
  return at < 0 ? undefined : [Buffer.byteLength(page.slice(0, at)), Buffer.byteLength(html)];
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
