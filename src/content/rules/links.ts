// Links: site-root links get the base path, links to other articles' sources (`./bai.md`) become
// their URLs, and external links open in a new tab safely (noopener) and say so to screen readers.
import type { MarkdownIt, Token } from 'markdown-it';
import { attrText, type MarkdownEnv } from '../markdown-env.js';
import { decodeHref } from '../percent-decoding.js';

export function isExternalHref(href: string, siteHost: string | undefined): boolean {
  const m = /^(?:https?:)?\/\/([^/?#]+)/i.exec(href);
  return m !== null && m[1]!.toLowerCase() !== siteHost;
}

/** `bai-viet/x.md#muc` → `bai-viet/x.md`, decoded; undefined when the link is not to a Markdown source. */
export function articleSourceOf(href: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) return undefined;
  const path = decodeHref(href.split(/[?#]/)[0]!);
  return path.toLowerCase().endsWith('.md') ? path : undefined;
}

/** Documents a portal publishes beside its articles: decisions, forms, reports. */
export const ATTACHMENT_TYPES: Readonly<Record<string, string>> = {
  pdf: 'PDF', doc: 'DOC', docx: 'DOCX', xls: 'XLS', xlsx: 'XLSX', ppt: 'PPT', pptx: 'PPTX',
  odt: 'ODT', ods: 'ODS', odp: 'ODP', rtf: 'RTF', csv: 'CSV', zip: 'ZIP', rar: 'RAR', '7z': '7Z',
};

/** `/tai-lieu/qd.pdf` (decoded, without query or fragment) when the link is to a local document of those types. */
export function attachmentSourceOf(href: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) return undefined;
  const path = decodeHref(href.split(/[?#]/)[0]!);
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return extension && ATTACHMENT_TYPES[extension] ? path : undefined;
}

export function links(md: MarkdownIt): void {
  const defaultOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  const defaultClose = md.renderer.rules.link_close ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));

  md.renderer.rules.link_open = (tokens, idx, options, envArg, self) => {
    const env = envArg as MarkdownEnv;
    const token = tokens[idx]!;
    const href = attrText(token, 'href') ?? '';
    const source = articleSourceOf(href);
    const fragment = href.includes('#') ? href.slice(href.indexOf('#')) : '';
    const attachment = env.attachments?.get(href.split(/[?#]/)[0]!);
    if (source !== undefined) {
      const target = env.articleLinks?.get(href.split(/[?#]/)[0]!);
      if (target !== undefined) token.attrSet('href', (env.urlFor?.(target) ?? target) + fragment);
    } else if (attachment) {
      token.attrSet('href', env.urlFor?.(attachment.url) ?? attachment.url);
      closeOf(tokens, idx).meta = { attachment: attachment.label };
    } else if (href.startsWith('/') && !href.startsWith('//')) {
      token.attrSet('href', env.urlFor?.(href) ?? href);
    } else if (isExternalHref(href, env.siteHost)) {
      token.attrSet('target', '_blank');
      token.attrSet('rel', 'noopener noreferrer external');
      token.attrJoin('class', 'external');
      token.meta = { ...(token.meta as object | null), external: true };
      // Mark the matching close so it can add the screen-reader note.
      closeOf(tokens, idx).meta = { external: true };
    }
    return defaultOpen(tokens, idx, options, env, self);
  };

  md.renderer.rules.link_close = (tokens, idx, options, envArg, self) => {
    const env = envArg as MarkdownEnv;
    const meta = tokens[idx]!.meta as { external?: boolean; attachment?: string } | null;
    const note = meta?.external ? `<span class="visually-hidden"> ${md.utils.escapeHtml(env.strings?.externalLink ?? '')}</span>` : '';
    // A document's type and size, beside its link: readers on a phone decide before downloading.
    const size = meta?.attachment ? ` <span class="attachment">(${md.utils.escapeHtml(meta.attachment)})</span>` : '';
    return note + defaultClose(tokens, idx, options, env, self) + size;
  };
}

/** The link_close matching the link_open at `idx`. */
function closeOf(tokens: readonly Token[], idx: number): Token {
  let depth = 0;
  for (let j = idx + 1; j < tokens.length; j++) {
    if (tokens[j]!.type === 'link_open') depth++;
    if (tokens[j]!.type === 'link_close' && depth-- === 0) return tokens[j]!;
  }
  return tokens[idx]!;
}
