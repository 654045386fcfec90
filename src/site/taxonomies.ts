// Tags, authors and date archives: groupings of the (newest-first) article list. Pure.
import type { ArticleSummary as Article } from '../content/article.js';
import { diagnostic, type Diagnostic } from '../errors.js';
import { compareVi } from '../vi/collate.js';
import { toLocalTime } from '../vi/dates.js';
import { describeDifference, isInvisible } from '../vi/look-alike.js';
import { titleSlug } from '../vi/slug.js';

export interface Term {
  /** As editors spell it: "Dân vận khéo". */
  readonly name: string;
  readonly slug: string;
  readonly url: string;
  readonly articles: readonly Article[];
}

export type TermKind = 'tag' | 'author';
export const TERM_BASE: Record<TermKind, string> = { tag: '/the/', author: '/tac-gia/' };

/**
 * Group articles by tag or author. Names keep their Vietnamese spelling. Spellings that differ only in
 * case or spacing ("Chính phủ", "chính phủ") are one term, as real archives have them: one page,
 * under the spelling most articles use (ties: the earliest article's), with a warning listing the
 * others and where they are. Spellings that make one address but are other words ("Dân vận",
 * "Dẫn vận") are an error naming both, since they would share one page.
 */
export function groupTerms(articles: readonly Article[], kind: TermKind): { terms: Term[]; diagnostics: Diagnostic[] } {
  const names = (a: Article): readonly string[] => (kind === 'tag' ? a.meta.tags : a.meta.author ? [a.meta.author] : []);
  const bySlug = new Map<string, { name: string; file: string; articles: Article[]; spellings: Map<string, Article[]> }>();
  const diagnostics: Diagnostic[] = [];
  const reported = new Set<string>();
  for (const article of articles) {
    for (const name of names(article)) {
      const slug = slugOf(name);
      if (!slug) continue;
      const term = bySlug.get(slug);
      if (!term) {
        bySlug.set(slug, { name, file: article.file, articles: [article], spellings: new Map([[name, [article]]]) });
        continue;
      }
      if (term.name !== name && foldCase(term.name) !== foldCase(name)) {
        if (!reported.has(`${slug}|${name}`)) {
          reported.add(`${slug}|${name}`);
          diagnostics.push(termCollision(kind, name, term, `${TERM_BASE[kind]}${slug}/`, article));
        }
      } else {
        const users = term.spellings.get(name);
        if (users) users.push(article);
        else term.spellings.set(name, [article]);
      }
      // One article naming two spellings of a term is listed once.
      if (term.articles[term.articles.length - 1] !== article) term.articles.push(article);
    }
  }
  const terms = [...bySlug].map(([slug, t]): Term => {
    const url = `${TERM_BASE[kind]}${slug}/`;
    if (t.spellings.size === 1) return { name: t.name, slug, url, articles: t.articles };
    const [chosen, ...others] = [...t.spellings].sort(([, a], [, b]) => b.length - a.length || compareEarliest(a, b));
    diagnostics.push(termVariants(kind, chosen![0], others, url));
    return { name: chosen![0], slug, url, articles: t.articles };
  });
  terms.sort((a, b) => compareVi(a.name, b.name));
  return { terms, diagnostics };
}

/** A name as compared for "the same term": lower case (Vietnamese rules), spaces as written are
 *  already normalised (content/field-text.ts). */
function foldCase(name: string): string {
  return name.toLocaleLowerCase('vi');
}

