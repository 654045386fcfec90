#!/usr/bin/env node
// Cold builds of the same articles by baotinh, Hugo and Eleventy, measured the same way.
//
//   node scripts/bench-peers.mjs [--sizes 1000,10000] [--runs 3] [--seed 1] [--no-eleventy] [--timeout 1800]
//
// For each size N: one corpus, bench-sites/peers-N (scripts/generate-articles.mjs, deterministic;
// about 1 in 25 articles are recurring notices whose titles repeat within a month), and two copies
// of it, bench-sites/peers-N-hugo (scripts/hugo-site.mjs) and bench-sites/peers-N-eleventy
// (scripts/eleventy-site.mjs), which render the same page kinds from the same Markdown bodies. The
// corpus has no images (the generator writes none), so no tool resizes any: this measures pages.
// Then --runs rounds; round r builds with every tool in turn, the first tool rotating each round
// (A B C, B C A, C A B, …), each as a whole child process into a fresh output folder under
// bench-sites/peers-N-out/:
//   baotinh   node bin/baotinh.js build --root bench-sites/peers-N --out <out> --quiet   (cwd: the repo; no .baotinh/)
//   Hugo      hugo --quiet -s bench-sites/peers-N-hugo -d <out>
//   Eleventy  node node_modules/@11ty/eleventy/cmd.cjs --quiet --input=. --output=<out> (cwd: the Eleventy project)
// Each build runs under GNU time (/usr/bin/time: `apt-get install time`): CPU = user + system of
// the child and whatever it waited for, peak RSS = %M; wall time is measured here around the spawn.
// Outside the timed path: outputs of an earlier run are deleted before the first round (with
// baotinh's version store `.<name>.baotinh/` beside its output link), then `sync`; every build gets a
// fresh folder, and all but the last round's are deleted after the last round. Before every build, a
// wait until the 1-minute load average is below max(1.0, load at start) + 0.5, 20 s at most.
// Pages = HTML files in the output (baotinh's output link followed), files = all files. The last
// round's outputs are left for inspection.
//
// Prints per size a Markdown table and the same-round ratios (Hugo ÷ baotinh, Eleventy ÷ baotinh:
// the median over rounds of each round's ratio), and the load seen; writes every measurement to
// bench-sites/peers-results.json with the versions, the commit and whether the tree was dirty.
// Exit code is non-zero if any build failed. Ctrl-C kills the running build.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countFiles, GNU_TIME, killGroup, loadavg, removeTimeReports, run, runUnderTime } from './bench-process.mjs';
import { parseBenchArgs } from './bench-args.mjs';
import { makeEleventySite } from './eleventy-site.mjs';
import { makeHugoSite } from './hugo-site.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_DIR = join(REPO, 'bench-sites');
const CLI_MODULE = join(REPO, 'lib', 'cli.js');
const GENERATOR = join(REPO, 'scripts', 'generate-articles.mjs');
const ELEVENTY_PACKAGE = join(REPO, 'node_modules', '@11ty', 'eleventy', 'package.json');
const QUIET_WAIT_SECONDS = 20;
const USAGE = 'usage: node scripts/bench-peers.mjs [--sizes 1000,10000] [--runs 3] [--seed 1] [--no-eleventy] [--timeout 1800]\n';

function parseArgs(argv) {
  return parseBenchArgs(argv, {
    script: 'bench-peers',
    usage: USAGE,
    defaults: { sizes: [1000, 10000], runs: 3, seed: 1, eleventy: true, timeoutSeconds: 1800 },
    flags: { '--no-eleventy': (args) => (args.eleventy = false) },
  }).args;
}

function fail(message) {
  process.stderr.write(`bench-peers: ${message}\n`);
  process.exit(1);
}

// ───────────────────────────── what is installed ─────────────────────────────

/** Every tool and version the run needs, or a clear message saying what to install. */
function checkTools(args) {
  if (!existsSync(GNU_TIME)) fail(`GNU time not found at ${GNU_TIME} (it measures CPU time and peak memory): apt-get install time`);
  if (!existsSync(CLI_MODULE)) fail(`${relative(REPO, CLI_MODULE)} not found; compile first: npm run compile`);
  const hugo = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  if (hugo.error || hugo.status !== 0) fail(`cannot run Hugo (${hugo.error?.code === 'ENOENT' ? 'not installed' : (hugo.error?.message ?? hugo.stderr.trim())}): apt-get install hugo`);
  const tools = { hugo: hugo.stdout.trim(), eleventy: null, eleventyBin: null };
  if (args.eleventy) {
    if (!existsSync(ELEVENTY_PACKAGE)) fail('Eleventy not installed (node_modules/@11ty/eleventy): npm install, or pass --no-eleventy');
    const pkg = JSON.parse(readFileSync(ELEVENTY_PACKAGE, 'utf8'));
    const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.eleventy;
    if (!bin) fail(`no eleventy command in ${relative(REPO, ELEVENTY_PACKAGE)}`);
    tools.eleventy = pkg.version;
    tools.eleventyBin = join(dirname(ELEVENTY_PACKAGE), bin);
  }
  return tools;
}

