// Every path we read or write and every URL we print goes through here.
import path from 'node:path';

/** Resolve `relative` inside `root`; undefined when the result would escape it (`..`, absolute, NUL). */
export function resolveInside(root: string, relative: string): string | undefined {
  if (relative.includes('\0')) return undefined;
  const resolved = path.resolve(root, relative);
  const rel = path.relative(root, resolved);
  if (rel === '' ) return resolved;
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return resolved;
}

/** Forward-slash path of `file` relative to `root`, for messages and ids (same on every OS). */
export function toPosixRelative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

export interface UrlContext {
  readonly basePath: string;
  readonly baseUrl: string;
}

/**
 * Site path ("/tin-tuc/2023/01/x/") → URL as served ("/portal/tin-tuc/2023/01/x/").
 * External URLs, fragments, mailto: and tel: pass through untouched.
 */
export function urlFor(ctx: UrlContext, sitePath: string): string {
  if (/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(sitePath)) return sitePath;
  const clean = sitePath.replace(/^\/+/, '');
  return ctx.basePath + clean;
}

/** Absolute URL for canonical links, feeds and sitemaps. */
export function absoluteUrl(ctx: UrlContext, sitePath: string): string {
  const u = urlFor(ctx, sitePath);
  return /^[a-z][a-z0-9+.-]*:/i.test(u) ? u : ctx.baseUrl + u;
}

/** Output file for a site path: "/a/b/" → "a/b/index.html", "/404.html" → "404.html". */
export function outputPathFor(sitePath: string): string {
  const clean = sitePath.replace(/^\/+/, '');
  if (clean === '' || clean.endsWith('/')) return `${clean}index.html`;
  return clean;
}
