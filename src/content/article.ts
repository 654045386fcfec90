// One article from source text to rendered Article, in two steps:
// readArticle (pure: front-matter → metadata and URL) and renderArticle (body → HTML, images checked).
import path from 'node:path';
import type { MarkdownIt, Token } from 'markdown-it';
import type { CategoryConfig } from '../config.js';
import { diagnostic, type Diagnostic, type Location } from '../errors.js';
import type { ImageFile, ImageResolver } from '../images/resolve-image.js';
import type { ArticleMeta } from './article-meta.js';
import { readArticleMeta } from './article-meta.js';
import { frontMatterPosition, splitFrontMatter } from './front-matter.js';
import { withCanonicalKeys } from './key-aliases.js';
import { legacyTextDiagnostic } from './legacy-text.js';
import type { AttachmentResult } from './attachments.js';
import { repairMarks } from '../vi/combining-marks.js';
import { collectReferences, parseBody, plainText, renderBody } from './markdown.js';
import type { Heading, MarkdownEnv } from './markdown-env.js';
import { permalinkFor } from './permalink.js';
import { articleIdOf } from '../sources/discover.js';
import type { DraftSummary } from './publish.js';
import { hashOf } from '../incremental/hash.js';
import { removeControlCharacters } from './control-characters.js';
import { privateUseColumn, removePrivateUse } from './private-use.js';

export interface ArticleSource {
  /** Path relative to the content folder, forward slashes: "bai-viet/hoi-nghi.md". */
  readonly contentPath: string;
  /** Path relative to the project, for messages: "content/bai-viet/hoi-nghi.md". */
  readonly file: string;
  /** Normalised text (NFC, LF, no BOM). */
  readonly text: string;
}

export interface ArticleDraft {
  readonly source: ArticleSource;
  readonly meta: ArticleMeta;
  readonly body: string;
  readonly bodyLine: number;
  readonly url: string;
  /** Line of the key the URL comes from (slug, else title), for duplicate-URL messages. */
  readonly urlLine?: number;
}

export interface Article {
  /** Content path without ".md": stable across builds, used to break ties and key data files. */
  readonly id: string;
  readonly file: string;
  readonly meta: ArticleMeta;
  /** Site path, before the base path: "/tin-tuc/2023/01/hoi-nghi/". */
  readonly url: string;
  readonly html: string;
  readonly excerpt: string;
  readonly headings: readonly Heading[];
  /** Known view count (the views file, else front-matter `views`); never invented. */
  readonly views?: number;
  /** The body's images in order: slot n of the HTML is images[n]. */
  readonly images: readonly ImageUse[];
  readonly cover?: ImageUse;
  /** Documents the body links to: source file and output path (published beside the pages). */
  readonly attachments?: readonly (readonly [string, string])[];
}

/** An image as used by an article: the file, its text alternative, and where it is referenced. */
export interface ImageUse {
  readonly image: ImageFile;
  readonly alt: string;
  readonly title?: string;
  readonly line: number;
  readonly column: number;
}

/** An article without its body and outline: what listings, sidebars and the main thread need. */
export type ArticleSummary = Omit<Article, 'html' | 'headings'>;

export function summarize(article: Article): ArticleSummary {
  const { html: _html, headings: _headings, ...summary } = article;
  return summary;
}

export interface ReadContext {
  readonly timeZone: string;
  readonly categories: readonly CategoryConfig[];
  readonly permalink: string;
  /** How text typed in TCVN3 or VNI is reported (default: a warning). */
  readonly legacyEncoding?: 'warning' | 'error';
}

export function readArticle(written: ArticleSource, ctx: ReadContext): { draft?: ArticleDraft; diagnostics: Diagnostic[] } {
  // Combining marks NFC could not place: repaired where plain, else removed and said (vi/combining-marks.ts).
  const marks = repairMarks(written.text);
  const source = marks.text === written.text ? written : { ...written, text: marks.text };
  const stray = marks.findings[0];
  const strayMark = stray && diagnostic('STRAY_MARK', { codePoint: stray.codePoint, after: stray.after, lines: new Set(marks.findings.map((f) => f.line)).size }, { file: written.file, line: stray.line + 1, column: stray.column, source: written.text }, 'warning');
  const legacy = legacyTextDiagnostic(source.text, source.file, ctx.legacyEncoding ?? 'warning');
  const split = splitFrontMatter(source.text, source.file);
  const early = [...(strayMark ? [strayMark] : []), ...(legacy ? [legacy] : [])];
  if (!split.frontMatter) return { diagnostics: [...early, ...split.diagnostics] };
  const keyed = withCanonicalKeys(split.frontMatter, source.file, source.text);
  const fm = keyed.frontMatter;
  const read = readArticleMeta(fm, { file: source.file, source: source.text, timeZone: ctx.timeZone, categories: ctx.categories });
  const diagnostics = [...early, ...keyed.diagnostics, ...read.diagnostics];
  const meta = keyed.diagnostics.length || legacy?.severity === 'error' ? undefined : read.meta;
  if (!meta) return { diagnostics };
  const url = permalinkFor(ctx.permalink, meta, ctx.timeZone);
  const urlLine = frontMatterPosition(fm, meta.slug && fm.yaml.positionOf(['slug']) ? 'slug' : 'title', true).line;
  return { draft: { source, meta, body: fm.body, bodyLine: fm.bodyLine, url, ...(urlLine !== undefined && { urlLine }) }, diagnostics };
}

