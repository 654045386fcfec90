// Articles → Site: the sorted collections every route reads. Pure; nothing here touches the disk.
import type { ArticleSummary as Article } from '../content/article.js';
import type { CategoryConfig, MenuItem, ResolvedConfig } from '../config.js';
import { CONFIG_FILE } from '../config-name.js';
import { diagnostic, type Diagnostic } from '../errors.js';
import type { ProcessedImage } from '../images/process-images.js';
import { groupArchive, groupTerms, mostRead, relatedArticles, type ArchiveYear, type Term } from './taxonomies.js';

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
  /** "Tin đọc nhiều"; empty when no article has a view count. */
  readonly mostRead: readonly Article[];
  readonly contact: ResolvedConfig['contact'];
  readonly strings: ResolvedConfig['strings'];
  readonly lang: string;
  /** The search page's site path, when the site has search (the header's search box goes there). */
  readonly searchUrl?: string;
}

export interface Site {
  /** Newest first; ties broken by id so the order never depends on discovery. */
  readonly articles: readonly Article[];
  readonly byCategory: ReadonlyMap<string, readonly Article[]>;
  readonly categories: readonly CategoryView[];
  /** In Vietnamese alphabetical order. */
  readonly tags: readonly Term[];
  readonly tagsBySlug: ReadonlyMap<string, Term>;
  readonly authors: readonly Term[];
  /** Newest year first. */
  readonly archive: readonly ArchiveYear[];
  /** Published photo variants, by source file. */
  readonly images: ReadonlyMap<string, ProcessedImage>;
  readonly chrome: Chrome;
  /** "Tin liên quan" already known for every article (from the last build, when nothing they depend on changed). */
  readonly knownRelated?: ReadonlyMap<string, readonly Article[]>;
}

export function compareNewestFirst(a: Article, b: Article): number {
  return b.meta.date.epochMs - a.meta.date.epochMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function categoryUrl(slug: string): string {
  return `/chuyen-muc/${slug}/`;
}

export function buildSite(articles: readonly Article[], config: ResolvedConfig, images: ReadonlyMap<string, ProcessedImage> = new Map()): { site: Site; diagnostics: Diagnostic[] } {
  const sorted = [...articles].sort(compareNewestFirst);
  const tags = groupTerms(sorted, 'tag');
  const authors = groupTerms(sorted, 'author');
  const byCategory = new Map<string, Article[]>(config.categories.map((c) => [c.slug, []]));
  for (const article of sorted) byCategory.get(article.meta.category)!.push(article);
  const categories = config.categories.map((c) => ({ ...c, url: categoryUrl(c.slug), count: byCategory.get(c.slug)!.length }));
  const site: Site = {
    articles: sorted,
    byCategory,
    categories,
    tags: tags.terms,
    tagsBySlug: new Map(tags.terms.map((t) => [t.slug, t])),
    authors: authors.terms,
    archive: groupArchive(sorted, config.timeZone),
    images,
    chrome: {
      title: config.title,
      description: config.description,
      demo: config.demo,
      menu: config.menu,
      categories,
      latest: sorted.slice(0, config.latestCount),
      mostRead: mostRead(sorted, config.mostReadCount),
      contact: config.contact,
      strings: config.strings,
      lang: config.lang,
      ...(config.search.enabled && { searchUrl: config.search.path }),
    },
  };
  // A configured category no article is in yet: its page says so, but no feed is made for it and the
  // sidebar does not list it with "(0)"; the editor is told (it may be a misspelt slug in the configuration).
  const empty = categories.filter((c) => c.count === 0).map((c) => diagnostic('CATEGORY_EMPTY', { slug: c.slug, name: c.name }, { file: CONFIG_FILE }, 'warning'));
  return { site, diagnostics: [...tags.diagnostics, ...authors.diagnostics, ...empty] };
}

/** What every article's related list is made from: each article's id, date, category and tags, in site order. */
export function relatedKeyOf(site: Site, count: number): string {
  return JSON.stringify([count, site.articles.map((a) => [a.id, a.meta.date.epochMs, a.meta.category, a.meta.tags])]);
}

/** "Tin liên quan" for an article: shared tags first, then its category (see taxonomies.ts). */
export function relatedTo(site: Site, article: Article, count: number): readonly Article[] {
  const known = site.knownRelated?.get(article.id);
  if (known) return known;
  return relatedArticles(article, site.tagsBySlug, site.byCategory.get(article.meta.category) ?? [], count);
}
