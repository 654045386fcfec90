// The writing stage of a planned build: keep what the published version has right, render the rest,
// copy public files and photos, publish the new version atomically, and remember what it was made of.
import path from 'node:path';
import type { BuildRun, PlannedSite } from './build-run.js';
import type { BuildChanges, BuildReport } from './build.js';
import type { Diagnostic } from './errors.js';
import type { PageJob, PagesResult } from './content/article-stage.js';
import type { PagesMemo, PublishedState } from './incremental/build-state.js';
import { keepOrCopy, keepOrRender, recordOf, recordsThere, staleFiles, type Published } from './incremental/output-records.js';
import { quickKeyOf } from './incremental/memo.js';
import { recordsInPlanOrder } from './incremental/page-plan.js';
import { carryStamps, stampNewFolders, type SpareCheck } from './output/folder-stamps.js';
import { openOutput } from './output/versioned-writer.js';
import { TemplateFailure, TemplateFailures } from './render/render-page.js';
import { zoneOffsetFacts } from './vi/dates.js';
import { collectAfterLargeWork } from './parallel/heap-guard.js';

/** The version kept beside the published one, which the writer may take over, and what it holds (output/version-scan.ts). */
export interface Spare {
  readonly record: PublishedState;
  /** What it holds beyond or against its record (output/folder-stamps.ts); undefined: not to be taken over. */
  readonly check: Promise<SpareCheck | undefined>;
}

export type WriteOutcome =
  | { readonly failed: readonly Diagnostic[] }
  | (Omit<BuildReport, 'millis' | 'outDir'> & { readonly changes: BuildChanges });

