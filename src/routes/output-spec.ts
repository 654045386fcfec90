// What one output file is: its URL, where it goes, which template renders it with which data.
import type { Site } from '../site/site.js';
import type { ResolvedConfig } from '../config.js';

export interface OutputSpec {
  /** Site path before the base path: "/chuyen-muc/dan-van-kheo/trang/2/". */
  readonly url: string;
  /** File relative to the output folder: "chuyen-muc/dan-van-kheo/trang/2/index.html". */
  readonly output: string;
  /** The template that renders it; unset for machine formats, which carry their `content`. */
  readonly template?: string;
  readonly data: Readonly<Record<string, unknown>>;
  /** Ready-made content (feeds, sitemaps, robots.txt, redirect files): built in code, escaped there. */
  readonly content?: string;
  /** Leave out of the sitemap (404, redirects, machine formats). */
  readonly noindex?: boolean;
  /** Newest date the page shows, for the sitemap's lastmod. */
  readonly lastmod?: number;
  /** Set when the page shows this article's body: the thread holding the body renders it. */
  readonly articleId?: string;
  /** What produced it, for messages: the article's file and line, or what the page is. */
  readonly origin: OutputOrigin;
}

/** What produced an output file (or a public file, or a photo), for messages naming both sides of a collision. */
export interface OutputOrigin {
  readonly kind: 'article' | 'alias' | 'listing' | 'page' | 'machine' | 'public' | 'photo';
  /** Project-relative file the editor can fix, when there is one. */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** What it is, Vietnamese then English: "trang chủ" / "the home page". */
  readonly label: string;
  readonly labelEn: string;
}

export type RouteGenerator = (site: Site, config: ResolvedConfig) => OutputSpec[];

export interface Crumb {
  readonly label: string;
  readonly url?: string;
}
