// Which drafts are published, and whether two of them claim one URL. Pure.
import { diagnostic, type Diagnostic } from '../errors.js';
import type { ArticleMeta } from './article-meta.js';

/** What publishing decisions need of a draft; workers send only this to the main thread. */
export interface DraftSummary {
  readonly contentPath: string;
  readonly file: string;
  readonly meta: ArticleMeta;
  readonly url: string;
  readonly urlLine?: number;
}

export interface PublishOptions {
  readonly drafts: boolean;
  readonly future: boolean;
  /** "Now" is an input, not a clock read inside the core, so tests and builds are reproducible. */
  readonly now: number;
}

export function selectPublished<T extends DraftSummary>(drafts: readonly T[], options: PublishOptions): T[] {
  return drafts.filter((d) => (options.drafts || !d.meta.draft) && (options.future || d.meta.date.epochMs <= options.now));
}

/** One error per extra article on a URL, naming the file that had it first (sources arrive sorted). */
export function findDuplicateUrls(drafts: readonly DraftSummary[]): Diagnostic[] {
  const owner = new Map<string, DraftSummary>();
  const diagnostics: Diagnostic[] = [];
  for (const draft of drafts) {
    const first = owner.get(draft.url);
    if (!first) {
      owner.set(draft.url, draft);
      continue;
    }
    diagnostics.push(diagnostic('URL_DUPLICATE', { url: draft.url, other: first.file }, { file: draft.file, ...(draft.urlLine !== undefined && { line: draft.urlLine, column: 1 }) }));
  }
  return diagnostics;
}
