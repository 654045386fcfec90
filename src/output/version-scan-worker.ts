// Thread side of version-scan.ts: the published files first (planning needs them first), then the
// spare folder once the build names it.
import { parentPort, workerData } from 'node:worker_threads';
import { brokenOutputs, listFolderFiles, type RecordColumns, type ScanAnswer } from './version-scan.js';

const published = workerData as RecordColumns | undefined;
const answer = (message: ScanAnswer): void => parentPort!.postMessage(message);
if (published) answer({ broken: brokenOutputs(published) });
parentPort!.once('message', (folder: string | null) => answer({ files: folder === null ? undefined : listFolderFiles(folder) }));
