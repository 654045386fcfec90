// Old CMS addresses (front-matter `aliases`, already normalised and checked) → the article's address:
// a `_redirects` file (Netlify, Cloudflare Pages) and an nginx snippet, which alone matches query
// strings such as /index.php?option=com_content&id=123 on any host. Aliases arrive refused of
// wildcards (*), placeholders (:x), spaces and control characters, so no line here can mean
// "every address" or break its file's line format.
import { aliasOutputPath } from '../content/alias-path.js';
import type { ResolvedConfig } from '../config.js';
import { urlFor } from '../paths.js';

export interface Redirect {
  /** Decoded, normalised site path of the old address: "/tin-tức/bài-cũ.html". */
  readonly path: string;
  /** Its query without "?", %XX upper-case. */
  readonly query?: string;
  /** Site path of the article. */
  readonly to: string;
}

/** A path as a browser sends it: UTF-8 %XX (upper-case) for everything but the URL path characters. */
export function encodeRequestPath(path: string): string {
  return path.replace(/[^A-Za-z0-9\-._~!$&'()+,;=:@/[\]|^]/gu, (c) => encodeURIComponent(c).replace(/%[0-9a-f]{2}/gi, (e) => e.toUpperCase()));
}

/** Every request path a static server answers with the alias's file: /x, /x/ and /x/index.html for one folder page. */
export function requestPathsOf(path: string): string[] {
  const output = aliasOutputPath(path);
  if (output !== 'index.html' && !output.endsWith('/index.html')) return [`/${output}`];
  const folder = output.slice(0, -'index.html'.length);
  return [...(folder ? [`/${folder.slice(0, -1)}`] : []), `/${folder}`, `/${output}`];
}

export function netlifyRedirects(redirects: readonly Redirect[], config: ResolvedConfig): string {
  const lines = redirects.map(({ path, query, to }) => {
    const from = encodeRequestPath(urlFor(config, path));
    const params = query?.split('&') ?? [];
    // Netlify matches `key=value` pairs written after the path; a query it cannot express is left to nginx,
    // never written as the bare path (which would redirect every query).
    if (params.some((p) => !/^[^=]+=/.test(p)) || new Set(params.map((p) => p.split('=')[0])).size < params.length) {
      return `# ${from}?${query} → ${urlFor(config, to)}: chỉ có trong nginx-redirects.conf (only in nginx-redirects.conf)`;
    }
    return `${[from, ...params].join(' ')} ${urlFor(config, to)} 301!`;
  });
  return `# Old addresses → new ones (baotinh, from front-matter aliases)\n${lines.join('\n')}\n`;
}

const nginxString = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const nextPowerOfTwo = (n: number): number => 2 ** Math.ceil(Math.log2(Math.max(1, n)));

/**
 * Two maps: paths on `$uri` (decoded and normalised by nginx, so %C3%A0, %c3%a0 and "à" are one
 * key), queries on "$uri?$args" ($args as sent; nginx compares map keys ignoring ASCII case, so
 * %C3%A0 and %c3%a0 match alike). Keys are de-duplicated the way nginx compares them.
 */
export function nginxRedirects(redirects: readonly Redirect[], config: ResolvedConfig): string {
  const paths = new Map<string, string>();
  const queries = new Map<string, string>();
  let longest = 0;
  for (const { path, query, to } of redirects) {
    const target = urlFor(config, to);
    const keys = query === undefined ? requestPathsOf(path).map((p) => urlFor(config, p)) : [`${urlFor(config, path)}?${query}`];
    const table = query === undefined ? paths : queries;
    for (const key of keys) {
      if (table.has(key.toLowerCase())) continue;
      table.set(key.toLowerCase(), `  ${nginxString(key)} ${nginxString(target)};`);
      longest = Math.max(longest, bytes(key));
    }
  }
  // nginx's rule (ngx_hash_init): a bucket holds a pointer plus the key rounded up to 8 bytes, plus 2.
  const bucket = Math.max(128, nextPowerOfTwo(16 + Math.ceil((longest + 2) / 8) * 8));
  const maxSize = Math.max(2048, nextPowerOfTwo(4 * (paths.size + queries.size)));
  return [
    '# Old addresses → new ones (baotinh, from the front-matter `aliases` of the articles).',
    '# Use it in nginx like this:',
    '#   http {',
    '#     include /path/to/dist/nginx-redirects.conf;   # in the http block, before any other `map`',
    '#     server {',
    '#       if ($baotinh_redirect) { return 301 $baotinh_redirect; }',
    '#     }',
    '#   }',
    `# The two map_hash_* lines size nginx's table for these addresses (the longest key is ${longest} bytes;`,
    '# the default bucket of 64 bytes holds keys of up to 46). nginx accepts them once, and only before',
    '# the first `map` of the http block: include this file first, or, if your configuration already',
    `# sets them, delete them here and set yours to at least map_hash_bucket_size ${bucket} and map_hash_max_size ${maxSize}.`,
    `map_hash_bucket_size ${bucket};`,
    `map_hash_max_size ${maxSize};`,
    '',
    'map $uri $baotinh_redirect_path {',
    '  default "";',
    ...paths.values(),
    '}',
    '',
    'map "$uri?$args" $baotinh_redirect {',
    '  default $baotinh_redirect_path;',
    ...queries.values(),
    '}',
    '',
  ].join('\n');
}
