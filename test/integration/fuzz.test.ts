// The seeded fuzz suite: a few hundred generated articles (hostile front-matter, Markdown, bytes and
// encodings; see test/fuzz/) built by the real CLI and writer in a separate process. Every case must
// end in a clean success or in diagnostics that name their file; never a crash, a stack trace, a hang,
// NaN/undefined in a page, a touched content/ folder or a half-published output.
//   Reproduce one case:  npx vitest run --project fast test/integration/fuzz.test.ts -t "case 17 "
//   Explore further:     BAOTINH_FUZZ_SEED=7 BAOTINH_FUZZ_CASES=2000 npx vitest run … fuzz.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuildProcess } from '../fuzz/build-process.js';
import { caseName, generateCase, makeBaseFiles, type BaseFiles } from '../fuzz/cases.js';
import { runCase } from '../fuzz/check-case.js';
import { createTally } from '../fuzz/tally.js';

const SEED = Number(process.env.BAOTINH_FUZZ_SEED ?? 20240811);
const CASES = Number(process.env.BAOTINH_FUZZ_CASES ?? 300);
/** A case's build must answer within this; longer is a hang. */
const CASE_TIMEOUT_MS = 5_000;
/** Every tenth case builds over a real previous build, to check a failed build leaves it as it was. */
const OVER_OLD_BUILD_EVERY = 10;

/** The start of a generated file as a JSON string: its UTF-8 text, or its bytes when it is not UTF-8. */
function printable(bytes: Buffer): string {
  try {
    return JSON.stringify(new TextDecoder('utf-8', { fatal: true }).decode(bytes).slice(0, 1500));
  } catch {
    return `(not UTF-8) ${JSON.stringify(bytes.subarray(0, 1500).toString('latin1'))}`;
  }
}

describe(`fuzz: ${CASES} generated articles, seed ${SEED} (BAOTINH_FUZZ_SEED=${SEED})`, () => {
  const proc = createBuildProcess();
  const tally = createTally();
  let base: BaseFiles;

  beforeAll(async () => {
    base = await makeBaseFiles();
  });
  afterAll(() => {
    proc.close();
    console.log(tally.format(`Fuzz outcomes (seed ${SEED}, ${CASES} cases, ${CASE_TIMEOUT_MS} ms per case)`));
  });

  for (let index = 0; index < CASES; index++) {
    const c = generateCase(SEED, index);
    it(caseName(c), async () => {
      const outcome = await runCase(c, base, proc, { timeoutMs: CASE_TIMEOUT_MS, overOldBuild: index % OVER_OLD_BUILD_EVERY === 0 });
      tally.add(outcome, index);
      const input = Object.entries(c.articles).map(([file, bytes]) => `--- ${file} (${bytes.length} bytes) ---\n${printable(bytes)}`);
      expect(outcome.failures, `${outcome.detail}\n${input.join('\n')}`).toEqual([]);
    }, 90_000);
  }
});
