// Images print the resolved URL and their real width/height (no layout shift while loading).
// The first image of an article loads eagerly with high priority; the rest lazily.
import type { MarkdownIt } from 'markdown-it';
import { attrText, type MarkdownEnv } from '../markdown-env.js';

export function resolvedImages(md: MarkdownIt): void {
  md.renderer.rules.image = (tokens, idx, _options, envArg) => {
    const env = envArg as MarkdownEnv & { imageCount?: number; [key: string | symbol]: unknown };
    const token = tokens[idx]!;
    const ref = attrText(token, 'src') ?? '';
    const resolved = env.images?.get(ref);
    const esc = md.utils.escapeHtml;
    const alt = esc(token.children ? md.renderer.renderInlineAsText(token.children, md.options, env) : token.content);
    const title = attrText(token, 'title');
    const first = (env.imageCount = (env.imageCount ?? 0) + 1) === 1;
    const loading = first ? ' fetchpriority="high"' : ' loading="lazy"';
    const size = resolved ? ` width="${resolved.width}" height="${resolved.height}"` : '';
    const titleAttr = title ? ` title="${esc(title)}"` : '';
    return `<img src="${esc(resolved?.url ?? ref)}" alt="${alt}"${size}${titleAttr}${loading} decoding="async">`;
  };
}
