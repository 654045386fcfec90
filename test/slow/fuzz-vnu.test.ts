// The fuzz suite's HTML check: the first 20 fuzz cases that build successfully (same seed and cases as
// test/integration/fuzz.test.ts) are kept, and every page they published goes through the Nu Html
// Checker in ONE java process. Whatever an editor writes, a published page is valid HTML.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBuildProcess } from '../fuzz/build-process.js';
import { caseName, generateCase, makeBaseFiles } from '../fuzz/cases.js';
import { runCase } from '../fuzz/check-case.js';
import { listTree } from '../fuzz/tree.js';
import { removeTempDir } from '../helpers/temp.js';
import { formatNuMessages, runNuHtmlChecker } from '../helpers/vnu.js';

const SEED = Number(process.env.BAOTINH_FUZZ_SEED ?? 20240811);
const SAMPLE = 20;
/** Stop looking for successful cases after this many (the fast suite runs them all anyway). */
const MAX_CASES = 200;

describe(`fuzz output is valid HTML (first ${SAMPLE} successful cases, seed ${SEED})`, () => {
  const proc = createBuildProcess();
  const kept: { name: string; folder: string }[] = [];
  afterAll(() => {
    proc.close();
    for (const k of kept) removeTempDir(k.folder);
  });

  it('every page of every successful case passes the Nu Html Checker', async () => {
    const base = await makeBaseFiles();
    for (let index = 0; index < MAX_CASES && kept.length < SAMPLE; index++) {
      const c = generateCase(SEED, index);
      const outcome = await runCase(c, base, proc, { timeoutMs: 10_000, overOldBuild: false, keep: true });
      if (outcome.kind === 'ok') kept.push({ name: caseName(c), folder: outcome.folder! });
      else removeTempDir(outcome.folder!);
    }
    expect(kept.length, 'enough fuzz cases built successfully to sample').toBe(SAMPLE);
    const pages = kept.flatMap((k) => listTree(path.join(k.folder, 'out')).filter((f) => f.endsWith('.html')).map((f) => path.join(k.folder, 'out', f)));
    const messages = await runNuHtmlChecker(pages);
    const caseOf = (file: string) => kept.find((k) => file.startsWith(k.folder))?.name ?? '?';
    const report = [...new Set(messages.map((m) => caseOf(m.file)))].map((name) => `${name}:\n${formatNuMessages(messages.filter((m) => caseOf(m.file) === name))}`);
    expect(messages.length, `Nu Html Checker errors in ${pages.length} pages:\n${report.join('\n')}`).toBe(0);
  }, 600_000);
});
