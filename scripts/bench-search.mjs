#!/usr/bin/env node
// Site search: baotinh's static index against Pagefind on the same built site.
//
//   node scripts/bench-search.mjs [--sizes 1000,10000] [--fixture-only] [--runs 3] [--seed 1] [--timeout 1800]
//
// Corpora: always the search fixture (scripts/search-corpus.mjs, 61 articles written for the relevance
// queries of scripts/search-queries.mjs) in bench-sites/search-fixture; then for each --sizes N
// (default 1000; none with --fixture-only) bench-sites/search-N: N articles from
// scripts/generate-articles.mjs (deterministic, --seed) plus the fixture's 61, so the same queries
// have to find their articles among N look-alikes.
//
// Builds: --runs rounds; each round builds the corpus cold into a fresh folder under
// bench-sites/search-<name>-out/ (`node bin/baotinh.js build --quiet --timings`; no .baotinh/ state)
// and then runs Pagefind on that very output, so both see the same machine state. Before each
// round, a wait (≤ 20 s) for the 1-minute load average to fall below max(1, load at start) + 0.5.
// Reported: baotinh's whole build (wall, around the spawn) and its "search" step (--timings: the
// index assembled and written; the per-article keys are made in its markdown step and are not in
// it), and Pagefind's whole run (wall, around the spawn of its binary). Pagefind is configured as a
// site owner would for article search: article pages only (--glob), the <article> element as the
// page (--root-selector), date line, byline and tags left out (--exclude-selectors), so both index
// the headline, the lead and the body.
//
// Queries (the last round's output; one fresh Chromium context per query and tool, so nothing is
// cached; baotinh and Pagefind alternate which goes first):
//  - baotinh: the built site is served on loopback, the page imports /assets/search/search-engine.js
//    and fetches the index files; Pagefind: the page imports /pagefind/pagefind.js, init(), search(),
//    then data() of the first 10 results. Both: the first 10 results, as a results page shows.
//  - requests and bytes: counted by the server (a worker's requests too), split into index files
//    (baotinh: /tim-kiem/chi-muc/; Pagefind: entry, meta, index chunks, fragments) and code
//    (baotinh: /assets/search/; Pagefind: pagefind.js, its worker, its WebAssembly). Bytes are what
//    a server compressing with gzip -9 would send: min(size, gzip -9 size) of each file (Pagefind's
//    own files are gzipped already). Median over the queries.
//  - latency: cold = import, first search and the 10 results' data in a fresh page; warm = the same
//    search again in that page. Median over the queries, milliseconds (performance.now() in the page).
//  - baotinh is also run in Node with a counting loader: its index requests and bytes must be the
//    same as in Chromium, and its first 10 results too (a check that the page measured the engine).
//  - relevance: recall@3 and MRR@10 of the first 10 results (scripts/search-queries.mjs's judge).
// If the build does not publish the engine at /assets/search/ (yet), the server serves it from
// lib/browser/assets/search/, and the report says so.
//
// Prints plain-text tables and the load average before and after; writes everything to
// bench-sites/search-results.json. Exit code is non-zero if a build, Pagefind or a query failed.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { parseBenchArgs } from './bench-args.mjs';
import { loadavg, run } from './bench-process.mjs';
import { SEARCH_ARTICLES, urlOfPath, writeSearchCorpus } from './search-corpus.mjs';
import { QUERY_CLASSES, SEARCH_QUERIES, judge, summarise } from './search-queries.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_DIR = join(REPO, 'bench-sites');
const CLI = join(REPO, 'bin', 'baotinh.js');
const CLI_MODULE = join(REPO, 'lib', 'cli.js');
const GENERATOR = join(REPO, 'scripts', 'generate-articles.mjs');
const ENGINE_DIR = join(REPO, 'lib', 'browser', 'assets', 'search');
const PAGEFIND_PACKAGE = join(REPO, 'node_modules', 'pagefind');
/** Where a baotinh build writes its index, and where the engine is published, in the site. */
const INDEX_PATH = '/tim-kiem/chi-muc/';
const ENGINE_PATH = '/assets/search/';
const BLANK_PAGE = '/__bench__.html';
const RESULTS_SHOWN = 10;
const QUIET_WAIT_SECONDS = 20;


