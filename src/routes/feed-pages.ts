import { atomFeed, rssFeed, type FeedContext } from '../machine/feeds.js';
import { machineOrigin } from './origins.js';
import type { OutputSpec, RouteGenerator } from './output-spec.js';

/** Site-wide feeds at /rss.xml and /atom.xml; each category's at /chuyen-muc/<slug>/rss.xml and atom.xml. */
export const feedPages: RouteGenerator = (site, config) => {
  const ctx: FeedContext = { config, images: site.images, categoryName: (slug) => site.categories.find((c) => c.slug === slug)?.name ?? slug };
  const feeds = [
    { title: config.title, description: config.description || config.title, pageUrl: '/', rssUrl: '/rss.xml', atomUrl: '/atom.xml', articles: site.articles.slice(0, config.feedSize) },
    // A category without articles has no feed (an empty feed only tells readers' apps to keep asking).
    ...site.categories.filter((c) => c.count > 0).map((c) => ({
      title: `${c.name} – ${config.title}`,
      description: c.description || c.name,
      pageUrl: c.url,
      rssUrl: `${c.url}rss.xml`,
      atomUrl: `${c.url}atom.xml`,
      articles: (site.byCategory.get(c.slug) ?? []).slice(0, config.feedSize),
    })),
  ];
  return feeds.flatMap((feed): OutputSpec[] => [
    { url: feed.rssUrl, output: feed.rssUrl.slice(1), origin: machineOrigin(`nguồn tin RSS ${feed.rssUrl}`, `the RSS feed ${feed.rssUrl}`), data: {}, noindex: true, content: rssFeed(feed, ctx) },
    { url: feed.atomUrl, output: feed.atomUrl.slice(1), origin: machineOrigin(`nguồn tin Atom ${feed.atomUrl}`, `the Atom feed ${feed.atomUrl}`), data: {}, noindex: true, content: atomFeed(feed, ctx) },
  ]);
};
