// Whole-process measurements for the benchmarks (bench-build.mjs, bench-incremental.mjs, bench-peers.mjs): a baotinh build in a child process
// that reports its peak memory, a Hugo build, any command under GNU time, the size of a folder, the build summary's counts.
// Wall time is measured here around the spawn (Node start-up included, as a user sees it), peak
// memory from VmHWM written by the child at exit, or from GNU time's %M (runUnderTime).

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The child: what bin/baotinh.js does, plus a peak-memory report at exit (passed with -e).
const WRAPPER = `
import { readFileSync, writeFileSync } from 'node:fs';
const report = process.env.BAOTINH_BENCH_REPORT;
let exitCode = null;
process.on('exit', (code) => {
  // VmHWM, not resourceUsage().maxRSS: Linux carries ru_maxrss over exec from the parent that forked us.
  const hwm = /VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  writeFileSync(report, JSON.stringify({ exitCode: exitCode ?? code, maxRssKiB: hwm ? Number(hwm[1]) : process.resourceUsage().maxRSS }));
});
const { main } = await import(process.env.BAOTINH_BENCH_CLI);
exitCode = await main(JSON.parse(process.env.BAOTINH_BENCH_ARGV));
process.exitCode = exitCode;
`;

/**
 * Runs a child process; resolves with exit code/signal, wall seconds and captured output.
 * `children`, if given, holds the child while it runs (so that an interrupt can stop it); `group`:
 * in a process group of its own, which a timeout kills whole.
 */
export function run(command, args, { cwd, env = process.env, timeoutSeconds, children, group = false }) {
  return new Promise((resolvePromise) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: group });
    children?.add(child);
    const chunks = { stdout: [], stderr: [] };
    child.stdout.on('data', (c) => chunks.stdout.push(c));
    child.stderr.on('data', (c) => chunks.stderr.push(c));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (group) killGroup(child);
      else child.kill('SIGKILL');
    }, timeoutSeconds * 1000);
    child.on('error', (error) => {
      clearTimeout(timer);
      children?.delete(child);
      resolvePromise({ code: null, signal: null, seconds: 0, stdout: '', stderr: String(error), timedOut });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      children?.delete(child);
      resolvePromise({
        code, signal, timedOut,
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
        stdout: Buffer.concat(chunks.stdout).toString('utf8'),
        stderr: Buffer.concat(chunks.stderr).toString('utf8'),
      });
    });
  });
}

/** `node bin/baotinh.js <argv>` as a measured child: seconds, peak MiB, exit code, output. */
export async function runBaotinh(argv, { repo, cliModule, timeoutSeconds, tag, children }) {
  const report = join(os.tmpdir(), `baotinh-bench-${process.pid}-${tag}.json`);
  rmSync(report, { force: true });
  const env = {
    ...process.env,
    BAOTINH_BENCH_REPORT: report,
    BAOTINH_BENCH_CLI: pathToFileURL(cliModule).href,
    BAOTINH_BENCH_ARGV: JSON.stringify(argv),
  };
  const res = await run(process.execPath, ['--input-type=module', '-e', WRAPPER], { cwd: repo, env, timeoutSeconds, children });
  let measured = null;
  try {
    measured = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    // The child died before its exit hook ran (crash, signal, timeout).
  }
  rmSync(report, { force: true });
  return { ...res, maxRssMiB: measured ? measured.maxRssKiB / 1024 : null };
}

/** Where GNU time is expected; runUnderTime needs it. */
export const GNU_TIME = '/usr/bin/time';
const TIME_REPORT_PREFIX = `bench-time-${process.pid}-`;

/**
 * `command args` under GNU time, in a process group of its own (an interrupt or a timeout kills
 * the whole group: GNU time ignores SIGINT while it waits, and killing it alone would orphan the
 * build). Resolves like run() plus GNU time's figures for the command and everything it waited
 * for: elapsed, user and system seconds, and peak RSS (%M, KiB; the largest process of the tree,
 * not a sum). GNU time forks a tiny process that execs the command, so the peak is the command's
 * own (Linux carries ru_maxrss over exec: forked from this Node process directly, a child would
 * report ours). `children`, if given, holds the child while it runs.
 */
