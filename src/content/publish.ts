// Which drafts are published, and whether two of them claim one URL. Pure.
import { diagnostic, type Diagnostic } from '../errors.js';
import type { ArticleDraft } from './article.js';

export interface PublishOptions {
  readonly drafts: boolean;
  readonly future: boolean;
  /** "Now" is an input, not a clock read inside the core, so tests and builds are reproducible. */
  readonly now: number;
}

export function selectPublished(drafts: readonly ArticleDraft[], options: PublishOptions): ArticleDraft[] {
  return drafts.filter((d) => (options.drafts || !d.meta.draft) && (options.future || d.meta.date.epochMs <= options.now));
}

/** One error per extra article on a URL, naming the file that had it first (sources arrive sorted). */
export function findDuplicateUrls(drafts: readonly ArticleDraft[]): Diagnostic[] {
  const owner = new Map<string, ArticleDraft>();
  const diagnostics: Diagnostic[] = [];
  for (const draft of drafts) {
    const first = owner.get(draft.url);
    if (!first) {
      owner.set(draft.url, draft);
      continue;
    }
    const line = draft.source.text.split('\n').findIndex((l) => /^(slug|title):/.test(l)) + 1;
    diagnostics.push(diagnostic('URL_DUPLICATE', { url: draft.url, other: first.source.file }, { file: draft.source.file, ...(line > 0 && { line, column: 1, source: draft.source.text }) }));
  }
  return diagnostics;
}
