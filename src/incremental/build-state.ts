// What one build remembers for the next: a plain value (state-store.ts keeps it on disk).
// Every memo carries the key it was made under; a memo whose key differs is recomputed, never trusted.
import type { Diagnostic } from '../errors.js';
import type { ArticleSummary, FrontBlock } from '../content/article.js';
import type { DraftSummary } from '../content/publish.js';
import type { ProcessedImage } from '../images/process-images.js';
import type { Chrome } from '../site/site.js';
import type { ListColumns } from './state-columns.js';
import type { ZoneOffsetFacts } from '../vi/dates.js';

export const STATE_FORMAT = 4;

/** A source file as last seen: while size, mtime, ctime and inode stay, the digest is reused unread. */
export interface SeenFile {
  readonly size: number;
  /** Milliseconds with their fraction (microseconds survive in a double): enough to see any rewrite. */
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
  readonly digest: string;
}

/** Reading an article's front-matter: a function of its bytes and the configuration. */
export interface ReadMemo {
  readonly digest: string;
  readonly draft?: DraftSummary;
  readonly diagnostics: readonly Diagnostic[];
  /** Its front-matter block, when reading said nothing: a text edited below it reads the same. */
  readonly front?: FrontBlock;
}

/** Rendering its Markdown: also a function of the links it looked up and the photos it probed. */
export interface RenderMemo {
  readonly digest: string;
  readonly article?: ArticleSummary;
  readonly diagnostics: readonly Diagnostic[];
  /** Article links the body looked up: content path → URL, or null where none was published. */
  readonly links: readonly (readonly [string, string | null])[];
  /** Photos the body probed (absolute paths) with the file's fingerprint then (null: missing). */
  readonly photos: readonly (readonly [string, string | null])[];
  /** The key of the rendered body: digest, configuration, links and photos. */
  readonly bodyKey: string;
  /** The hash of the summary's JSON: an edit that leaves it as it was (most body edits) changes no listing. */
  readonly summaryKey: string;
}

/** An output file of the published version: what it was made from, and what it is. */
export interface OutputRecord {
  readonly key: string;
  readonly hash: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** The file's inode: a recycled version that has the same inode at that path has the same file. */
  readonly ino: number;
  /** An article page: where its body is in the file (UTF-8 bytes: start, length), so a page made
   *  again for another reason (a related article's new title) takes the body from here, not from
   *  Markdown. Which body it is: the published pages memo's body key for that page. */
  readonly body?: readonly [number, number];
}

/** How the published version's pages were planned, so a build that changed only bodies can take the plan over. */
export interface PagesMemo {
  /** Everything the plan and the page keys were made from, except the bodies (build.ts pagesKey). */
  readonly key: string;
  /** The first `pageCount` output records are the pages, in plan order. */
  readonly pageCount: number;
  /** Article pages: plan index, article id, the key of the body shown. */
  readonly articles: readonly (readonly [number, string, string])[];
  /** What planning said (warnings only: a plan with errors is never published). */
  readonly diagnostics: readonly Diagnostic[];
}

export interface BuildSummary {
  readonly articles: number;
  readonly pages: number;
  readonly files: number;
  readonly bytes: number;
  readonly images: { readonly photos: number; readonly files: number };
}

/** The memos of the last build (the larger file: read only when there is work to do). */
export interface BuildState {
  readonly codeKey: string;
  /** Memos are valid only under the configuration (and publishing options) they were made with. */
  readonly configKey: string;
  readonly files: ReadonlyMap<string, SeenFile>;
  readonly reads: ReadonlyMap<string, ReadMemo>;
  readonly renders: ReadonlyMap<string, RenderMemo>;
}

/** The published version and what it was made from (the small file: all a build with nothing to do reads). */
export interface PublishedState {
  readonly codeKey: string;
  /** The version folder's name (".dist.baotinh/v12" → "v12"; "folder" in the fallback layout). */
  readonly version: string;
  /** Its marker file's identity: the state describes that folder while the marker is the same file. */
  readonly marker?: string;
  /**
   * Every input, as cheaply as it can be seen: the configuration, each source's size, times and inode,
   * the photos' fingerprints, public files, templates and the views file. Equal: nothing to do.
   */
  readonly quickKey: string;
  /** The published set is the same for any "now" in [from, until): the newest article shown, the next one due. */
  readonly window: { readonly from: number; readonly until: number };
  /** Every photo an article looked at, for the quick key. */
  readonly photos: readonly string[];
  readonly outputs: ReadonlyMap<string, OutputRecord>;
  /** Its folders' times and inodes where they can be trusted (output/folder-stamps.ts): when it is the
   *  version taken over, only the folders that changed since are listed. */
  readonly folders?: Float64Array;
  readonly pages?: PagesMemo;
  /** What its build found of the time zone's offsets (vi/dates.ts ZoneOffsetFacts). */
  readonly zones?: ZoneOffsetFacts;
  readonly summary: BuildSummary;
  /** Its warnings, repeated by a build that finds nothing to do (a clean build would print them too). */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * What the published version was made from, beyond its record: enough for a build whose only change
 * is the bodies of a few articles to render their pages without reading every memo and planning the
 * whole site (incremental/body-edits.ts). Written with the published record; describes that version only.
 */
export interface SiteSnapshot {
  readonly codeKey: string;
  /** The published version it describes (its record's name and marker). */
  readonly version: string;
  readonly marker?: string;
  /** Every input but the sources, as in the quick key (memo.ts restKeyOf). */
  readonly restKey: string;
  /** Every source as it was read. */
  readonly files: ReadonlyMap<string, SeenFile>;
  /** Published content path → URL (what bodies' links resolve to). */
  readonly urls: ReadonlyMap<string, string>;
  readonly chrome: Chrome;
  /** The part of every page key that all pages share (page-keys.ts sharedPageKey). */
  readonly shared: string;
  /** The photo stage's result: published variants by source file, and cache file → output path. */
  readonly processed: ReadonlyMap<string, ProcessedImage>;
  readonly photoFiles: readonly (readonly [string, string])[];
  /** Documents linked from the bodies: source file and output path. */
  readonly attachments: readonly (readonly [string, string])[];
  /** Published articles' content paths in site order, and for each the positions of its related articles in that list. */
  readonly paths: readonly string[];
  readonly related: ListColumns;
  /** The hash of what the related lists were made from (site.ts relatedKeyOf): the same, and they are the same. */
  readonly relatedKey: string;
  /** What the plan and the page keys were made from but the articles' summaries and bodies
   *  (plan-site.ts); with the summaries' keys in site order it makes the pages memo's key. */
  readonly pagesRestKey: string;
  /** The key of the published articles' summaries (the SummaryStore that holds them). */
  readonly summariesKey: string;
  /** Addresses more than one article wanted (publish.ts resolveUrls), sorted. */
  readonly crowded: readonly string[];
  /** Content paths some article's body links to (at least those), sorted. */
  readonly linkTargets: readonly string[];
}

/**
 * Every published article's summary and its key, in site order: what a build whose edits changed
 * only what articles show (a title, a lead) plans the site from, instead of every memo. One JSON
 * array element per line, UTF-8 (a tenth of the memos' size to load); kept while the summaries stay.
 */
export interface SummaryStore {
  readonly codeKey: string;
  /** The hash of the summaries' keys in site order (SiteSnapshot.summariesKey). */
  readonly key: string;
  /** Lines of JSON `[summaryKey, summary]`, joined by newlines. */
  readonly text: Buffer;
}
