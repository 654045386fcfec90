import { pageOrigin } from './origins.js';
import type { RouteGenerator } from './output-spec.js';

/** The search page (config `search.path`, "/tim-kiem/"): the form, its filters, and where the
 *  results go (assets/search/search-page.js fills them in from the index; ?q= in the address works). */
export const searchPage: RouteGenerator = (site, config) =>
  config.search.enabled
    ? [{
        url: config.search.path,
        output: `${config.search.path.slice(1)}index.html`,
        template: 'search.njk',
        origin: pageOrigin('trang tìm kiếm', 'the search page'),
        // What it shows depends on the query: nothing for a search engine to list.
        noindex: true,
        data: {
          title: config.strings.searchTitle,
          description: config.strings.searchHint,
          activeCategory: '',
          noindex: true,
          breadcrumb: [{ label: config.strings.home, url: '/' }, { label: config.strings.searchTitle }],
          categories: site.categories.filter((c) => c.count > 0).map((c) => ({ slug: c.slug, name: c.name, url: c.url })),
          years: site.archive.map((y) => y.year),
          archiveUrl: site.archive.length ? '/luu-tru/' : '',
        },
      }]
    : [];
