// The shortcut for the next most common edit: what a few articles show of themselves (a title, a
// lead), nothing that places them in the site (date, category, tags, author, address, photos…).
// The site is then the published one with those summaries replaced: it is planned from the stored
// summaries (summary-store.ts), not from every memo, and only the pages that show an edited summary
// get a new key; every other page keeps the key it has on record, and with it its file. Anything
// else returns undefined and the build plans from every article (plan-site.ts): the same result,
// which the property test checks step by step.
import type { BuildRun, PlannedSite } from '../build-run.js';
import { planOutputs } from '../routes/index.js';
import { buildSite } from '../site/site.js';
import type { BuildState, PublishedState, ReadMemo, RenderMemo, SiteSnapshot } from './build-state.js';
import { hashOf } from './hash.js';
import { publishedParts, searchOfEdits } from './body-edits.js';
import type { FreshSearch } from '../search/search-stage.js';
import { intactButThese } from './output-records.js';
import { listAt } from './state-columns.js';
import { createValueKeys, pageKeyOf, pagesKeyOf, showsAny } from './page-keys.js';
import type { PagePlan } from './page-plan.js';
import { parseSummaries, replaceSummaries, summariesKeyOf, type KeyedSummary } from './summary-store.js';

/** What an article shows of itself (its headline and lead) taken out: the rest places it in the site. */
export interface SummaryEdits {
  readonly published: PublishedState;
  readonly snapshot: SiteSnapshot;
  /** Sources whose stat changed, and what they are now. */
  readonly changed: readonly string[];
  readonly seenNow: BuildState['files'];
  /** The memos of the shards that hold them. */
  readonly previous: BuildState;
  /** The edited articles read and rendered again, and those whose summary changed. */
  readonly reads: ReadonlyMap<string, ReadMemo>;
  readonly renders: ReadonlyMap<string, RenderMemo>;
  readonly summariesChanged: readonly string[];
  /** Those whose address changed (body-edits.ts movable): content path → the new address. */
  readonly moved: ReadonlyMap<string, string>;
  /** Their search texts and keys (when the site has search). */
  readonly search: FreshSearch;
}

export async function planSummaryEdits(run: BuildRun, edits: SummaryEdits): Promise<PlannedSite | undefined> {
  const { published, snapshot } = edits;
  const pages = published.pages!;
  const stored = await run.memo.loadSummaries(snapshot.summariesKey);
  if (!stored) return undefined;
  const entries: KeyedSummary[] = parseSummaries(stored.text);
  if (entries.length !== snapshot.paths.length) return undefined;
  const position = new Map(snapshot.paths.map((p, i) => [p, i]));
  const replaced = new Map<number, KeyedSummary>();
  for (const p of edits.summariesChanged) {
    const i = position.get(p);
    const m = edits.renders.get(p)!;
    if (i === undefined || entries[i]![1].id !== m.article!.id) return undefined;
    // As plan-site.ts does: the views file's count is part of the summary and of its key.
    const count = run.views.views.get(m.article!.id) ?? run.views.views.get(m.article!.url);
    replaced.set(i, [hashOf('summary', m.summaryKey, String(count)), count === undefined ? m.article! : { ...m.article!, views: count }]);
  }
  for (const [i, entry] of replaced) entries[i] = entry;
  const articles = entries.map(([, a]) => a);
  const built = buildSite(articles, run.config, snapshot.processed);
  // In the stored order still, and no sidebar shows an edited article (that would change every page).
  if (built.site.articles.some((a, i) => a !== articles[i]) || JSON.stringify(built.site.chrome) !== JSON.stringify(snapshot.chrome)) return undefined;
  const site = { ...built.site, knownRelated: new Map(articles.map((a, i) => [a.id, Array.from(listAt(snapshot.related, i), (j) => articles[j]!)])) };
  const planned = planOutputs(site, run.config, {
    publicFiles: run.publicFiles,
    projectRoot: run.options.root,
    photoOutputs: snapshot.photoFiles.map(([, output]) => output),
    attachmentOutputs: snapshot.attachments.map(([, output]) => output),
  });
  const { specs } = planned;
  // The same pages in the same order, but for the pages of the articles that moved; the same messages.
  const records = [...published.outputs];
  const movedIds = new Set([...edits.moved.keys()].map((p) => edits.renders.get(p)!.article!.id));
  if (specs.length !== pages.pageCount || specs.some((spec, i) => spec.output !== records[i]![0] && !(spec.articleId !== undefined && movedIds.has(spec.articleId)))) return undefined;
  if (JSON.stringify(planned.diagnostics) !== JSON.stringify(pages.diagnostics)) return undefined;

  // A page gets a new key when it shows an edited summary, shows a body that changed, or is made of
  // text (feeds, sitemaps: their key is their text); every other page is the published one.
  const renderOf = new Map([...edits.renders.values()].flatMap((m) => (m.article ? [[m.article.id, m] as const] : [])));
  const bodyThen = new Map(pages.articles.map(([index, , bodyKey]) => [index, bodyKey]));
  const bodyKeyNow = new Map(pages.articles.map(([, id, bodyKey]) => [id, renderOf.get(id)?.bodyKey ?? bodyKey]));
  const edited = new Set<object>([...replaced.values()].map(([, a]) => a));
  const texts = new Set([...replaced.values()].flatMap(([, a]) => [a.url, a.meta.title, a.meta.summary, a.excerpt].filter((t): t is string => !!t)));
  const known = new Set<object>(articles);
  const dataKey = createValueKeys(entries.map(([key, a]) => [a, key] as const));
  const keys: string[] = [];
  const touched = new Set<string>();
  try {
    specs.forEach((spec, i) => {
      const bodyKey = spec.articleId === undefined ? undefined : bodyKeyNow.get(spec.articleId);
      const remade = spec.content !== undefined || spec.output !== records[i]![0] || bodyKey !== bodyThen.get(i) || showsAny(spec.data, edited, texts, known);
      keys.push(remade ? pageKeyOf(spec, snapshot.shared, run.templates, dataKey, bodyKey) : records[i]![1].key);
      if (remade) touched.add(spec.output);
    });
  } finally {
    dataKey.done();
  }
  const summariesKey = summariesKeyOf(entries.map(([key]) => key));
  const plan: PagePlan = {
    outputs: specs.map((s) => s.output),
    keys,
    spec: (index) => specs[index]!,
    diagnostics: pages.diagnostics,
    reused: false,
    memo: () => ({ ...pages, key: pagesKeyOf(snapshot.pagesRestKey, entries.map(([key]) => key)), articles: pages.articles.map(([index, id]) => [index, id, bodyKeyNow.get(id) ?? ''] as const) }),
  };
  // A published file edited by hand needs its page made again, which needs the whole site.
  const intact = await intactButThese(run, published, touched);
  if (!intact) return undefined;
  const search = await searchOfEdits(run, published, snapshot, edits);
  if (search === null) return undefined;
  run.lap('plan');

  const parts = publishedParts(run, published, snapshot, edits);
  return {
    ...parts,
    planned: 'summaries',
    plan,
    bodiesHeld: new Set(renderOf.keys()),
    sourceOfId: new Map(articles.map((a, i) => [a.id, snapshot.paths[i]!])),
    snapshot: { ...parts.snapshot!, summariesKey },
    summaries: { key: summariesKey, text: replaceSummaries(stored.text, replaced) },
    intact,
    ...(search && { search }),
  };
}
