// Planning a build from every article: read (or remember) every source, render (or remember) every
// body, process photos, build the site, plan every page and its key. The path every build can take;
// incremental/body-edits.ts is the shortcut for a build that changed only bodies.
import path from 'node:path';
import type { BuildRun, PlannedSite } from './build-run.js';
import type { ArticleSummary } from './content/article.js';
import { permalinkFor } from './content/permalink.js';
import { resolveUrls, selectPublished } from './content/publish.js';
import type { Diagnostic } from './errors.js';
import { changedMemoPaths, linkTargetsOf, mergeRenders, readAll, reusableReads, reusableRenders } from './incremental/article-memos.js';
import type { BuildState, SiteSnapshot } from './incremental/build-state.js';
import { hashOf } from './incremental/hash.js';
import { publishWindow } from './incremental/memo.js';
import { createValueKeys, pageKeyOf, pagesKeyOf, sharedPageKey } from './incremental/page-keys.js';
import { planPages, type PagePlan } from './incremental/page-plan.js';
import { digestSources } from './incremental/source-digests.js';
import { summariesKeyOf, summaryText } from './incremental/summary-store.js';
import { listAt, listCount, listsToColumns, type ListColumns } from './incremental/state-columns.js';
import { articlePage } from './routes/article-pages.js';
import { planOutputs } from './routes/index.js';
import { collectImageJobs, processImages } from './images/process-images.js';
import { buildSite, relatedKeyOf, relatedTo, type Site } from './site/site.js';
import { byCodePoint } from './compare.js';
import type { RenderMemo } from './incremental/build-state.js';
import type { DocNow } from './search/search-index.js';
import { docKeyOf, docOf, freshSearch, planSearch, searchSetup, type FreshSearch, type SearchOutputs } from './search/search-stage.js';

export type SitePlanning = PlannedSite | { readonly failed: readonly Diagnostic[]; readonly memos?: PlannedSite['memos'] };

