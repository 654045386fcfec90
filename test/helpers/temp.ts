// Temporary folders for tests. Every folder made here is registered and removed when its test file
// ends (test/helpers/temp-cleanup.ts, a vitest setup file, registers that afterAll), or earlier with
// removeTempDir() when a test makes many. BAOTINH_KEEP_TEST_OUTPUT=1 keeps them for a post-mortem.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The one piece of state in the test helpers, on purpose: the folders this test file made. Vitest
// loads modules afresh for every test file, so it never outlives the file that filled it.
const made = new Set<string>();

/** A new empty folder `<tmpdir>/baotinh-<prefix>-XXXXXX`, removed when the test file ends. */
export function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `baotinh-${prefix}-`));
  made.add(dir);
  return dir;
}

/** Whether test output is to be kept (set BAOTINH_KEEP_TEST_OUTPUT=1 to look at it afterwards). */
export function keepTestOutput(): boolean {
  return Boolean(process.env.BAOTINH_KEEP_TEST_OUTPUT);
}

/** Removes a folder now (made here or not); a no-op when it is already gone. */
export function removeTempDir(dir: string): void {
  made.delete(dir);
  if (!keepTestOutput()) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** Removes every folder this test file made and has not removed yet. */
export function removeAllTempDirs(): void {
  for (const dir of [...made]) removeTempDir(dir);
}

/** The folders still registered (for the hygiene test). */
export function pendingTempDirs(): string[] {
  return [...made];
}
