// The incremental build's promise, as a seeded property: after every random change to a small site
// (articles, photos, views, templates, public files, configuration; some breaking it, then repairing
// it), an incremental build equals a clean build of the same input byte for byte, fails alike, leaves
// unchanged files untouched and reports what it did. A failure prints its seed and every step.
// BAOTINH_PROPERTY_SEED, BAOTINH_PROPERTY_STEPS and BAOTINH_PROPERTY_LOG=1 (each step as it runs) reproduce a run.
import { appendFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRun, runIncrementalProperty, snapshotTree, touchedUnchanged, treeDifferences } from '../helpers/compare-trees.js';
import { article, makeSite } from '../fixtures/make-site.js';
import { makeTempDir } from '../helpers/temp.js';
import { runCli } from './run-cli.js';

const SEED = Number(process.env.BAOTINH_PROPERTY_SEED ?? 20240917);
const STEPS = Number(process.env.BAOTINH_PROPERTY_STEPS ?? 200);

describe('incremental build equals a clean build', () => {
  it(`after each of ${STEPS} seeded random steps (seed ${SEED})`, async () => {
    const run = await runIncrementalProperty({ seed: SEED, steps: STEPS, ...(process.env.BAOTINH_PROPERTY_LOG && { log: (line) => console.log(line) }) });
    expect(run.mismatches.length, describeRun(run)).toBe(0);
    // Breaking steps fail on purpose (and the step after repairs them); most steps must build.
    expect(run.failedBuilds, describeRun(run)).toBeLessThan(run.steps.length / 4);
    // Every way an incremental build plans its pages is walked: from every article, from the last
    // build's site when only bodies changed, and not at all when nothing changed.
    expect(run.planned.site ?? 0, describeRun(run)).toBeGreaterThan(STEPS / 10);
    expect(run.planned.bodies ?? 0, describeRun(run)).toBeGreaterThan(STEPS / 40);
    expect(run.planned.unchanged ?? 0, describeRun(run)).toBeGreaterThan(0);
  }, Math.max(300_000, STEPS * 1500)); // generous: two builds a step on a 2-core machine shared with other work

  it('the comparison names a file that differs, one missing, one extra, and one rewritten with the same bytes', () => {
    const [a, b] = [makeTempDir('compare-a'), makeTempDir('compare-b')];
    for (const [dir, files] of [[a, { 'same.html': 'x', 'sub/other.html': 'ab', 'extra.xml': '1' }], [b, { 'same.html': 'x', 'sub/other.html': 'ac', 'gone.txt': '2' }]] as const) {
      for (const [f, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
        writeFileSync(path.join(dir, f), text);
      }
    }
    const found = treeDifferences(a, b).join('\n');
    expect(found).toMatch(/^extra\.xml: only in the incremental output$/m);
    expect(found).toMatch(/^gone\.txt: missing from the incremental output$/m);
    expect(found).toMatch(/^sub\/other\.html: bytes differ at 1 /m);
    expect(found).not.toMatch(/same\.html/);
    const before = snapshotTree(a);
    utimesSync(path.join(a, 'same.html'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(touchedUnchanged(before, snapshotTree(a))).toEqual(['same.html']);
  });

  it('the summary says how many pages were rebuilt, kept and removed', async () => {
    const root = makeSite({
      'content/bai-viet/mot.md': article({ title: 'Bài một', date: '01/02/2023', category: 'tin-tuc' }),
      'content/bai-viet/hai.md': article({ title: 'Bài hai', date: '02/02/2023', category: 'tin-tuc' }),
    });
    const first = await runCli(['build', '--root', root]);
    expect(first.code, first.stderr).toBe(0);
    const again = await runCli(['build', '--root', root]);
    expect(again.stdout).toMatch(/^0 trang dựng lại, [1-9]\d* giữ nguyên, 0 xóa\.$/m);
    const file = path.join(root, 'content/bai-viet/hai.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Nội dung', 'Nội dung đã sửa'));
    const edited = await runCli(['build', '--root', root]);
    expect(edited.stdout).toMatch(/^[1-9]\d* trang dựng lại, [1-9]\d* giữ nguyên, 0 xóa\.$/m);
    const verified = await runCli(['build', '--root', root, '--verify']);
    expect(verified.code, verified.stderr).toBe(0);
  }, 30_000);

  // Found by the property test: the incremental build took "no views before, no views now" for
  // "nothing changed" and printed a success; a clean build of the same input fails.
  it('an invalid views file added after a build fails the incremental build as it fails a clean one', async () => {
    const root = makeSite({ 'content/bai-viet/mot.md': article({ title: 'Bài một', date: '01/02/2023', category: 'tin-tuc' }) });
    expect((await runCli(['build', '--root', root])).code).toBe(0);
    mkdirSync(path.join(root, 'data'));
    writeFileSync(path.join(root, 'data/luot-xem.json'), '{"bai-viet/mot": 12,');
    const incremental = await runCli(['build', '--root', root]);
    const clean = await runCli(['build', '--root', root, '--clean']);
    expect(clean.code).toBe(1);
    expect(clean.stderr).toContain('data/luot-xem.json:1:21 VIEWS_FILE_INVALID');
    expect(incremental.code, incremental.stdout).toBe(1);
    expect(incremental.stderr).toContain('data/luot-xem.json:1:21 VIEWS_FILE_INVALID');
  });

  // Found by the property test: a misspelt key leaves the configuration as it was, so the build took
  // it for "nothing changed" and printed the last build's diagnostics, without the new warning.
  it('a misspelt configuration key is reported by an incremental build as by a clean one', async () => {
    const root = makeSite({ 'content/bai-viet/mot.md': article({ title: 'Bài một', date: '01/02/2023', category: 'tin-tuc' }) });
    expect((await runCli(['build', '--root', root])).code).toBe(0);
    appendFileSync(path.join(root, 'baotinh.config.yaml'), 'pageSise: 3\n');
    const incremental = await runCli(['build', '--root', root]);
    const clean = await runCli(['build', '--root', root, '--clean']);
    expect(clean.stderr).toMatch(/baotinh\.config\.yaml:\d+:1 CONFIG_UNKNOWN_KEY/);
    expect(incremental.stderr).toMatch(/baotinh\.config\.yaml:\d+:1 CONFIG_UNKNOWN_KEY/);
  });
  // Found while probing the same shortcut: no new article, so "nothing changed", and the warning is lost.
  it('a symbolic link to nowhere added under content/ is reported by an incremental build as by a clean one', async () => {
    const root = makeSite({ 'content/bai-viet/mot.md': article({ title: 'Bài một', date: '01/02/2023', category: 'tin-tuc' }) });
    expect((await runCli(['build', '--root', root])).code).toBe(0);
    symlinkSync('khong-co.md', path.join(root, 'content/bai-viet/hong.md'));
    const incremental = await runCli(['build', '--root', root]);
    const clean = await runCli(['build', '--root', root, '--clean']);
    expect(clean.stderr).toContain('content/bai-viet/hong.md SOURCE_LINK_SKIPPED');
    expect(incremental.stderr).toContain('content/bai-viet/hong.md SOURCE_LINK_SKIPPED');
  });

  it("files of an older state format are deleted by the next build that publishes; another output's are kept", async () => {
    const root = makeSite({ 'content/bai-viet/mot.md': article({ title: 'Bài một', date: '01/02/2023', category: 'tin-tuc' }) });
    expect((await runCli(['build', '--root', root])).code).toBe(0);
    const dir = path.join(root, '.baotinh/state');
    const id = readdirSync(dir).find((n) => n.endsWith('.published.bin'))!.split('.')[0]!;
    writeFileSync(path.join(dir, `${id}.memos.bin`), 'baotinh-state 1 old');
    writeFileSync(path.join(dir, `${id}.memos-999.bin`), 'baotinh-state 2 old');
    writeFileSync(path.join(dir, 'ffffffffffffffff.published.bin'), 'another output folder');
    writeFileSync(path.join(root, 'content/bai-viet/hai.md'), article({ title: 'Bài hai', date: '02/02/2023', category: 'tin-tuc' }));
    expect((await runCli(['build', '--root', root])).code).toBe(0);
    const left = readdirSync(dir);
    expect(left).not.toContain(`${id}.memos.bin`);
    expect(left).not.toContain(`${id}.memos-999.bin`);
    expect(left).toContain('ffffffffffffffff.published.bin');
    expect(left).toContain(`${id}.published.bin`);
  });
});
