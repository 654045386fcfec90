import { outputPathFor } from '../paths.js';
import { paginate } from '../site/paginate.js';
import { listingOrigin } from './origins.js';
import type { OutputSpec, RouteGenerator } from './output-spec.js';

export const categoryPages: RouteGenerator = (site, config) =>
  site.categories.flatMap((category): OutputSpec[] =>
    paginate(site.byCategory.get(category.slug) ?? [], config.pageSize, category.url).map((page) => ({
      url: page.url,
      output: outputPathFor(page.url),
      template: 'category.njk',
      lastmod: page.items[0]?.meta.date.epochMs,
      origin: listingOrigin(`chuyên mục ${category.slug}${page.number > 1 ? `, trang ${page.number}` : ''}`, `category ${category.slug}${page.number > 1 ? `, page ${page.number}` : ''}`),
      data: {
        category,
        page,
        breadcrumb: [{ label: config.strings.home, url: '/' }, page.number > 1 ? { label: category.name, url: category.url } : { label: category.name }, ...(page.number > 1 ? [{ label: `${config.strings.pageLabel} ${page.number}` }] : [])],
        title: page.number > 1 ? `${category.name} – ${config.strings.pageLabel} ${page.number}` : category.name,
        description: category.description || category.name,
        activeCategory: category.slug,
      },
    })),
  );
