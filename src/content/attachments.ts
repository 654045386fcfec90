// Documents linked from an article (`[Quyết định](/tai-lieu/quyet-dinh-12.pdf)`): found under
// content/ like photos (a path from content/ when it starts with /, else from the article's folder),
// published at the same path, and shown with their type and size. A missing one is an error on its line.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { MessageCode, MessageParams } from '../messages.js';
import { resolveInside } from '../paths.js';
import { nameInOtherCase } from '../sources/other-case.js';
import { ATTACHMENT_TYPES } from './rules/links.js';

export type AttachmentResult =
  | { readonly absolute: string; readonly output: string; readonly label: string }
  | { readonly error: MessageCode; readonly params: MessageParams };

/** `target`: the decoded path as linked; `articleFile`: the article's content path. */
export function resolveAttachment(contentDir: string, contentLabel: string, target: string, articleFile: string, onProbe: (absolute: string) => void): AttachmentResult {
  if (target.includes('\\') || target.split('/').includes('..')) return { error: 'ATTACHMENT_MISSING', params: { path: target, contentDir: contentLabel, invalid: 1 } };
  const relative = target.startsWith('/') ? target.slice(1) : path.posix.join(path.posix.dirname(articleFile), target);
  const absolute = resolveInside(contentDir, relative);
  if (!absolute || relative === '') return { error: 'ATTACHMENT_MISSING', params: { path: target, contentDir: contentLabel, invalid: 1 } };
  onProbe(absolute);
  const s = statSync(absolute, { throwIfNoEntry: false });
  if (!s?.isFile()) {
    const existing = nameInOtherCase(absolute);
    return { error: 'ATTACHMENT_MISSING', params: { path: target, contentDir: contentLabel, ...(existing && { existing }) } };
  }
  const extension = path.extname(absolute).slice(1).toLowerCase();
  return { absolute, output: path.relative(contentDir, absolute).split(path.sep).join('/'), label: `${ATTACHMENT_TYPES[extension] ?? extension.toUpperCase()}, ${formatSizeVi(s.size)}` };
}

/** A file size as Vietnamese readers write it: "350 KB", "1,2 MB" (decimal comma). */
export function formatSizeVi(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = bytes / (1024 * 1024);
  return `${(mb < 10 ? mb.toFixed(1) : String(Math.round(mb))).replace('.', ',')} MB`;
}
