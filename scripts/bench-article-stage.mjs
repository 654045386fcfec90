#!/usr/bin/env node
// The article stage alone: CPU of its read round (front-matter) and its render round (Markdown, search
// keys), in one thread, without the disk writes that make a whole build's time noisy here.
//
//   node scripts/bench-article-stage.mjs [--size 10000] [--runs 3] [--lib lib] [--lib <other compiled lib>]
//
// Reads bench-sites/peers-<size> (the corpus of scripts/bench-peers.mjs; generated first if missing).
// Each run is a child process per --lib folder (interleaved: A B, A B, …) that loads the site's
// configuration with that lib's config-file.js, makes one in-process article stage
// (content/article-stage.js createArticleStage), reads every source, then renders every published
// article, and reports wall and CPU time (user + system, process.cpuUsage) of each round. To compare
// two commits, compile one into another folder inside the repository (so its imports find
// node_modules), e.g. `git stash; npx tsc -p . --outDir .lib-before; git stash pop`, and pass both.
// Prints every run and the medians.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: node scripts/bench-article-stage.mjs [--size 10000] [--runs 3] [--lib lib] [--lib <folder>]\n';

function fail(message) {
  process.stderr.write(`bench-article-stage: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const args = { size: 10000, runs: 3, libs: [] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[++i];
    if (value === undefined) fail(`${flag} needs a value\n${USAGE}`);
    if (flag === '--size' || flag === '--runs') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) fail(`${flag} needs a positive whole number\n${USAGE}`);
      args[flag.slice(2)] = n;
    } else if (flag === '--lib') args.libs.push(path.resolve(value));
    else fail(`unknown option ${flag}\n${USAGE}`);
  }
  if (!args.libs.length) args.libs.push(path.join(REPO, 'lib'));
  for (const lib of args.libs) if (!existsSync(path.join(lib, 'content', 'article-stage.js'))) fail(`${lib} is not a compiled lib folder`);
  return args;
}

/** The child: one stage, both rounds, one line of JSON. */
async function measure(lib, root) {
  const load = (file) => import(pathToFileURL(path.join(lib, file)).href);
  const { loadConfig } = await load('config-file.js');
  const { createArticleStage } = await load('content/article-stage.js');
  const { config } = await loadConfig(root);
  if (!config) throw new Error(`no usable configuration in ${root}`);
  const contentDir = path.join(root, config.folders.content);
  const paths = readdirSync(contentDir, { recursive: true }).filter((f) => f.endsWith('.md')).sort();
  const stage = createArticleStage({ config, projectRoot: root, contentDir });
  const round = async (work) => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const result = await work();
    const used = process.cpuUsage(cpu);
    return { result, wall: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6 };
  };
  const read = await round(() => stage.read(paths));
  const urls = new Map(read.result.flatMap((e) => (e.draft ? [[e.contentPath, e.draft.url]] : [])));
  const render = await round(() => stage.render(urls, [...urls.keys()]));
  await stage.takeSearchTerms();
  await stage.close();
  return { articles: render.result.length, read: { wall: read.wall, cpu: read.cpu }, render: { wall: render.wall, cpu: render.cpu } };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

async function main() {
  if (process.argv[2] === '--child') {
    process.stdout.write(`${JSON.stringify(await measure(process.argv[3], process.argv[4]))}\n`);
    return;
  }
  const args = parseArgs(process.argv.slice(2));
  const root = path.join(REPO, 'bench-sites', `peers-${args.size}`);
  if (!existsSync(path.join(root, 'content'))) {
    const made = spawnSync(process.execPath, [path.join(REPO, 'scripts', 'generate-articles.mjs'), '--count', String(args.size), '--out', root, '--seed', '1'], { stdio: 'inherit' });
    if (made.status !== 0) fail('could not generate the corpus');
  }
  const results = new Map(args.libs.map((lib) => [lib, []]));
  for (let run = 1; run <= args.runs; run++) {
    for (const lib of args.libs) {
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', lib, root], { encoding: 'utf8' });
      if (child.status !== 0) fail(`run ${run} with ${lib} failed:\n${child.stderr}`);
      const r = JSON.parse(child.stdout);
      results.get(lib).push(r);
      const name = path.relative(REPO, lib) || lib;
      process.stdout.write(`run ${run} ${name}: read ${r.read.wall.toFixed(2)} s (CPU ${r.read.cpu.toFixed(2)} s), render ${r.render.wall.toFixed(2)} s (CPU ${r.render.cpu.toFixed(2)} s), ${r.articles} articles\n`);
    }
  }
  process.stdout.write(`\n| lib | read CPU s (median, min–max) | render CPU s (median, min–max) | runs |\n| --- | ---: | ---: | ---: |\n`);
  for (const [lib, runs] of results) {
    const span = (pick) => `${median(runs.map(pick)).toFixed(2)} (${Math.min(...runs.map(pick)).toFixed(2)}–${Math.max(...runs.map(pick)).toFixed(2)})`;
    process.stdout.write(`| ${path.relative(REPO, lib) || lib} | ${span((r) => r.read.cpu)} | ${span((r) => r.render.cpu)} | ${runs.length} |\n`);
  }
}

await main();
