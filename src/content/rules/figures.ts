// An image alone in its paragraph becomes <figure>. Its caption is the italic line right under it
//   ![Các đại biểu dự Hội nghị](/anh/hoi-nghi.jpg)
//   *Các đại biểu dự Hội nghị*
// or, failing that, the image's title: ![alt](/anh/x.jpg "Chú thích").
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
      if (caption.children.length === 0) continue;
      const capOpen = new TokenClass('figcaption_open', 'figcaption', 1);
      const capInline = new TokenClass('inline', '', 0);
      capInline.children = caption.children;
      capInline.map = inline.map;
      capInline.content = inline.content; // the children's source offsets point into it
      const capClose = new TokenClass('figcaption_close', 'figcaption', -1);
      tokens.splice(i + 2, 0, capOpen, capInline, capClose);
      i += 5;
    }
  });
}

/** The image and its caption tokens when the paragraph is a figure, else undefined. */
function figureCaption(children: Token[], TokenClass: TokenCtor): { image: Token; children: Token[] } | undefined {
  const meaningful = children.filter((t) => !(t.type === 'text' && t.content.trim() === ''));
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
  const [, br, emOpen] = meaningful;
  const emClose = meaningful[meaningful.length - 1]!;
  if (br?.type !== 'softbreak' && br?.type !== 'hardbreak') return undefined;
  if (emOpen?.type !== 'em_open' || emClose.type !== 'em_close') return undefined;
  // The italic must cover the whole caption line: exactly one em at the outer level.
  const inner = meaningful.slice(3, -1);
  let depth = 0;
  for (const t of inner) {
    if (t.type === 'em_open') depth++;
    if (t.type === 'em_close' && --depth < 0) return undefined;
  }
  return { image, children: inner };
}
