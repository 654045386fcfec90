// The shortcut for the most common edit: the body of an article (or a few), nothing else. When every
// other input is what the published version was made from, and each edited article reads and
// renders to the same summary (title, date, lead, tags, photos…) with the same messages, the site is
// the one in the snapshot: only those articles' pages change, and their data (category, related
// articles, sidebars) is known without reading the other articles or planning the site. Anything
// else returns undefined and the build plans from every article (plan-site.ts): the same result,
// which the property test checks step by step.
import type { BuildRun, PlannedSite } from '../build-run.js';
import type { ArticleSummary } from '../content/article.js';
import type { DraftSummary } from '../content/publish.js';
import { articlePageOf } from '../routes/article-pages.js';
import type { OutputSpec } from '../routes/output-spec.js';
import { knownFronts, linkTargetsOf, mergeRenders } from './article-memos.js';
import type { BuildState, OutputRecord, PublishedState, ReadMemo, RenderMemo, SiteSnapshot } from './build-state.js';
import { hashOf } from './hash.js';
import { intactButThese } from './output-records.js';
import { listAt } from './state-columns.js';
import { createValueKeys, pageKeyOf } from './page-keys.js';
import { reusePlan } from './page-plan.js';
import { digestSources, type SourceStat } from './source-digests.js';
import type { DocNow } from '../search/search-index.js';
import { docKeyOf, docOf, freshSearch, planSearch, searchSetup, type FreshSearch, type SearchOutputs } from '../search/search-stage.js';

/** More edited sources than this, and planning from every article costs no more. */
const MAX_EDITED = 20;

export async function planBodyEdits(run: BuildRun): Promise<PlannedSite | undefined> {
  const { memo, config } = run;
  const published = memo.published;
  if (!published?.pages || run.options.writer || run.now < published.window.from || run.now >= published.window.until) return undefined;
  const snapshot = await memo.loadSnapshot();
  if (!snapshot || snapshot.restKey !== run.restKey(published.photos)) return undefined;
  const changed = changedSources(run.stats, snapshot);
  if (!changed || changed.length > MAX_EDITED) return undefined;
  const seenNow = digestSources(run.dirs.content, new Map(changed.map((p) => [p, run.stats.get(p)!])), undefined);
  if (seenNow.size !== changed.length) return undefined;
  const edited = changed.filter((p) => seenNow.get(p)!.digest !== snapshot.files.get(p)!.digest);
  if (edited.some((p) => !snapshot.urls.has(p))) return undefined; // a draft or an article not yet due

  const position = new Map(snapshot.paths.map((p, i) => [p, i]));
  const relatedOf = (p: string): string[] => Array.from(listAt(snapshot.related, position.get(p)!), (i) => snapshot.paths[i]!);
  if (edited.some((p) => !position.has(p))) return undefined;
  const previous = await memo.loadMemos([...changed, ...edited.flatMap(relatedOf)]);
  if (!previous) return undefined;
  const remade = await remakeEdited(run, snapshot, edited, previous, seenNow);
  if (!remade) return undefined;
  // Loaded only then: it plans the site's pages (routes, feeds, sitemaps).
  if (remade.summariesChanged.length) return (await import('./summary-edits.js')).planSummaryEdits(run, { published, snapshot, changed, seenNow, previous, ...remade });

  // Every article's summary is as it was: the edited articles' pages are planned from the snapshot.
  const renders = new Map([...previous.renders, ...remade.renders]);
  const needed = [...edited, ...edited.flatMap(relatedOf)];
  if (needed.some((p) => !renders.get(p)?.article)) return undefined;
  const summaryOf = (p: string): [ArticleSummary, string] => {
    const m = renders.get(p)!;
    const count = run.views.views.get(m.article!.id) ?? run.views.views.get(m.article!.url);
    return [count === undefined ? m.article! : { ...m.article!, views: count }, hashOf('summary', m.summaryKey, String(count))];
  };
  const specs = new Map<string, OutputSpec>();
  const bodyKeys = new Map<string, string>();
  const sourceOfId = new Map<string, string>();
  const known: [ArticleSummary, string][] = [];
  for (const p of edited) {
    const [article, key] = summaryOf(p);
    const related = relatedOf(p).map(summaryOf);
    const category = snapshot.chrome.categories.find((c) => c.slug === article.meta.category);
    if (!category) return undefined;
    known.push([article, key], ...related);
    specs.set(article.id, articlePageOf(config, article, category, related.map(([summary]) => summary)));
    bodyKeys.set(article.id, renders.get(p)!.bodyKey);
    sourceOfId.set(article.id, p);
  }
  const remembered = new Map(published.pages.articles.map(([, id, bodyKey]) => [id, bodyKey]));
  const dataKey = createValueKeys(known);
  const plan = (() => {
    try {
      return reusePlan({
        key: published.pages!.key, // the snapshot vouches for every input of the plan but the bodies
        remembered: published.pages,
        records: published.outputs,
        bodyKeys: { get: (id) => bodyKeys.get(id) ?? remembered.get(id) },
        planAll: () => {
          throw new Error('internal: a body edit asked for the whole site');
        },
        planArticle: (id) => specs.get(id),
        keyOf: (spec) => pageKeyOf(spec, snapshot.shared, run.templates, dataKey, bodyKeys.get(spec.articleId!)),
      });
    } finally {
      dataKey.done();
    }
  })();
  if (!plan) return undefined;
  // A published file edited by hand needs its page made again, which needs the whole site.
  const intact = await intactButThese(run, published, new Set([...specs.values()].map((s) => s.output)));
  if (!intact) return undefined;
  const search = await searchOfEdits(run, published, snapshot, remade);
  if (search === null) return undefined;
  run.lap('plan');

  return { planned: 'bodies', plan, bodiesHeld: new Set(bodyKeys.keys()), sourceOfId, intact, ...publishedParts(run, published, snapshot, { previous, seenNow, changed, ...remade }), ...(search && { search }) };
}