export async function writePlanned(run: BuildRun, planned: PlannedSite, spare: Spare | undefined, rememberConfig?: () => Promise<void>): Promise<WriteOutcome> {
  const { options, dirs, memo, publicFiles, stage, lap } = run;
  const { plan, photos, diagnostics } = planned;
  const checked = await spare?.check;
  const recycle = spare?.record.marker && checked ? { version: spare.record.version, marker: spare.record.marker } : undefined;
  const writer = options.writer ?? (await openOutput(dirs.output, { ...(options.lockWaitMs !== undefined && { lockWaitMs: options.lockWaitMs }), ...(options.onNotice && { onNotice: options.onNotice }), ...(recycle && { recycle }), durable: !options.preview }));
  const remember = (publishing?: Parameters<typeof memo.save>[1]): Promise<void> => memo.save(planned.memos, publishing);
  try {
    // The writer takes over only the folder asked for: the spare version, checked.
    const recycled = writer.recycled && spare && checked ? recordsThere(spare.record.outputs, new Set(checked.missing)) : undefined;
    const before = memo.published && writer.previous?.version === memo.published.version
      ? { folder: writer.previous.folder, outputs: memo.published.outputs, ...(recycled && { recycled }), ...(await intactOutputs(run, planned, writer.previous.folder)) }
      : undefined;
    const copies: (readonly [string, string, string])[] = [
      ...[...publicFiles].map(([file, { absolute, hash }]) => [absolute, file, `public:${hash}`] as const),
      ...photos.files.map(([cached, output]) => [cached, output, `photo:${path.basename(cached)}`] as const),
      ...planned.attachments.map(([file, output]) => [file, output, `file:${run.fingerprint(file)}`] as const),
      ...(planned.search?.copies ?? []),
    ];
    // The search index's files go to the cache before the pages render (they are copied after them),
    // and the index is let go. Written while the pages rendered, they waited for the disk in memory:
    // at 100,000 articles the main thread held 610 MB of buffers through the whole render, now 116 MB.
    await planned.search?.write();
    // What the recycled folder has and the new version lacks goes first (a file may become a folder).
    if (recycled) await writer.remove!(staleFiles(spare!.record.outputs, checked!, new Set([...plan.outputs, ...copies.map(([, output]) => output)])));
    const { outputs, jobs: toRender } = await keepOrRender(plan, before, writer);
    const pagesMemo = plan.memo();
    // An article page made again whose body was not rendered now: the published page shows that very
    // body, so it is taken from there; else the body is rendered now.
    const pageJobs = bodiesFromPublished(toRender, planned.bodiesHeld, pagesMemo, plan.outputs, before, memo.published);
    const renderBodies = async (jobs: readonly PageJob[]): Promise<void> => {
      const ids = [...new Set(jobs.flatMap(({ spec, body }) => (spec.articleId !== undefined && !body && !planned.bodiesHeld.has(spec.articleId) ? [spec.articleId] : [])))];
      if (ids.length) await stage(ids.length).render(planned.articleUrls, ids.map((id) => planned.sourceOfId.get(id)!));
    };
    await renderBodies(pageJobs);
    // The version published before can be taken over by the next build only if it is on record.
    const keptOnRecord = memo.onRecord !== undefined && writer.previous?.version === memo.onRecord.version;
    // Nothing of use will be kept beside this version: its spare is linked while the pages are written.
    if (!writer.previous || !keptOnRecord) await writer.startSpare?.();
    // Every thread renders and writes its share of the pages (article pages where their body is).
    const assetHashes = [...publicFiles].map(([file, { hash }]) => [file, hash] as const);
    const context = { templateDirs: dirs.templateDirs, assetHashes, images: [...photos.processed], chrome: planned.chrome, ...(before && { previousFolder: before.folder }) };
    const renderPages = (jobs: readonly PageJob[]): Promise<PagesResult> => (jobs.length === 0 ? Promise.resolve({ pages: [], diagnostics: [], needBody: [] }) : stage(jobs.length).writePages(jobs, context, writer));
    // What planning left (every page's key was made from its data's JSON, the summaries were
    // encoded) goes before the pages' garbage piles on top of it.
    collectAfterLargeWork(pageJobs.length);
    let pages = await renderPages(pageJobs);
    if (pages.needBody.length) {
      // Templates that look at a body's headings: those bodies rendered after all.
      const again = new Set(pages.needBody);
      const jobs = pageJobs.flatMap(({ body: _body, ...job }) => (again.has(job.spec.output) ? [job] : []));
      await renderBodies(jobs);
      const more = await renderPages(jobs);
      pages = { pages: [...pages.pages, ...more.pages], diagnostics: [...pages.diagnostics, ...more.diagnostics], needBody: more.needBody, ...((pages.spareIncomplete || more.spareIncomplete) && { spareIncomplete: true }) };
    }
    // The peak memory of a cold build came while the state was saved, with the workers' heaps still held.
    await run.stageDone();
    if (pages.diagnostics.length) {
      const failures = new TemplateFailures();
      for (const d of pages.diagnostics) failures.add(d);
      await writer.abort();
      await remember();
      return { failed: [...diagnostics, ...failures.list()] };
    }
    const keyOfJob = new Map(pageJobs.map((j) => [j.spec.output, j.key]));
    const written: string[] = [];
    for (const [output, hash, size, linked, body] of pages.pages) {
      outputs.set(output, recordOf(writer.folder, output, keyOfJob.get(output)!, hash, size, body));
      if (!linked) written.push(output);
    }
    const rendered = written.length;
    const kept = plan.outputs.length - rendered;
    lap('render');
    written.push(...(await keepOrCopy(copies, before, writer, outputs)));
    const gone = [...(before?.outputs.keys() ?? [])].filter((output) => !outputs.has(output)).sort();
    const files = [...outputs.keys()];
    // A version made in an empty folder: its folders are trusted as made when it is taken over.
    await writer.settle?.(); // every file on the disk before its folder's time is taken (commit sees to the spare)
    const made = writer.folder && !writer.recycled && !options.writer && !options.preview ? stampNewFolders(writer.folder, files) : undefined;
    const committed = await writer.commit({ written, files, ...(!keptOnRecord && { replaceKept: true }), ...(pages.spareIncomplete && { spareIncomplete: true }) });
    lap('write');
    const summary = {
      articles: planned.articleCount, pages: plan.outputs.length, files: outputs.size,
      bytes: plan.outputs.reduce((n, output) => n + outputs.get(output)!.size, 0),
      images: { photos: photos.processed.size, files: photos.files.length },
    };
    let save: (() => Promise<void>) | undefined;
    if (committed.version) {
      const restKey = run.restKey(planned.photosSeen);
      const inPlanOrder = recordsInPlanOrder(plan.outputs, outputs);
      const paths = [...inPlanOrder.keys()];
      // Its folders' stamps: those seen when the spare was checked, or those set when they were made.
      const folders = recycled ? carryStamps(paths, [...spare!.record.outputs.keys()], checked!.stamps) : carryStamps(paths, files, made);
      const zones = zoneOffsetFacts();
      const record: PublishedState = {
        codeKey: memo.codeKey, version: committed.version, ...(committed.marker && { marker: committed.marker }), quickKey: quickKeyOf(restKey, run.stats),
        window: planned.window, photos: planned.photosSeen, outputs: inPlanOrder, ...(folders && { folders }), pages: pagesMemo, ...(zones && { zones }), summary, diagnostics: [...diagnostics],
      };
      // The version kept beside the new one: the one published before (on record also after --clean), or a spare made now.
      const keptVersion = committed.spare ? withStamps({ ...record, version: committed.spare.version, marker: committed.spare.marker }, carryStamps(paths, files, committed.spare.folders)) : keptOnRecord ? 'replaced' : 'none';
      const snapshot = planned.snapshot && { ...planned.snapshot, codeKey: memo.codeKey, version: record.version, ...(record.marker && { marker: record.marker }), restKey };
      save = async () => {
        await rememberConfig?.();
        await remember({ record, kept: keptVersion, ...(snapshot && { snapshot }), ...(snapshot && planned.summaries && { summaries: { ...planned.summaries, codeKey: memo.codeKey } }) });
        await planned.search?.save(record.version);
      };
      // A preview is shown first and its state written after (see BuildReport.saveState).
      if (!options.preview) await save();
    }
    lap('state');
    return {
      ok: true, diagnostics: [...diagnostics, ...committed.diagnostics], ...summary,
      images: { ...summary.images, encoded: photos.encoded, reused: photos.reused },
      changes: { rendered, kept, removed: gone.filter((output) => !planned.search?.replaced(output)).length, written: written.sort(), gone },
      ...(options.preview && save && { saveState: save }),
    };
  } catch (error) {
    await writer.abort();
    if (error instanceof TemplateFailure) return { failed: [...diagnostics, error.diagnostic] };
    throw error;
  }
}

