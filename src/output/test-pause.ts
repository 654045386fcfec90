// TEST-ONLY hook, inert unless both variables are set: with BAOTINH_TEST_PAUSE_AT=switch and
// BAOTINH_TEST_PAUSE_FILE=<path>, a build that reaches the switch of its output writes <path> and
// waits until the file is removed. The crash-consistency test (test/slow/crash-consistency.test.ts)
// uses it to kill a build exactly inside the switch. Editors and CI never set these variables.
import { existsSync, writeFileSync } from 'node:fs';

export type PausePoint = 'switch';

export async function pauseForTest(point: PausePoint): Promise<void> {
  const file = process.env.BAOTINH_TEST_PAUSE_FILE;
  if (process.env.BAOTINH_TEST_PAUSE_AT !== point || !file) return;
  writeFileSync(file, String(process.pid));
  while (existsSync(file)) await new Promise((resolve) => setTimeout(resolve, 10));
}
