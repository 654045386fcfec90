// Wide tables scroll sideways inside their own box on a phone instead of widening the page.
// The box is a focusable, labelled region so keyboard users can scroll it too.
import type { MarkdownIt } from 'markdown-it';
import type { MarkdownEnv } from '../markdown-env.js';

export function scrollableTables(md: MarkdownIt): void {
  md.renderer.rules.table_open = (tokens, idx, options, envArg, self) => {
    const env = envArg as MarkdownEnv;
    const label = md.utils.escapeHtml(env.strings?.tableLabel ?? '');
    return `<div class="table-scroll" role="region" tabindex="0" aria-label="${label}">\n${self.renderToken(tokens, idx, options)}`;
  };
  md.renderer.rules.table_close = (tokens, idx, options, _env, self) => `${self.renderToken(tokens, idx, options)}</div>\n`;
}
