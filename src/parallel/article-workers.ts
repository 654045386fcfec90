// The article stage spread over threads. The main thread is one of them (a thread of its own would
// cost ~200 MB for a 10,000-article site and the main thread would sit idle); the others are
// workers. Each thread owns a contiguous slice of the sources, so concatenating the slices' results
// in order gives exactly the serial order.
import { Worker } from 'node:worker_threads';
import { InfrastructureError } from '../errors.js';
import { createArticleStage, type ArticleStage, type ArticleStageSetup, type PageJob, type PagesResult } from '../content/article-stage.js';
import { createFolderWriter } from '../output/writer.js';

interface Reply {
  id: number;
  result?: unknown;
  error?: { message: string; stack?: string; infrastructure?: { action: InfrastructureError['action']; path: string; cause: string; code?: string } };
}

/**
 * A worker's old-generation heap limit. What a thread keeps alive is small (bodies are held as bytes,
 * outside the heap), but V8 sizes heaps by the machine's memory and lets garbage from rendering pile up
 * (about 90 MB more peak memory for 10,000 articles). The limit grows with the thread's share of articles
 * so a large site never runs out.
 */
export function workerHeapLimitMb(articlesInSlice: number): number {
  return Math.max(256, 128 + Math.ceil(articlesInSlice * 0.03));
}

/** An ArticleStage whose work happens in a worker thread. */
function createWorkerStage(setup: ArticleStageSetup, heapLimitMb: number): ArticleStage {
  // No inherited Node options: `--input-type` (from `node --input-type=module -e …`) stops the worker's
  // file from loading and process-wide V8 flags are refused by Worker; V8 flags apply to workers anyway.
  const worker = new Worker(new URL('./article-worker.js', import.meta.url), {
    workerData: setup,
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: heapLimitMb },
  });
  const pending = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  worker.on('message', (reply: Reply) => {
    const waiter = pending.get(reply.id)!;
    pending.delete(reply.id);
    if (reply.error?.infrastructure) {
      const { action, path, cause, code } = reply.error.infrastructure;
      waiter.reject(new InfrastructureError(action, path, Object.assign(new Error(cause), { code })));
    } else if (reply.error) waiter.reject(Object.assign(new Error(`article worker: ${reply.error.message}`), { stack: reply.error.stack }));
    else waiter.resolve(reply.result as never);
  });
  worker.on('error', (error) => {
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  });
  const call = <T>(method: string, arg?: unknown): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, method, arg });
    });
  return {
    read: (contentPaths, known) => call('read', { contentPaths, ...(known?.size && { known }) }),
    render: (articleUrls, contentPaths) => call('render', { articleUrls, contentPaths }),
    writePages: (jobs, context, writer) => call('writePages', { jobs, context, folder: writer.folder, replaces: writer.recycled !== undefined, mirror: writer.mirror }),
    close: async () => {
      await worker.terminate();
    },
  };
}

export function createParallelArticleStage(setup: ArticleStageSetup, threads: number, articles: number): ArticleStage {
  // Workers first in the list of calls so their messages are posted before the main thread gets busy.
  const workers = Array.from({ length: threads - 1 }, () => createWorkerStage(setup, workerHeapLimitMb(Math.ceil(articles / threads))));
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
      const parts: PagesResult[] = await inOrder((s, i) => s.writePages(perSlice[i]!, context, { ...createFolderWriter(folder, { replaces, ...(mirror && { mirror }) }), folder, ...(writer.recycled && { recycled: writer.recycled }), ...(mirror && { mirror }) }));
      return { pages: parts.flatMap((p) => p.pages), diagnostics: parts.flatMap((p) => p.diagnostics), needBody: parts.flatMap((p) => p.needBody), ...(parts.some((p) => p.spareIncomplete) && { spareIncomplete: true }) };
    },
    async close() {
      await Promise.all(slices.map((s) => s.close()));
    },
  };
}