/** Which of two spellings' article lists has the earlier article (ties: the smaller id). */
function compareEarliest(a: readonly Article[], b: readonly Article[]): number {
  const earliest = (list: readonly Article[]): Article => list.reduce((x, y) => (y.meta.date.epochMs < x.meta.date.epochMs || (y.meta.date.epochMs === x.meta.date.epochMs && y.id < x.id) ? y : x));
  const [x, y] = [earliest(a), earliest(b)];
  return x.meta.date.epochMs - y.meta.date.epochMs || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

/** The spellings merged into one term: said once, on the first file of the first other spelling,
 *  listing every other spelling with up to 5 of its files and lines. */
function termVariants(kind: TermKind, chosen: string, others: readonly (readonly [string, readonly Article[]])[], url: string): Diagnostic {
  const key = kind === 'tag' ? 'tags' : 'author';
  const where = (a: Article): string => `${a.file}${a.meta.keyLines?.[key] !== undefined ? `:${a.meta.keyLines[key]}` : ''}`;
  const byFile = (list: readonly Article[]): Article[] => [...list].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const list = (lang: 'vi' | 'en'): string =>
    others
      .map(([name, users]) => {
        const shown = byFile(users).slice(0, 5).map(where).join(', ');
        const more = users.length > 5 ? (lang === 'vi' ? ` và ${users.length - 5} bài khác` : ` and ${users.length - 5} more`) : '';
        return `"${name}" (${shown}${more})`;
      })
      .join('; ');
  const first = byFile(others[0]![1])[0]!;
  const line = first.meta.keyLines?.[key];
  return diagnostic('TERM_VARIANTS', { kind, name: chosen, url, variants: list('vi'), variantsEn: list('en'), count: others.length }, { file: first.file, ...(line !== undefined && { line, column: 1 }) }, 'warning');
}

/** Two spellings of one address: the message names where they differ (often an invisible character),
 *  on the line of the `tags:` or `author:` key. */
function termCollision(kind: TermKind, name: string, first: { name: string; file: string }, url: string, article: Article): Diagnostic {
  const difference = describeDifference(name, first.name);
  const invisible = [...name, ...first.name].some((c) => isInvisible(c.codePointAt(0)!) && c !== ' ');
  const line = article.meta.keyLines?.[kind === 'tag' ? 'tags' : 'author'];
  return diagnostic(
    'TERM_COLLISION',
    { kind, name, other: first.name, otherFile: first.file, url, ...(difference && { difference: difference.vi, differenceEn: difference.en }), ...(invisible && { invisible: 1 }) },
    { file: article.file, ...(line !== undefined && { line, column: 1 }) },
  );
}

export interface ArchiveMonth {
  readonly year: number;
  readonly month: number;
  readonly url: string;
  readonly articles: readonly Article[];
}

export interface ArchiveYear {
  readonly year: number;
  readonly url: string;
  readonly articles: readonly Article[];
  /** Months with articles, January first. Months without articles get no page. */
  readonly months: readonly ArchiveMonth[];
}

export function groupArchive(articles: readonly Article[], timeZone: string): ArchiveYear[] {
  const years = new Map<number, Map<number, Article[]>>();
  for (const article of articles) {
    const t = toLocalTime(article.meta.date.epochMs, timeZone);
    let months = years.get(t.year);
    if (!months) years.set(t.year, (months = new Map()));
    let list = months.get(t.month);
    if (!list) months.set(t.month, (list = []));
    list.push(article);
  }
  return [...years]
    .sort(([a], [b]) => b - a)
    .map(([year, months]) => {
      const ordered = [...months].sort(([a], [b]) => a - b);
      return {
        year,
        url: `/luu-tru/${year}/`,
        // Newest first within the year, as the month lists are.
        articles: ordered.slice().reverse().flatMap(([, list]) => list),
        months: ordered.map(([month, list]) => ({ year, month, url: `/luu-tru/${year}/${String(month).padStart(2, '0')}/`, articles: list })),
      };
    });
}

/** "Tin đọc nhiều": the articles with the highest known view counts; empty when none has a count. */
export function mostRead(articles: readonly Article[], count: number): Article[] {
  return articles
    .filter((a) => (a.views ?? 0) > 0)
    .sort((a, b) => b.views! - a.views! || b.meta.date.epochMs - a.meta.date.epochMs || (a.id < b.id ? -1 : 1))
    .slice(0, count);
}

/** How many of a tag's newest articles are considered for "related": bounds the work per article
 *  (it made "related" for 10,000 articles cost 0.2 s instead of 1.4 s). */
const RELATED_POOL_PER_TAG = 50;

/**
 * "Tin liên quan": articles sharing the most tags first, then other articles of the same category;
 * newest first within each; never the article itself.
 */
// Tag names repeat across thousands of articles; their slugs are computed once.
const slugs = new Map<string, string>();
function slugOf(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) {
    if (slugs.size > 100_000) slugs.clear();
    // Capped like a title's slug: a very long tag must not make a folder name the disk refuses.
    slugs.set(name, (slug = titleSlug(name)));
  }
  return slug;
}

export function relatedArticles(article: Article, tags: ReadonlyMap<string, Term>, sameCategory: readonly Article[], count: number): Article[] {
  const shared = new Map<Article, number>();
  for (const name of article.meta.tags) {
    const list = tags.get(slugOf(name))?.articles ?? [];
    for (let i = 0; i < list.length && i < RELATED_POOL_PER_TAG; i++) {
      const other = list[i]!;
      if (other !== article) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  // The best `count` by shared tags, then newest, then id: kept in order as candidates come (a full
  // sort of up to 50 candidates per tag, twice, was most of planning a 10,000-article site).
  const before = (a: Article, b: Article): boolean => {
    const byShared = shared.get(a)! - shared.get(b)!;
    if (byShared !== 0) return byShared > 0;
    const byDate = a.meta.date.epochMs - b.meta.date.epochMs;
    return byDate !== 0 ? byDate > 0 : a.id < b.id;
  };
  const related: Article[] = [];
  for (const candidate of shared.keys()) {
    if (related.length >= count) {
      if (count <= 0 || !before(candidate, related[count - 1]!)) continue;
      related.pop();
    }
    let at = related.length;
    while (at > 0 && before(candidate, related[at - 1]!)) at--;
    related.splice(at, 0, candidate);
  }
  for (const other of sameCategory) {
    if (related.length >= count) break;
    if (other !== article && !shared.has(other)) related.push(other);
  }
  return related;
}