/**
 * Where an article's front-matter block ends and what it hashes to, when reading it said nothing:
 * a later text that starts with the very same block reads to the same metadata and address (a
 * function of that block, the file's name and the configuration), so an edit of the body alone
 * needs no YAML parser (incremental/body-edits.ts).
 */
export interface FrontBlock {
  /** Characters of the text up to and including the closing fence's line break. */
  readonly length: number;
  readonly hash: string;
  readonly bodyLine: number;
}

/** The block of a draft read without a word to say, from a text NFC and the marks left as they were. */
export function frontBlockOf(draft: ArticleDraft): FrontBlock | undefined {
  const { text } = draft.source;
  const length = text.length - draft.body.length;
  // gray-matter drops the one line break after the fence: the body starts right after it, whatever comes next.
  if (length < 1 || text.charCodeAt(length - 1) !== 10 || !text.endsWith(draft.body)) return undefined;
  return { length, hash: hashOf('front', text.slice(0, length)), bodyLine: draft.bodyLine };
}

/** The draft of `written` from what its front-matter read to before, if it starts with that very
 *  block and nothing in the text has anything to say (no stray marks, no legacy encoding). */
export function readKnownFront(written: ArticleSource, known: { readonly front: FrontBlock; readonly draft: DraftSummary }, ctx: Pick<ReadContext, 'legacyEncoding'>): ArticleDraft | undefined {
  const { text } = written;
  const { length, hash, bodyLine } = known.front;
  if (text.length < length || text.charCodeAt(length - 1) !== 10 || hashOf('front', text.slice(0, length)) !== hash) return undefined;
  const marks = repairMarks(text);
  if (marks.text !== text || marks.findings.length || legacyTextDiagnostic(text, written.file, ctx.legacyEncoding ?? 'warning')) return undefined;
  const { meta, url, urlLine } = known.draft;
  return { source: written, meta, body: text.slice(length), bodyLine, url, ...(urlLine !== undefined && { urlLine }) };
}

export interface RenderContext {
  readonly md: MarkdownIt;
  readonly images: ImageResolver;
  /** Content path of every published article → its site path, for `[x](./other.md)` links. */
  readonly articleUrls: { get(contentPath: string): string | undefined };
  readonly urlFor: (sitePath: string) => string;
  readonly siteHost: string;
  readonly strings: { readonly externalLink: string; readonly tableLabel: string };
  /** Finds a linked document (content/attachments.ts); without it, such links are left as written. */
  readonly attachments?: { resolve(target: string, articleFile: string): AttachmentResult };
  /** Return the body as plain text too (the search index is on). */
  readonly wantText?: boolean;
}

const EXCERPT_LENGTH = 220;

