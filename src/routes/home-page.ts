import { pageOrigin } from './origins.js';
import type { RouteGenerator } from './output-spec.js';

export const homePage: RouteGenerator = (site, config) => [
  {
    url: '/',
    output: 'index.html',
    template: 'home.njk',
    lastmod: site.articles[0]?.meta.date.epochMs,
    origin: pageOrigin('trang chủ', 'the home page'),
    data: {
      latest: site.articles.slice(0, config.homeLatestCount),
      blocks: site.categories
        .filter((c) => c.count > 0)
        .map((c) => ({ category: c, articles: site.byCategory.get(c.slug)!.slice(0, config.homeCategoryCount) })),
      title: config.title,
      description: config.description || config.title,
      activeCategory: '',
      isHome: true,
    },
  },
];
