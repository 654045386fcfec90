// Old CMS addresses (front-matter `aliases`) → the article's address: a small page at each old path
// that can be a file, a `_redirects` file (Netlify, Cloudflare Pages) and an nginx `map` snippet,
// which alone can match query strings such as /index.php?option=com_content&id=123 on any host.
import type { ResolvedConfig } from '../config.js';
import { urlFor } from '../paths.js';

export interface Redirect {
  /** As written by the editor: a site path, perhaps with a query string. */
  readonly from: string;
  /** Site path of the article. */
  readonly to: string;
}

/** Output file of the redirect page for an alias, or undefined when no static file can answer it. */
export function redirectPagePath(alias: string): string | undefined {
  if (alias.includes('?')) return undefined; // a file cannot answer one query string only
  const clean = alias.replace(/^\/+/, '');
  if (clean === '' || clean.endsWith('/')) return `${clean}index.html`;
  if (/\.html?$/i.test(clean)) return clean;
  if (/\.[a-z0-9]+$/i.test(clean)) return undefined; // .php, .asp…: hosts would not serve a file there as a page
  return `${clean}/index.html`;
}

export function netlifyRedirects(redirects: readonly Redirect[], config: ResolvedConfig): string {
  const lines = redirects.map(({ from, to }) => {
    const [path, query] = from.split('?', 2) as [string, string | undefined];
    // Netlify matches query parameters written after the path; hosts that ignore them redirect the path.
    const params = query ? ` ${query.split('&').filter(Boolean).join(' ')}` : '';
    return `${urlFor(config, path)}${params} ${urlFor(config, to)} 301!`;
  });
  return `# Old addresses → new ones (baotinh, from front-matter aliases)\n${lines.join('\n')}\n`;
}

const nginxString = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function nginxRedirects(redirects: readonly Redirect[], config: ResolvedConfig): string {
  return [
    '# Old addresses → new ones (baotinh, from front-matter aliases).',
    '# In the http block:   include /path/to/dist/nginx-redirects.conf;',
    '# In the server block: if ($baotinh_redirect) { return 301 $baotinh_redirect; }',
    'map $request_uri $baotinh_redirect {',
    '  default "";',
    ...redirects.map(({ from, to }) => `  ${nginxString(urlFor(config, from))} ${nginxString(urlFor(config, to))};`),
    '}',
    '',
  ].join('\n');
}
