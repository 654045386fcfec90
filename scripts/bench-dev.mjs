#!/usr/bin/env node
// The editor's loop, measured (issue 10): from saving one article to the open page in Chromium showing
// the change, with `baotinh dev` and, interleaved in the same run, `hugo server` on the same articles.
//
//   node scripts/bench-dev.mjs [--sizes 4000,10000] [--edits 21] [--memory-edits 500] [--seed 1]
//                              [--hugo /usr/bin/hugo | --no-hugo]
//
// For each size: the sites of scripts/bench-incremental.mjs (bench-sites/<size>, bench-sites/<size>-hugo,
// generated once), `node bin/baotinh.js dev` and `hugo server` (both on 127.0.0.1, started once),
// Debian's Chromium (playwright-core) with one page open on the edited article of each. Then, edit by
// edit, baotinh and Hugo alternately (baotinh first on odd edits): a new sentence replaces the last one
// at the end of the article's body, and the time is taken from just before the file is written to
// the first animation frame of the page that holds the sentence, reloaded (Hugo) or updated in place
// (baotinh), noted by the page itself.
// After each edit the next waits until neither server uses CPU for 200 ms. The first edit of each
// is a warm-up and is not counted. Then `--memory-edits` more edits to baotinh alone, each waiting
// for its rebuild, and baotinh's resident memory (VmRSS) after the first and after the last (and
// every 50), each read 2 s after that edit's rebuild, as between an editor's saves.
// Prints medians (min–max), the Hugo/baotinh ratio, the load average, the targets; writes
// bench-sites/dev-results.json. Both sites are restored at the end (also on Ctrl-C).

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureSites, sitePaths } from './bench-incremental-sites.mjs';
import { editedArticle } from './bench-incremental-edits.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_DIR = join(REPO, 'bench-sites');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];
const TARGETS = { 4000: 150, 10000: 300 };
/** Memory is read this long after a save's rebuild, as between an editor's saves (not in the middle of a burst). */
const IDLE_BEFORE_MEMORY_MS = 2000;

function parseArgs(argv) {
  const args = { sizes: [4000, 10000], edits: 21, memoryEdits: 500, seed: 1, hugo: existsSync('/usr/bin/hugo') ? '/usr/bin/hugo' : 'hugo' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? argv[i].split(/=(.*)/s, 2) : [argv[i], undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--sizes') args.sizes = value().split(',').map(Number);
    else if (flag === '--edits') args.edits = Number(value());
    else if (flag === '--memory-edits') args.memoryEdits = Number(value());
    else if (flag === '--seed') args.seed = Number(value());
    else if (flag === '--hugo') args.hugo = value();
    else if (flag === '--no-hugo') args.hugo = null;
    else {
      process.stderr.write(`bench-dev: unknown argument ${argv[i]}\n`);
      process.exit(2);
    }
  }
  if (args.sizes.some((s) => !Number.isInteger(s) || s < 1) || !(args.edits >= 2) || !(args.memoryEdits >= 1)) {
    process.stderr.write('bench-dev: --sizes, --edits (≥ 2) and --memory-edits take positive whole numbers\n');
    process.exit(2);
  }
  return args;
}

const log = (text) => process.stdout.write(text);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

/** Starts a server process; resolves once its output matches `ready` (with the captured output so far). */
function startServer(command, args, ready, cwd) {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const state = { child, output: '' };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} did not start in 600 s:\n${state.output.slice(-2000)}`)), 600_000);
    const onData = (chunk) => {
      state.output += chunk.toString();
      const match = ready.exec(state.output);
      if (match) {
        clearTimeout(timer);
        resolve({ ...state, match, get text() { return state.output; } });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${command} exited (${code}) before it was ready:\n${state.output.slice(-2000)}`)));
  });
}

/** Each document the page loads notes when it was first shown: the first animation frame after its
 *  DOM is complete (the frame that paints it); a page `baotinh dev` brings up to date in place (no
 *  new document) notes the first frame after that. Measured by the page itself, so how often the
 *  bench asks does not matter (asking every 2 ms kept the browser busy while it loaded the page). */
const NOTE_SHOWN = () => {
  const note = () => requestAnimationFrame(() => { window.__shownAt = Date.now(); });
  document.addEventListener('DOMContentLoaded', note);
  document.addEventListener('baotinh:updated', note);
};

/** Milliseconds from `writtenAt` (Date.now() before the save) until the page first showed `marker`. */
async function timeToShow(page, marker, writtenAt, timeoutMs = 30_000) {
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    const shownAt = await page.evaluate((m) => (document.body?.innerText.includes(m) ? window.__shownAt ?? null : null), marker).catch(() => null);
    if (shownAt !== null && shownAt >= writtenAt) return shownAt - writtenAt;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`the page never showed "${marker}"`);
}

