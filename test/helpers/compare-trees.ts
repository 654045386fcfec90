// Comparing an incremental build with a clean one: snapshots of an output folder (read through the
// output link), the files that differ between two trees, the promises about what a build touched
// (unchanged bytes keep their mtime; the reported counts match what changed on disk), and the seeded
// run that checks all of it after every step of incremental-steps.ts.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { StateMemory } from '../../src/incremental/state-store.js';
import { build, type BuildOptions, type BuildReport } from '../../src/build.js';
import type { Diagnostic } from '../../src/errors.js';
import { createRandom } from '../fuzz/random.js';
import { listTree } from '../fuzz/tree.js';
import { applyEvent, applyStep, copyInputs, FORGETFUL_EVENTS, initialModel, syncInputs, type PhotoBytes, type SiteModel } from './incremental-steps.js';
import { makeTempDir, removeTempDir } from './temp.js';

/** The output marker: rewritten by every build (its bytes never change), not a page of the site. */
const MARKER = '.baotinh-output';

export interface FileFacts {
  readonly hash: string;
  readonly mtimeMs: number;
  /** A symbolic link inside the version folder (a deploy copying with `rsync -a dist/` would copy the link). */
  readonly symlink: boolean;
}

/** Forward-slash path → facts of every file under dir (dir may be the output link); empty when absent. */
export function snapshotTree(dir: string): Map<string, FileFacts> {
  const facts = new Map<string, FileFacts>();
  for (const file of listTree(dir)) {
    const absolute = path.join(dir, file);
    facts.set(file, {
      hash: createHash('sha256').update(readFileSync(absolute)).digest('hex'),
      mtimeMs: statSync(absolute).mtimeMs,
      symlink: lstatSync(absolute).isSymbolicLink(),
    });
  }
  return facts;
}

/** Every difference between the incremental output and the clean one: missing, extra, other bytes. */
export function treeDifferences(incremental: string, clean: string, taken?: ReadonlyMap<string, FileFacts>): string[] {
  const a = taken ?? snapshotTree(incremental);
  const b = snapshotTree(clean);
  const found: string[] = [];
  for (const f of a.keys()) if (!b.has(f)) found.push(`${f}: only in the incremental output`);
  for (const f of b.keys()) if (!a.has(f)) found.push(`${f}: missing from the incremental output`);
  for (const [f, facts] of a) {
    const other = b.get(f);
    if (!other) continue;
    if (facts.symlink !== other.symlink) found.push(`${f}: a symbolic link in one output, a file in the other`);
    if (facts.hash !== other.hash) found.push(`${f}: ${firstDifference(path.join(incremental, f), path.join(clean, f))}`);
  }
  return found;
}

/** Where two files first differ, with the text around it from both (incremental first). */
function firstDifference(a: string, b: string): string {
  const x = readFileSync(a);
  const y = readFileSync(b);
  let at = 0;
  while (at < x.length && at < y.length && x[at] === y[at]) at++;
  const around = (buf: Buffer): string => JSON.stringify(buf.subarray(Math.max(0, at - 80), at + 80).toString('utf8'));
  return `bytes differ at ${at} (sizes ${x.length} and ${y.length})\n      incremental: ${around(x)}\n      clean:       ${around(y)}`;
}

/** Files whose bytes are the same before and after a build but whose mtime moved (rewritten for nothing). */
export function touchedUnchanged(before: ReadonlyMap<string, FileFacts>, after: ReadonlyMap<string, FileFacts>): string[] {
  return [...after].filter(([f, facts]) => {
    const old = before.get(f);
    return old !== undefined && old.hash === facts.hash && old.mtimeMs !== facts.mtimeMs;
  }).map(([f]) => f);
}

/** The files a build wrote with new bytes (new or changed) and the ones it removed. */
export function fileChanges(before: ReadonlyMap<string, FileFacts>, after: ReadonlyMap<string, FileFacts>): { written: string[]; removed: string[] } {
  const written = [...after].filter(([f, facts]) => f !== MARKER && before.get(f)?.hash !== facts.hash).map(([f]) => f);
  const removed = [...before.keys()].filter((f) => !after.has(f));
  return { written: written.sort(), removed: removed.sort() };
}

