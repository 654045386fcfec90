// Every output kind, in order. Adding a kind is adding a generator here.
import { diagnostic, type Diagnostic } from '../errors.js';
import type { ResolvedConfig } from '../config.js';
import type { Site } from '../site/site.js';
import { articlePages } from './article-pages.js';
import { categoryPages } from './category-pages.js';
import { homePage } from './home-page.js';
import { sitemapFiles, newsSitemap, robotsTxt } from '../machine/sitemaps.js';
import { contactPage } from './contact-page.js';
import { feedPages } from './feed-pages.js';
import { archivePages, authorPages, tagPages } from './listing-pages.js';
import { notFoundPage } from './not-found-page.js';
import { checkAliases, redirectPages } from './redirect-pages.js';
import type { OutputSpec, RouteGenerator } from './output-spec.js';

export const routeGenerators: readonly RouteGenerator[] = [homePage, categoryPages, articlePages, tagPages, authorPages, archivePages, notFoundPage, contactPage, feedPages, redirectPages];

/** All output specs, or a diagnostic per output file that two specs would write. */
export function planOutputs(site: Site, config: ResolvedConfig): { specs: OutputSpec[]; diagnostics: Diagnostic[] } {
  const pages = routeGenerators.flatMap((generate) => generate(site, config));
  const diagnostics: Diagnostic[] = checkAliases(site, new Set(pages.filter((p) => !p.origin.startsWith('alias ')).map((p) => p.url)));
  const specs = [...pages, ...sitemapSpecs(pages, site, config)];
  const byOutput = new Map<string, OutputSpec>();
  for (const spec of specs) {
    const first = byOutput.get(spec.output);
    // Redirect pages that collide were reported above, as alias conflicts naming the article.
    if (first && (spec.origin.startsWith('alias ') || first.origin.startsWith('alias '))) continue;
    if (first) diagnostics.push(diagnostic('OUTPUT_CONFLICT', { path: spec.output, first: first.origin, second: spec.origin }, { file: spec.origin.includes('/') ? spec.origin : undefined }));
    else byOutput.set(spec.output, spec);
  }
  return { specs, diagnostics };
}

/** The sitemaps list every page meant for readers (not 404, redirects or machine files) with its newest date. */
function sitemapSpecs(pages: readonly OutputSpec[], site: Site, config: ResolvedConfig): OutputSpec[] {
  const entries = pages.filter((p) => !p.noindex).map((p) => ({ url: p.url, ...(p.lastmod !== undefined && { lastmod: p.lastmod }) }));
  const machine = (url: string, content: string): OutputSpec => ({ url, output: url.slice(1), origin: 'sitemap', data: {}, noindex: true, content });
  return [
    ...[...sitemapFiles(entries, config)].map(([name, content]) => machine(`/${name}`, content)),
    machine('/sitemap-news.xml', newsSitemap(site.articles, config)),
    machine('/robots.txt', robotsTxt(config)),
  ];
}
