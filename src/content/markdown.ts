// The markdown-it instance and the three steps of an article body: parse, collect references, render.
// Parsing and rendering are separate so images can be probed (I/O) between them.
import MarkdownItCallable, { type MarkdownIt } from 'markdown-it';
import type { Token } from 'markdown-it';
import { attrText, type MarkdownEnv } from './markdown-env.js';
import { figures } from './rules/figures.js';
import { headingIds } from './rules/heading-ids.js';
import { imageSlots } from './rules/images.js';
import { articleSourceOf, links } from './rules/links.js';
import { scrollableTables } from './rules/tables.js';

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
  md.use(headingIds).use(figures).use(links).use(scrollableTables).use(imageSlots);
  return md;
}

export interface Reference {
  readonly ref: string;
  /** 1-based file line and column. */
  readonly line: number;
  readonly column: number;
  /** Images only: alt text and whether it has a caption. */
  readonly alt?: string;
  readonly captioned?: boolean;
}

export interface References {
  readonly images: Reference[];
  readonly articleLinks: Reference[];
}

export function parseBody(md: MarkdownIt, body: string, env: MarkdownEnv): Token[] {
  // Bare-URL detection scans every text token; most articles contain no URL at all, so it is switched
  // on per article (markdown-it reads this option on each parse; parsing is synchronous).
  md.options.linkify = body.includes('://') || body.includes('www.');
  return md.parse(body, env);
}

/** Image and article-link references with file positions (`bodyLine` = file line of the body's first line). */
export function collectReferences(tokens: readonly Token[], body: string, bodyLine: number): References {
  const images: Reference[] = [];
  const articleLinks: Reference[] = [];
  let lines: string[] | undefined; // split only when there is something to locate
  for (let i = 0; i < tokens.length; i++) {
    const block = tokens[i]!;
    if (block.type !== 'inline' || !block.children || !block.map) continue;
    const captioned = tokens[i + 1]?.type === 'figcaption_open' || tokens[i - 1]?.type === 'figcaption_open';
    let line = block.map[0];
    for (const child of block.children) {
      if (child.type === 'softbreak' || child.type === 'hardbreak') line++;
      const at = (ref: string) => {
        lines ??= body.split('\n');
        return { line: line + bodyLine, column: Math.max(1, (lines[line]?.indexOf(ref) ?? -1) + 1) };
      };
      if (child.type === 'image') {
        const ref = attrText(child, 'src') ?? '';
        const alt = child.children?.map((c) => c.content).join('') ?? child.content;
        images.push({ ref, ...at(ref), alt, captioned: captioned || Boolean(attrText(child, 'title')) });
      } else if (child.type === 'link_open') {
        const href = attrText(child, 'href') ?? '';
        if (articleSourceOf(href) !== undefined) articleLinks.push({ ref: href.split(/[?#]/)[0]!, ...at(href) });
      }
    }
  }
  return { images, articleLinks };
}

export function renderBody(md: MarkdownIt, tokens: Token[], env: MarkdownEnv): string {
  return md.renderer.render(tokens, md.options, env);
}

/** The text a reader sees (for excerpts; later, search), stopping once `limit` characters are collected. */
export function plainText(tokens: readonly Token[], limit = Infinity): string {
  let text = '';
  for (const t of tokens) {
    if (text.length >= limit) break;
    if (t.type === 'inline' && t.children) {
      for (const c of t.children) if (c.type === 'text' || c.type === 'code_inline') text += c.content;
      text += ' ';
    } else if (t.type === 'fence') {
      text += `${t.content} `;
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}