function gitState() {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' });
  const status = spawnSync('git', ['status', '--porcelain'], { cwd: REPO, encoding: 'utf8' });
  const changed = status.status === 0 ? status.stdout.split('\n').filter(Boolean) : null;
  return { commit: head.status === 0 ? head.stdout.trim() : null, dirty: changed ? changed.length > 0 : null, changed };
}

// ───────────────────────────── the builds ─────────────────────────────

/** The command of one build: [command, args, cwd]. */
function buildCommand(tool, paths, out, tools) {
  switch (tool) {
    case 'baotinh': return [process.execPath, [join(REPO, 'bin', 'baotinh.js'), 'build', '--root', relative(REPO, paths.root), '--out', relative(REPO, out), '--quiet'], REPO];
    case 'hugo': return ['hugo', ['--quiet', '-s', relative(REPO, paths.hugoRoot), '-d', out], REPO];
    case 'eleventy': return [process.execPath, [tools.eleventyBin, '--quiet', '--input=.', `--output=${out}`], paths.eleventyRoot];
    default: throw new Error(`unknown tool ${tool}`);
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits (up to QUIET_WAIT_SECONDS) for the 1-minute load to fall below the threshold; returns seconds waited. */
async function waitForQuiet(threshold) {
  const started = Date.now();
  while (os.loadavg()[0] >= threshold && Date.now() - started < QUIET_WAIT_SECONDS * 1000) await sleep(1000);
  return (Date.now() - started) / 1000;
}

const indent = (text) => text.trimEnd().split('\n').map((l) => `    ${l}`).join('\n');
const rotate = (list, k) => list.map((_, i) => list[(i + k) % list.length]);
const LABEL = { baotinh: 'baotinh', hugo: 'Hugo', eleventy: 'Eleventy' };

async function benchSize(size, ctx) {
  const { args, tools, toolNames, children, threshold } = ctx;
  const paths = {
    root: join(BENCH_DIR, `peers-${size}`),
    hugoRoot: join(BENCH_DIR, `peers-${size}-hugo`),
    eleventyRoot: join(BENCH_DIR, `peers-${size}-eleventy`),
    outDir: join(BENCH_DIR, `peers-${size}-out`),
  };
  const result = { size, root: relative(REPO, paths.root), rounds: [], ok: true, failures: [] };

  const gen = await run(process.execPath, [GENERATOR, '--count', String(size), '--out', relative(REPO, paths.root), '--seed', String(args.seed)], { cwd: REPO, timeoutSeconds: args.timeoutSeconds, children });
  process.stdout.write(`  ${gen.stdout.trim()}\n`);
  if (gen.code !== 0) {
    process.stderr.write(`bench-peers: generating ${result.root} failed (exit ${gen.code ?? gen.signal})\n${indent(gen.stderr)}\n`);
    return { ...result, ok: false, failures: ['generation failed'] };
  }
  result.generateSeconds = gen.seconds;
  let started = process.hrtime.bigint();
  makeHugoSite(paths.root, paths.hugoRoot);
  result.hugoSiteSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (toolNames.includes('eleventy')) {
    started = process.hrtime.bigint();
    makeEleventySite(paths.root, paths.eleventyRoot);
    result.eleventySiteSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  }
  process.stdout.write(`  projects: ${relative(REPO, paths.hugoRoot)}${toolNames.includes('eleventy') ? `, ${relative(REPO, paths.eleventyRoot)}` : ''}\n`);

  const failed = new Set(); // a tool that failed once is not run again at this size
  // Deleting thousands of files keeps this kind of disk (ext4 with online discard) slow for half a
  // minute or more: outputs of an earlier run go before the first round, then a sync and the wait for
  // quiet; every build gets a fresh folder, and this run's outputs but the last round's go at the end.
  // baotinh's output is a link to a version in `.<name>.baotinh/` beside it, also in outDir.
  rmSync(paths.outDir, { recursive: true, force: true });
  mkdirSync(paths.outDir, { recursive: true });
  spawnSync('sync');
  for (let r = 1; r <= args.runs; r++) {
    rmSync(join(paths.root, '.baotinh'), { recursive: true, force: true }); // a cold build: no state
    const order = rotate(toolNames, (r - 1) % toolNames.length);
    const round = { round: r, order, builds: [] };
    result.rounds.push(round);
    for (const tool of order) {
      if (failed.has(tool)) continue;
      const out = join(paths.outDir, `r${r}-${tool}`); // does not exist yet: each tool makes its own
      const [command, cmdArgs, cwd] = buildCommand(tool, paths, out, tools);
      const waitedSeconds = await waitForQuiet(threshold);
      const loadBefore = loadavg();
      process.stdout.write(`  ${size} articles, round ${r}/${args.runs}, ${LABEL[tool]}: `);
      const res = await runUnderTime(command, cmdArgs, { cwd, timeoutSeconds: args.timeoutSeconds, children, tag: `${size}-${r}-${tool}` });
      const loadAfter = loadavg();
      const counts = countFiles(out);
      const ok = res.code === 0 && !res.timedOut;
      const build = {
        tool, ok, exitCode: res.code, signal: res.signal, timedOut: res.timedOut,
        wallSeconds: res.seconds, elapsedSeconds: res.elapsedSeconds, userSeconds: res.userSeconds, sysSeconds: res.sysSeconds,
        cpuSeconds: res.cpuSeconds, maxRssMiB: res.maxRssMiB, pages: counts.html, files: counts.files,
        loadBefore, loadAfter, waitedSeconds,
        command: [command === process.execPath ? 'node' : command, ...cmdArgs].join(' '), cwd: relative(REPO, cwd) || '.',
      };
      round.builds.push(build);
      if (ok) {
        process.stdout.write(`${build.wallSeconds.toFixed(2)} s wall, ${build.cpuSeconds?.toFixed(2) ?? '?'} s CPU, ${build.maxRssMiB?.toFixed(0) ?? '?'} MiB, `
          + `${build.pages} pages, ${build.files} files (load ${loadBefore[0]} → ${loadAfter[0]}${waitedSeconds >= 1 ? `, waited ${waitedSeconds.toFixed(0)} s` : ''})\n`);
      } else {
        const why = res.timedOut ? `timed out after ${args.timeoutSeconds} s` : `exit ${res.code ?? res.signal}`;
        process.stdout.write(`FAILED (${why}) after ${build.wallSeconds.toFixed(2)} s\n`);
        process.stdout.write(`    command (cwd ${build.cwd}): ${build.command}\n`);
        if (res.stdout.trim()) process.stdout.write(`    stdout:\n${indent(res.stdout)}\n`);
        process.stdout.write(`    stderr:\n${res.stderr.trim() ? indent(res.stderr) : '    (empty)'}\n`);
        build.stdout = res.stdout;
        build.stderr = res.stderr;
        result.ok = false;
        result.failures.push(`${LABEL[tool]}, round ${r}: ${why}`);
        failed.add(tool);
      }
    }
  }
  for (let r = 1; r < args.runs; r++) for (const tool of toolNames) for (const name of [`r${r}-${tool}`, `.r${r}-${tool}.baotinh`]) rmSync(join(paths.outDir, name), { recursive: true, force: true });
  result.summary = summarise(result, toolNames);
  return result;
}

// ───────────────────────────── the report ─────────────────────────────

const median = (xs) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const numbers = (xs) => xs.filter((x) => typeof x === 'number' && Number.isFinite(x));

function summarise(result, toolNames) {
  const builds = (tool) => result.rounds.flatMap((r) => r.builds.filter((b) => b.tool === tool && b.ok));
  const perTool = {};
  for (const tool of toolNames) {
    const ok = builds(tool);
    const wall = ok.map((b) => b.wallSeconds);
    const rss = numbers(ok.map((b) => b.maxRssMiB));
    perTool[tool] = {
      builds: ok.length,
      medianWall: median(wall), minWall: wall.length ? Math.min(...wall) : null, maxWall: wall.length ? Math.max(...wall) : null,
      medianCpu: median(numbers(ok.map((b) => b.cpuSeconds))),
      maxRss: rss.length ? Math.max(...rss) : null, medianRss: median(rss),
      pages: [...new Set(ok.map((b) => b.pages))], files: [...new Set(ok.map((b) => b.files))],
    };
  }
  // Ratios within a round (same disk, same neighbours), then the median over rounds.
  const ratios = {};
  for (const tool of toolNames.filter((t) => t !== 'baotinh')) {
    const per = { wall: [], cpu: [], rss: [] };
    for (const round of result.rounds) {
      const base = round.builds.find((b) => b.tool === 'baotinh' && b.ok);
      const other = round.builds.find((b) => b.tool === tool && b.ok);
      if (!base || !other) continue;
      per.wall.push(other.wallSeconds / base.wallSeconds);
      if (base.cpuSeconds > 0 && other.cpuSeconds !== null) per.cpu.push(other.cpuSeconds / base.cpuSeconds);
      if (base.maxRssMiB > 0 && other.maxRssMiB !== null) per.rss.push(other.maxRssMiB / base.maxRssMiB);
    }
    ratios[tool] = { rounds: per.wall.length, wall: median(per.wall), cpu: median(per.cpu), rss: median(per.rss), perRound: per };
  }
  return { perTool, ratios };
}

const fixed = (x, digits) => (x === null || x === undefined ? '–' : x.toFixed(digits));

function markdownTables(result, toolNames) {
  const lines = [
    '| Tool | Median wall s (min–max) | Median CPU s | Peak RSS MiB (max / median) | Pages | Files |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const tool of toolNames) {
    const s = result.summary.perTool[tool];
    lines.push(s.builds === 0
      ? `| ${LABEL[tool]} | FAILED | | | | |`
      : `| ${LABEL[tool]} | ${fixed(s.medianWall, 2)} (${fixed(s.minWall, 2)}–${fixed(s.maxWall, 2)}) | ${fixed(s.medianCpu, 2)} | ${fixed(s.maxRss, 0)} / ${fixed(s.medianRss, 0)} | ${s.pages.join(' / ')} | ${s.files.join(' / ')} |`);
  }
  const others = toolNames.filter((t) => t !== 'baotinh');
  if (others.length) {
    lines.push('', '| Same-round ratio (median over rounds) | Wall | CPU | Peak RSS | Rounds |', '| --- | ---: | ---: | ---: | ---: |');
    for (const tool of others) {
      const q = result.summary.ratios[tool];
      lines.push(`| ${LABEL[tool]} ÷ baotinh | ${fixed(q.wall, 2)} | ${fixed(q.cpu, 2)} | ${fixed(q.rss, 2)} | ${q.rounds} |`);
    }
  }
  return lines.join('\n');
}

// ───────────────────────────── main ─────────────────────────────

const args = parseArgs(process.argv.slice(2));
const tools = checkTools(args);
const toolNames = args.eleventy ? ['baotinh', 'hugo', 'eleventy'] : ['baotinh', 'hugo'];
const children = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) killGroup(child);
    removeTimeReports();
    process.stderr.write(`\nbench-peers: ${signal}, builds stopped\n`);
    process.exit(130);
  });
}

