// Articles → Site: the sorted collections every route reads. Pure; nothing here touches the disk.
import type { ArticleSummary as Article } from '../content/article.js';
import type { CategoryConfig, MenuItem, ResolvedConfig } from '../config.js';

export interface CategoryView extends CategoryConfig {
  readonly url: string;
  readonly count: number;
}

/** What every page shows around its content: header, menu, sidebar, footer. */
export interface Chrome {
  readonly title: string;
  readonly description: string;
  readonly demo: boolean;
  readonly menu: readonly MenuItem[];
  readonly categories: readonly CategoryView[];
  readonly latest: readonly Article[];
  readonly contact: ResolvedConfig['contact'];
  readonly strings: ResolvedConfig['strings'];
  readonly lang: string;
}

export interface Site {
  /** Newest first; ties broken by id so the order never depends on discovery. */
  readonly articles: readonly Article[];
  readonly byCategory: ReadonlyMap<string, readonly Article[]>;
  readonly categories: readonly CategoryView[];
  readonly chrome: Chrome;
}

export function compareNewestFirst(a: Article, b: Article): number {
  return b.meta.date.epochMs - a.meta.date.epochMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function categoryUrl(slug: string): string {
  return `/chuyen-muc/${slug}/`;
}

export function buildSite(articles: readonly Article[], config: ResolvedConfig): Site {
  const sorted = [...articles].sort(compareNewestFirst);
  const byCategory = new Map<string, Article[]>(config.categories.map((c) => [c.slug, []]));
  for (const article of sorted) byCategory.get(article.meta.category)!.push(article);
  const categories = config.categories.map((c) => ({ ...c, url: categoryUrl(c.slug), count: byCategory.get(c.slug)!.length }));
  return {
    articles: sorted,
    byCategory,
    categories,
    chrome: {
      title: config.title,
      description: config.description,
      demo: config.demo,
      menu: config.menu,
      categories,
      latest: sorted.slice(0, config.latestCount),
      contact: config.contact,
      strings: config.strings,
      lang: config.lang,
    },
  };
}

/** "Tin liên quan": the newest other articles of the same category. O(count) per article. */
export function relatedInCategory(site: Site, article: Article, count: number): Article[] {
  const list = site.byCategory.get(article.meta.category) ?? [];
  const related: Article[] = [];
  for (const other of list) {
    if (related.length === count) break;
    if (other !== article) related.push(other);
  }
  return related;
}
