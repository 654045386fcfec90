// Vitest global setup: the whole test run gets a temporary folder of its own. TMPDIR points into it,
// and the test workers, the builds they start and the browsers they launch all inherit it, so at the
// end we know exactly what the run left behind, whatever other processes put in the system's temp
// folder meanwhile (other test runs on the same machine among them). Anything left fails the run.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A run's folder is named with its process id, so a run that was killed before its teardown
 *  (Ctrl-C, a CI timeout) has its folder removed by the next run on the machine. */
const RUN_PREFIX = 'baotinh-test-run-';

export function setup(): () => void {
  const previous = process.env.TMPDIR;
  removeFoldersOfDeadRuns(os.tmpdir());
  const runDir = mkdtempSync(path.join(os.tmpdir(), `${RUN_PREFIX}${process.pid}-`));
  process.env.TMPDIR = runDir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    const left = readdirSync(runDir).sort();
    if (process.env.BAOTINH_KEEP_TEST_OUTPUT) {
      console.log(`Test output kept in ${runDir} (BAOTINH_KEEP_TEST_OUTPUT).`);
      return;
    }
    rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
    if (left.length > 0) {
      // A throw here is only logged by vitest ("error during close"); the exit code is what CI sees.
      process.exitCode = 1;
      console.error(
        `\nFAIL temp-folder hygiene: the tests left ${left.length} temporary folder(s) behind (now removed): ${left.slice(0, 20).join(', ')}` +
          `${left.length > 20 ? ', …' : ''}. Make them with makeTempDir() from test/helpers/temp.ts, ` +
          'or remove them in afterEach/afterAll.\n',
      );
    }
  };
}

/** The folders of earlier runs whose process is gone (a live one may be another run, left alone). */
function removeFoldersOfDeadRuns(tmp: string): void {
  for (const name of readdirSync(tmp)) {
    const pid = name.startsWith(RUN_PREFIX) ? Number.parseInt(name.slice(RUN_PREFIX.length), 10) : NaN;
    if (!pid || pid === process.pid || isAlive(pid)) continue;
    rmSync(path.join(tmp, name), { recursive: true, force: true, maxRetries: 3 });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}