const loadAtStart = loadavg();
const threshold = Math.max(1.0, loadAtStart[0]) + 0.5;
const git = gitState();
mkdirSync(BENCH_DIR, { recursive: true });
process.stdout.write(`bench-peers: node ${process.version}, ${tools.hugo}${tools.eleventy ? `, Eleventy ${tools.eleventy}` : ''}; `
  + `commit ${git.commit ?? '?'}${git.dirty ? ' (dirty tree)' : ''}; load at start ${loadAtStart.join(' ')}, builds wait for < ${threshold.toFixed(2)} (≤ ${QUIET_WAIT_SECONDS} s)\n`);

const results = [];
for (const size of args.sizes) {
  process.stdout.write(`\n## ${size} articles\n`);
  results.push(await benchSize(size, { args, tools, toolNames, children, threshold }));
}

const loads = results.flatMap((r) => r.rounds.flatMap((x) => x.builds.flatMap((b) => [b.loadBefore, b.loadAfter])));
for (const r of results) {
  process.stdout.write(`\n### ${r.size} articles\n\n`);
  if (r.summary) process.stdout.write(`${markdownTables(r, toolNames)}\n`);
  for (const f of r.failures) process.stdout.write(`FAILED: ${f}\n`);
}
if (loads.length) {
  const range = (k) => `${Math.min(...loads.map((l) => l[k])).toFixed(2)}–${Math.max(...loads.map((l) => l[k])).toFixed(2)}`;
  process.stdout.write(`\nLoad average around the builds (1/5/15 min): ${range(0)} / ${range(1)} / ${range(2)} (at start ${loadAtStart.join(' / ')}; ${os.cpus().length} CPUs)\n`);
}

const cpus = os.cpus();
const summary = {
  node: process.version,
  hugo: tools.hugo,
  eleventy: tools.eleventy,
  commit: git.commit,
  dirty: git.dirty,
  changedFiles: git.changed,
  platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  cpu: `${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
  totalMemMiB: Math.round(os.totalmem() / 1048576),
  seed: args.seed,
  runs: args.runs,
  timeoutSeconds: args.timeoutSeconds,
  loadAtStart,
  loadThreshold: threshold,
  measurement: 'wall: around the spawn in bench-peers; CPU (user + sys) and peak RSS (%M): GNU time of the whole child process',
  results,
};
const resultsFile = join(BENCH_DIR, 'peers-results.json');
writeFileSync(resultsFile, `${JSON.stringify(summary, null, 2)}\n`);
process.stdout.write(`\nwrote ${relative(REPO, resultsFile)}; the last round's outputs are in bench-sites/peers-<size>-out/\n`);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
