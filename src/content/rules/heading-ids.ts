// Headings get ids from Vietnamese slugs ("Kết quả nổi bật" → #ket-qua-noi-bat), unique per article.
// A body `# heading` becomes <h2>: the page title is the only <h1>.
import type { MarkdownIt } from 'markdown-it';
import type { MarkdownEnv } from '../markdown-env.js';
import { slugify } from '../../vi/slug.js';
import { ownString } from '../own-string.js';

export function headingIds(md: MarkdownIt): void {
  md.core.ruler.push('heading_ids', (state) => {
    const env = state.env as MarkdownEnv;
    const used = new Map<string, number>();
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i]!;
      if (open.type !== 'heading_open') continue;
      const inline = tokens[i + 1]!;
      const close = tokens[i + 2]!;
      if (open.tag === 'h1') open.tag = close.tag = 'h2';
      const text = inline.children?.filter((t) => t.type === 'text' || t.type === 'code_inline').map((t) => t.content).join('') ?? inline.content;
      const base = slugify(text) || 'muc';
      const n = (used.get(base) ?? 0) + 1;
      used.set(base, n);
      const id = n === 1 ? base : `${base}-${n}`;
      open.attrSet('id', id);
      env.headings?.push({ level: Number(open.tag.slice(1)), id, text: ownString(text) });
    }
  });
}
