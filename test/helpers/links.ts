// Internal link checker for a built site.
//
// Scans every .html file in outDir (href/src/srcset/poster attributes, url(...) inside
// <style> elements and style="" attributes) and every .css file (url(...), @import), and
// resolves each internal URL to a file in outDir:
//   - root-relative URLs must start with basePath (a site under /portal/ must never link
//     to /x); relative URLs are resolved against the page (or its <base href>) and must
//     stay inside basePath too;
//   - query and fragment are stripped, percent-encoding decoded, and a directory URL maps
//     to its index.html.
// Skipped: URLs with a scheme (https:, http:, mailto:, tel:, data:, javascript:, ...),
// protocol-relative //host URLs, and pure #fragment or empty URLs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface BrokenLink {
  /** Page (or stylesheet) path relative to outDir, with forward slashes. */
  page: string;
  /** The URL exactly as written (entities decoded). */
  url: string;
  /** Why it is broken. */
  reason: string;
  /** The file it was expected at, relative to outDir, when it could be resolved. */
  expected?: string;
}

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile()) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? m;
  });
}

export interface Tag {
  name: string;
  attrs: Map<string, string>;
}

/** Tiny start-tag scanner: yields every start tag with its (entity-decoded) attributes. */
export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const nameMatch = /^<([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, lt + 64));
    if (!nameMatch || nameMatch[1] === undefined) {
      i = lt + 1;
      continue;
    }
    const name = nameMatch[1].toLowerCase();
    let j = lt + nameMatch[0].length;
    const attrs = new Map<string, string>();
    // Attribute loop until '>'
    while (j < n) {
      while (j < n && /[\s/]/.test(html[j]!)) j++;
      if (j >= n || html[j] === '>') break;
      let k = j;
      while (k < n && !/[\s/>=]/.test(html[k]!)) k++;
      const attrName = html.slice(j, k).toLowerCase();
      j = k;
      while (j < n && /\s/.test(html[j]!)) j++;
      let value = '';
      if (html[j] === '=') {
        j++;
        while (j < n && /\s/.test(html[j]!)) j++;
        const q = html[j];
        if (q === '"' || q === "'") {
          const end = html.indexOf(q, j + 1);
          const stop = end < 0 ? n : end;
          value = html.slice(j + 1, stop);
          j = stop + 1;
        } else {
          let e = j;
          while (e < n && !/[\s>]/.test(html[e]!)) e++;
          value = html.slice(j, e);
          j = e;
        }
      }
      if (attrName && !attrs.has(attrName)) attrs.set(attrName, decodeEntities(value));
    }
    tags.push({ name, attrs });
    i = j + 1;
    // Raw-text elements: skip their content (a <script> may contain "<a href=...>" strings).
    if (name === 'script' || name === 'style' || name === 'textarea' || name === 'title') {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      if (name === 'style') tags.push({ name: '#style-text', attrs: new Map([['text', html.slice(i, close < 0 ? n : close)]]) });
      i = close < 0 ? n : close;
    }
  }
  return tags;
}

/** Parses a srcset attribute into its URLs (per the HTML spec's candidate syntax). */
export function parseSrcset(srcset: string): string[] {
  const urls: string[] = [];
  let i = 0;
  const n = srcset.length;
  while (i < n) {
    while (i < n && /[\s,]/.test(srcset[i]!)) i++;
    if (i >= n) break;
    let j = i;
    while (j < n && !/\s/.test(srcset[j]!)) j++;
    let url = srcset.slice(i, j);
    let endedWithComma = false;
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
      endedWithComma = true;
    }
    if (url) urls.push(url);
    i = j;
    if (!endedWithComma) {
      // skip descriptors up to the next comma (outside parentheses)
      let depth = 0;
      while (i < n) {
        const c = srcset[i]!;
        if (c === '(') depth++;
        else if (c === ')') depth = Math.max(0, depth - 1);
        else if (c === ',' && depth === 0) break;
        i++;
      }
    }
  }
  return urls;
}

/** url(...) and @import "..." references in CSS text. */
export function cssUrls(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const urls: string[] = [];
  const re = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/gi;
  for (const m of text.matchAll(re)) {
    const u = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
    if (u !== undefined) urls.push(u.replace(/\\(.)/g, '$1'));
  }
  return urls;
}

const URL_ATTRS = ['href', 'src', 'srcset', 'poster', 'xlink:href'];

