#!/usr/bin/env node
// Cold-build benchmark.
//
//   node scripts/bench-build.mjs [--sizes 1000,10000] [--runs 3] [--seed 1] [--no-generate] [--timeout 900]
//
// For each size: generate bench-sites/<size> with scripts/generate-articles.mjs (deterministic),
// then --runs times, each into a fresh folder (older outputs are deleted after the last run), time
//   node bin/baotinh.js build --root bench-sites/<size> --out bench-sites/<size>/dist-run<r> --quiet
// in a child process. The child is a tiny wrapper that calls lib/cli.js's main(argv) exactly as
// bin/baotinh.js does and, on exit, writes its peak resident set (VmHWM from /proc/self/status,
// KiB on Linux) to a file named by an environment variable. Wall time is measured here around the
// spawn, so it includes Node start-up, as a user running the CLI would see it.
//
// Prints a Markdown table, writes bench-sites/results.json, and checks issue 12's absolute targets
// for the sizes measured (1,000: ≤ 200 MiB; 10,000: ≤ 400 MiB; 100,000: ≤ 100 s and ≤ 2 GiB; time
// against Hugo: scripts/bench-peers.mjs). Exit code is non-zero only if a build failed.

import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBenchArgs } from './bench-args.mjs';
import { countHtml, run, runBaotinh } from './bench-process.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_DIR = join(REPO, 'bench-sites');
const CLI_MODULE = join(REPO, 'lib', 'cli.js');
const GENERATOR = join(REPO, 'scripts', 'generate-articles.mjs');
// Issue 12's absolute targets. Its time targets at 1,000 and 10,000 are "no slower than Hugo in the
// same run": scripts/bench-peers.mjs measures those.
const TARGETS = [
  { size: 1000, maxMiB: 200 },
  { size: 10000, maxMiB: 400 },
  { size: 100000, maxSeconds: 100, maxMiB: 2048 },
];

const USAGE = 'usage: node scripts/bench-build.mjs [--sizes 1000,10000] [--runs 3] [--seed 1] [--no-generate] [--timeout 900]\n';

function parseArgs(argv) {
  return parseBenchArgs(argv, {
    script: 'bench-build',
    usage: USAGE,
    defaults: { sizes: [1000, 10000], runs: 3, seed: 1, generate: true, timeoutSeconds: 900 },
    flags: { '--no-generate': (args) => (args.generate = false) },
  }).args;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const indent = (text) => text.trimEnd().split('\n').map((l) => `    ${l}`).join('\n');

async function benchSize(size, args) {
  const root = join(BENCH_DIR, String(size));
  const rootRel = relative(REPO, root);
  const result = { size, root: rootRel, runs: [], ok: true };

  if (args.generate || !existsSync(join(root, 'content'))) {
    const gen = await run(process.execPath, [GENERATOR, '--count', String(size), '--out', rootRel, '--seed', String(args.seed)], { cwd: REPO, timeoutSeconds: args.timeoutSeconds });
    process.stdout.write(gen.stdout);
    if (gen.code !== 0) {
      process.stderr.write(`bench-build: generating ${rootRel} failed (exit ${gen.code ?? gen.signal})\n${indent(gen.stderr)}\n`);
      return { ...result, ok: false, error: 'generation failed' };
    }
    result.generateSeconds = gen.seconds;
  }

  // Every run builds into a fresh folder, and old outputs are deleted only after the last run:
  // deleting 10,000 files keeps this VM's ext4 disk (mounted with online `discard`) slow for
  // half a minute or more, and a cold build (a fresh CI clone) has no deletion behind it.
  const outputs = [];
  for (let r = 1; r <= args.runs; r++) {
    const outDir = join(root, `dist-run${r}`);
    removeOutput(outDir);
    rmSync(join(root, '.baotinh'), { recursive: true, force: true });
    outputs.push(outDir);
    const argv = ['build', '--root', rootRel, '--out', relative(REPO, outDir), '--quiet'];
    process.stdout.write(`  ${size} articles, run ${r}/${args.runs}: node bin/baotinh.js ${argv.join(' ')} … `);
    const res = await runBaotinh(argv, { repo: REPO, cliModule: CLI_MODULE, timeoutSeconds: args.timeoutSeconds, tag: `${size}-${r}` });
    const pages = countHtml(outDir);
    const runResult = {
      run: r, exitCode: res.code, signal: res.signal, timedOut: res.timedOut, seconds: res.seconds,
      maxRssMiB: res.maxRssMiB, pages,
    };
    result.runs.push(runResult);
    const failed = res.code !== 0 || res.timedOut;
    process.stdout.write(failed
      ? `FAILED (${res.timedOut ? `timed out after ${args.timeoutSeconds} s` : `exit ${res.code ?? res.signal}`}) after ${res.seconds.toFixed(2)} s\n`
      : `${res.seconds.toFixed(2)} s, ${runResult.maxRssMiB?.toFixed(0) ?? '?'} MiB, ${pages} pages\n`);
    if (res.stdout.trim()) process.stdout.write(`    stdout:\n${indent(res.stdout)}\n`);
    if (res.stderr.trim()) process.stdout.write(`    stderr:\n${indent(res.stderr)}\n`);
    if (failed) {
      result.ok = false;
      result.error = res.timedOut ? 'timeout' : `exit ${res.code ?? res.signal}`;
      result.stderr = res.stderr;
      break;
    }
  }
  if (result.ok) {
    const pageCounts = new Set(result.runs.map((x) => x.pages));
    if (pageCounts.size > 1) process.stdout.write(`  warning: page count differs between runs: ${[...pageCounts].join(', ')}\n`);
    result.medianSeconds = median(result.runs.map((x) => x.seconds));
    const rss = result.runs.map((x) => x.maxRssMiB).filter((x) => x !== null);
    result.peakRssMiB = rss.length ? Math.max(...rss) : null;
    result.pages = result.runs.at(-1).pages;
    result.pagesPerSecond = result.pages / result.medianSeconds;
  }
  for (const outDir of outputs.slice(0, -1)) removeOutput(outDir);
  return result;
}

function markdownTable(results) {
  const rows = [
    '| Articles | Runs | Median wall (s) | Peak RSS (MiB) | Pages | Pages/s |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    rows.push(r.ok
      ? `| ${r.size} | ${r.runs.length} | ${r.medianSeconds.toFixed(2)} | ${r.peakRssMiB?.toFixed(0) ?? '?'} | ${r.pages} | ${r.pagesPerSecond.toFixed(0)} |`
      : `| ${r.size} | ${r.runs.length} | FAILED (${r.error}) | | | |`);
  }
  return rows.join('\n');
}

