// Search-engine data for pages: JSON-LD (NewsArticle, BreadcrumbList, WebSite), built in code and
// escaped for a <script> element, so a headline with "</script>", quotes or "&" cannot break out.
import type { ArticleSummary } from '../content/article.js';
import type { ResolvedConfig } from '../config.js';
import type { ProcessedImage } from '../images/process-images.js';
import { jsonForScript } from '../machine/xml.js';
import { absoluteUrl } from '../paths.js';
import type { Crumb } from '../routes/output-spec.js';
import { formatIsoWithOffset } from '../vi/dates.js';
import { slugify } from '../vi/slug.js';

const script = (data: unknown): string => `<script type="application/ld+json">${jsonForScript(data)}</script>`;

export function publisher(config: ResolvedConfig, logoUrl: string) {
  return { '@type': 'Organization', name: config.contact.organisation ?? config.title, url: absoluteUrl(config, '/'), logo: { '@type': 'ImageObject', url: logoUrl } };
}

export function newsArticleJsonLd(article: ArticleSummary, config: ResolvedConfig, images: ReadonlyMap<string, ProcessedImage>, logoUrl: string): string {
  const social = article.cover ? images.get(article.cover.image.source)?.social : undefined;
  const iso = (ms: number): string => formatIsoWithOffset(ms, config.timeZone);
  return script({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.meta.title,
    description: article.excerpt,
    mainEntityOfPage: absoluteUrl(config, article.url),
    datePublished: iso(article.meta.date.epochMs),
    dateModified: iso((article.meta.updated ?? article.meta.date).epochMs),
    ...(article.meta.author && { author: [{ '@type': 'Person', name: article.meta.author, url: absoluteUrl(config, `/tac-gia/${slugify(article.meta.author)}/`) }] }),
    ...(social && { image: [absoluteUrl(config, social.sitePath)] }),
    inLanguage: config.locale,
    publisher: publisher(config, logoUrl),
  });
}

export function breadcrumbJsonLd(crumbs: readonly Crumb[], pageUrl: string, config: ResolvedConfig): string {
  return script({
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.label, item: absoluteUrl(config, c.url ?? pageUrl) })),
  });
}

export function websiteJsonLd(config: ResolvedConfig, logoUrl: string): string {
  // With search, its page takes a query in the address: search engines may offer a search box for the site.
  const search = config.search.enabled && {
    potentialAction: { '@type': 'SearchAction', target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(config, config.search.path)}?q={search_term_string}` }, 'query-input': 'required name=search_term_string' },
  };
  return script({ '@context': 'https://schema.org', '@type': 'WebSite', name: config.title, url: absoluteUrl(config, '/'), inLanguage: config.locale, publisher: publisher(config, logoUrl), ...search });
}



