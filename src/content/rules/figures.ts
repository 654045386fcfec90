// An image alone in its paragraph becomes <figure>. Its caption is the italic line right under it
//   ![Các đại biểu dự Hội nghị](/anh/hoi-nghi.jpg)
//   *Các đại biểu dự Hội nghị*
// with a credit line, if any ("Ảnh: TTXVN", "(Ảnh: …)"), kept with it; or, failing that, the image's
// title: ![alt](/anh/x.jpg "Chú thích"). A caption set apart by a blank line (as exports write it)
// is taken in too: a paragraph right after a figure without a caption, wholly italic or a credit.
import type { MarkdownIt } from 'markdown-it';
import type { Token } from 'markdown-it';
import { attrText } from '../markdown-env.js';

type TokenCtor = new (type: string, tag: string, nesting: -1 | 0 | 1) => Token;

export function figures(md: MarkdownIt): void {
  md.core.ruler.after('inline', 'figures', (state) => {
    const tokens = state.tokens;
    const TokenClass = state.Token as unknown as TokenCtor;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const open = tokens[i]!;
      const inline = tokens[i + 1]!;
      const close = tokens[i + 2]!;
      if (open.type !== 'paragraph_open' || inline.type !== 'inline' || close.type !== 'paragraph_close') continue;
      const caption = figureCaption(inline.children ?? [], TokenClass);
      if (!caption) continue;
      const image = caption.image;
      open.type = 'figure_open';
      open.tag = 'figure';
      close.type = 'figure_close';
      close.tag = 'figure';
      // In a tight list markdown-it hides the paragraph's tags; a figure's must show, or the
      // caption would stand in the <li> without its <figure> (invalid HTML).
      open.hidden = false;
      close.hidden = false;
      inline.children = [image];
      let children = caption.children;
      let source = inline; // the caption tokens' source offsets point into its content
      if (children.length === 0) {
        // The caption in the next paragraph, after a blank line: taken in, that paragraph removed.
        const [nextOpen, nextInline, nextClose] = [tokens[i + 3], tokens[i + 4], tokens[i + 5]];
        const lines = nextOpen?.type === 'paragraph_open' && nextInline?.type === 'inline' && nextClose?.type === 'paragraph_close' ? captionLines(meaningfulOf(nextInline.children ?? [])) : undefined;
        if (!lines) continue;
        children = joinLines(lines, TokenClass);
        source = nextInline!;
        tokens.splice(i + 3, 3);
      }
      const capOpen = new TokenClass('figcaption_open', 'figcaption', 1);
      const capInline = new TokenClass('inline', '', 0);
      capInline.children = children;
      capInline.map = source.map;
      capInline.content = source.content;
      const capClose = new TokenClass('figcaption_close', 'figcaption', -1);
      tokens.splice(i + 2, 0, capOpen, capInline, capClose);
      i += 5;
    }
  });
}

/** A photo credit as news sites write it under a photo: "Ảnh: TTXVN", "(Ảnh: Dương Liễu)", "Nguồn: …". */
const CREDIT = /^\s*\(?\s*(ảnh|nguồn|ảnh minh họa|ảnh minh hoạ)\s*:/iu;

/**
 * The image and its caption tokens when the paragraph is a figure, else undefined. The caption is
 * every line under the photo, each either wholly in italics or a credit ("Ảnh: …"); the lines are
 * joined by a space, so a caption and its credit stay together with their photo.
 */
function figureCaption(children: Token[], TokenClass: TokenCtor): { image: Token; children: Token[] } | undefined {
  const meaningful = meaningfulOf(children);
  const image = meaningful[0];
  if (!image || image.type !== 'image') return undefined;
  if (meaningful.length === 1) {
    const title = attrText(image, 'title');
    if (!title) return { image, children: [] };
    image.attrs = (image.attrs ?? []).filter(([name]) => name !== 'title');
    const text = new TokenClass('text', '', 0);
    text.content = title;
    return { image, children: [text] };
  }
  if (meaningful[1]?.type !== 'softbreak' && meaningful[1]?.type !== 'hardbreak') return undefined;
  const lines = captionLines(meaningful.slice(2));
  return lines && { image, children: joinLines(lines, TokenClass) };
}

/** The tokens without blank text. */
function meaningfulOf(children: readonly Token[]): Token[] {
  return children.filter((t) => !(t.type === 'text' && t.content.trim() === ''));
}

/** Caption lines as one run of tokens, joined by a space. */
function joinLines(lines: readonly Token[][], TokenClass: TokenCtor): Token[] {
  const joined: Token[] = [];
  for (const line of lines) {
    if (joined.length) {
      const space = new TokenClass('text', '', 0);
      space.content = ' ';
      joined.push(space);
    }
    joined.push(...line);
  }
  return joined;
}

/** The lines of tokens split at line breaks, each wholly italic (its inner tokens) or a credit; else undefined. */
function captionLines(tokens: readonly Token[]): Token[][] | undefined {
  const lines: Token[][] = [[]];
  for (const t of tokens) {
    if (t.type === 'softbreak' || t.type === 'hardbreak') lines.push([]);
    else lines[lines.length - 1]!.push(t);
  }
  const result: Token[][] = [];
  for (const line of lines) {
    const first = line[0];
    const last = line[line.length - 1];
    if (!first || !last) return undefined;
    if (first.type === 'em_open' && last.type === 'em_close' && wholeItalic(line)) result.push(line.slice(1, -1));
    else if (first.type === 'text' && CREDIT.test(first.content)) result.push(line);
    else return undefined;
  }
  return result;
}

/** The italic covers the whole line: exactly one em at the outer level. */
function wholeItalic(line: readonly Token[]): boolean {
  let depth = 0;
  for (const t of line.slice(1, -1)) {
    if (t.type === 'em_open') depth++;
    if (t.type === 'em_close' && --depth < 0) return false;
  }
  return depth === 0;
}