// Articles only, the <article> as the page, without what baotinh does not index either.
const PAGEFIND_ARGS = [
  '--glob', 'tin-tuc/*/*/*/index.html',
  '--root-selector', 'article.article',
  '--exclude-selectors', '.article__meta',
  '--exclude-selectors', '.article__byline',
  '--exclude-selectors', '.article__tags',
  '--quiet',
];

const USAGE = 'usage: node scripts/bench-search.mjs [--sizes 1000,10000] [--fixture-only] [--runs 3] [--seed 1] [--timeout 1800]\n';

function parseArgs(argv) {
  return parseBenchArgs(argv, {
    script: 'bench-search',
    usage: USAGE,
    defaults: { sizes: [1000], fixtureOnly: false, runs: 3, seed: 1, timeoutSeconds: 1800 },
    flags: { '--fixture-only': (args) => (args.fixtureOnly = true) },
  }).args;
}

function fail(message) {
  process.stderr.write(`bench-search: ${message}\n`);
  process.exit(1);
}

// ───────────────────────────── what is installed ─────────────────────────────

async function checkTools() {
  if (!existsSync(CLI_MODULE) || !existsSync(join(ENGINE_DIR, 'search-engine.js'))) fail('lib/ is missing or stale; compile first: npm run compile');
  if (!existsSync(CHROMIUM_PATH)) fail(`Chromium not found at ${CHROMIUM_PATH}: bash scripts/ensure-test-system-deps.sh (apt-get install chromium)`);
  if (!existsSync(PAGEFIND_PACKAGE)) fail('Pagefind not installed (node_modules/pagefind): npm install');
  // The binary itself, as the package's own wrapper finds it: timing the wrapper would add a Node start-up.
  const { resolveBinaryPath } = await import(pathToFileURL(join(PAGEFIND_PACKAGE, 'lib', 'resolveBinary.js')).href);
  const pagefind = resolveBinaryPath(['pagefind_extended', 'pagefind']);
  const version = spawnSync(pagefind, ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) fail(`cannot run Pagefind at ${pagefind}: ${version.error?.message ?? version.stderr}`);
  return { pagefind, pagefindVersion: version.stdout.trim() };
}

function gitState() {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' });
  const status = spawnSync('git', ['status', '--porcelain'], { cwd: REPO, encoding: 'utf8' });
  return { commit: head.status === 0 ? head.stdout.trim() : null, dirty: status.status === 0 ? status.stdout.trim().length > 0 : null };
}

// ───────────────────────────── sizes on the wire ─────────────────────────────

const wireCache = new Map();
/** What a server compressing with gzip -9 sends for a file: the smaller of the file and its gzip. */
function wireBytes(file) {
  let bytes = wireCache.get(file);
  if (bytes === undefined) {
    const data = readFileSync(file);
    bytes = Math.min(data.length, gzipSync(data, { level: 9 }).length);
    wireCache.set(file, bytes);
  }
  return bytes;
}

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}

/** Pagefind's files: the index (fetched per query), its search code, and its UI bundles (not used by the API). */
function pagefindKind(path) {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/^pagefind-entry\.json$|\.pf_meta$|\.pf_index$|\.pf_fragment$|\.pf_filter$/.test(name)) return 'index';
  if (/^pagefind\.js$|^pagefind-worker\.js$|^wasm\./.test(name)) return 'code';
  return 'ui';
}

/** Which tool a served path belongs to, and whether it is index or code (null: neither). */
function kindOf(path) {
  if (path.startsWith(INDEX_PATH)) return ['baotinh', 'index'];
  if (path.startsWith(ENGINE_PATH)) return ['baotinh', 'code'];
  if (path.startsWith('/pagefind/')) return ['pagefind', pagefindKind(path)];
  return null;
}

