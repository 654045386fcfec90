// RSS 2.0 and Atom feeds, built in code. Every item keeps one id for ever (tag URI from the site's
// host, the publication day and the article id), whatever later happens to its title or URL.
import type { ArticleSummary as Article } from '../content/article.js';
import type { ResolvedConfig } from '../config.js';
import type { ProcessedImage } from '../images/process-images.js';
import { absoluteUrl } from '../paths.js';
import { formatIsoWithOffset, toLocalTime } from '../vi/dates.js';
import { element, emptyElement, escapeXml } from './xml.js';

export interface FeedInput {
  readonly title: string;
  readonly description: string;
  /** Site path of the page the feed follows ("/" or a category). */
  readonly pageUrl: string;
  readonly rssUrl: string;
  readonly atomUrl: string;
  readonly articles: readonly Article[];
}

export interface FeedContext {
  readonly config: ResolvedConfig;
  readonly images: ReadonlyMap<string, ProcessedImage>;
  readonly categoryName: (slug: string) => string;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number): string => String(n).padStart(2, '0');

/** RFC 822 date with the zone's offset, as RSS wants: "Wed, 11 Jan 2023 08:30:00 +0700". */
export function rfc822(epochMs: number, timeZone: string): string {
  const t = toLocalTime(epochMs, timeZone);
  const off = Math.abs(t.offsetMinutes);
  const seconds = pad(new Date(epochMs).getUTCSeconds());
  return `${DAYS[t.weekday]}, ${pad(t.day)} ${MONTHS[t.month - 1]} ${t.year} ${pad(t.hour)}:${pad(t.minute)}:${seconds} ${t.offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(off / 60))}${pad(off % 60)}`;
}

/** The id of an article in feeds, stable for ever: tag:danvan.example.vn,2023-01-11:bai-viet/hoi-nghi */
export function articleGuid(article: Article, config: ResolvedConfig): string {
  const t = toLocalTime(article.meta.date.epochMs, config.timeZone);
  return `tag:${new URL(config.baseUrl).host},${t.year}-${pad(t.month)}-${pad(t.day)}:${article.id}`;
}

function coverOf(article: Article, ctx: FeedContext) {
  return article.cover ? ctx.images.get(article.cover.image.source)?.social : undefined;
}

export function rssFeed(feed: FeedInput, ctx: FeedContext): string {
  const { config } = ctx;
  const tz = config.timeZone;
  const items = feed.articles.map((a) => {
    const image = coverOf(a, ctx);
    return [
      '<item>',
      element('title', a.meta.title),
      element('link', absoluteUrl(config, a.url)),
      element('guid', articleGuid(a, config), { isPermaLink: 'false' }),
      element('pubDate', rfc822(a.meta.date.epochMs, tz)),
      element('dc:creator', a.meta.author),
      element('category', ctx.categoryName(a.meta.category)),
      element('description', a.excerpt),
      image ? emptyElement('enclosure', { url: absoluteUrl(config, image.sitePath), length: image.bytes, type: 'image/jpeg' }) : '',
      image ? emptyElement('media:content', { url: absoluteUrl(config, image.sitePath), medium: 'image', type: 'image/jpeg', width: image.width, height: image.height }) : '',
      '</item>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
    '<channel>',
    element('title', feed.title),
    element('link', absoluteUrl(config, feed.pageUrl)),
    element('description', feed.description),
    element('language', config.lang),
    feed.articles[0] ? element('lastBuildDate', rfc822(feed.articles[0].meta.date.epochMs, tz)) : '',
    emptyElement('atom:link', { href: absoluteUrl(config, feed.rssUrl), rel: 'self', type: 'application/rss+xml' }),
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

export function atomFeed(feed: FeedInput, ctx: FeedContext): string {
  const { config } = ctx;
  const tz = config.timeZone;
  const iso = (ms: number): string => formatIsoWithOffset(ms, tz);
  const newest = feed.articles.reduce((m, a) => Math.max(m, (a.meta.updated ?? a.meta.date).epochMs), 0);
  const entries = feed.articles.map((a) => {
    const image = coverOf(a, ctx);
    return [
      '<entry>',
      element('title', a.meta.title),
      element('id', articleGuid(a, config)),
      emptyElement('link', { rel: 'alternate', type: 'text/html', href: absoluteUrl(config, a.url) }),
      element('published', iso(a.meta.date.epochMs)),
      element('updated', iso((a.meta.updated ?? a.meta.date).epochMs)),
      a.meta.author ? `<author>${element('name', a.meta.author)}</author>` : '',
      emptyElement('category', { term: a.meta.category, label: ctx.categoryName(a.meta.category) }),
      element('summary', a.excerpt),
      image ? emptyElement('link', { rel: 'enclosure', type: 'image/jpeg', length: image.bytes, href: absoluteUrl(config, image.sitePath) }) : '',
      '</entry>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(config.lang)}">`,
    element('title', feed.title),
    element('subtitle', feed.description),
    element('id', absoluteUrl(config, feed.pageUrl)),
    emptyElement('link', { rel: 'alternate', type: 'text/html', href: absoluteUrl(config, feed.pageUrl) }),
    emptyElement('link', { rel: 'self', type: 'application/atom+xml', href: absoluteUrl(config, feed.atomUrl) }),
    element('updated', iso(newest || 0)),
    `<author>${element('name', config.title)}</author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
