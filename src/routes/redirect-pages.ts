// Old addresses of articles: a redirect page where an HTML file can answer, and `_redirects` and
// `nginx-redirects.conf` for all of them; and the claims the aliases make on output paths.
import type { ArticleSummary } from '../content/article.js';
import type { Alias } from '../content/aliases.js';
import { aliasOutputPath, writesRedirectPage } from '../content/alias-path.js';
import { netlifyRedirects, nginxRedirects } from '../machine/redirects.js';
import type { Site } from '../site/site.js';
import type { Claim } from './output-claims.js';
import { aliasOrigin, machineOrigin } from './origins.js';
import type { OutputSpec, RouteGenerator } from './output-spec.js';

interface AliasUse {
  readonly alias: Alias;
  readonly article: ArticleSummary;
  /** The file a static server answers the old path with. */
  readonly output: string;
}

function aliasUses(site: Site): AliasUse[] {
  return site.articles.flatMap((article) => article.meta.aliases.map((alias) => ({ alias, article, output: aliasOutputPath(alias.path) })));
}

/** A query cannot be answered by a file, nor can /index.php: those are left to the server rules. */
const hasPage = (use: AliasUse): boolean => use.alias.query === undefined && writesRedirectPage(use.output);

const originOf = ({ alias, article }: AliasUse) => aliasOrigin(article.file, alias.line, alias.column);

export const redirectPages: RouteGenerator = (site, config) => {
  const uses = aliasUses(site);
  if (!uses.length) return [];
  const pages = uses.filter(hasPage).map((use): OutputSpec => ({
    url: use.alias.path,
    output: use.output,
    template: 'redirect.njk',
    origin: originOf(use),
    noindex: true,
    data: { target: use.article.url, title: config.strings.redirectTitle, description: config.strings.redirectTitle, activeCategory: '', noindex: true },
  }));
  const redirects = uses.map(({ alias, article }) => ({ path: alias.path, ...(alias.query !== undefined && { query: alias.query }), to: article.url }));
  const file = (name: string, content: string): OutputSpec => ({
    url: `/${name}`,
    output: name,
    origin: machineOrigin(`tệp chuyển hướng ${name}`, `the ${name} file`),
    data: {},
    noindex: true,
    content,
  });
  return [...pages, file('_redirects', netlifyRedirects(redirects, config)), file('nginx-redirects.conf', nginxRedirects(redirects, config))];
};

/**
 * What every alias takes: the file a server would answer its path with (written or not, since a
 * server rule at /rss.xml would hide the real feed), or its path and query.
 */
export function aliasClaims(site: Site): Claim[] {
  return aliasUses(site).map((use) => {
    const claimed = use.alias.query === undefined ? use.output : `${use.alias.path}?${use.alias.query}`;
    return { output: claimed, writes: hasPage(use), origin: originOf(use), alias: use.alias.written };
  });
}