/** The index on disk, and the search code a reader downloads (the code files the queries fetched). */
function indexStats(out, queries) {
  const sum = (files) => ({ files: files.length, bytes: files.reduce((s, f) => s + statSync(f).size, 0), wire: files.reduce((s, f) => s + wireBytes(f), 0) });
  const pagefind = filesUnder(join(out, 'pagefind'));
  const fetchedCode = (tool) => [...new Set(queries.flatMap((q) => (q[tool].files ?? []).filter((p) => kindOf(p)[1] === 'code')))]
    .map((p) => (tool === 'baotinh' && !existsSync(join(out, p)) ? join(ENGINE_DIR, p.slice(ENGINE_PATH.length)) : join(out, p)));
  return {
    baotinh: { index: sum(filesUnder(join(out, ...INDEX_PATH.split('/')))), code: sum(fetchedCode('baotinh')) },
    pagefind: { index: sum(pagefind.filter((f) => pagefindKind(f) === 'index')), code: sum(fetchedCode('pagefind')), ui: sum(pagefind.filter((f) => pagefindKind(f) === 'ui')) },
  };
}

// ───────────────────────────── the static server ─────────────────────────────

/**
 * Serves the built site on loopback and logs every request it answers (path and wire bytes), so the
 * requests a worker makes are counted too. `/__bench__.html` is an empty page to run the queries in
 * (a site page would load its own scripts). The engine is taken from lib/ when the site lacks it.
 */
async function startServer(siteDir) {
  const root = realpathSync(siteDir);
  const log = [];
  const state = { engineFromLib: false };
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.wasm': 'application/wasm' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path === BLANK_PAGE) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      // An empty icon: no /favicon.ico request among a query's.
      res.end('<!doctype html><html lang="vi"><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title>');
      return;
    }
    let file = join(root, path);
    if (!(file === root || file.startsWith(root + sep)) || path.includes('\0')) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) && path.startsWith(ENGINE_PATH) && !path.slice(ENGINE_PATH.length).includes('/')) {
      file = join(ENGINE_DIR, path.slice(ENGINE_PATH.length));
      if (existsSync(file)) state.engineFromLib = true;
    }
    if (!existsSync(file)) {
      log.push({ path, bytes: 0, status: 404 });
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not Found\n');
      return;
    }
    const data = readFileSync(file);
    log.push({ path, bytes: wireBytes(file), status: 200 });
    const ext = file.slice(file.lastIndexOf('.'));
    res.writeHead(200, { 'Content-Type': `${types[ext] ?? 'application/octet-stream'}${types[ext]?.startsWith('text/') ? '; charset=utf-8' : ''}`, 'Content-Length': data.length, 'Cache-Control': 'no-store' });
    res.end(data);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    log,
    state,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(resolve);
    }),
  };
}

// ───────────────────────────── the queries ─────────────────────────────

// Both run inside the page (serialised by Playwright): no closure over this module.
async function baotinhInPage({ query, options, shown, indexPath, enginePath }) {
  const t0 = performance.now();
  const { createSearch } = await import(`${enginePath}search-engine.js`);
  const search = createSearch(async (name) => {
    const response = await fetch(`${indexPath}${name}`);
    if (!response.ok) throw new Error(`${indexPath}${name}: HTTP ${response.status}`);
    return response.json();
  });
  const first = await search.search(query, { ...options, pageSize: shown });
  const t1 = performance.now();
  await search.search(query, { ...options, pageSize: shown });
  const t2 = performance.now();
  return { urls: first.results.map((r) => r.url), total: first.total, cold: t1 - t0, warm: t2 - t1 };
}

