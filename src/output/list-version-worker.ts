// Thread side of list-version.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { listFolderFiles } from './list-version.js';

parentPort!.postMessage(listFolderFiles(workerData as string));
