// Thread side of parallel/article-workers.ts: one in-process article stage, driven by messages.
import { parentPort, workerData } from 'node:worker_threads';
import { createArticleStage, type ArticleStageSetup, type KnownFront, type PageContext, type PageJob } from '../content/article-stage.js';
import { createFolderWriter } from '../output/writer.js';
import { InfrastructureError, osErrorText } from '../errors.js';
import type { SearchTerms } from '../search/article-terms.js';

const stage = createArticleStage(workerData as ArticleStageSetup);

type Message =
  | { id: number; method: 'read'; arg: { contentPaths: string[]; known?: Map<string, KnownFront> } }
  | { id: number; method: 'render'; arg: { articleUrls: Map<string, string>; contentPaths: string[] } }
  | { id: number; method: 'writePages'; arg: { jobs: PageJob[]; context: PageContext; folder: string; replaces: boolean; mirror?: string } }
  | { id: number; method: 'takeSearchTerms'; arg?: undefined }
  | { id: number; method: 'close'; arg?: undefined };

/** Pages written straight into the version folder the main thread prepared (and linked into its spare). */
function writePages({ jobs, context, folder, replaces, mirror }: Extract<Message, { method: 'writePages' }>['arg']) {
  const files = createFolderWriter(folder, { replaces, ...(mirror && { mirror }) });
  return stage.writePages(jobs, context, { ...files, folder, ...(mirror && { mirror }) });
}

parentPort!.on('message', async (message: Message) => {
  try {
    const result =
      message.method === 'takeSearchTerms'
        ? await stage.takeSearchTerms()
        : message.method === 'close'
        ? await stage.close() // its held bodies' file: a descriptor is the process's, not the thread's
        : message.method === 'writePages'
        ? await writePages(message.arg)
        : message.method === 'render'
          ? await stage.render(message.arg.articleUrls, message.arg.contentPaths)
          : await stage.read(message.arg.contentPaths, message.arg.known);
    // The search keys' streams are moved, not copied: at 10,000 articles they are 30 MB a thread.
    const moved = message.method === 'takeSearchTerms' ? (result as SearchTerms[]).flatMap((t) => [t.docEnds.buffer, t.keyOf.buffer, t.places.buffer, t.lengths.buffer] as ArrayBuffer[]) : [];
    parentPort!.postMessage({ id: message.id, result }, moved);
  } catch (error) {
    const e = error as Error;
    // A disk failure must stay a disk failure (exit 74) on the other side, not become a bug report.
    const infrastructure = error instanceof InfrastructureError
      ? { action: error.action, path: error.path, cause: osErrorText(error.cause), code: (error.cause as NodeJS.ErrnoException | undefined)?.code }
      : undefined;
    parentPort!.postMessage({ id: message.id, error: { message: e.message, stack: e.stack, ...(infrastructure && { infrastructure }) } });
  }
});
