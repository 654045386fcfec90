import { pageOrigin } from './origins.js';
import type { RouteGenerator } from './output-spec.js';

// Static hosts serve /404.html for missing paths (nginx: error_page 404 /404.html).
export const notFoundPage: RouteGenerator = (_site, config) => [
  {
    url: '/404.html',
    output: '404.html',
    template: '404.njk',
    noindex: true,
    origin: pageOrigin('trang 404', 'the 404 page'),
    data: { title: config.strings.notFoundTitle, description: config.strings.notFoundTitle, activeCategory: '', noindex: true },
  },
];
