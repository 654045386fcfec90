// What one build remembers for the next: a plain value (state-store.ts keeps it on disk).
// Every memo carries the key it was made under; a memo whose key differs is recomputed, never trusted.
import type { Diagnostic } from '../errors.js';
import type { ArticleSummary } from '../content/article.js';
import type { DraftSummary } from '../content/publish.js';

export const STATE_FORMAT = 1;

/** A source file as last seen: while size, mtime, ctime and inode stay, the digest is reused unread. */
export interface SeenFile {
  readonly size: bigint;
  readonly mtimeNs: bigint;
  readonly ctimeNs: bigint;
  readonly ino: bigint;
  readonly digest: string;
}

/** Reading an article's front-matter: a function of its bytes and the configuration. */
export interface ReadMemo {
  readonly digest: string;
  readonly draft?: DraftSummary;
  readonly diagnostics: readonly Diagnostic[];
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
}

/** An output file of the published version: what it was made from, and what it is. */
export interface OutputRecord {
  readonly key: string;
  readonly hash: string;
  readonly size: number;
  readonly mtimeMs: number;
}

export interface BuildSummary {
  readonly articles: number;
  readonly pages: number;
  readonly files: number;
  readonly bytes: number;
  readonly images: { readonly photos: number; readonly files: number };
}

export interface BuildState {
  readonly codeKey: string;
  /** Memos are valid only under the configuration (and publishing options) they were made with. */
  readonly configKey: string;
  readonly files: ReadonlyMap<string, SeenFile>;
  readonly reads: ReadonlyMap<string, ReadMemo>;
  readonly renders: ReadonlyMap<string, RenderMemo>;
  /** The published output these records describe; absent after a build that failed before any output. */
  readonly published?: PublishedState;
}

export interface PublishedState {
  /** The version folder's name (".dist.baotinh/v12" → "v12"). */
  readonly version: string;
  /** Everything the build read, hashed: equal means the output would be equal, nothing to do. */
  readonly inputKey: string;
  readonly outputs: ReadonlyMap<string, OutputRecord>;
  readonly summary: BuildSummary;
  /** Its warnings, repeated by a build that finds nothing to do (a clean build would print them too). */
  readonly diagnostics: readonly Diagnostic[];
}
