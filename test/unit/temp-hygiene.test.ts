// The temp-folder check itself: a run that leaves a folder behind fails and names it; folders that
// other processes make in the system's temp folder meanwhile do not count; makeTempDir's folders go.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setup } from '../helpers/temp-global-setup.js';
import { keepTestOutput, makeTempDir, pendingTempDirs, removeAllTempDirs } from '../helpers/temp.js';

/** Runs the global setup's teardown as vitest would, capturing what it reports. */
function runCheck(during: (runDir: string) => void): { exitCode: typeof process.exitCode; printed: string; runDir: string } {
  const savedExitCode = process.exitCode;
  const savedTmp = process.env.TMPDIR;
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    const teardown = setup();
    const runDir = os.tmpdir();
    during(runDir);
    teardown();
    return { exitCode: process.exitCode, printed: error.mock.calls.flat().join('\n'), runDir };
  } finally {
    process.exitCode = savedExitCode;
    error.mockRestore();
    expect(process.env.TMPDIR).toBe(savedTmp);
  }
}

// BAOTINH_KEEP_TEST_OUTPUT keeps every folder on purpose, so there is nothing to check then.
describe.skipIf(keepTestOutput())('temp-folder hygiene', () => {
  const outside: string[] = [];
  afterEach(() => {
    for (const dir of outside.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('a folder a test leaves in the run’s temp folder fails the run, is named, and is removed', () => {
    const r = runCheck((runDir) => mkdirSync(path.join(runDir, 'baotinh-site-left')));
    expect(r.exitCode).toBe(1);
    expect(r.printed).toContain('baotinh-site-left');
    expect(existsSync(r.runDir)).toBe(false);
  });

  it('folders other processes make in the system temp folder during the run do not fail it', () => {
    const systemTmp = os.tmpdir();
    const r = runCheck(() => outside.push(mkdtempSync(path.join(systemTmp, 'baotinh-other-process-'))));
    expect(r.exitCode).not.toBe(1);
    expect(r.printed).toBe('');
    expect(existsSync(outside[0]!)).toBe(true);
  });

  it('a clean run passes and leaves nothing, not even its own folder', () => {
    const r = runCheck(() => {});
    expect(r.exitCode).not.toBe(1);
    expect(existsSync(r.runDir)).toBe(false);
  });

  it('folders from makeTempDir are removed by the setup file’s afterAll (removeAllTempDirs)', () => {
    const dirs = [makeTempDir('hygiene'), makeTempDir('hygiene')];
    expect(dirs.every((d) => existsSync(d) && path.basename(d).startsWith('baotinh-hygiene-'))).toBe(true);
    removeAllTempDirs();
    expect(dirs.some((d) => existsSync(d))).toBe(false);
    expect(pendingTempDirs()).toEqual([]);
  });
});
