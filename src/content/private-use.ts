// Characters of the Unicode private-use area (U+E000–U+F8FF) mean nothing in Vietnamese news text
// (they come from old fonts and pasted symbols), and two of them mark image slots in rendered bodies
// (rules/images.ts). They are removed from every token after parsing, before anything is rendered, so
// no editor text (typed, pasted, or written as an entity like &#xE000;) can forge a slot.
import type { Token } from 'markdown-it';
import { codePointName } from '../vi/look-alike.js';

const PRIVATE_USE = /[\uE000-\uF8FF]/;
const PRIVATE_USE_ALL = /[\uE000-\uF8FF]/g;

export interface PrivateUseFinding {
  /** 0-based line of the body. */
  readonly line: number;
  /** The first such character on that line, as U+XXXX. */
  readonly codePoint: string;
}

/** Remove private-use characters from the tokens (in place); one finding per body line that had some. */
export function removePrivateUse(tokens: readonly Token[]): PrivateUseFinding[] {
  const found = new Map<number, string>();
  const clean = (text: string, line: number, firstLineOfText = line): string => {
    const m = PRIVATE_USE.exec(text);
    if (!m) return text;
    // Multi-line content (a fenced block): count the lines before the character.
    const at = text.includes('\n') ? firstLineOfText + (text.slice(0, m.index).match(/\n/g)?.length ?? 0) : line;
    if (!found.has(at)) found.set(at, codePointName(m[0].charCodeAt(0)));
    return text.replace(PRIVATE_USE_ALL, '');
  };
  const walk = (list: readonly Token[], blockLine: number): void => {
    let line = blockLine;
    for (const t of list) {
      if (t.map) line = t.map[0];
      if (t.type === 'softbreak' || t.type === 'hardbreak') line++;
      t.content = clean(t.content, line, t.type === 'fence' ? line + 1 : line);
      if (t.info) t.info = clean(t.info, line);
      if (t.attrs) for (const attr of t.attrs) attr[1] = clean(String(attr[1]), line);
      if (t.children) walk(t.children, line);
    }
  };
  walk(tokens, 0);
  return [...found].sort(([a], [b]) => a - b).map(([line, codePoint]) => ({ line, codePoint }));
}

/** 1-based column of the first private-use character (or entity that could be one) in a source line. */
export function privateUseColumn(sourceLine: string): number | undefined {
  const m = /[\uE000-\uF8FF]|&#/.exec(sourceLine);
  return m ? m.index + 1 : undefined;
}