export async function planSite(run: BuildRun): Promise<SitePlanning> {
  const { options, config, dirs, memo, fingerprint, publicFiles, views, templates, stage, lap } = run;
  const diagnostics: Diagnostic[] = [...run.diagnostics];
  const previous = await memo.loadMemos();
  const seen = digestSources(dirs.content, run.stats, previous?.files, { fromReader: true });
  const reads = reusableReads(run.sourcePaths, seen, previous);
  const readMemos = await readAll(stage, run.sourcePaths, reads, seen, previous);
  const drafts = [...readMemos.values()].flatMap((m) => (m.draft ? [m.draft] : []));
  for (const m of readMemos.values()) diagnostics.push(...m.diagnostics);
  const publishing = { drafts: options.drafts ?? false, future: options.future ?? false };
  const published = selectPublished(drafts, { ...publishing, now: run.now });
  // Each article's address: recurring titles get their day (content/publish.ts resolveUrls).
  const addresses = resolveUrls(published, { pattern: config.permalink, timeZone: config.timeZone, urlWithSlug: (d, slug) => permalinkFor(config.permalink, { ...d.meta, slug }, config.timeZone) });
  diagnostics.push(...addresses.diagnostics);
  const articleUrls = new Map(published.flatMap((d) => (addresses.urls.has(d.contentPath) ? [[d.contentPath, addresses.urls.get(d.contentPath)!] as const] : [])));
  lap('read');

  const publishedPaths = published.map((d) => d.contentPath);
  const renders = reusableRenders(publishedPaths, seen, previous, articleUrls, fingerprint);
  const fresh = renders.misses.length ? await stage(renders.misses.length).render(articleUrls, renders.misses) : [];
  const renderMemos = mergeRenders(publishedPaths, renders.hits, fresh, seen, memo.configKey, fingerprint, readMemos);
  const rendered: ArticleSummary[] = [];
  for (const m of renderMemos.values()) {
    diagnostics.push(...m.diagnostics);
    if (m.article) rendered.push(m.article);
  }
  const bodiesHeld = new Set(fresh.flatMap((e) => (e.article ? [e.article.id] : [])));
  const searched = await freshSearch(fresh, () => stage(fresh.length).takeSearchTerms());
  // The renderings are in the memos now: what only they held (a worker's copy of each article's
  // metadata, the snippets' text) goes now, not when planning ends (closures below share this scope).
  fresh.length = 0;
  lap('markdown');

  // From here on, every check runs on the articles that did parse, so one run reports every
  // problem that can be known (a broken photo, a tag collision, an alias conflict), not the first
  // stage's only. Pages are rendered only when the content is clean.
  const photos = await processImages(collectImageJobs(rendered), {
    config: config.images,
    cacheDir: path.join(dirs.cache, 'images'),
    concurrency: Math.max(1, Math.min(options.jobs ?? 1, 2)),
    ...(options.onImageProgress && { onProgress: options.onImageProgress }),
  });
  lap('images');
  diagnostics.push(...photos.diagnostics);

  diagnostics.push(...views.diagnostics);
  // Each summary's key is known without looking at it: the hash made when it was rendered, and its view count.
  const summaryKeys: [ArticleSummary, string][] = [];
  const articles = [...renderMemos.values()].flatMap((m) => {
    if (!m.article) return [];
    const count = views.views.get(m.article.id) ?? views.views.get(m.article.url);
    const article = count === undefined ? m.article : { ...m.article, views: count };
    summaryKeys.push([article, hashOf('summary', m.summaryKey, String(count))]);
    return [article];
  });
  const built = buildSite(articles, config, photos.processed);
  diagnostics.push(...built.diagnostics);
  // Related lists depend on every article's date, category and tags: when none of those changed
  // (a title or lead edited), the last build's lists are taken over instead of worked out again.
  const relatedKey = hashOf(relatedKeyOf(built.site, config.relatedCount));
  const snapshot = await memo.loadSnapshot();
  const knownRelated = snapshot?.relatedKey === relatedKey ? relatedFromSnapshot(built.site, snapshot) : undefined;
  const site: Site = knownRelated ? { ...built.site, knownRelated } : built.site;
  const assetHashes = [...publicFiles].map(([file, { hash }]) => [file, hash] as const);
  const photoOutputs = photos.files.map(([, output]) => output);
  // Documents the bodies link to, published at their path under content/ (content/attachments.ts).
  const attachments = [...new Map(articles.flatMap((a) => a.attachments ?? []).map(([file, output]) => [output, file] as const))].map(([output, file]) => [file, output] as const).sort(([, a], [, b]) => byCodePoint(a, b));
  const attachmentOutputs = attachments.map(([, output]) => output);
  const shared = sharedPageKey({ codeKey: memo.codeKey, configKey: memo.configKey, chrome: site.chrome, assetHashes, images: photos.processed });
  const bodyKeys = new Map([...renderMemos.values()].flatMap((m) => (m.article ? [[m.article.id, m.bodyKey] as const] : [])));
  const byId = new Map(site.articles.map((a) => [a.id, a]));
  const dataKey = createValueKeys(summaryKeys);
  // Everything the plan and the page keys are made from but the articles' summaries and bodies.
  const pagesRestKey = hashOf(shared, templates.all(), JSON.stringify(photoOutputs), JSON.stringify(attachmentOutputs), JSON.stringify([...publicFiles].map(([file, { absolute }]) => [file, absolute])), options.root);
  // The search index before the pages are planned: the articles' keys it is made from are let go
  // first (at 10,000 articles they and the plan together were the build's peak of memory).
  const sourceOfId = new Map([...renderMemos].flatMap(([p, m]) => (m.article ? [[m.article.id, p] as const] : [])));
  let search: SearchOutputs | undefined;
  if (config.search.enabled && !diagnostics.some((d) => d.severity === 'error')) {
    lap('site');
    search = await searchOfSite(run, site, sourceOfId, renderMemos, searched, articleUrls);
    lap('search');
  }
  searched.terms.length = 0;
  searched.texts.clear();
  const keyOfSummary = new Map(summaryKeys);
  const siteSummaryKeys = site.articles.map((a) => keyOfSummary.get(a)!);
  let plan: PagePlan;
  try {
    plan = planPages({
      key: pagesKeyOf(pagesRestKey, siteSummaryKeys),
      remembered: memo.published?.pages,
      records: memo.published?.outputs,
      bodyKeys,
      planAll: () => planOutputs(site, config, { publicFiles, projectRoot: options.root, photoOutputs, attachmentOutputs }),
      planArticle: (id) => {
        const article = byId.get(id);
        return article && articlePage(site, config, article);
      },
      keyOf: (spec) => pageKeyOf(spec, shared, templates, dataKey, spec.articleId === undefined ? undefined : bodyKeys.get(spec.articleId)),
    });
  } finally {
    dataKey.done();
  }
  diagnostics.push(...plan.diagnostics);
  // Only the shards of memos that changed are written (a template edit changes none of them).
  const changed: ReadonlySet<string> | 'all' = previous ? changedMemoPaths(previous, { files: seen, reads: readMemos, renders: renderMemos }, [...reads.misses, ...renders.misses]) : 'all';
  const state: BuildState = { codeKey: memo.codeKey, configKey: memo.configKey, files: seen, reads: readMemos, renders: renderMemos };
  const memos = changed === 'all' || changed.size > 0 ? { state, changed } : undefined;
  // An empty category is news only on a site that builds: with errors, the articles that failed may be its own.
  if (diagnostics.some((d) => d.severity === 'error')) return { failed: diagnostics.filter((d) => d.code !== 'CATEGORY_EMPTY'), ...(memos && { memos }) };
  lap('plan');

  // The summaries are stored when they are not those stored already (a template edit keeps them).
  const summariesKey = summariesKeyOf(siteSummaryKeys);
  const summaries = snapshot?.summariesKey === summariesKey && !memo.summariesLost() ? undefined : { key: summariesKey, text: summaryText(site.articles.map((a, i) => [siteSummaryKeys[i]!, a] as const)) };
  return {
    planned: 'site',
    plan,
    diagnostics,
    chrome: site.chrome,
    photos,
    attachments,
    articleCount: site.articles.length,
    articleUrls,
    bodiesHeld,
    sourceOfId,
    photosSeen: [...new Set([...renderMemos.values()].flatMap((m) => m.photos.map(([file]) => file)))].sort(),
    window: publishWindow(drafts, published, publishing),
    ...(memos && { memos }),
    snapshot: {
      files: seen, urls: articleUrls, chrome: site.chrome, shared, processed: photos.processed, photoFiles: photos.files, attachments, relatedKey, pagesRestKey, summariesKey,
      crowded: [...addresses.crowded].sort(byCodePoint),
      linkTargets: linkTargetsOf(renderMemos),
      ...relatedPositions(site, plan, config.relatedCount, sourceOfId),
    },
    ...(summaries && { summaries }),
    ...(search && { search }),
  };
}