async function pagefindInPage({ query, shown }) {
  const t0 = performance.now();
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.init();
  const first = await pagefind.search(query);
  const data = await Promise.all(first.results.slice(0, shown).map((r) => r.data()));
  const t1 = performance.now();
  const again = await pagefind.search(query);
  await Promise.all(again.results.slice(0, shown).map((r) => r.data()));
  const t2 = performance.now();
  return { urls: data.map((d) => d.url.replace(/index\.html$/, '')), total: first.results.length, cold: t1 - t0, warm: t2 - t1 };
}

/** One query by one tool in a fresh browser context; what the server sent for it. */
async function queryInBrowser(browser, server, tool, spec) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${server.url}${BLANK_PAGE}`);
    server.log.length = 0;
    const result = tool === 'baotinh'
      ? await page.evaluate(baotinhInPage, { query: spec.query, options: spec.options ?? {}, shown: RESULTS_SHOWN, indexPath: INDEX_PATH, enginePath: ENGINE_PATH })
      : await page.evaluate(pagefindInPage, { query: spec.query, shown: RESULTS_SHOWN });
    const served = server.log.splice(0);
    const count = (kind) => {
      const mine = served.filter((r) => kindOf(r.path)?.[0] === tool && (kind === 'all' || kindOf(r.path)?.[1] === kind));
      return { requests: mine.length, bytes: mine.reduce((s, r) => s + r.bytes, 0) };
    };
    const missing = served.filter((r) => r.status !== 200 && kindOf(r.path)).map((r) => r.path);
    const files = [...new Set(served.filter((r) => kindOf(r.path)?.[0] === tool).map((r) => r.path))];
    return { ok: missing.length === 0, error: missing.length ? `not found: ${missing.join(', ')}` : undefined, ...result, files, index: count('index'), all: count('all') };
  } catch (error) {
    return { ok: false, error: String(error?.message ?? error).split('\n')[0] };
  } finally {
    await context.close();
  }
}

/** The same query through the compiled engine in Node, with a loader that counts what it reads. */
async function queryInNode(createSearch, indexDir, spec) {
  const fetched = [];
  const search = createSearch(async (name) => {
    fetched.push(name);
    return JSON.parse(readFileSync(join(indexDir, name), 'utf8'));
  });
  const outcome = await search.search(spec.query, { ...spec.options, pageSize: RESULTS_SHOWN });
  return { urls: outcome.results.map((r) => r.url), requests: fetched.length, bytes: fetched.reduce((s, n) => s + wireBytes(join(indexDir, n)), 0) };
}

// ───────────────────────────── one corpus ─────────────────────────────

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function waitForQuiet(threshold) {
  const started = Date.now();
  while (os.loadavg()[0] >= threshold && Date.now() - started < QUIET_WAIT_SECONDS * 1000) await sleep(1000);
  return (Date.now() - started) / 1000;
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const indent = (text) => text.trimEnd().split('\n').map((l) => `    ${l}`).join('\n');

/** Writes the corpus's project; returns its root and article count. */
async function prepareCorpus(name, size, ctx) {
  const root = join(BENCH_DIR, `search-${name}`);
  if (size === null) {
    rmSync(join(root, 'content'), { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    writeSearchCorpus(root);
    return { root, articles: SEARCH_ARTICLES.length };
  }
  const gen = await run(process.execPath, [GENERATOR, '--count', String(size), '--out', relative(REPO, root), '--seed', String(ctx.args.seed)], { cwd: REPO, timeoutSeconds: ctx.args.timeoutSeconds, children: ctx.children });
  if (gen.code !== 0) throw new Error(`generating ${relative(REPO, root)} failed (exit ${gen.code ?? gen.signal})\n${indent(gen.stderr)}`);
  process.stdout.write(`  ${gen.stdout.trim()}\n`);
  // The generated config's categories include the fixture's: the articles just join the corpus.
  writeSearchCorpus(root, { config: false });
  return { root, articles: size + SEARCH_ARTICLES.length };
}

async function benchCorpus(name, size, ctx) {
  const { args, tools, children, threshold } = ctx;
  const result = { corpus: name, ok: true, failures: [], rounds: [] };
  process.stdout.write(`\n## ${name === 'fixture' ? 'fixture corpus' : `${size} generated articles + the fixture`}\n`);
  const { root, articles } = await prepareCorpus(name, size, ctx);
  result.articles = articles;
  result.root = relative(REPO, root);

  // Builds: a fresh folder each round, outputs of an earlier run deleted first (see bench-peers.mjs).
  const outDir = join(BENCH_DIR, `search-${name}-out`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  spawnSync('sync');
  let out = null;
  for (let r = 1; r <= args.runs; r++) {
    rmSync(join(root, '.baotinh'), { recursive: true, force: true });
    out = join(outDir, `r${r}`);
    const round = { round: r, waitedSeconds: await waitForQuiet(threshold), loadBefore: loadavg() };
    result.rounds.push(round);
    const build = await run(process.execPath, [CLI, 'build', '--root', relative(REPO, root), '--out', relative(REPO, out), '--quiet', '--timings'], { cwd: REPO, timeoutSeconds: args.timeoutSeconds, children });
    round.build = { ok: build.code === 0, seconds: build.seconds, searchStepMs: Number(/^search\s+(\d+) ms$/m.exec(build.stdout)?.[1] ?? NaN) };
    if (!round.build.ok) {
      result.failures.push(`baotinh build, round ${r}: exit ${build.code ?? build.signal}\n${indent(build.stderr)}`);
      break;
    }
    const pf = await run(tools.pagefind, ['--site', out, ...PAGEFIND_ARGS], { cwd: REPO, timeoutSeconds: args.timeoutSeconds, children });
    round.pagefind = { ok: pf.code === 0, seconds: pf.seconds };
    round.loadAfter = loadavg();
    if (!round.pagefind.ok) {
      result.failures.push(`Pagefind, round ${r}: exit ${pf.code ?? pf.signal}\n${indent(pf.stderr || pf.stdout)}`);
      break;
    }
    process.stdout.write(`  round ${r}/${args.runs}: baotinh build ${round.build.seconds.toFixed(2)} s (search step ${round.build.searchStepMs} ms), `
      + `Pagefind ${round.pagefind.seconds.toFixed(2)} s (load ${round.loadBefore[0]} → ${round.loadAfter[0]}${round.waitedSeconds >= 1 ? `, waited ${round.waitedSeconds.toFixed(0)} s` : ''})\n`);
  }
  for (let r = 1; r < result.rounds.length; r++) for (const n of [`r${r}`, `.r${r}.baotinh`]) rmSync(join(outDir, n), { recursive: true, force: true });
  if (result.failures.length) return { ...result, ok: false };

  // Pagefind must have indexed exactly the articles (the glob and the root selector found them all).
  const pagefindPages = countPagefindPages(out);
  if (pagefindPages !== articles) result.failures.push(`Pagefind indexed ${pagefindPages} pages, the corpus has ${articles} articles`);

  // Queries, on the last round's output.
  const { createSearch } = await import(pathToFileURL(join(ENGINE_DIR, 'search-engine.js')).href);
  const indexDir = join(out, ...INDEX_PATH.split('/'));
  const server = await startServer(out);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  ctx.chromiumVersion = browser.version();
  result.queries = [];
  try {
    for (const [i, spec] of SEARCH_QUERIES.entries()) {
      const order = i % 2 ? ['pagefind', 'baotinh'] : ['baotinh', 'pagefind'];
      const row = { query: spec.query, class: spec.class, expected: spec.expected };
      for (const tool of order) row[tool] = await queryInBrowser(browser, server, tool, spec);
      row.node = await queryInNode(createSearch, indexDir, spec);
      // The results page's other order: newest first (its cards are in one or two consecutive files).
      row.newest = await queryInNode(createSearch, indexDir, { ...spec, options: { ...spec.options, sort: 'newest' } });
      row.syllables = spec.query.replace(/["“”]/g, ' ').trim().split(/\s+/).length;
      for (const tool of ['baotinh', 'pagefind']) {
        if (row[tool].ok) row[tool].verdict = judge(spec, row[tool].urls, urlOfPath);
        else result.failures.push(`${tool}, ${JSON.stringify(spec.query)}: ${row[tool].error}`);
      }
      // The page ran the same engine on the same files: it read what Node read and found what Node found.
      if (row.baotinh.ok && (row.node.requests !== row.baotinh.index.requests || row.node.bytes !== row.baotinh.index.bytes || row.node.urls.join() !== row.baotinh.urls.join())) {
        result.failures.push(`baotinh, ${JSON.stringify(spec.query)}: Chromium and Node disagree (requests ${row.baotinh.index.requests}/${row.node.requests}, bytes ${row.baotinh.index.bytes}/${row.node.bytes}, same results: ${row.node.urls.join() === row.baotinh.urls.join()})`);
      }
      result.queries.push(row);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  result.engineFromLib = server.state.engineFromLib;
  result.index = indexStats(out, result.queries);
  result.summary = summariseCorpus(result);
  result.ok = result.failures.length === 0;
  return result;
}

/** Pages in Pagefind's index, from its entry file (what pagefind.js reads first). */
function countPagefindPages(out) {
  const entry = JSON.parse(readFileSync(join(out, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  return Object.values(entry.languages ?? {}).reduce((s, l) => s + (l.page_count ?? 0), 0);
}

function summariseCorpus(result) {
  const ok = (tool) => result.queries.filter((q) => q[tool].ok);
  const per = {};
  for (const tool of ['baotinh', 'pagefind']) {
    const rows = ok(tool);
    const judged = rows.map((q) => ({ spec: SEARCH_QUERIES.find((s) => s.query === q.query), verdict: q[tool].verdict }));
    per[tool] = {
      queries: rows.length,
      indexRequests: median(rows.map((q) => q[tool].index.requests)),
      indexBytes: median(rows.map((q) => q[tool].index.bytes)),
      allRequests: median(rows.map((q) => q[tool].all.requests)),
      allBytes: median(rows.map((q) => q[tool].all.bytes)),
      coldMs: median(rows.map((q) => q[tool].cold)),
      warmMs: median(rows.map((q) => q[tool].warm)),
      relevance: summarise(judged),
    };
  }
  per.node = { indexRequests: median(result.queries.map((q) => q.node.requests)), indexBytes: median(result.queries.map((q) => q.node.bytes)) };
  per.newest = { indexRequests: median(result.queries.map((q) => q.newest.requests)), indexBytes: median(result.queries.map((q) => q.newest.bytes)) };
  // The issue's "typical two-syllable query": the queries of two syllables, both orders.
  const two = result.queries.filter((q) => q.syllables === 2);
  per.twoSyllables = { queries: two.length, relevance: { indexRequests: median(two.map((q) => q.node.requests)), indexBytes: median(two.map((q) => q.node.bytes)) }, newest: { indexRequests: median(two.map((q) => q.newest.requests)), indexBytes: median(two.map((q) => q.newest.bytes)) } };
  const builds = result.rounds.filter((r) => r.build?.ok && r.pagefind?.ok);
  per.build = {
    rounds: builds.length,
    baotinhSeconds: median(builds.map((r) => r.build.seconds)),
    baotinhSearchStepMs: median(builds.map((r) => r.build.searchStepMs)),
    pagefindSeconds: median(builds.map((r) => r.pagefind.seconds)),
  };
  return per;
}

// ───────────────────────────── the report ─────────────────────────────

const kib = (bytes) => (bytes === null || bytes === undefined ? '–' : bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`);
const ms = (x) => (x === null || x === undefined ? '–' : `${x.toFixed(1)} ms`);
const pct = (x) => `${(x * 100).toFixed(1)}%`;

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r, i) => {
    const line = r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('   ');
    return i === 0 ? `${line}\n${'-'.repeat(line.length)}` : line;
  }).join('\n');
}

function report(result) {
  const s = result.summary;
  const x = result.index;
  const lines = [`### ${result.corpus === 'fixture' ? 'Fixture corpus' : `${result.corpus} generated + fixture`}: ${result.articles} articles, ${s.baotinh.queries}/${SEARCH_QUERIES.length} queries measured`, ''];
  lines.push(table([
    ['', 'baotinh', 'Pagefind'],
    [`index build (median of ${s.build.rounds})`, `${s.build.baotinhSearchStepMs} ms search step (whole build ${s.build.baotinhSeconds.toFixed(2)} s)`, `${(s.build.pagefindSeconds * 1000).toFixed(0)} ms (whole run, after the build)`],
    ['index files', x.baotinh.index.files, x.pagefind.index.files],
    ['index bytes (raw / on the wire)', `${kib(x.baotinh.index.bytes)} / ${kib(x.baotinh.index.wire)}`, `${kib(x.pagefind.index.bytes)} / ${kib(x.pagefind.index.wire)}`],
    ['search code fetched (files, on the wire)', `${x.baotinh.code.files}, ${kib(x.baotinh.code.wire)}`, `${x.pagefind.code.files}, ${kib(x.pagefind.code.wire)} (+ UI ${x.pagefind.ui.files} files, ${kib(x.pagefind.ui.wire)}, unused)`],
    ['per query: index requests (median)', s.baotinh.indexRequests, s.pagefind.indexRequests],
    ['per query: index bytes on the wire (median)', kib(s.baotinh.indexBytes), kib(s.pagefind.indexBytes)],
    ['per query: all requests incl. code (median)', s.baotinh.allRequests, s.pagefind.allRequests],
    ['per query: all bytes incl. code (median)', kib(s.baotinh.allBytes), kib(s.pagefind.allBytes)],
    ['latency cold: load + search + 10 results (median)', ms(s.baotinh.coldMs), ms(s.pagefind.coldMs)],
    ['latency warm: same search again (median)', ms(s.baotinh.warmMs), ms(s.pagefind.warmMs)],
    ['recall@3', pct(s.baotinh.relevance.recallAt3), pct(s.pagefind.relevance.recallAt3)],
    ['MRR@10', s.baotinh.relevance.mrr.toFixed(3), s.pagefind.relevance.mrr.toFixed(3)],
  ]));
  lines.push('', table([
    ['class', 'queries', 'baotinh recall@3', 'MRR', 'Pagefind recall@3', 'MRR'],
    ...Object.keys(QUERY_CLASSES).map((c) => {
      const b = s.baotinh.relevance.classes[c];
      const p = s.pagefind.relevance.classes[c];
      return [c, b.queries, pct(b.recallAt3), b.mrr.toFixed(3), pct(p.recallAt3), p.mrr.toFixed(3)];
    }),
  ]));
  const misses = result.queries.filter((q) => (q.baotinh.ok && !q.baotinh.verdict.top3) || (q.pagefind.ok && !q.pagefind.verdict.top3));
  if (misses.length) {
    lines.push('', 'not in the top 3 (rank; 0 = not in the first 10):');
    for (const q of misses) lines.push(`  [${q.class}] ${JSON.stringify(q.query)}: baotinh ${q.baotinh.verdict?.rank ?? 'error'}, Pagefind ${q.pagefind.verdict?.rank ?? 'error'}`);
  }
  lines.push('', `baotinh in Node (counting loader): median ${s.node.indexRequests} index requests, ${kib(s.node.indexBytes)}, the same as in Chromium for every query${result.failures.some((f) => f.includes('disagree')) ? ' EXCEPT those listed below' : ''}.`);
  lines.push(`baotinh, newest first (Node): median ${s.newest.indexRequests} index requests, ${kib(s.newest.indexBytes)}.`);
  lines.push(`baotinh, the ${s.twoSyllables.queries} two-syllable queries: relevance order median ${s.twoSyllables.relevance.indexRequests} requests, ${kib(s.twoSyllables.relevance.indexBytes)}; newest first ${s.twoSyllables.newest.indexRequests} requests, ${kib(s.twoSyllables.newest.indexBytes)}.`);
  if (result.corpus !== 'fixture') {
    lines.push('Caveat: the generated articles share headlines with the fixture\'s ("Tập huấn nghiệp vụ công tác dân vận", "Nước sạch về với',
      'đồng bào vùng cao", "Đường bê tông về bản", …) and mention the same people, so some queries have many equally good answers and',
      'the fixture article\'s rank among them is a tie-break: baotinh puts the newest first, Pagefind the densest match (its ranking',
      'normalises by page length, and the fixture\'s articles are about 100 words against the generated ones\' 300-700).');
  }
  if (result.engineFromLib) lines.push(`Note: the build does not publish ${ENGINE_PATH}search-engine.js yet; the server took it from lib/browser/assets/search/.`);
  return lines.join('\n');
}

// ───────────────────────────── main ─────────────────────────────

const args = parseArgs(process.argv.slice(2));
const tools = await checkTools();
const children = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill('SIGKILL');
    process.stderr.write(`\nbench-search: ${signal}, stopped\n`);
    process.exit(130);
  });
}

const loadAtStart = loadavg();
const threshold = Math.max(1.0, loadAtStart[0]) + 0.5;
const git = gitState();
mkdirSync(BENCH_DIR, { recursive: true });
process.stdout.write(`bench-search: node ${process.version}, ${tools.pagefindVersion}; commit ${git.commit ?? '?'}${git.dirty ? ' (dirty tree)' : ''}; `
  + `load at start ${loadAtStart.join(' ')} (${os.cpus().length} CPUs), builds wait for < ${threshold.toFixed(2)} (≤ ${QUIET_WAIT_SECONDS} s)\n`);

const ctx = { args, tools, children, threshold, chromiumVersion: null };
const corpora = [['fixture', null], ...(args.fixtureOnly ? [] : args.sizes.map((n) => [String(n), n]))];
const results = [];
for (const [name, size] of corpora) {
  try {
    results.push(await benchCorpus(name, size, ctx));
  } catch (error) {
    process.stderr.write(`bench-search: ${name}: ${error.stack ?? error}\n`);
    results.push({ corpus: name, ok: false, failures: [String(error.message ?? error)] });
  }
}
const loadAtEnd = loadavg();

for (const r of results) {
  process.stdout.write('\n');
  if (r.summary) process.stdout.write(`${report(r)}\n`);
  for (const f of r.failures) process.stdout.write(`FAILED: ${f}\n`);
}
process.stdout.write(`\nLoad average (1/5/15 min): ${loadAtStart.join(' / ')} at start, ${loadAtEnd.join(' / ')} at the end; ${os.cpus().length} CPUs. Chromium ${ctx.chromiumVersion ?? '?'}.\n`);

const resultsFile = join(BENCH_DIR, 'search-results.json');
const cpus = os.cpus();
writeFileSync(resultsFile, `${JSON.stringify({
  node: process.version,
  pagefind: tools.pagefindVersion,
  pagefindArgs: PAGEFIND_ARGS,
  chromium: ctx.chromiumVersion,
  commit: git.commit,
  dirty: git.dirty,
  platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  cpu: `${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
  seed: args.seed,
  runs: args.runs,
  loadAtStart,
  loadAtEnd,
  measurement: 'build: wall around the spawn; search step: baotinh --timings; bytes: min(size, gzip -9) per file, counted by the server; latency: performance.now() in a fresh page; relevance: first 10 results',
  results,
}, null, 2)}\n`);
process.stdout.write(`wrote ${relative(REPO, resultsFile)}\n`);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
