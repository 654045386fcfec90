// Vitest setup file (both projects): whatever a test file made with makeTempDir() — fixture sites,
// output folders — is removed when that file's tests are done, even when one of them failed.
import { afterAll } from 'vitest';
import { removeAllTempDirs } from './temp.js';

// Generous: a big fixture (hundreds of articles, two builds) takes seconds to delete on a busy machine.
afterAll(() => {
  removeAllTempDirs();
}, 120_000);
