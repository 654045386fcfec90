// The article stage spread over worker threads: each thread owns a contiguous slice of the sources,
// so concatenating the slices' results gives exactly the serial order.
// Parsing and rendering Markdown is most of a cold build; this uses every core for it.
import { Worker } from 'node:worker_threads';
import type { ArticleStage, ArticleStageSetup } from '../content/article-stage.js';
import type { ArticleSummary } from '../content/article.js';
import type { PagesResult } from '../content/article-stage.js';
import type { DraftSummary } from '../content/publish.js';
import type { Diagnostic } from '../errors.js';
import type { OutputSpec } from '../routes/output-spec.js';

interface Reply {
  id: number;
  result?: unknown;
  error?: { message: string; stack?: string };
}

export function createParallelArticleStage(setup: ArticleStageSetup, threads: number): ArticleStage {
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./article-worker.js', import.meta.url), { workerData: setup }));
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  /** Article id → the worker holding its body. */
  const owner = new Map<string, Worker>();
  for (const worker of workers) {
    worker.on('message', (reply: Reply) => {
      const waiter = pending.get(reply.id)!;
      pending.delete(reply.id);
      if (reply.error) waiter.reject(Object.assign(new Error(`article worker: ${reply.error.message}`), { stack: reply.error.stack }));
      else waiter.resolve(reply.result);
    });
    worker.on('error', (error) => {
      for (const waiter of pending.values()) waiter.reject(error);
      pending.clear();
    });
  }
  const call = <T>(worker: Worker, method: string, arg?: unknown): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, method, arg });
    });

  return {
    async read(contentPaths) {
      const size = Math.ceil(contentPaths.length / workers.length);
      const parts = await Promise.all(
        workers.map((w, i) => call<{ drafts: DraftSummary[]; diagnostics: Diagnostic[] }>(w, 'read', contentPaths.slice(i * size, (i + 1) * size))),
      );
      return { drafts: parts.flatMap((p) => p.drafts), diagnostics: parts.flatMap((p) => p.diagnostics) };
    },
    async render(articleUrls) {
      const parts = await Promise.all(workers.map((w) => call<{ articles: ArticleSummary[]; diagnostics: Diagnostic[] }>(w, 'render', articleUrls)));
      parts.forEach((p, i) => p.articles.forEach((a) => owner.set(a.id, workers[i]!)));
      return { articles: parts.flatMap((p) => p.articles), diagnostics: parts.flatMap((p) => p.diagnostics) };
    },
    async writePages(specs, context, writer) {
      if (!writer.folder) throw new Error('internal: threads can only write into a folder');
      const perWorker = new Map<Worker, OutputSpec[]>(workers.map((w) => [w, []]));
      for (const spec of specs) perWorker.get(owner.get(spec.articleId!)!)!.push(spec);
      const parts = await Promise.all(workers.map((w) => call<PagesResult>(w, 'writePages', { specs: perWorker.get(w), context, folder: writer.folder })));
      return {
        files: parts.reduce((n, p) => n + p.files, 0),
        bytes: parts.reduce((n, p) => n + p.bytes, 0),
        diagnostics: parts.flatMap((p) => p.diagnostics),
      };
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
