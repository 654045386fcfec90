// The origins of output files, one constructor per kind, so every message names them the same way.
import path from 'node:path';
import { toPosixRelative } from '../paths.js';
import type { OutputOrigin } from './output-spec.js';

export const articleOrigin = (file: string): OutputOrigin => ({ kind: 'article', file, label: `trang của bài “${file}”`, labelEn: `the page of "${file}"` });

export const aliasOrigin = (file: string, line?: number, column?: number): OutputOrigin => ({
  kind: 'alias',
  file,
  ...(line !== undefined && { line }),
  ...(column !== undefined && { column }),
  label: `địa chỉ cũ của bài “${file}”`,
  labelEn: `an alias of "${file}"`,
});

/** A page of the site that no single file produces: the home page, a listing, the 404 page. */
export const pageOrigin = (label: string, labelEn: string): OutputOrigin => ({ kind: 'page', label, labelEn });

export const listingOrigin = (label: string, labelEn: string): OutputOrigin => ({ kind: 'listing', label, labelEn });

/** Feeds, sitemaps, robots.txt, the redirect files. */
export const machineOrigin = (label: string, labelEn: string): OutputOrigin => ({ kind: 'machine', label, labelEn });

export const photoOrigin = (output: string): OutputOrigin => ({ kind: 'photo', label: `ảnh đã xử lý ${output}`, labelEn: `the processed photo ${output}` });
export const attachmentOrigin = (output: string): OutputOrigin => ({ kind: 'photo', label: `tệp đính kèm ${output}`, labelEn: `the attached file ${output}` });

/**
 * A file copied from a public/ folder: named by its project-relative path when it is the site's
 * own (the file to rename), else as a file of the built-in theme.
 */
export function publicOrigin(output: string, absolute: string, projectRoot: string): OutputOrigin {
  const relative = toPosixRelative(projectRoot, absolute);
  const inside = relative !== '' && !relative.startsWith('../') && !path.isAbsolute(relative);
  return inside
    ? { kind: 'public', file: relative, label: `tệp ${relative}`, labelEn: `the file ${relative}` }
    : { kind: 'public', label: `tệp có sẵn của giao diện public/${output}`, labelEn: `the built-in theme's file public/${output}` };
}