/** What a user sees of a build: success, the summary numbers, and the diagnostics by code and place. */
export function outcomeOf(report: BuildReport): string[] {
  const summary = report.ok ? `ok: ${report.articles} articles, ${report.pages} pages, ${report.files} files, ${report.bytes} bytes` : 'failed (exit 1)';
  return [summary, ...report.diagnostics.map(describeDiagnostic)];
}

export function describeDiagnostic(d: Diagnostic): string {
  return `${d.severity} ${d.code} ${d.file ?? '-'}:${d.line ?? '-'}:${d.column ?? '-'}`;
}

/** The reported changes against the files that really changed on disk; [] when they agree. */
export function changesMismatches(report: BuildReport, before: ReadonlyMap<string, FileFacts>, after: ReadonlyMap<string, FileFacts>): string[] {
  const c = report.changes;
  if (!report.ok) return [];
  if (!c) return ['the build report has no `changes` (rendered, kept, removed)'];
  const found: string[] = [];
  if (c.rendered + c.kept !== report.pages) found.push(`changes: rendered ${c.rendered} + kept ${c.kept} ≠ ${report.pages} pages`);
  const real = fileChanges(before, after);
  // The search index's shards and cards are named by their content: one replaced by another is not
  // counted as removed from the site (but is in `gone`, which lists every path that went).
  const removed = real.removed.filter((f) => !/^tim-kiem\/chi-muc\/[kd]-[0-9a-f]{12}\.json$/.test(f));
  if (c.removed !== removed.length) found.push(`changes.removed is ${c.removed}, but ${removed.length} files were removed: ${removed.slice(0, 10).join(', ')}`);
  if ([...c.gone].sort().join('\n') !== [...real.removed].sort().join('\n')) found.push(`changes.gone is not what went: ${c.gone.slice(0, 10).join(', ')} against ${real.removed.slice(0, 10).join(', ')}`);
  const listed = (c as { written?: readonly string[] }).written;
  if (listed) {
    const claimed = new Set(listed);
    const unlisted = real.written.filter((f) => !claimed.has(f));
    const idle = listed.filter((f) => !real.written.includes(f));
    if (unlisted.length) found.push(`changes.written leaves out files written with new bytes: ${unlisted.slice(0, 10).join(', ')}`);
    if (idle.length) found.push(`changes.written names files whose bytes did not change: ${idle.slice(0, 10).join(', ')}`);
  }
  return found;
}

