// The two sites of one size for scripts/bench-incremental.mjs, generated once and kept:
//   bench-sites/<size>        the baotinh site (scripts/generate-articles.mjs)
//   bench-sites/<size>-hugo   the same articles as a Hugo project (scripts/hugo-site.mjs)
// bench-sites/.incremental-<size>.json remembers what they were made from (seed, count, a
// fingerprint of the files) and whether a run's edits were still in place when it stopped: any
// mismatch (another seed, bench-build.mjs regenerating with other arguments, a killed run) means
// both are made again, so a run always starts from the pristine generated articles.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { makeHugoSite } from './hugo-site.mjs';
import { run } from './bench-process.mjs';

/** Where the sites of one size live, and the record of what they were made from. */
export function sitePaths(benchDir, size) {
  return {
    root: join(benchDir, String(size)),
    hugoRoot: join(benchDir, `${size}-hugo`),
    record: join(benchDir, `.incremental-${size}.json`),
  };
}

/** Names and sizes of the articles plus the configuration: enough to notice regeneration or a left-over edit. */
export function fingerprint(root) {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(root, 'baotinh.config.yaml')));
  const dir = join(root, 'content', 'bai-viet');
  for (const name of readdirSync(dir).sort()) hash.update(`${name}\0${statSync(join(dir, name)).size}\n`);
  hash.update(existsSync(join(root, 'templates')) ? `templates:${readdirSync(join(root, 'templates')).sort().join(',')}` : 'no templates');
  return hash.digest('hex');
}

const hugoSourceHash = (repo) => createHash('sha256').update(readFileSync(join(repo, 'scripts', 'hugo-site.mjs'))).digest('hex');

function readRecord(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

export function writeRecord(file, record) {
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
}

/** Both sites ready and pristine; regenerates what is missing or stale. Returns seconds spent. */
export async function ensureSites(size, { repo, benchDir, seed, timeoutSeconds, log }) {
  const { root, hugoRoot, record: recordFile } = sitePaths(benchDir, size);
  const record = readRecord(recordFile);
  const timings = { generateSeconds: 0, hugoSiteSeconds: 0 };
  const fresh = record && !record.pending && record.seed === seed && record.count === size
    && existsSync(join(root, 'content', 'bai-viet')) && !existsSync(join(root, 'templates'))
    && record.fingerprint === fingerprint(root);
  let siteFingerprint = fresh ? record.fingerprint : null;
  if (!fresh) {
    log(`  generating ${relative(repo, root)} (${size} articles, seed ${seed}) …\n`);
    const gen = await run(process.execPath, [join(repo, 'scripts', 'generate-articles.mjs'), '--count', String(size), '--out', relative(repo, root), '--seed', String(seed)], { cwd: repo, timeoutSeconds });
    if (gen.code !== 0) throw new Error(`generating ${relative(repo, root)} failed (exit ${gen.code ?? gen.signal})\n${gen.stderr}`);
    log(`  ${gen.stdout.trim()}\n`);
    timings.generateSeconds = gen.seconds;
    siteFingerprint = fingerprint(root);
  }
  const hugoHash = hugoSourceHash(repo);
  const hugoFresh = fresh && record.hugoSource === hugoHash && existsSync(join(hugoRoot, 'hugo.toml'));
  if (!hugoFresh) {
    log(`  writing the Hugo copy ${relative(repo, hugoRoot)} …\n`);
    const started = process.hrtime.bigint();
    makeHugoSite(root, hugoRoot);
    timings.hugoSiteSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  }
  writeRecord(recordFile, { seed, count: size, fingerprint: siteFingerprint, hugoSource: hugoHash, pending: false });
  return timings;
}

/** Marks the sites as edited (set before the first edit of a run, cleared after the restore). */
export function markPending(benchDir, size, pending) {
  const { record: recordFile } = sitePaths(benchDir, size);
  const record = readRecord(recordFile) ?? {};
  writeRecord(recordFile, { ...record, pending });
}
