// Thread side of version-scan.ts: checks the published files, then the spare, as asked.
import { parentPort } from 'node:worker_threads';
import { checkSpare } from './folder-stamps.js';
import { brokenOutputs, type ScanAnswer, type ScanWork } from './version-scan.js';

const answer = (message: ScanAnswer): void => parentPort!.postMessage(message);
parentPort!.on('message', (work: ScanWork) => {
  if ('check' in work) answer({ broken: brokenOutputs(work.check) });
  else answer({ spare: checkSpare(work.spare) });
});