/** CPU time (ticks) a process has used so far. */
const cpuTicks = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime
};

/** Resolves once the processes have used no CPU for 200 ms (at least 150 ms, at most 15 s). */
async function untilQuiet(pids) {
  await new Promise((r) => setTimeout(r, 150));
  const until = performance.now() + 15_000;
  let last = pids.map(cpuTicks);
  let quietSince = performance.now();
  while (performance.now() < until && performance.now() - quietSince < 200) {
    await new Promise((r) => setTimeout(r, 50));
    const now = pids.map(cpuTicks);
    if (now.some((t, i) => t !== last[i])) quietSince = performance.now();
    last = now;
  }
}

const withSentence = (original, sentence) => `${original.replace(/\n*$/, '\n')}\n${sentence}\n`;

async function benchSize(size, args, browser, cleanups) {
  const { root, hugoRoot } = sitePaths(BENCH_DIR, size);
  await ensureSites(size, { repo: REPO, benchDir: BENCH_DIR, seed: args.seed, timeoutSeconds: 1800, log });
  const name = editedArticle(root, size);
  const files = { baotinh: join(root, 'content', 'bai-viet', name), hugo: join(hugoRoot, 'content', 'bai-viet', name) };
  const originals = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, readFileSync(f, 'utf8')]));
  const restore = () => {
    for (const [k, f] of Object.entries(files)) if (existsSync(f)) writeFileSync(f, originals[k]);
  };
  cleanups.push(restore);

  log(`  starting baotinh dev on ${size} articles …\n`);
  const startedAt = performance.now();
  const dev = await startServer(process.execPath, [join(REPO, 'bin', 'baotinh.js'), 'dev', '--root', root, '--port', '4600'], /Xem trước tại (http:\/\/\S+)/, REPO);
  log(`    ready in ${((performance.now() - startedAt) / 1000).toFixed(1)} s at ${dev.match[1]}\n`);
  cleanups.push(() => dev.child.kill('SIGINT'));
  const servers = { baotinh: dev };
  if (args.hugo) {
    const hugo = await startServer(args.hugo, ['server', '--source', hugoRoot, '--bind', '127.0.0.1', '--port', '4700', '--baseURL', 'http://127.0.0.1:4700/', '--appendPort=false'], /Web Server is available at (http:\/\/\S+)/, REPO);
    cleanups.push(() => hugo.child.kill('SIGINT'));
    servers.hugo = hugo;
  }
  const pages = {};
  const slug = name.replace(/\.md$/, '');
  for (const tool of Object.keys(servers)) {
    const page = await browser.newPage();
    await page.addInitScript(NOTE_SHOWN);
    const base = servers[tool].match[1].replace(/\/$/, '');
    const path = tool === 'baotinh' ? await baotinhPath(dev, files.baotinh, originals.baotinh) : hugoPath(files.hugo, slug);
    const response = await page.goto(`${base}${path.replace(/^\/+/, '/')}`);
    if (response?.status() !== 200) throw new Error(`${tool}: the article's page answers ${response?.status()}`);
    pages[tool] = page;
  }
  const latencies = { baotinh: [], hugo: [] };
  for (let i = 1; i <= args.edits; i++) {
    const order = i % 2 ? Object.keys(pages) : Object.keys(pages).reverse();
    for (const tool of order) {
      const sentence = `Câu đo số ${i} của ${tool} lúc ${Date.now()}.`;
      const writtenAt = Date.now();
      writeFileSync(files[tool], withSentence(originals[tool], sentence));
      const latency = await timeToShow(pages[tool], sentence, writtenAt);
      if (i > 1) latencies[tool].push(latency);
      // The next save waits until neither server is still working (Hugo goes on for a while after its
      // page shows): each tool is timed on the machine as it is, not while the other finishes.
      await untilQuiet(Object.values(servers).map((server) => server.child.pid));
    }
  }
  // Memory over many edits: each waits for its rebuild line.
  const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${dev.child.pid}/status`, 'utf8'))[1]) / 1024;
  // Counted from where the last count stopped: the output grows with every edit.
  let counted = 0;
  let searched = 0;
  const rebuilt = () => {
    const text = dev.text;
    for (let at = text.indexOf('Đã dựng lại', searched); at >= 0; at = text.indexOf('Đã dựng lại', searched)) {
      counted++;
      searched = at + 1;
    }
    return counted;
  };
  let firstRss = 0;
  const series = []; // [edit, MiB] every 50 edits: growth that stops is warming up, growth that goes on is a leak
  for (let i = 1; i <= args.memoryEdits; i++) {
    const before = rebuilt();
    writeFileSync(files.baotinh, withSentence(originals.baotinh, `Câu thử bộ nhớ số ${i}.`));
    const until = performance.now() + 30_000;
    while (rebuilt() <= before && performance.now() < until) await new Promise((r) => setTimeout(r, 5));
    // Read as an editor's session would be seen between saves: after a moment without one.
    const settled = async () => {
      await new Promise((r) => setTimeout(r, IDLE_BEFORE_MEMORY_MS));
      return rss();
    };
    if (i === 1) firstRss = await settled();
    if (i === 1) series.push([i, Math.round(firstRss)]);
    else if (i % 50 === 0 || i === args.memoryEdits) series.push([i, Math.round(await settled())]);
  }
  const lastRss = series.at(-1)[1];
  log(`  memory (edit: MiB): ${series.map(([i, m]) => `${i}: ${m}`).join(', ')}\n`);
  for (const page of Object.values(pages)) await page.close();
  for (const s of Object.values(servers)) s.child.kill('SIGINT');
  restore();
  return { size, latencies, memory: { afterFirstMiB: firstRss, afterLastMiB: lastRss, edits: args.memoryEdits, series } };
}

/** Hugo's address of the article: /tin-tuc/<year>/<month>/<slug>/, the file's name as slug
 *  (scripts/hugo-site.mjs writes it into Hugo's front matter). */
function hugoPath(file, slug) {
  const date = /^date: "?(\d{4})-(\d{2})/m.exec(readFileSync(file, 'utf8'));
  if (!date) throw new Error(`no date in ${file}`);
  return `/tin-tuc/${date[1]}/${date[2]}/${slug}/`;
}

/** baotinh's address of the article, as \`baotinh dev\` prints it after a save ("Đã cập nhật: …"). */
async function baotinhPath(dev, file, original) {
  writeFileSync(file, withSentence(original, 'Câu tìm địa chỉ bài.'));
  const until = performance.now() + 60_000;
  while (performance.now() < until) {
    const found = /Đã cập nhật: (\S+)/.exec(dev.text);
    if (found) return found[1];
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`baotinh dev printed no address after a save:\n${dev.text.slice(-2000)}`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const cleanups = [];
  const stop = () => {
    for (const c of cleanups.reverse()) c();
    process.exit(130);
  };
  process.once('SIGINT', stop);
  const results = [];
  try {
    for (const size of args.sizes) {
      log(`## ${size} articles (load ${load()})\n`);
      const r = await benchSize(size, args, browser, cleanups);
      results.push({ ...r, load: load() });
      log(`  load after: ${load()}\n`);
    }
  } finally {
    await browser.close();
    for (const c of cleanups.reverse()) c();
  }
  log('\n| articles | baotinh ms, median (min–max) | Hugo ms, median (min–max) | Hugo / baotinh | baotinh memory after 1st → last edit |\n| ---: | ---: | ---: | ---: | ---: |\n');
  const lines = [];
  for (const r of results) {
    const b = r.latencies.baotinh;
    const h = r.latencies.hugo;
    const fmt = (xs) => (xs.length ? `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})` : '—');
    log(`| ${r.size} | ${fmt(b)} | ${fmt(h)} | ${h.length ? `${(median(h) / median(b)).toFixed(2)}×` : '—'} | ${r.memory.afterFirstMiB.toFixed(0)} → ${r.memory.afterLastMiB.toFixed(0)} MiB (${r.memory.edits} edits) |\n`);
    const target = TARGETS[r.size];
    if (target) lines.push(`${median(b) <= target ? 'PASS' : 'FAIL'}: ${r.size} articles: save → page shows the change ≤ ${target} ms (median ${median(b).toFixed(0)} ms)`);
    const growth = r.memory.afterLastMiB - r.memory.afterFirstMiB;
    lines.push(`${growth <= 50 ? 'PASS' : 'FAIL'}: ${r.size} articles: memory after ${r.memory.edits} edits within 50 MiB of after the first (${growth >= 0 ? '+' : ''}${growth.toFixed(0)} MiB)`);
  }
  log(`\n${lines.join('\n')}\n`);
  writeFileSync(join(BENCH_DIR, 'dev-results.json'), `${JSON.stringify({ when: new Date().toISOString(), node: process.version, results }, null, 2)}\n`);
  log('\nwrote bench-sites/dev-results.json\n');
}

main().catch((error) => {
  process.stderr.write(`bench-dev: ${error.stack ?? error}\n`);
  process.exit(1);
});
