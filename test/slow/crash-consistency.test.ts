// Crash consistency of the output folder: a build killed with SIGKILL at any moment (seeded random
// moments, and once exactly inside the switch) always leaves either the complete old site or the
// complete new one, and the next build succeeds and cleans up after it.
// Runs the compiled CLI (`node bin/baotinh.js`, lib/ compiled by `npm run test:slow`).
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, jpeg, MINIMAL_CONFIG } from '../fixtures/make-site.js';
import { CLI, REPO_ROOT } from '../helpers/build-site.js';
import { mulberry32 } from '../fuzz/random.js';

const SEED = 20230111;
const KILLS = 22;


let work: string;
const roots = { a: '', b: '' };
const known: Record<'a' | 'b', Record<string, string>> = { a: {}, b: {} };
let fullBuildMs = 0;
const children: ChildProcess[] = [];

async function writeSite(dir: string, edition: 'a' | 'b'): Promise<void> {
  const files: Record<string, string | Buffer> = { 'baotinh.config.yaml': MINIMAL_CONFIG, 'content/anh/hoi-nghi.jpg': await jpeg(320, 240) };
  const body = (n: number) => Array.from({ length: 12 }, (_, p) => `Đoạn ${p + 1} của bài ${n}, bản ${edition}: công tác dân vận ở cơ sở.`).join('\n\n');
  const count = edition === 'a' ? 24 : 27; // the new edition has more pages, so the two differ in files too
  for (let n = 1; n <= count; n++) {
    const front = { title: `Tin số ${n} (${edition})`, date: `2023-01-${String((n % 28) + 1).padStart(2, '0')}`, category: n % 2 ? 'tin-tuc' : 'dan-van-kheo', tags: `[thẻ ${n % 5}]` };
    files[`content/bai-${n}.md`] = article(n === 1 ? { ...front, image: '/anh/hoi-nghi.jpg' } : front, `${body(n)}\n\n![Hội nghị](/anh/hoi-nghi.jpg)\n*Chú thích*\n`);
  }
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
}

/** Every file of the site (following the dist link) with its checksum. */
function digest(dir: string): Record<string, string> {
  const real = realpathSync(dir);
  const out: Record<string, string> = {};
  for (const e of readdirSync(real, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out[path.relative(real, path.join(e.parentPath, e.name))] = createHash('sha256').update(readFileSync(path.join(e.parentPath, e.name))).digest('hex');
  }
  return out;
}

interface Run {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}
function startBuild(root: string, out: string, env: NodeJS.ProcessEnv = {}): Run {
  const child = spawn(process.execPath, [CLI, 'build', '--root', root, '--out', out, '--quiet'], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
  return { child, done };
}
async function fullBuild(root: string, out: string): Promise<void> {
  const result = await startBuild(root, out).done;
  expect(result.code, result.stderr).toBe(0);
}

/** Which complete site `dist` shows: 'a' or 'b'; fails the test on anything else. */
function published(dist: string, moment: string): 'a' | 'b' {
  expect(existsSync(path.join(dist, 'index.html')), `${moment}: dist/index.html`).toBe(true);
  const now = JSON.stringify(digest(dist));
  if (now === JSON.stringify(known.a)) return 'a';
  if (now === JSON.stringify(known.b)) return 'b';
  throw new Error(`${moment}: dist is neither the complete old site nor the complete new one`);
}

const storeOf = (out: string): string => path.join(path.dirname(out), '.dist.baotinh');
/** Version folders without their marker (being written, or left by a killed build), changed since `since`. */
function unfinishedVersions(out: string, since = 0): string[] {
  const store = storeOf(out);
  if (!existsSync(store)) return [];
  return readdirSync(store).filter((e) => {
    if (!/^v\d+$/.test(e) || existsSync(path.join(store, e, '.baotinh-output'))) return false;
    try {
      return statSync(path.join(store, e)).mtimeMs >= since;
    } catch {
      return false; // deleted meanwhile
    }
  });
}
/** Wait until the build started at `since` has opened its new version folder; the moment it did. */
async function versionAppears(out: string, since: number): Promise<number> {
  const deadline = Date.now() + 60_000;
  while (unfinishedVersions(out, since).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2));
  return performance.now();
}

/** After a build that finished: the store holds the current and at most one previous version. */
function expectClean(out: string): void {
  const store = storeOf(out);
  const entries = readdirSync(store).sort();
  expect(entries.filter((e) => !/^[vp]\d+$/.test(e))).toEqual(['.baotinh-store']);
  expect(entries.filter((e) => /^[vp]\d+$/.test(e)).length).toBeLessThanOrEqual(2);
  expect(readdirSync(path.dirname(out)).sort()).toEqual(['.dist.baotinh', 'dist']);
}

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'baotinh-crash-'));
  for (const edition of ['a', 'b'] as const) {
    roots[edition] = path.join(work, `site-${edition}`);
    await writeSite(roots[edition], edition);
    const started = performance.now();
    await fullBuild(roots[edition], path.join(work, `known-${edition}`, 'dist'));
    fullBuildMs = Math.max(fullBuildMs, performance.now() - started);
    known[edition] = digest(path.join(work, `known-${edition}`, 'dist'));
  }
  expect(Object.keys(known.b).length).toBeGreaterThan(Object.keys(known.a).length);
});
/** Wait until the paused build has written its pause file. */
async function reached(pause: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!existsSync(pause) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(existsSync(pause), 'the build reached the switch').toBe(true);
}

afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a build killed at any moment leaves the old site or the new one', () => {
  it(`SIGKILL at ${KILLS} seeded moments (seed ${SEED}): dist is always one complete site; the next build cleans up`, async () => {
    const out = path.join(work, 'random', 'dist');
    await fullBuild(roots.a, out);
    // How long a build writes: from its version folder appearing to its exit.
    const measured = startBuild(roots.b, out);
    const writing = await versionAppears(out, Date.now() - 1);
    await measured.done;
    const writeMs = performance.now() - writing;
    let current: 'a' | 'b' = published(out, 'the measured build');
    const next = mulberry32(SEED); // seeded, so a failing moment can be reproduced
    let midWrite = 0;
    for (let i = 0; i < KILLS; i++) {
      const target = current === 'a' ? 'b' : 'a';
      const spawnedAt = Date.now() - 1;
      const run = startBuild(roots[target], out);
      // Half of the moments anywhere in a build, half while it writes its pages and switches.
      const at = i % 2 ? next() * fullBuildMs * 1.1 : (await versionAppears(out, spawnedAt)) - performance.now() + next() * writeMs * 1.1;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, at)));
      run.child.kill('SIGKILL');
      await run.done;
      if (unfinishedVersions(out, spawnedAt).length) midWrite++;
      current = published(out, `kill ${i} at ${Math.round(at)} ms`);
    }
    expect(midWrite, 'kills that landed while a version was being written').toBeGreaterThan(0);
    const last = current === 'a' ? 'b' : 'a';
    await fullBuild(roots[last], out);
    expect(published(out, 'after the last build')).toBe(last);
    expectClean(out);
  });

  it('SIGKILL exactly inside the switch (BAOTINH_TEST_PAUSE_AT=switch) leaves the old site; the next build publishes and cleans up', async () => {
    const out = path.join(work, 'switch', 'dist');
    await fullBuild(roots.a, out);
    const pause = path.join(work, 'pause');
    const run = startBuild(roots.b, out, { BAOTINH_TEST_PAUSE_AT: 'switch', BAOTINH_TEST_PAUSE_FILE: pause });
    await reached(pause);
    // Inside the switch: the new version is complete, its link made, dist not yet replaced.
    expect(readdirSync(path.join(work, 'switch', '.dist.baotinh'))).toContain('next-link');
    run.child.kill('SIGKILL');
    await run.done;
    rmSync(pause, { force: true });
    expect(published(out, 'killed inside the switch')).toBe('a');
    await fullBuild(roots.b, out);
    expect(published(out, 'the build after')).toBe('b');
    expectClean(out);
  });

  it('a build paused inside the switch and let go publishes the new site (the hook changes nothing else)', async () => {
    const out = path.join(work, 'resume', 'dist');
    await fullBuild(roots.a, out);
    const pause = path.join(work, 'pause-resume');
    const run = startBuild(roots.b, out, { BAOTINH_TEST_PAUSE_AT: 'switch', BAOTINH_TEST_PAUSE_FILE: pause });
    await reached(pause);
    expect(published(out, 'paused')).toBe('a');
    rmSync(pause);
    const result = await run.done;
    expect(result.code, result.stderr).toBe(0);
    expect(published(out, 'let go')).toBe('b');
    expectClean(out);
  });
});