export async function renderArticle(draft: ArticleDraft, ctx: RenderContext): Promise<{ article?: Article; diagnostics: Diagnostic[]; text?: string }> {
  const { source, meta } = draft;
  const diagnostics: Diagnostic[] = [];
  const at = (line: number, column?: number): Location => ({ file: source.file, line, ...(column !== undefined && { column }), source: source.text });
  const env: MarkdownEnv = { headings: [], urlFor: ctx.urlFor, siteHost: ctx.siteHost, strings: ctx.strings };
  const cleaned = removeControlCharacters(draft.body);
  for (const f of cleaned.findings) diagnostics.push(diagnostic('BODY_CONTROL_CHAR', { codePoint: f.codePoint }, at(f.line + draft.bodyLine, f.column), 'warning'));
  const body = cleaned.text;
  if (body.trim() === '') diagnostics.push(diagnostic('BODY_EMPTY', {}, at(Math.max(1, draft.bodyLine - 1)), 'warning'));
  // The lead is printed above the body: when the body opens with it again (as exports often do), once.
  const tokens = withoutRepeatedLead(parseBody(ctx.md, body, env), meta.summary);
  diagnostics.push(...privateUseWarnings(tokens, body, draft.bodyLine, at));
  const refs = collectReferences(tokens, body, draft.bodyLine);

  const resolved = new Map<string, ImageFile>();
  for (const ref of refs.images) {
    const result = await ctx.images.resolve(ref.ref, source.contentPath);
    if ('error' in result) {
      diagnostics.push(diagnostic(result.error, result.params, at(ref.line, ref.column)));
      continue;
    }
    if (!ref.alt?.trim() && !ref.captioned) diagnostics.push(diagnostic('IMAGE_ALT_MISSING', { path: ref.ref }, at(ref.line, ref.column), 'warning'));
    resolved.set(ref.ref, result.image);
  }
  const refLines = new Map(refs.images.map((r) => [r.ref, r]));
  let cover: ImageUse | undefined;
  if (meta.image) {
    const line = meta.image.line ?? 1;
    const column = meta.image.column ?? 1;
    const result = await ctx.images.resolve(meta.image.ref, source.contentPath);
    if ('error' in result) diagnostics.push(diagnostic(result.error, result.params, at(line, column)));
    // A cover is shown next to its headline in listings: decorative, so no alt text of its own.
    else cover = { image: result.image, alt: '', line, column };
  }

  const articleLinks = new Map<string, string>();
  for (const link of refs.articleLinks) {
    const written = link.target ?? link.ref;
    const target = written.startsWith('/') ? written.slice(1) : path.posix.join(path.posix.dirname(source.contentPath), written);
    const url = ctx.articleUrls.get(path.posix.normalize(target));
    if (url === undefined) diagnostics.push(diagnostic('LINK_BROKEN', { href: written }, at(link.line, link.column)));
    else articleLinks.set(link.ref, url);
  }
  const attachmentLinks = new Map<string, { url: string; label: string }>();
  const attachments: (readonly [string, string])[] = [];
  for (const ref of refs.attachments) {
    const found = ctx.attachments?.resolve(ref.target!, source.contentPath);
    if (!found) continue;
    if ('error' in found) {
      diagnostics.push(diagnostic(found.error, found.params, at(ref.line, ref.column)));
      continue;
    }
    attachmentLinks.set(ref.ref, { url: encodeURI(`/${found.output}`), label: found.label });
    if (!attachments.some(([file]) => file === found.absolute)) attachments.push([found.absolute, found.output]);
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };

  const renderEnv: MarkdownEnv = { ...env, articleLinks, imageSlots: [], attachments: attachmentLinks };
  const html = renderBody(ctx.md, tokens, renderEnv);
  const images = renderEnv.imageSlots!.map((slot): ImageUse => {
    const where = refLines.get(slot.ref);
    if (!where) throw new Error(`internal: image "${slot.ref}" in ${source.file} was rendered but not checked`);
    return { image: resolved.get(slot.ref)!, alt: slot.alt, ...(slot.title && { title: slot.title }), line: where.line, column: where.column };
  });
  return {
    article: {
      id: articleIdOf(source.contentPath),
      file: source.file,
      meta,
      // Its own address as published (a recurring title's carries its day: publish.ts resolveUrls).
      url: ctx.articleUrls.get(source.contentPath) ?? draft.url,
      html,
      excerpt: meta.summary ?? truncateWords(plainText(tokens, EXCERPT_LENGTH + 1), EXCERPT_LENGTH),
      headings: env.headings ?? [],
      images,
      ...(cover && { cover }),
      ...(attachments.length && { attachments }),
      ...(meta.views !== undefined && { views: meta.views }),
    },
    diagnostics,
    // The body's words, for the search index (src/search/article-terms.ts).
    ...(ctx.wantText && { text: plainText(tokens) }),
  };
}

/** Private-use characters are removed from the body (they could forge image slots): a warning per line. */
function privateUseWarnings(tokens: Token[], body: string, bodyLine: number, at: (line: number, column?: number) => Location): Diagnostic[] {
  const found = removePrivateUse(tokens);
  if (!found.length) return [];
  const lines = body.split('\n');
  return found.map(({ line, codePoint }) => {
    const column = privateUseColumn(lines[line] ?? '');
    return diagnostic('BODY_PRIVATE_USE', { codePoint }, at(line + bodyLine, column), 'warning');
  });
}

function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : max)}…`;
}

/** The body's tokens without a first paragraph that only repeats the lead (same words, whatever the
 *  quotes, spacing, emphasis or final full stop). A paragraph with a link or a photo is kept. */
function withoutRepeatedLead(tokens: Token[], summary: string | undefined): Token[] {
  const [open, inline, close] = tokens;
  if (!summary || open?.type !== 'paragraph_open' || inline?.type !== 'inline' || close?.type !== 'paragraph_close') return tokens;
  if (inline.children?.some((c) => c.type === 'link_open' || c.type === 'image')) return tokens;
  const form = (text: string): string => text.normalize('NFC').replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().replace(/[.…]+$/, '').toLowerCase();
  return form(plainText([inline])) === form(summary) ? tokens.slice(3) : tokens;
}