/** The search index of the site: the kept one patched with the articles rendered now; an article it
 *  lacks that was not rendered now (a kept index older than the memos) is rendered for it. */
async function searchOfSite(run: BuildRun, site: Site, sourceOfId: ReadonlyMap<string, string>, renders: ReadonlyMap<string, RenderMemo>, searched: FreshSearch, articleUrls: ReadonlyMap<string, string>): Promise<SearchOutputs> {
  const docs = (): DocNow[] =>
    site.articles.map((a) => {
      const p = sourceOfId.get(a.id)!;
      const m = renders.get(p)!;
      return docOf(p, docKeyOf(m.bodyKey, m.summaryKey), a, searched.texts.get(p), run.config);
    }).reverse();
  const inputs = { config: run.config, ...searchSetup(run) };
  const first = await planSearch({ ...inputs, docs: docs(), terms: searched.terms });
  if (!('missing' in first)) return first;
  const stage = run.stage(first.missing.length);
  const more = await freshSearch(await stage.render(articleUrls, first.missing), () => stage.takeSearchTerms());
  for (const [p, text] of more.texts) searched.texts.set(p, text);
  const second = await planSearch({ ...inputs, docs: docs(), terms: [...searched.terms, ...more.terms] });
  if ('missing' in second) throw new Error(`internal: ${second.missing[0]} rendered without search terms`);
  return second;
}

/** Every article's related articles, as positions in the site's order: read off the plan when it was
 *  made in full, else worked out again (a plan taken over has only the edited articles' pages). */
function relatedPositions(site: Site, plan: PagePlan, count: number, sourceOfId: ReadonlyMap<string, string>): { paths: string[]; related: ListColumns } {
  const paths = site.articles.map((a) => sourceOfId.get(a.id)!);
  const position = new Map(site.articles.map((a, i) => [a.id, i]));
  const relatedIds = new Map<string, readonly ArticleSummary[]>();
  if (!plan.reused) {
    for (const [index, id] of plan.memo().articles) relatedIds.set(id, plan.spec(index).data.related as readonly ArticleSummary[]);
  }
  const related = site.articles.map((a) => (relatedIds.get(a.id) ?? relatedTo(site, a, count)).map((r) => position.get(r.id)!));
  return { paths, related: listsToColumns(related) };
}

/** The snapshot's related lists, for a site whose articles are in the same order (same related key). */
function relatedFromSnapshot(site: Site, snapshot: SiteSnapshot): Map<string, readonly ArticleSummary[]> | undefined {
  if (listCount(snapshot.related) !== site.articles.length) return undefined;
  return new Map(site.articles.map((a, i) => [a.id, Array.from(listAt(snapshot.related, i), (j) => site.articles[j]!)]));
}
