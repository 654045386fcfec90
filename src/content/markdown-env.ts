// What the Markdown rules read and write while one article renders.
/** One image as written in the body, in order of appearance. */
export interface ImageSlot {
  readonly ref: string;
  readonly alt: string;
  readonly title?: string;
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
  /** Filled by the image rule: the body's images, by slot number. */
  imageSlots?: ImageSlot[];
  /** Link to another article's source (`./x.md`) → its site path. */
  articleLinks?: ReadonlyMap<string, string>;
  /** Applies the base path to site-root links. */
  urlFor?: (sitePath: string) => string;
  /** Host of the site itself: links to it are not "external". */
  siteHost?: string;
  strings?: { readonly externalLink: string; readonly tableLabel: string };
  /** Link to an attached file (`/tai-lieu/qd.pdf`) → its site path, type and size, shown beside it. */
  attachments?: ReadonlyMap<string, { readonly url: string; readonly label: string }>;
}

/** A token attribute as text (markdown-it types allow numbers), or undefined when absent. */
export function attrText(token: { attrGet(name: string): string | number | null }, name: string): string | undefined {
  const value = token.attrGet(name);
  return value === null ? undefined : String(value);
}