/** A build, or the text of what it threw (an internal error is a finding, not a crash of the test). */
async function tryBuild(options: BuildOptions): Promise<BuildReport | string> {
  try {
    return await build(options);
  } catch (error) {
    return `threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  }
}

/**
 * The clean side: a fresh project per step, and a photo cache of its own. Without one, a clean build
 * encodes every photo again (a third of its time); the cache is content-addressed (determinism.test.ts
 * shows a warm and a cold cache give the same bytes) and `--clean` keeps it too. It is never the
 * incremental project's cache, and `cold` steps start with no .baotinh/ at all.
 */
export interface CleanSide {
  /** Holds the photo cache and the clean projects of the last steps (see removeCleanProjects). */
  readonly folder: string;
  readonly photoCache: string;
  /** How many clean projects were made; the ones not yet removed are clean-<from>… clean-<made - 1>. */
  made: number;
  removedUpTo: number;
}

/**
 * Removes the clean projects made so far. Done every so many steps, between builds: deleting files
 * while a build flushes its own to the disk waits on the file system's journal (about 10 ms an unlink
 * measured here, against 0.4 ms in a batch).
 */
export function removeCleanProjects(side: CleanSide): void {
  for (; side.removedUpTo < side.made; side.removedUpTo++) rmSync(path.join(side.folder, `clean-${side.removedUpTo}`), { recursive: true, force: true, maxRetries: 3 });
}

/** Builds a fresh copy of root's inputs: no build state, no earlier output; the photo cache unless cold. */
async function cleanBuild(root: string, now: number, side: CleanSide, cold: boolean): Promise<{ report: BuildReport | string; out: string; done: () => void }> {
  const cleanRoot = path.join(side.folder, `clean-${side.made++}`);
  mkdirSync(cleanRoot);
  copyInputs(root, cleanRoot);
  const images = path.join(cleanRoot, '.baotinh', 'images');
  // The photo cache is moved in and out (a rename each way), not copied.
  if (!cold && existsSync(side.photoCache)) {
    mkdirSync(path.dirname(images));
    renameSync(side.photoCache, images);
  }
  const report = await tryBuild({ root: cleanRoot, now, jobs: 1 });
  const done = (): void => {
    if (!existsSync(images)) return;
    rmSync(side.photoCache, { recursive: true, force: true }); // after a cold step: the new cache replaces it
    renameSync(images, side.photoCache);
  };
  return { report, out: path.join(cleanRoot, 'dist'), done };
}

/**
 * One step's checks: an incremental build of root into its output, a clean build of a copy of its
 * inputs, then every way the two may differ; [] when they agree. `forgetful`: the build state was
 * lost or the output removed, so the build may write everything again and cannot count what it removed;
 * `restores`: the output link was deleted, and the build may bring the last complete version back.
 */
export async function compareStep(root: string, now: number, side: CleanSide, options: { cold: boolean; forgetful: boolean; restores: boolean; stateMemory?: StateMemory }): Promise<{ found: string[]; built: boolean; planned?: string }> {
  const out = path.join(root, 'dist');
  const before = snapshotTree(out);
  // Both builds at once, in one process (as a dev server may run them): one's disk flushes overlap
  // the other's rendering, and builds that share any state would show it here.
  const [incremental, clean] = await Promise.all([tryBuild({ root, now, jobs: 1, ...(options.stateMemory && { stateMemory: options.stateMemory }) }), cleanBuild(root, now, side, options.cold)]);
  const after = snapshotTree(out);
  try {
    if (typeof incremental === 'string' || typeof clean.report === 'string') {
      return { built: false, found: [`incremental ${typeof incremental === 'string' ? incremental : 'did not throw'}`, `clean ${typeof clean.report === 'string' ? clean.report : 'did not throw'}`] };
    }
    const built = clean.report.ok;
    const planned = incremental.planned;
    const found: string[] = [];
    // Where the output link was deleted, bringing back the last complete version is the documented recovery.
    const [a, b] = [outcomeOf(incremental).filter((d) => !(options.restores && d.includes(' OUTPUT_RESTORED '))), outcomeOf(clean.report)];
    if (JSON.stringify(a) !== JSON.stringify(b)) found.push(`outcome differs:\n      incremental: ${a.join('\n                   ')}\n      clean:       ${b.join('\n                   ')}`);
    if (incremental.ok && clean.report.ok) found.push(...treeDifferences(out, clean.out, after));
    if (!incremental.ok && !options.restores) {
      const { written, removed } = fileChanges(before, after);
      if (written.length + removed.length) found.push(`a failed build changed the output: written ${written.join(', ')}; removed ${removed.join(', ')}`);
    }
    if (options.forgetful) return { built, planned, found: [...found, ...changesMismatches(incremental, new Map(), new Map()).filter((f) => f.includes('≠'))] };
    const touched = touchedUnchanged(before, after).filter((f) => f !== MARKER);
    if (touched.length) found.push(`${touched.length} files rewritten with the same bytes (mtime moved): ${touched.slice(0, 12).join(', ')}`);
    found.push(...changesMismatches(incremental, before, after));
    return { built, planned, found };
  } finally {
    clean.done();
  }
}

export interface Mismatch {
  readonly step: number;
  readonly change: string;
  readonly found: readonly string[];
}
export interface PropertyRun {
  readonly seed: number;
  /** "n what changed", from step 0 (the first build of the fixture). */
  readonly steps: readonly string[];
  readonly mismatches: readonly Mismatch[];
  /** Steps whose clean build failed (on purpose or not): a walk that is mostly broken proves little. */
  readonly failedBuilds: number;
  /** How many incremental builds were planned each way (BuildReport.planned): each way must be walked. */
  readonly planned: Readonly<Record<string, number>>;
}

/** Every this many steps (and at step 0) the clean side starts without even a photo cache. */
const COLD_EVERY = 25;
/** Every this many steps the build state is copied aside, for the event that restores an old one. */
const STASH_EVERY = 7;
/** Every this many steps the clean projects of the steps before are deleted (about 1 MB each). */
const REMOVE_EVERY = 40;

function stashState(root: string, stash: string): void {
  const state = path.join(root, '.baotinh', 'state');
  if (!existsSync(state)) return;
  rmSync(stash, { recursive: true, force: true });
  cpSync(state, stash, { recursive: true });
}

/** The build's clock at the start of a run; the clock step moves it on. */
export const PROPERTY_CLOCK = Date.UTC(2024, 5, 1, 1, 0);

/**
 * The property: after every one of `steps` seeded steps, the incremental build equals a clean one.
 * After a mismatch the site is rebuilt with its state ignored, so each bug is reported where it first
 * shows, and the run goes on to find others (up to `maxMismatches`).
 */
export async function runIncrementalProperty(options: { seed: number; steps: number; maxMismatches?: number; log?: (line: string) => void }): Promise<PropertyRun> {
  const random = createRandom(options.seed);
  const model = initialModel(PROPERTY_CLOCK);
  const made: PhotoBytes = new Map();
  const root = makeTempDir('incremental');
  const steps = ['0 the fixture site, first build'];
  const mismatches: Mismatch[] = [];
  const keep = makeTempDir('incremental-keep');
  const side: CleanSide = { folder: keep, photoCache: path.join(keep, 'images'), made: 0, removedUpTo: 0 };
  const stash = path.join(keep, 'state');
  const history: SiteModel[] = [];
  let failedBuilds = 0;
  const planned: Record<string, number> = {};
  // Every other build keeps the state in memory as `baotinh dev` does; the builds between write the
  // same files from disk, so a memory that no longer matches the disk must be noticed.
  const stateMemory: StateMemory = new Map();
  try {
    await syncInputs(root, model, made);
    for (let i = 0; i <= options.steps; i++) {
      if (i > 0) {
        if (i % STASH_EVERY === 0) stashState(root, stash);
        if (i % REMOVE_EVERY === 0) removeCleanProjects(side);
        steps.push(`${i} ${applyStep(model, random, history)}`);
        await syncInputs(root, model, made);
        applyEvent(root, model.event, stash);
      }
      history.push(structuredClone({ ...model, event: undefined }));
      if (history.length > 8) history.shift();
      const started = performance.now();
      const event = model.event?.kind ?? '';
      const { found, built, planned: how } = await compareStep(root, model.clock, side, { cold: i % COLD_EVERY === 0, forgetful: FORGETFUL_EVENTS.has(event), restores: event === 'output-removed', ...(i % 2 === 0 && { stateMemory }) });
      if (!built) failedBuilds++;
      if (how) planned[how] = (planned[how] ?? 0) + 1;
      options.log?.(`${steps.at(-1)} (${built ? 'built' : 'failed'}, ${how ?? '-'}, ${Math.round(performance.now() - started)} ms)${found.map((f) => `\n    ${f}`).join('')}`);
      if (!found.length) continue;
      mismatches.push({ step: i, change: steps.at(-1)!, found });
      if (mismatches.length >= (options.maxMismatches ?? 10)) break;
      await tryBuild({ root, now: model.clock, jobs: 1, state: 'rebuild' });
    }
  } finally {
    removeTempDir(root);
    removeTempDir(keep);
  }
  return { seed: options.seed, steps, mismatches, failedBuilds, planned };
}

/** A failure message that reproduces the run: the seed, every mismatch, then every step. */
export function describeRun(run: PropertyRun): string {
  const found = run.mismatches.map((m) => `step ${m.change}\n    ${m.found.join('\n    ')}`);
  const seed = `seed ${run.seed} (BAOTINH_PROPERTY_SEED=${run.seed} BAOTINH_PROPERTY_STEPS=${run.steps.length - 1} to reproduce); ${run.failedBuilds} steps failed to build; planned ${JSON.stringify(run.planned)}`;
  return [seed, ...found, 'steps:', ...run.steps].join('\n');
}
