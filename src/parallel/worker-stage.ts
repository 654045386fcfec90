// The worker side of the article stage as seen from the main thread: a Worker and its messages. Kept
// apart from article-workers.ts and its imports (Markdown, templates) so a cold build can start its
// workers before the main thread loads those: each worker spends ~0.3 s loading the same modules.
import { Worker } from 'node:worker_threads';
import { InfrastructureError } from '../errors.js';
import type { ArticleStage, ArticleStageSetup } from '../content/article-stage.js';

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
  let exited = false;
  const exit = new Promise<void>((resolve) => worker.once('exit', () => ((exited = true), resolve())));
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
    takeSearchTerms: () => call('takeSearchTerms'),
    writePages: (jobs, context, writer) => call('writePages', { jobs, context, folder: writer.folder, replaces: writer.recycled !== undefined, mirror: writer.mirror }),
    close: async () => {
      // The stage closes its own files first (a terminated thread leaves its descriptors open).
      if (!exited) await Promise.race([call('close').catch(() => undefined), exit]);
      await worker.terminate();
    },
  };
}

/** `count` workers, each for about `articlesEach` articles (its heap limit grows with them). */
export function startWorkerStages(setup: ArticleStageSetup, count: number, articlesEach: number): ArticleStage[] {
  return Array.from({ length: Math.max(0, count) }, () => createWorkerStage(setup, workerHeapLimitMb(Math.ceil(articlesEach))));
}
