// Types of search-queries.mjs, for the TypeScript tests that import it.

export type QueryClass =
  | 'plain' | 'marks' | 'case' | 'd-stroke' | 'abbreviation' | 'quoted' | 'prefix' | 'tone' | 'exact-marks' | 'title' | 'number' | 'misspelling';

export interface SearchQuery {
  readonly query: string;
  /** Content path of the article that must be in the top 3. */
  readonly expected: string;
  readonly class: QueryClass;
  /** baotinh's search options for this query (e.g. { prefix: true }). */
  readonly options?: { readonly prefix?: boolean };
  /** Content paths the expected article must rank above (when they are found at all). */
  readonly above?: readonly string[];
  /** Content paths that must not be among the results. */
  readonly excluded?: readonly string[];
  /** false: the engine is not built to answer it (reported, not asserted). */
  readonly designed?: false;
  readonly note?: string;
}

export interface Verdict {
  /** 1-based; 0: not found. */
  readonly rank: number;
  readonly top3: boolean;
  readonly reciprocal: number;
  readonly passed: boolean;
  readonly problems: readonly string[];
}

export interface Scores {
  readonly queries: number;
  readonly recallAt3: number;
  readonly mrr: number;
  readonly passed: number;
}

export const QUERY_CLASSES: Readonly<Record<QueryClass, string>>;
export const NAMED_ARTICLES: Readonly<Record<string, string>>;
export const SEARCH_QUERIES: readonly SearchQuery[];
export function rankIn(urls: readonly string[], url: string): number;
export function judge(spec: SearchQuery, urls: readonly string[], urlOf: (contentPath: string) => string): Verdict;
export function summarise(judged: readonly { spec: SearchQuery; verdict: Verdict }[]): Scores & { classes: Record<QueryClass, Scores> };