/** The kept search index with the edited articles' documents made again; null when it is not the
 *  published version's (then the shortcut is not taken); undefined when the site has no search. */
export async function searchOfEdits(run: BuildRun, published: PublishedState, snapshot: SiteSnapshot, remade: { readonly renders: ReadonlyMap<string, RenderMemo>; readonly search: FreshSearch }): Promise<SearchOutputs | null | undefined> {
  if (!run.config.search.enabled) return undefined;
  const docs = [...snapshot.paths].reverse().map((p): DocNow => {
    const m = remade.renders.get(p);
    return m?.article ? docOf(p, docKeyOf(m.bodyKey, m.summaryKey), m.article, remade.search.texts.get(p), run.config) : { path: p, key: undefined };
  });
  const search = await planSearch({ config: run.config, ...searchSetup(run), docs, terms: remade.search.terms, version: published.version });
  return 'missing' in search ? null : search;
}

/** What a shortcut's plan takes from the published version as it was, with the edited articles'
 *  memos and, for the articles that moved, their new addresses. */
export function publishedParts(
  run: BuildRun,
  published: PublishedState,
  snapshot: SiteSnapshot,
  edits: { readonly previous: BuildState; readonly seenNow: BuildState['files']; readonly changed: readonly string[]; readonly reads: ReadonlyMap<string, ReadMemo>; readonly renders: ReadonlyMap<string, RenderMemo>; readonly moved: ReadonlyMap<string, string> },
): Omit<PlannedSite, 'planned' | 'plan' | 'bodiesHeld' | 'sourceOfId' | 'intact' | 'summaries'> {
  const { previous, seenNow } = edits;
  const state: BuildState = { codeKey: run.memo.codeKey, configKey: run.memo.configKey, files: new Map([...previous.files, ...seenNow]), reads: new Map([...previous.reads, ...edits.reads]), renders: new Map([...previous.renders, ...edits.renders]) };
  const { codeKey: _c, version: _v, marker: _m, restKey: _r, ...kept } = snapshot;
  const urls = edits.moved.size ? new Map([...snapshot.urls, ...edits.moved]) : snapshot.urls;
  return {
    diagnostics: [...published.diagnostics],
    chrome: snapshot.chrome,
    photos: { processed: snapshot.processed, files: snapshot.photoFiles, encoded: 0, reused: snapshot.photoFiles.length },
    attachments: snapshot.attachments,
    articleCount: published.summary.articles,
    articleUrls: urls,
    photosSeen: published.photos,
    window: published.window,
    memos: { state, changed: new Set(edits.changed) },
    snapshot: { ...kept, files: new Map([...snapshot.files, ...seenNow]), urls, linkTargets: linkTargetsOf(edits.renders, snapshot.linkTargets) },
  };
}