export async function runUnderTime(command, args, { cwd, env = process.env, timeoutSeconds, children, tag = 'run' }) {
  const report = join(os.tmpdir(), `${TIME_REPORT_PREFIX}${tag}.txt`);
  rmSync(report, { force: true });
  const result = await run(GNU_TIME, ['-f', '%e %U %S %M', '-o', report, command, ...args], { cwd, env, timeoutSeconds, children, group: true });
  let text = '';
  try {
    text = readFileSync(report, 'utf8');
  } catch {
    // GNU time itself was killed before it wrote the report.
  }
  rmSync(report, { force: true });
  // The figures are the last line; "Command exited with non-zero status N" may come before them.
  const m = /^([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/m.exec(text.trim().split('\n').at(-1) ?? '');
  const figures = m
    ? { elapsedSeconds: Number(m[1]), userSeconds: Number(m[2]), sysSeconds: Number(m[3]), cpuSeconds: Number(m[2]) + Number(m[3]), maxRssMiB: Number(m[4]) / 1024 }
    : { elapsedSeconds: null, userSeconds: null, sysSeconds: null, cpuSeconds: null, maxRssMiB: null };
  return { ...result, ...figures, timeReport: text.trim() };
}

/** Deletes the GNU time reports of builds this process started (for an interrupt: a killed run leaves its file). */
export function removeTimeReports() {
  for (const name of readdirSync(os.tmpdir())) if (name.startsWith(TIME_REPORT_PREFIX)) rmSync(join(os.tmpdir(), name), { force: true });
}

/** Kills a child started with `detached: true` and everything in its process group. */
export function killGroup(child, signal = 'SIGKILL') {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** `hugo --quiet -d <out>` in the Hugo project. */
export function runHugo(hugoRoot, outDir, { hugo, timeoutSeconds, children }) {
  return run(hugo, ['--quiet', '-d', outDir], { cwd: hugoRoot, timeoutSeconds, children });
}

/**
 * The counts in baotinh's summary line, Vietnamese ("12 trang dựng lại, 13.550 giữ nguyên, 1 xóa")
 * or English ("12 pages rebuilt, 13,550 kept, 1 removed"); null when the line is missing.
 */
export function parseChanges(stdout) {
  const num = (s) => Number(s.replace(/[.,\s]/g, ''));
  const vi = /([\d.]+) trang dựng lại, ([\d.]+) giữ nguyên, ([\d.]+) xóa/.exec(stdout);
  if (vi) return { rebuilt: num(vi[1]), kept: num(vi[2]), removed: num(vi[3]) };
  const en = /([\d,]+) pages rebuilt, ([\d,]+) kept, ([\d,]+) removed/.exec(stdout);
  return en ? { rebuilt: num(en[1]), kept: num(en[2]), removed: num(en[3]) } : null;
}

/** Bytes under a folder as `du -sb` counts them (0 if it does not exist). */
export function folderBytes(dir) {
  if (!existsSync(dir)) return 0;
  const du = spawnSync('du', ['-sb', dir], { encoding: 'utf8' });
  const bytes = du.status === 0 ? Number(du.stdout.split(/\s/)[0]) : NaN;
  return Number.isFinite(bytes) ? bytes : walkBytes(dir);
}

function walkBytes(dir) {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    n += entry.isDirectory() ? walkBytes(path) : lstatSync(path).size;
  }
  return n;
}

/** HTML files under a folder (an output folder that is a link to a version is followed). */
export function countHtml(dir) {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += countHtml(join(dir, entry.name));
    else if (entry.isFile() && entry.name.endsWith('.html')) n += 1;
  }
  return n;
}

/** HTML files and all files under a folder; like countHtml, a link given as the folder is followed, links inside are not. */
export function countFiles(dir) {
  const counts = { html: 0, files: 0 };
  if (!existsSync(dir)) return counts;
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(d, entry.name));
      else if (entry.isFile()) {
        counts.files += 1;
        if (entry.name.endsWith('.html')) counts.html += 1;
      }
    }
  };
  walk(dir);
  return counts;
}

/** Load average, 1/5/15 minutes, rounded for the report. */
export const loadavg = () => os.loadavg().map((x) => Math.round(x * 100) / 100);
