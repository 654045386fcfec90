// Types of search-corpus.mjs, for the TypeScript tests that import it.

export interface SearchCategory {
  readonly slug: string;
  readonly name: string;
}

export interface SearchArticle {
  readonly slug: string;
  readonly category: string;
  /** Local date and time, YYYY-MM-DDTHH:MM. */
  readonly date: string;
  readonly title: string;
  readonly summary?: string;
  readonly body: readonly string[];
  readonly tags?: readonly string[];
  /** Phrases the article must not contain (near misses for quoted queries). */
  readonly avoid?: readonly string[];
}

export interface WrittenArticle {
  /** content/<category>/<slug>.md */
  readonly path: string;
  /** The site address, e.g. /tin-tuc/2023/04/<slug>/ */
  readonly url: string;
  readonly title: string;
}

export const SEARCH_CATEGORIES: readonly SearchCategory[];
export const SEARCH_PERMALINK: string;
export const SEARCH_ARTICLES: readonly SearchArticle[];
export function contentPathOf(article: SearchArticle): string;
export function urlOf(article: SearchArticle): string;
export function articleAt(contentPath: string): SearchArticle;
export function urlOfPath(contentPath: string): string;
export function textOf(article: SearchArticle): string;
export function configYaml(): string;
export function writeSearchCorpus(root: string, options?: { config?: boolean }): WrittenArticle[];
