import { diagnostic, type Diagnostic } from '../errors.js';
import { netlifyRedirects, nginxRedirects, redirectPagePath, type Redirect } from '../machine/redirects.js';
import type { Site } from '../site/site.js';
import type { OutputSpec, RouteGenerator } from './output-spec.js';

function redirectsOf(site: Site): (Redirect & { file: string })[] {
  return site.articles.flatMap((a) => a.meta.aliases.map((from) => ({ from, to: a.url, file: a.file })));
}

/** A page at every old path a file can answer, plus `_redirects` and `nginx-redirects.conf` for all of them. */
export const redirectPages: RouteGenerator = (site, config) => {
  const redirects = redirectsOf(site);
  if (!redirects.length) return [];
  const pages = redirects.flatMap((r): OutputSpec[] => {
    const output = redirectPagePath(r.from);
    return output ? [{ url: r.from, output, template: 'redirect.njk', origin: `alias ${r.from} (${r.file})`, noindex: true, data: { target: r.to, title: config.strings.redirectTitle, description: config.strings.redirectTitle, activeCategory: '', noindex: true } }] : [];
  });
  return [
    ...pages,
    { url: '/_redirects', output: '_redirects', origin: 'aliases', data: {}, noindex: true, content: netlifyRedirects(redirects, config) },
    { url: '/nginx-redirects.conf', output: 'nginx-redirects.conf', origin: 'aliases', data: {}, noindex: true, content: nginxRedirects(redirects, config) },
  ];
};

/** An old address used twice, or one that is the address of a page of the site, is an error. */
export function checkAliases(site: Site, pageUrls: ReadonlySet<string>): Diagnostic[] {
  const seen = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const r of redirectsOf(site)) {
    const bare = r.from.split('?')[0]!;
    const first = seen.get(r.from);
    if (first) diagnostics.push(diagnostic('ALIAS_CONFLICT', { alias: r.from, other: `địa chỉ cũ của bài “${first}”`, otherEn: `an alias of "${first}"` }, { file: r.file }));
    else if (!r.from.includes('?') && (pageUrls.has(bare) || pageUrls.has(`${bare}/`))) diagnostics.push(diagnostic('ALIAS_CONFLICT', { alias: r.from, other: 'một trang đang có của trang web', otherEn: 'an existing page of the site' }, { file: r.file }));
    else seen.set(r.from, r.file);
  }
  return diagnostics;
}
