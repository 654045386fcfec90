#!/usr/bin/env node
// Incremental-build benchmark against Hugo (issue 9).
//
//   node scripts/bench-incremental.mjs [--sizes 1000,10000,50000] [--runs 3] [--seed 1] [--timeout 1800]
//                                      [--hugo /usr/bin/hugo | --no-hugo]
//
// For each size: the site bench-sites/<size> (scripts/generate-articles.mjs) and a Hugo project of
// the same articles, bench-sites/<size>-hugo (scripts/hugo-site.mjs), both made once and kept.
// Each run then measures, as whole processes, baotinh and Hugo interleaved (baotinh first in odd
// runs, Hugo first in even ones), five scenarios in a row:
//   cold      baotinh --clean with no .baotinh/ folder, into a fresh output folder; Hugo into a fresh one
//   nochange  the same again
//   body      a sentence appended to one recent article's body (the same edit in Hugo's copy; which
//             article, and why not the newest: editedArticle() in bench-incremental-edits.mjs)
//   title     that article's title edited
//   template  baotinh: templates/base.njk copied into the site with an HTML comment; Hugo: baseof.html
// and restores both sites. baotinh runs as `node bin/baotinh.js build --root R --out R/dist-inc-r<r>`
// (without --quiet, for the "N trang dựng lại, M giữ nguyên, K xóa" summary, whose counts are checked)
// in the child wrapper of bench-build.mjs that reports its peak memory (VmHWM); Hugo as
// `hugo --quiet -d <size>-hugo/public-run<r>`. Recorded: wall seconds, baotinh's peak memory, the
// size of R/.baotinh/state/ (du -sb) and the load average at the start and end of every build.
// Prints a Markdown table and the targets (at 10,000 articles), writes
// bench-sites/incremental-results.json. Exit code is non-zero only if a build failed.

import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from './bench-incremental-args.mjs';
import { measureRun } from './bench-incremental-run.mjs';
import { ensureSites, sitePaths } from './bench-incremental-sites.mjs';
import { markdownTable, summarise, targetLines } from './bench-incremental-report.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_DIR = join(REPO, 'bench-sites');
const CLI_MODULE = join(REPO, 'lib', 'cli.js');
const log = (text) => process.stdout.write(text);

/** An output folder is a link to a version in `.<name>.baotinh/` beside it: remove both. */
function removeOutput(outDir) {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(join(dirname(outDir), `.${basename(outDir)}.baotinh`), { recursive: true, force: true });
}

/** The newest modification time of the files under a folder (ms). */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

async function benchSize(size, args) {
  const { root, hugoRoot } = sitePaths(BENCH_DIR, size);
  const result = { size, root: relative(REPO, root), hugoRoot: relative(REPO, hugoRoot), runs: [], ok: true };
  try {
    Object.assign(result, await ensureSites(size, { repo: REPO, benchDir: BENCH_DIR, seed: args.seed, timeoutSeconds: args.timeoutSeconds, log }));
  } catch (error) {
    log(`  ${error.message}\n`);
    return { ...result, ok: false, error: 'generation failed' };
  }
  // Older runs' outputs are deleted only after the last run: deleting thousands of files keeps this
  // VM's disk (ext4 with online discard) slow for a while, which would land on the next cold build.
  const outputs = [];
  for (let r = 1; r <= args.runs; r++) {
    const out = { baotinh: join(root, `dist-inc-r${r}`), hugo: join(hugoRoot, `public-run${r}`) };
    removeOutput(out.baotinh);
    rmSync(out.hugo, { recursive: true, force: true });
    outputs.push(out);
    log(`  run ${r}/${args.runs} (${r % 2 ? 'baotinh' : 'Hugo'} first)\n`);
    const runResult = await measureRun({ repo: REPO, benchDir: BENCH_DIR, cliModule: CLI_MODULE, size, root, hugoRoot, out, run: r, args, log });
    result.runs.push(runResult);
    if (!runResult.ok) {
      Object.assign(result, { ok: false, error: runResult.error });
      break;
    }
  }
  for (const out of outputs.slice(0, -1)) {
    removeOutput(out.baotinh);
    rmSync(out.hugo, { recursive: true, force: true });
  }
  if (result.ok) result.summary = summarise(result);
  return result;
}

const args = parseArgs(process.argv.slice(2));
if (!existsSync(CLI_MODULE)) {
  process.stderr.write(`bench-incremental: ${relative(REPO, CLI_MODULE)} not found; compile first: npm run compile\n`);
  process.exit(1);
}
if (newestMtime(join(REPO, 'src')) > statSync(CLI_MODULE).mtimeMs) {
  log(`warning: src/ has changed since lib/ was compiled; this measures lib/ (npm run compile to update it)\n`);
}
mkdirSync(BENCH_DIR, { recursive: true });

const results = [];
for (const size of args.sizes) {
  log(`\n## ${size} articles\n`);
  results.push(await benchSize(size, args));
}

const table = markdownTable(results);
const targets = targetLines(results);
log(`\n${table}\n\n${targets.join('\n')}\n`);

const cpus = os.cpus();
const summary = {
  node: process.version,
  platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  cpu: `${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
  totalMemMiB: Math.round(os.totalmem() / 1048576),
  hugo: args.hugoVersion,
  seed: args.seed,
  runs: args.runs,
  commands: {
    baotinh: 'node bin/baotinh.js build --root bench-sites/<size> --out bench-sites/<size>/dist-inc-r<r> [--clean for cold]',
    hugo: args.hugo ? `${args.hugo} --quiet -d public-run<r> (in bench-sites/<size>-hugo)` : null,
  },
  results,
  table,
  targets,
};
writeFileSync(join(BENCH_DIR, 'incremental-results.json'), `${JSON.stringify(summary, null, 2)}\n`);
log(`\nwrote ${relative(REPO, join(BENCH_DIR, 'incremental-results.json'))}\n`);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
