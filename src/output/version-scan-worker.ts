// Thread side of version-scan.ts: one thread checks the published files, another lists the spare
// folder (two threads: the disk answers both at once, and planning waits for the first).
import { parentPort, workerData } from 'node:worker_threads';
import { brokenOutputs, listFolderFiles, type ScanAnswer, type ScanWork } from './version-scan.js';

const work = workerData as ScanWork;
const answer = (message: ScanAnswer): void => parentPort!.postMessage(message);
if ('check' in work) answer({ broken: brokenOutputs(work.check) });
else answer({ files: listFolderFiles(work.list) });
