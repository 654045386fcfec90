// sitemap.xml (an index of parts past 50,000 URLs), the Google News sitemap, robots.txt.
import type { ArticleSummary as Article } from '../content/article.js';
import type { ResolvedConfig } from '../config.js';
import { absoluteUrl } from '../paths.js';
import { formatIsoWithOffset } from '../vi/dates.js';
import { element } from './xml.js';

export const SITEMAP_LIMIT = 50_000;
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export interface SitemapEntry {
  readonly url: string;
  readonly lastmod?: number;
}

/** File name → content. One `sitemap.xml` up to `limit` URLs; beyond, sitemap.xml indexes sitemap-1.xml… */
export function sitemapFiles(entries: readonly SitemapEntry[], config: ResolvedConfig, limit = SITEMAP_LIMIT): Map<string, string> {
  const urlset = (part: readonly SitemapEntry[]): string =>
    [
      HEAD,
      `<urlset xmlns="${NS}">`,
      ...part.map((e) => `<url>${element('loc', absoluteUrl(config, e.url))}${e.lastmod !== undefined ? element('lastmod', formatIsoWithOffset(e.lastmod, config.timeZone)) : ''}</url>`),
      '</urlset>',
      '',
    ].join('\n');
  if (entries.length <= limit) return new Map([['sitemap.xml', urlset(entries)]]);
  const files = new Map<string, string>();
  const parts: string[] = [];
  for (let i = 0; i * limit < entries.length; i++) {
    const part = entries.slice(i * limit, (i + 1) * limit);
    const name = `sitemap-${i + 1}.xml`;
    files.set(name, urlset(part));
    const newest = Math.max(...part.map((e) => e.lastmod ?? 0));
    parts.push(`<sitemap>${element('loc', absoluteUrl(config, `/${name}`))}${newest ? element('lastmod', formatIsoWithOffset(newest, config.timeZone)) : ''}</sitemap>`);
  }
  files.set('sitemap.xml', [HEAD, `<sitemapindex xmlns="${NS}">`, ...parts, '</sitemapindex>', ''].join('\n'));
  return files;
}

const TWO_DAYS = 2 * 86_400_000;

/**
 * Google News sitemap: the articles of the two days up to the newest one. Counted from the newest
 * article rather than the clock, so the same content always gives the same file.
 */
export function newsSitemap(articles: readonly Article[], config: ResolvedConfig): string {
  const newest = articles[0]?.meta.date.epochMs ?? 0;
  const recent = articles.filter((a) => newest - a.meta.date.epochMs <= TWO_DAYS).slice(0, 1000);
  return [
    HEAD,
    `<urlset xmlns="${NS}" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">`,
    ...recent.map((a) =>
      [
        '<url>',
        element('loc', absoluteUrl(config, a.url)),
        '<news:news><news:publication>',
        element('news:name', config.title),
        element('news:language', config.lang),
        '</news:publication>',
        element('news:publication_date', formatIsoWithOffset(a.meta.date.epochMs, config.timeZone)),
        element('news:title', a.meta.title),
        '</news:news></url>',
      ].join(''),
    ),
    '</urlset>',
    '',
  ].join('\n');
}

export function robotsTxt(config: ResolvedConfig): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(config, '/sitemap.xml')}`, `Sitemap: ${absoluteUrl(config, '/sitemap-news.xml')}`, ''].join('\n');
}