/** The jobs, with the body of an article page not rendered in this build taken from the published
 *  page where that shows the same body (its key in the published pages memo) and is intact. */
function bodiesFromPublished<J extends PageJob>(jobs: readonly J[], held: ReadonlySet<string>, pages: PagesMemo, outputs: readonly string[], before: Published | undefined, published: PublishedState | undefined): J[] {
  const wanted = jobs.filter(({ spec }) => spec.articleId !== undefined && !held.has(spec.articleId));
  if (!wanted.length || !before || !published?.pages || before.outputs !== published.outputs) return [...jobs];
  const bodyKeyNow = new Map(pages.articles.map(([index, , bodyKey]) => [outputs[index]!, bodyKey]));
  const publishedOutputs = [...published.outputs.keys()];
  const bodyKeyThen = new Map(published.pages.articles.map(([index, , bodyKey]) => [publishedOutputs[index]!, bodyKey]));
  return jobs.map((job) => {
    const { output, articleId } = job.spec;
    if (articleId === undefined || held.has(articleId) || job.previousHash === undefined) return job; // previousHash: intact
    const place = before.outputs.get(output)?.body;
    const key = bodyKeyNow.get(output);
    if (!place || key === undefined || key === '' || bodyKeyThen.get(output) !== key) return job;
    return { ...job, body: { file: path.join(before.folder, output), start: place[0], length: place[1] } };
  });
}

/** What is known of the published files' intactness without looking again: from planning, from the
 *  thread that checked them (build.ts), or that a preview's files are as made. */
async function intactOutputs(run: BuildRun, planned: PlannedSite, folder: string): Promise<{ intact?: (output: string) => boolean }> {
  if (planned.intact) return { intact: planned.intact };
  if (run.options.preview) return { intact: () => true };
  const broken = run.intactCheck?.folder === folder ? await run.intactCheck.broken : undefined;
  return broken ? { intact: (output) => !broken.has(output) } : {};
}

/** A record with these folder stamps (or none). */
function withStamps({ folders: _folders, ...record }: PublishedState, folders: Float64Array | undefined): PublishedState {
  return folders ? { ...record, folders } : record;
}