function normaliseBasePath(basePath: string): string {
  let b = basePath.trim() || '/';
  if (!b.startsWith('/')) b = `/${b}`;
  if (!b.endsWith('/')) b = `${b}/`;
  return b;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * Returns the broken internal references of the site in outDir, deployed under basePath.
 * An empty array means every internal link, image, script, stylesheet and CSS url() resolves.
 */
export function checkInternalLinks(outDir: string, basePath = '/'): BrokenLink[] {
  const base = normaliseBasePath(basePath);
  const origin = 'http://site.invalid';
  const root = path.resolve(outDir);
  const broken: BrokenLink[] = [];
  const seen = new Set<string>();
  const existsCache = new Map<string, { ok: boolean; expected: string }>();

  const resolveTarget = (absPathname: string): { ok: boolean; expected: string } => {
    const cached = existsCache.get(absPathname);
    if (cached) return cached;
    let rel = absPathname.slice(base.length);
    let decoded: string;
    try {
      decoded = decodeURIComponent(rel);
    } catch {
      decoded = rel;
    }
    rel = decoded;
    let file = path.join(root, rel);
    let result: { ok: boolean; expected: string };
    if (path.relative(root, file).startsWith('..')) {
      result = { ok: false, expected: rel };
    } else {
      if (rel === '' || rel.endsWith('/')) file = path.join(file, 'index.html');
      let ok = false;
      try {
        const st = statSync(file);
        if (st.isFile()) ok = true;
        else if (st.isDirectory()) {
          file = path.join(file, 'index.html');
          ok = statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
        }
      } catch {
        ok = false;
      }
      result = { ok, expected: toPosix(path.relative(root, file)) };
    }
    existsCache.set(absPathname, result);
    return result;
  };

  const check = (pageRel: string, baseUrl: string, raw: string) => {
    const url = raw.trim();
    if (url === '' || url.startsWith('#')) return;
    if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url)) return; // https:, mailto:, tel:, data:, ...
    if (url.startsWith('//')) return; // protocol-relative: another host
    const key = `${pageRel}\u0000${url}`;
    if (seen.has(key)) return;
    seen.add(key);
    const report = (reason: string, expected?: string) =>
      broken.push({ page: pageRel, url: raw, reason, ...(expected !== undefined ? { expected } : {}) });

    let resolved: URL;
    try {
      resolved = new URL(url, baseUrl);
    } catch {
      report('unparsable URL');
      return;
    }
    if (resolved.origin !== origin) return; // e.g. <base href="https://..."> made it external
    let pathname = resolved.pathname;
    if (pathname === base.slice(0, -1)) pathname = base;
    if (!pathname.startsWith(base)) {
      report(
        url.startsWith('/')
          ? `root-relative URL outside the base path ${base}`
          : `resolves to ${pathname}, outside the base path ${base}`,
      );
      return;
    }
    const target = resolveTarget(pathname);
    if (!target.ok) report('no such file in the output', target.expected);
  };

  for (const file of listFiles(root)) {
    const ext = path.extname(file).toLowerCase();
    if (ext !== '.html' && ext !== '.htm' && ext !== '.css') continue;
    const rel = toPosix(path.relative(root, file));
    const pageUrl = `${origin}${base}${rel.split('/').map(encodeURIComponent).join('/')}`;
    const text = readFileSync(file, 'utf8');
    if (ext === '.css') {
      for (const u of cssUrls(text)) check(rel, pageUrl, u);
      continue;
    }
    const tags = scanTags(text);
    let docBase = pageUrl;
    const baseTag = tags.find((t) => t.name === 'base' && t.attrs.has('href'));
    if (baseTag) {
      const href = baseTag.attrs.get('href') ?? '';
      check(rel, pageUrl, href);
      try {
        docBase = new URL(href, pageUrl).href;
      } catch {
        /* reported above */
      }
    }
    for (const tag of tags) {
      if (tag.name === 'base') continue;
      if (tag.name === '#style-text') {
        for (const u of cssUrls(tag.attrs.get('text') ?? '')) check(rel, docBase, u);
        continue;
      }
      for (const attr of URL_ATTRS) {
        const v = tag.attrs.get(attr);
        if (v === undefined) continue;
        if (attr === 'srcset') for (const u of parseSrcset(v)) check(rel, docBase, u);
        else check(rel, docBase, v);
      }
      const style = tag.attrs.get('style');
      if (style) for (const u of cssUrls(style)) check(rel, docBase, u);
    }
  }
  return broken;
}

export function formatBrokenLinks(broken: BrokenLink[], max = 100): string {
  const lines = broken
    .slice(0, max)
    .map((b) => `  ${b.page}: ${JSON.stringify(b.url)} — ${b.reason}${b.expected ? ` (expected ${b.expected})` : ''}`);
  if (broken.length > max) lines.push(`  … and ${broken.length - max} more`);
  return lines.join('\n');
}
