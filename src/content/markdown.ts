// The markdown-it instance and the three steps of an article body: parse, collect references, render.
// Parsing and rendering are separate so images can be probed (I/O) between them.
import MarkdownItCallable, { type MarkdownIt } from 'markdown-it';
import type { Token } from 'markdown-it';
import type { MarkdownEnv } from './markdown-env.js';
import { figures } from './rules/figures.js';
import { headingIds } from './rules/heading-ids.js';
import { imageSlots } from './rules/images.js';
import { links } from './rules/links.js';
import { sourceOffsets } from './rules/source-offsets.js';
import { scrollableTables } from './rules/tables.js';
import { singleSpaced } from '../sources/read-text.js';

export { collectReferences, type Reference, type References } from './references.js';

export function createMarkdown(options: { html: boolean }): MarkdownIt {
  const md = new MarkdownItCallable({
    html: options.html,
    linkify: true,
    typographer: true,
    // Vietnamese uses English-style curly quotes: “…” and ‘…’.
    quotes: '“”‘’',
  });
  // Editors indent text by accident; an indented paragraph must not become a code block.
  md.disable('code');
  // Link only what is unmistakably a URL (https://…). Fuzzy matching of "bare.domain" and e-mails
  // scanned every sentence with a period and cost 0.4 s per 10,000 articles.
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
  md.use(sourceOffsets).use(headingIds).use(figures).use(links).use(scrollableTables).use(imageSlots);
  return md;
}

/** `![Ảnh](/anh/Ảnh ra quân.JPG)`: a file path with spaces, as editors name photos and documents,
 *  which Markdown would not take for a link (the reader would see the raw text). Written as
 *  `(</anh/Ảnh ra quân.JPG>)`, the form Markdown gives such paths. Only paths that end in a file
 *  extension, without quotes or brackets, are taken so. */
const SPACED_PATH = /(!?\[[^\]\n]*\]\()([^()<>\n"']*? [^()<>\n"']*?\.[\p{L}\p{N}]{2,5})\)/gu;

export function withSpacedPaths(body: string): string {
  return body.includes('](') ? body.replace(SPACED_PATH, (_, head: string, target: string) => (/^\s|\s$/.test(target) ? `${head}${target})` : `${head}<${target}>)`)) : body;
}

export function parseBody(md: MarkdownIt, body: string, env: MarkdownEnv): Token[] {
  body = withSpacedPaths(body);
  // Bare-URL detection scans every text token; most articles contain no URL at all, so it is switched
  // on per article (markdown-it reads this option on each parse; parsing is synchronous).
  md.options.linkify = body.includes('://') || body.includes('www.');
  return md.parse(body, env);
}

export function renderBody(md: MarkdownIt, tokens: Token[], env: MarkdownEnv): string {
  return md.renderer.render(tokens, md.options, env);
}

/** The text a reader sees (for excerpts and search), stopping once `limit` characters are collected:
 *  its words with single spaces between them. */
export function plainText(tokens: readonly Token[], limit = Infinity): string {
  // Pieces joined once, and the spaces evened only in a text that needs it: built by concatenation
  // and copied by a replace, every article's text cost 7% of rendering its body.
  const pieces: string[] = [];
  let length = 0;
  const add = (piece: string): void => {
    pieces.push(piece);
    length += piece.length;
  };
  for (const t of tokens) {
    if (length >= limit) break;
    if (t.type === 'inline' && t.children) {
      for (const c of t.children) {
        if (c.type === 'text' || c.type === 'code_inline') add(c.content);
        // A line break inside a paragraph (a hard-wrapped source, text pasted from an old CMS) is
        // a space to the reader: without it the excerpt and the search index saw "mộtdòng".
        else if (c.type === 'softbreak' || c.type === 'hardbreak') add(' ');
      }
      add(' ');
    } else if (t.type === 'fence') {
      add(t.content);
      add(' ');
    }
  }
  return singleSpaced(pieces.join(''));
}
