import type { ResolvedConfig } from '../config.js';
import type { ArticleSummary } from '../content/article.js';
import { outputPathFor } from '../paths.js';
import { relatedTo, type CategoryView, type Site } from '../site/site.js';
import { articleOrigin } from './origins.js';
import type { OutputSpec, RouteGenerator } from './output-spec.js';

export const articlePages: RouteGenerator = (site, config) => {
  const specs: OutputSpec[] = [];
  for (const [, list] of site.byCategory) for (const article of list) specs.push(articlePage(site, config, article));
  return specs;
};

/** One article's page (an incremental build that changed only bodies plans these alone). */
export function articlePage(site: Site, config: ResolvedConfig, article: ArticleSummary): OutputSpec {
  const category = site.categories.find((c) => c.slug === article.meta.category)!;
  return articlePageOf(config, article, category, relatedTo(site, article, config.relatedCount));
}

/** The page of an article whose category and related articles are known (body-edits.ts knows them from the last build). */
export function articlePageOf(config: ResolvedConfig, article: ArticleSummary, category: CategoryView, related: readonly ArticleSummary[]): OutputSpec {
  return {
    url: article.url,
    output: outputPathFor(article.url),
    template: 'article.njk',
    lastmod: (article.meta.updated ?? article.meta.date).epochMs,
    origin: articleOrigin(article.file),
    articleId: article.id,
    data: {
      article,
      category,
      related,
      breadcrumb: [{ label: config.strings.home, url: '/' }, { label: category.name, url: category.url }, { label: article.meta.title }],
      title: article.meta.title,
      description: article.excerpt,
      activeCategory: category.slug,
    },
  };
}
