// What the Markdown rules read and write while one article renders.
export interface ResolvedImage {
  readonly url: string;
  readonly width: number;
  readonly height: number;
}

export interface Heading {
  readonly level: number;
  readonly id: string;
  readonly text: string;
}

export interface MarkdownEnv {
  [key: string | symbol]: unknown;
  /** Filled by the heading rule. */
  headings?: Heading[];
  /** Image reference as written → what to print. Missing entries were already reported as errors. */
  images?: ReadonlyMap<string, ResolvedImage>;
  /** Link to another article's source (`./x.md`) → its site path. */
  articleLinks?: ReadonlyMap<string, string>;
  /** Applies the base path to site-root links. */
  urlFor?: (sitePath: string) => string;
  /** Host of the site itself: links to it are not "external". */
  siteHost?: string;
  strings?: { readonly externalLink: string; readonly tableLabel: string };
}

/** A token attribute as text (markdown-it types allow numbers), or undefined when absent. */
export function attrText(token: { attrGet(name: string): string | number | null }, name: string): string | undefined {
  const value = token.attrGet(name);
  return value === null ? undefined : String(value);
}
