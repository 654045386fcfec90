import { defineConfig } from 'vitest/config';

// Two projects: `fast` needs nothing but Node; `slow` builds whole sites and drives
// Java (Nu Html Checker) and Chromium. CI runs both (`npm test`).
export default defineConfig({
  test: {
    // The JSON report lets .ci/run print a plain "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: '.test-results.json' }]],
    // A temp folder of the run's own (TMPDIR): the run fails if the tests leave anything in it.
    globalSetup: ['test/helpers/temp-global-setup.ts'],
    projects: [
      {
        test: {
          name: 'fast',
          include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
          testTimeout: 30_000,
          setupFiles: ['test/helpers/temp-cleanup.ts'],
        },
      },
      {
        test: {
          name: 'slow',
          include: ['test/slow/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          setupFiles: ['test/helpers/temp-cleanup.ts'],
        },
      },
    ],
  },
});
