// Which drafts are published, and the address of each. Pure.
import { diagnostic, type Diagnostic } from '../errors.js';
import { capSlug, TITLE_SLUG_MAX } from '../vi/slug.js';
import { toLocalTime } from '../vi/dates.js';
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

export interface UrlRules {
  /** The address of a draft under another slug (the configured permalink pattern). */
  readonly urlWithSlug: (draft: DraftSummary, slug: string) => string;
  /** Which date fields the pattern puts in the address already (a suffix need not repeat them). */
  readonly pattern: string;
  readonly timeZone: string;
}

/**
 * Every published article's address. Recurring titles ("Lịch công tác tuần", "Thông báo") give one
 * address to several articles; editors must not have to rename them, and publishing a later one must
 * not move the earlier one, whose address is already shared. So, in each group of articles on one
 * address:
 * - a slug written by the editor (`slug:`) keeps it; two written alike are an error (URL_DUPLICATE);
 * - otherwise the earliest article (by date, then file path) keeps the plain address;
 * - each other one gets its own day: "-ngay-15" (with the month "-ngay-15-01" and the year
 *   "-ngay-15-01-2024" when the pattern has none), then its time ("-0830") if that day is taken too,
 *   then a number ("-2", "-3", …) as a last resort.
 * The suffix comes from the article's own date, so adding an article never changes another's address
 * (but for an article dated earlier than one already published with that title: see the editors' guide).
 */
export function resolveUrls(drafts: readonly DraftSummary[], rules: UrlRules): { urls: Map<string, string>; diagnostics: Diagnostic[]; crowded: Set<string> } {
  const diagnostics: Diagnostic[] = [];
  // Addresses more than one article wanted: shared ones, and those a later one found taken. An
  // article whose address is none of these can change its address without moving any other.
  const crowded = new Set<string>();
  const urls = new Map<string, string>();
  const groups = new Map<string, DraftSummary[]>();
  for (const draft of drafts) {
    const group = groups.get(draft.url);
    if (group) group.push(draft);
    else groups.set(draft.url, [draft]);
  }
  const taken = new Set(groups.keys());
  const later: DraftSummary[] = [];
  for (const [url, group] of groups) {
    if (group.length > 1) crowded.add(url);
    const given = group.filter((d) => d.meta.slugGiven);
    const keeper = given[0] ?? [...group].sort(byDate)[0]!;
    urls.set(keeper.contentPath, url);
    for (const extra of given.slice(1)) {
      diagnostics.push(diagnostic('URL_DUPLICATE', { url, other: keeper.file }, { file: extra.file, ...(extra.urlLine !== undefined && { line: extra.urlLine, column: 1 }) }));
    }
    for (const d of group) if (d !== keeper && !d.meta.slugGiven) later.push(d);
  }
  // In date order, so that which one gets a number (the last resort) does not depend on file names.
  for (const draft of later.sort(byDate)) {
    let url = draft.url;
    for (const suffix of suffixes(draft, rules)) {
      url = rules.urlWithSlug(draft, withSuffix(draft.meta.slug, suffix));
      if (!taken.has(url)) break;
      crowded.add(url);
    }
    taken.add(url);
    urls.set(draft.contentPath, url);
  }
  return { urls, diagnostics, crowded };
}

function byDate(a: DraftSummary, b: DraftSummary): number {
  return a.meta.date.epochMs - b.meta.date.epochMs || (a.contentPath < b.contentPath ? -1 : a.contentPath > b.contentPath ? 1 : 0);
}

/** The suffixes to try, in order: the day, the time, then numbers (enough for any group). */
function* suffixes(draft: DraftSummary, rules: UrlRules): Generator<string> {
  const t = toLocalTime(draft.meta.date.epochMs, rules.timeZone);
  const two = (n: number): string => String(n).padStart(2, '0');
  const hasDay = rules.pattern.includes('{dd}');
  const day = `ngay-${two(t.day)}${rules.pattern.includes('{mm}') ? '' : `-${two(t.month)}${rules.pattern.includes('{yyyy}') ? '' : `-${t.year}`}`}`;
  if (!hasDay) yield day;
  yield `${hasDay ? '' : `${day}-`}${two(t.hour)}${two(t.minute)}`;
  for (let n = 2; ; n++) yield String(n);
}

/** The slug with a suffix, the slug cut at a word boundary so that the whole stays within the cap. */
function withSuffix(slug: string, suffix: string): string {
  return `${capSlug(slug, Math.max(1, TITLE_SLUG_MAX - suffix.length - 1))}-${suffix}`;
}