function checkTargets(results) {
  const checks = [];
  for (const target of TARGETS) {
    const r = results.find((x) => x.size === target.size);
    if (!r) continue;
    if (!r.ok) {
      checks.push({ target: `${target.size} articles`, status: 'FAIL', detail: `build failed (${r.error})` });
      continue;
    }
    if (target.maxSeconds) checks.push({ target: `${target.size} articles in ≤ ${target.maxSeconds} s`, status: r.medianSeconds <= target.maxSeconds ? 'PASS' : 'FAIL', detail: `median ${r.medianSeconds.toFixed(2)} s` });
    checks.push({ target: `${target.size} articles in ≤ ${target.maxMiB} MiB`, status: r.peakRssMiB !== null && r.peakRssMiB <= target.maxMiB ? 'PASS' : 'FAIL', detail: `peak RSS ${r.peakRssMiB?.toFixed(0) ?? '?'} MiB` });
  }
  return checks;
}

const args = parseArgs(process.argv.slice(2));
if (!existsSync(CLI_MODULE)) {
  process.stderr.write(`bench-build: ${relative(REPO, CLI_MODULE)} not found; compile first: npm run compile\n`);
  process.exit(1);
}
mkdirSync(BENCH_DIR, { recursive: true });

const results = [];
for (const size of args.sizes) {
  process.stdout.write(`\n## ${size} articles\n`);
  results.push(await benchSize(size, args));
}

const targets = checkTargets(results);
process.stdout.write(`\n${markdownTable(results)}\n\n`);
for (const t of targets) process.stdout.write(`${t.status}: ${t.target} (${t.detail})\n`);

const cpus = os.cpus();
const summary = {
  node: process.version,
  platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  cpu: `${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
  totalMemMiB: Math.round(os.totalmem() / 1048576),
  seed: args.seed,
  runs: args.runs,
  command: 'node bin/baotinh.js build --root bench-sites/<size> --out bench-sites/<size>/dist-run<r> --quiet (cold: fresh output folder, no cache)',
  results,
  targets,
};
writeFileSync(join(BENCH_DIR, 'results.json'), `${JSON.stringify(summary, null, 2)}\n`);
process.stdout.write(`\nwrote ${relative(REPO, join(BENCH_DIR, 'results.json'))}\n`);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;

/** An output folder is a link to a version in `.<name>.baotinh/` beside it: remove both. */
function removeOutput(outDir) {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(join(dirname(outDir), `.${basename(outDir)}.baotinh`), { recursive: true, force: true });
}