/** The sources whose size, times or inode changed; undefined when one was added or removed. */
function changedSources(stats: ReadonlyMap<string, SourceStat>, snapshot: SiteSnapshot): string[] | undefined {
  if (stats.size !== snapshot.files.size) return undefined;
  const changed: string[] = [];
  for (const [p, s] of stats) {
    const old = snapshot.files.get(p);
    if (!old) return undefined;
    if (old.size !== s.size || old.mtimeMs !== s.mtimeMs || old.ctimeMs !== s.ctimeMs || old.ino !== s.ino) changed.push(p);
  }
  return changed;
}

/**
 * Read and render the edited articles again; undefined unless each reads and renders to what it was
 * in the published version but for its body and what it shows of itself (placementOf below): same messages, same photos, same place in the site. Its address may change with its
 * headline (the slug is made from it) where no other article's address depends on it: then `moved`.
 */
async function remakeEdited(run: BuildRun, snapshot: SiteSnapshot, edited: readonly string[], previous: BuildState, seenNow: BuildState['files']): Promise<RemadeArticles | undefined> {
  const summariesChanged: string[] = [];
  const moved = new Map<string, string>();
  if (!edited.length) return { reads: new Map(), renders: new Map(), summariesChanged, moved, search: { texts: new Map(), terms: [] } };
  // The memos compared with are the published version's (a failed build since may have saved others).
  const publishedDigest = (p: string): string | undefined => snapshot.files.get(p)?.digest;
  const stage = run.stage(edited.length);
  const reads = new Map<string, ReadMemo>();
  for (const entry of await stage.read(edited, knownFronts(edited, previous.reads))) {
    const p = entry.contentPath;
    const old = previous.reads.get(p);
    if (!old?.draft || !entry.draft || old.digest !== publishedDigest(p)) return undefined;
    if (placementOf(entry.draft) !== placementOf(old.draft) || JSON.stringify(entry.diagnostics) !== JSON.stringify(old.diagnostics)) return undefined;
    if (entry.draft.url !== old.draft.url) {
      if (!movable(snapshot, p, old.draft.url, entry.draft.url)) return undefined;
      moved.set(p, entry.draft.url);
    }
    reads.set(p, { digest: seenNow.get(p)!.digest, draft: entry.draft, diagnostics: entry.diagnostics, ...(entry.front && { front: entry.front }) });
  }
  const fresh = await stage.render(moved.size ? new Map([...snapshot.urls, ...moved]) : snapshot.urls, edited);
  const search = await freshSearch(fresh, () => stage.takeSearchTerms());
  const renders = mergeRenders(edited, new Map(), fresh, seenNow, run.memo.configKey, run.fingerprint);
  for (const [p, m] of renders) {
    const old = previous.renders.get(p);
    if (!old?.article || !m.article || old.digest !== publishedDigest(p)) return undefined;
    if (JSON.stringify(m.diagnostics) !== JSON.stringify(old.diagnostics) || JSON.stringify(m.photos) !== JSON.stringify(old.photos)) return undefined;
    if (m.summaryKey === old.summaryKey) continue;
    if (placementOf(m.article) !== placementOf(old.article)) return undefined;
    summariesChanged.push(p);
  }
  return { reads, renders, summariesChanged, moved, search };
}

export interface RemadeArticles {
  /** Their search texts and keys (when the site has search). */
  readonly search: FreshSearch;
  readonly reads: Map<string, ReadMemo>;
  readonly renders: Map<string, RenderMemo>;
  /** Those whose summary changed. */
  readonly summariesChanged: string[];
  /** Those whose address changed: content path → the new address. */
  readonly moved: Map<string, string>;
}

/** What an article shows of itself (its headline, its lead, and the address made from the headline)
 *  taken out: the rest places it in the site. */
export function placementOf(value: DraftSummary | ArticleSummary): string {
  const { title: _title, summary: _summary, slug: _slug, ...meta } = value.meta;
  return JSON.stringify({ ...value, meta, excerpt: undefined, url: undefined });
}

/**
 * An article can take a new address alone when it had its own (none shared, none taken from it by a
 * recurring title: publish.ts resolveUrls), the new one is nobody's and wanted by nobody else, and no
 * body links to it (their links would change).
 */
function movable(snapshot: SiteSnapshot, contentPath: string, from: string, to: string): boolean {
  if (snapshot.urls.get(contentPath) !== from || snapshot.crowded.includes(from) || snapshot.crowded.includes(to) || snapshot.linkTargets.includes(contentPath)) return false;
  for (const url of snapshot.urls.values()) if (url === to) return false;
  return true;
}
