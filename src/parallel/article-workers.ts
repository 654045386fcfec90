// The article stage spread over threads. The main thread is one of them (a thread of its own would
// cost ~200 MB for a 10,000-article site and the main thread would sit idle); the others are
// workers. Each thread owns a contiguous slice of the sources, so concatenating the slices' results
// in order gives exactly the serial order.
import { createArticleStage, type ArticleStage, type ArticleStageSetup, type PageJob, type PagesResult } from '../content/article-stage.js';
import { createFolderWriter } from '../output/writer.js';
import { startWorkerStages } from './worker-stage.js';

/** Pages sent to a worker in one message. At 10,000 articles, interleaved: 490 and 495 MiB peak
 *  against 524 and 537 MiB with all 6,700 in one, no slower. (BAOTINH_TEST_PAGES_PER_MESSAGE is a
 *  TEST-ONLY override: the determinism test sends a few pages per message to check the parts.) */
const PAGES_PER_MESSAGE = Number(process.env.BAOTINH_TEST_PAGES_PER_MESSAGE) || 2000;

function merge(parts: readonly PagesResult[]): PagesResult {
  return { pages: parts.flatMap((p) => p.pages), diagnostics: parts.flatMap((p) => p.diagnostics), needBody: parts.flatMap((p) => p.needBody), ...(parts.some((p) => p.spareIncomplete) && { spareIncomplete: true }) };
}

/** The stage over `threads` threads; `ready`: workers started earlier (startWorkerStages), used first. */
export function createParallelArticleStage(setup: ArticleStageSetup, threads: number, articles: number, ready: readonly ArticleStage[] = []): ArticleStage {
  // Workers first in the list of calls so their messages are posted before the main thread gets busy.
  const workers = [...ready.slice(0, threads - 1), ...startWorkerStages(setup, threads - 1 - ready.length, articles / threads)];
  for (const extra of ready.slice(threads - 1)) void extra.close();
  const local = createArticleStage(setup);
  const slices: ArticleStage[] = [local, ...workers];
  const inOrder = async <T>(start: (stage: ArticleStage, index: number) => Promise<T>): Promise<T[]> => {
    const started = workers.map((w, i) => start(w, i + 1));
    const mine = await start(local, 0);
    return [mine, ...(await Promise.all(started))];
  };
  /** Content path → the slice that read it; article id → the slice holding its body. */
  const reader = new Map<string, number>();
  const owner = new Map<string, number>();

  return {
    async read(contentPaths, known) {
      const size = Math.ceil(contentPaths.length / slices.length);
      const parts = await inOrder((s, i) => {
        const slice = contentPaths.slice(i * size, (i + 1) * size);
        return s.read(slice, known && new Map(slice.flatMap((p) => (known.has(p) ? [[p, known.get(p)!]] : []))));
      });
      parts.forEach((p, i) => p.forEach((e) => e.draft && reader.set(e.contentPath, i)));
      return parts.flat();
    },
    async render(articleUrls, contentPaths) {
      // A source goes to the slice that read it (it holds the draft); others are dealt out in turn.
      const perSlice: string[][] = slices.map(() => []);
      let turn = 0;
      for (const p of contentPaths) perSlice[reader.get(p) ?? turn++ % slices.length]!.push(p);
      reader.clear();
      const parts = await inOrder((s, i) => (perSlice[i]!.length ? s.render(articleUrls, perSlice[i]!) : Promise.resolve([])));
      parts.forEach((p, i) => p.forEach((e) => e.article && owner.set(e.article.id, i)));
      const byPath = new Map(parts.flat().map((e) => [e.contentPath, e]));
      return contentPaths.map((p) => byPath.get(p)!);
    },
    async writePages(jobs, context, writer) {
      const folder = writer.folder;
      if (!folder) throw new Error('internal: threads can only write into a folder');
      const perSlice: PageJob[][] = slices.map(() => []);
      // Article pages go where their body is (a body read from a file is anywhere); listings are dealt
      // out in turn; ready-made files stay here.
      let turn = 0;
      for (const job of jobs) {
        const { spec } = job;
        const holder = spec.articleId === undefined ? undefined : owner.get(spec.articleId);
        const slice = holder ?? (spec.content !== undefined ? 0 : turn++ % slices.length);
        perSlice[slice]!.push(job);
      }
      const replaces = writer.recycled !== undefined;
      const mirror = writer.mirror;
      // Each thread writes through a writer of its own (a worker makes its own from these fields).
      const write = (s: ArticleStage, part: readonly PageJob[]): Promise<PagesResult> =>
        s.writePages(part, context, { ...createFolderWriter(folder, { replaces, ...(mirror && { mirror }) }), folder, ...(writer.recycled && { recycled: writer.recycled }), ...(mirror && { mirror }) });
      // A worker gets its pages in parts: a message is a copy of everything its pages show, kept
      // until the worker answers (26 MB serialised for 6,700 pages of a 10,000-article site).
      const parts: PagesResult[] = await inOrder(async (s, i) => {
        if (i === 0 || perSlice[i]!.length <= PAGES_PER_MESSAGE) return write(s, perSlice[i]!);
        const done: PagesResult[] = [];
        for (let at = 0; at < perSlice[i]!.length; at += PAGES_PER_MESSAGE) done.push(await write(s, perSlice[i]!.slice(at, at + PAGES_PER_MESSAGE)));
        return merge(done);
      });
      return merge(parts);
    },
    async takeSearchTerms() {
      return (await inOrder((s) => s.takeSearchTerms())).flat();
    },
    async close() {
      await Promise.all(slices.map((s) => s.close()));
    },
  };
}
