// Every output kind, in order. Adding a kind is adding a generator here.
import type { Diagnostic } from '../errors.js';
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
import { searchPage } from './search-page.js';
import { directoryOutput } from '../search/search-stage.js';
import { aliasClaims, redirectPages } from './redirect-pages.js';
import { findCollisions, findLongPaths, type Claim } from './output-claims.js';
import { attachmentOrigin, machineOrigin, photoOrigin, publicOrigin } from './origins.js';
import type { OutputOrigin, OutputSpec, RouteGenerator } from './output-spec.js';

export const routeGenerators: readonly RouteGenerator[] = [homePage, categoryPages, articlePages, tagPages, authorPages, archivePages, notFoundPage, contactPage, searchPage, feedPages, redirectPages];

/** Files that are copied into the output beside the pages, which no page may replace. */
export interface OtherOutputs {
  /** Public files by output path (the site's and the built-in theme's public/, merged). */
  readonly publicFiles?: ReadonlyMap<string, { readonly absolute: string }>;
  /** The project folder, to name the site's public files by their project-relative path. */
  readonly projectRoot?: string;
  /** Output paths of the processed photos. */
  readonly photoOutputs?: readonly string[];
  /** Output paths of the documents linked from articles. */
  readonly attachmentOutputs?: readonly string[];
}

/**
 * All output specs, and a diagnostic for every output path two of them (or a page and a public
 * file, a photo, an alias) would take, and for every path too long for a file system.
 */
export function planOutputs(site: Site, config: ResolvedConfig, others: OtherOutputs = {}): { specs: OutputSpec[]; diagnostics: Diagnostic[] } {
  const pages = routeGenerators.flatMap((generate) => generate(site, config));
  const specs = [...pages, ...sitemapSpecs(pages, site, config)];
  // Aliases come last, so a collision is reported on the alias (the editor's line to change).
  const written = (output: string, origin: OutputOrigin): Claim => ({ output, writes: true, origin });
  const claims: Claim[] = [
    ...specs.filter((s) => s.origin.kind !== 'alias').map((s) => written(s.output, s.origin)),
    ...(others.photoOutputs ?? []).map((output) => written(output, photoOrigin(output))),
    ...(others.attachmentOutputs ?? []).map((output) => written(output, attachmentOrigin(output))),
    ...[...(others.publicFiles ?? [])].map(([output, { absolute }]) => written(output, publicOrigin(output, absolute, others.projectRoot ?? '.'))),
    // The search index's directory, at a fixed address the search script asks for.
    ...(config.search.enabled ? [written(directoryOutput(config), machineOrigin(`tệp ${directoryOutput(config)} do baotinh tạo`, `the generated ${directoryOutput(config)}`))] : []),
    ...aliasClaims(site),
  ];
  const generated = claims.filter((c) => c.origin.kind !== 'public' && c.origin.kind !== 'photo');
  return { specs, diagnostics: [...findLongPaths(generated), ...findCollisions(claims)] };
}

/** The sitemaps list every page meant for readers (not 404, redirects or machine files) with its newest date. */
function sitemapSpecs(pages: readonly OutputSpec[], site: Site, config: ResolvedConfig): OutputSpec[] {
  const entries = pages.filter((p) => !p.noindex).map((p) => ({ url: p.url, ...(p.lastmod !== undefined && { lastmod: p.lastmod }) }));
  const machine = (url: string, content: string): OutputSpec => ({ url, output: url.slice(1), origin: machineOrigin(`tệp ${url.slice(1)} do baotinh tạo`, `the generated ${url.slice(1)}`), data: {}, noindex: true, content });
  return [
    ...[...sitemapFiles(entries, config)].map(([name, content]) => machine(`/${name}`, content)),
    machine('/sitemap-news.xml', newsSitemap(site.articles, config)),
    machine('/robots.txt', robotsTxt(config)),
  ];
}
