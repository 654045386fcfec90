// The incremental-build property of test/integration/incremental-property.test.ts, run long: 2,000
// seeded steps with a seed of its own (BAOTINH_PROPERTY_SEED / BAOTINH_PROPERTY_STEPS override both;
// BAOTINH_PROPERTY_LOG=1 prints each step as it runs).
import { describe, expect, it } from 'vitest';
import { describeRun, runIncrementalProperty } from '../helpers/compare-trees.js';

const SEED = Number(process.env.BAOTINH_PROPERTY_SEED ?? 77003);
const STEPS = Number(process.env.BAOTINH_PROPERTY_STEPS ?? 2000);

describe('incremental build equals a clean build, long run', () => {
  it(`after each of ${STEPS} seeded random steps (seed ${SEED})`, async () => {
    const run = await runIncrementalProperty({ seed: SEED, steps: STEPS, ...(process.env.BAOTINH_PROPERTY_LOG && { log: (line) => console.log(line) }) });
    expect(run.mismatches.length, describeRun(run)).toBe(0);
    // Breaking steps fail on purpose (and the step after repairs them); most steps must build.
    expect(run.failedBuilds, describeRun(run)).toBeLessThan(run.steps.length / 4);
  }, Math.max(1_200_000, STEPS * 1000));
});
