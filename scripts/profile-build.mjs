#!/usr/bin/env node
// Where a cold build's CPU goes: a profile of the whole build, top functions by self time.
//
//   node scripts/profile-build.mjs [--size 10000] [--top 30] [--keep]
//
// Builds bench-sites/peers-<size> (the corpus of scripts/bench-peers.mjs; generated first if missing)
// cold, into a fresh folder under bench-sites/profile-out/, as
//   node --cpu-prof bin/baotinh.js build --root bench-sites/peers-<size> --out <fresh> --clean --quiet --jobs 1
// One thread (--jobs 1), so the one profile holds all the build's JavaScript: a worker thread is
// stopped, not ended, and leaves no profile. Prints the build's own --timings, then the functions
// with the most self time and the same grouped by package or folder of lib/. "(idle)" is the main
// thread waiting (for the thread pool's file writes, mostly); "mkdir", "open", "write" and the like
// are system calls, whose samples also take the time the thread waited for a core. The profile is
// written to bench-sites/profile-<size>.cpuprofile (open it in Chrome's DevTools); the output folder
// is deleted at the end unless --keep.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_DIR = join(REPO, 'bench-sites');
const USAGE = 'usage: node scripts/profile-build.mjs [--size 10000] [--top 30] [--keep]\n';

function parseArgs(argv) {
  const args = { size: 10000, top: 30, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const number = () => {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) fail(`${flag} needs a positive whole number\n${USAGE}`);
      return value;
    };
    if (flag === '--size') args.size = number();
    else if (flag === '--top') args.top = number();
    else if (flag === '--keep') args.keep = true;
    else fail(`unknown option ${flag}\n${USAGE}`);
  }
  return args;
}

function fail(message) {
  process.stderr.write(`profile-build: ${message}\n`);
  process.exit(2);
}

/** Where a function is: its package (node_modules/<name>), its folder of lib/ ("lib/search/"; "lib"
 *  for a file directly in it), Node's own modules, or, for what has no file (the garbage collector,
 *  system calls, idle), its name. */
function placeOf(file, functionName) {
  const parts = file.split('/');
  if (parts[0] === 'node_modules') return parts.slice(0, parts[1]?.startsWith('@') ? 3 : 2).join('/');
  if (parts[0] === 'lib') return parts.length > 2 ? `lib/${parts[1]}/` : 'lib';
  if (file.startsWith('node:')) return 'node: (built-in modules)';
  return functionName || '(anonymous)';
}

/** Self time per function and per package (node_modules/<name>) or folder of lib/, in ms. */
export function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const perNode = new Map();
  profile.samples.forEach((id, i) => perNode.set(id, (perNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const functions = new Map();
  const places = new Map();
  let total = 0;
  for (const [id, micros] of perNode) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const file = url.replace(/^.*\/(node_modules\/(?:@[^/]+\/)?[^/]+|lib)\//, '$1/');
    const name = `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
    const place = placeOf(file, functionName);
    functions.set(name, (functions.get(name) ?? 0) + micros / 1000);
    places.set(place, (places.get(place) ?? 0) + micros / 1000);
    total += micros / 1000;
  }
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]);
  return { total, functions: sorted(functions), places: sorted(places) };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const site = join(BENCH_DIR, `peers-${args.size}`);
  if (!existsSync(join(site, 'content'))) {
    const made = spawnSync(process.execPath, [join(REPO, 'scripts', 'generate-articles.mjs'), '--count', String(args.size), '--out', site, '--seed', '1'], { stdio: 'inherit' });
    if (made.status !== 0) fail('could not generate the corpus');
  }
  const outRoot = join(BENCH_DIR, 'profile-out');
  mkdirSync(outRoot, { recursive: true });
  const out = join(outRoot, `p${Date.now()}`);
  const profileDir = join(outRoot, 'cpu');
  rmSync(profileDir, { recursive: true, force: true });
  const built = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, join(REPO, 'bin', 'baotinh.js'), 'build', '--root', site, '--out', out, '--clean', '--quiet', '--timings', '--jobs', '1'], { cwd: REPO, encoding: 'utf8' });
  process.stdout.write(built.stdout);
  process.stderr.write(built.stderr);
  if (built.status !== 0) fail(`the build failed (exit ${built.status})`);
  const [file] = readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile'));
  if (!file) fail('no profile was written');
  const kept = join(BENCH_DIR, `profile-${args.size}.cpuprofile`);
  renameSync(join(profileDir, file), kept);
  rmSync(profileDir, { recursive: true, force: true });
  const { total, functions, places } = selfTimes(JSON.parse(readFileSync(kept, 'utf8')));
  const row = ([name, ms]) => `| ${name.replace(/\|/g, '\\|')} | ${ms.toFixed(0)} | ${((100 * ms) / total).toFixed(1)}% |`;
  process.stdout.write(`\nProfile of one cold build of ${args.size} articles, one thread: ${(total / 1000).toFixed(2)} s sampled (${kept.slice(REPO.length + 1)})\n\n`);
  process.stdout.write(`| function (self time) | ms | share |\n| --- | ---: | ---: |\n${functions.slice(0, args.top).map(row).join('\n')}\n\n`);
  process.stdout.write(`| package or lib/ folder (self time) | ms | share |\n| --- | ---: | ---: |\n${places.slice(0, 20).map(row).join('\n')}\n`);
  if (!args.keep) {
    for (const name of readdirSync(outRoot)) rmSync(join(outRoot, name), { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
