// Where each link and image starts in its block's text. markdown-it keeps only block lines on tokens;
// messages need the column of the address (`![Ảnh](/anh/x.jpg)` → the column of `/anh/x.jpg`), and
// searching the line for the address text is wrong for repeated or re-encoded addresses and
// quadratic on a line with thousands of links. So the link and image rules are wrapped: after one
// succeeds, the offset of its destination is put on the token (`meta.srcOffset`).
import type { MarkdownIt, StateInline, Token } from 'markdown-it';

export interface OffsetMeta {
  /** UTF-16 offset in the inline block's content: the destination, or the `[` of a reference link. */
  readonly srcOffset: number;
}

export function sourceOffsets(md: MarkdownIt): void {
  for (const name of ['link', 'image'] as const) {
    const rule = md.inline.ruler.__rules__.find((r) => r.name === name)?.fn;
    if (!rule) throw new Error(`internal: markdown-it has no inline rule "${name}"`);
    md.inline.ruler.at(name, (state, silent) => {
      const start = state.pos;
      const count = state.tokens.length;
      if (!rule(state, silent)) return false;
      // The rule's own token comes first among those it pushed, after any flushed pending text.
      const type = name === 'link' ? 'link_open' : 'image';
      let i = count;
      while (i < state.tokens.length && state.tokens[i]!.type !== type) i++;
      const token = state.tokens[i];
      if (!silent && token) setOffset(token, destinationOffset(state, name === 'image' ? start + 1 : start));
      return true;
    });
  }
}

function setOffset(token: Token, srcOffset: number): void {
  token.meta = { ...(token.meta as object | null), srcOffset } satisfies OffsetMeta;
}

/** The destination's offset after `[label](`, skipping spaces; the label's `[` for `[label][ref]`. */
function destinationOffset(state: StateInline, labelStart: number): number {
  const labelEnd = state.md.helpers.parseLinkLabel(state, labelStart, false);
  if (labelEnd < 0 || state.src.charCodeAt(labelEnd + 1) !== 0x28 /* ( */) return labelStart;
  let pos = labelEnd + 2;
  while (pos < state.src.length && /[ \t\n]/.test(state.src[pos]!)) pos++;
  return state.src[pos] === '<' ? pos + 1 : pos;
}

export function srcOffsetOf(token: Token): number | undefined {
  return (token.meta as Partial<OffsetMeta> | null)?.srcOffset;
}
