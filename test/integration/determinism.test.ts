// Deterministic by construction: the same sources give the same bytes, whatever order the file system
// lists them in, whichever photo cache is warm, however many threads render. Each test compares every
// file of two complete builds (the list and the bytes) and names the first files that differ.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type BuildReport } from '../../src/build.js';
import { determinismSiteFiles } from '../fixtures/determinism-site.js';
import { makeSite } from '../fixtures/make-site.js';
import { createRandom } from '../fuzz/random.js';
import { listTree } from '../fuzz/tree.js';
import { buildSite, describeBuild, REPO_ROOT } from '../helpers/build-site.js';
import { makeTempDir } from '../helpers/temp.js';

const NOW = Date.UTC(2024, 0, 1);

function shuffled(seed: number): (paths: readonly string[]) => string[] {
  return (paths) => {
    const r = createRandom(seed);
    const out = [...paths];
    for (let i = out.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
}

/** Where two output folders differ: missing and extra files, then the first differing bytes of each file. */
function differences(a: string, b: string): string[] {
  const filesA = listTree(a);
  const filesB = new Set(listTree(b));
  const found: string[] = [];
  for (const f of filesA) if (!filesB.has(f)) found.push(`only in the first build: ${f}`);
  for (const f of filesB) if (!filesA.includes(f)) found.push(`only in the second build: ${f}`);
  for (const f of filesA.filter((x) => filesB.has(x))) {
    const x = readFileSync(path.join(a, f));
    const y = readFileSync(path.join(b, f));
    if (x.equals(y)) continue;
    let at = 0;
    while (at < x.length && x[at] === y[at]) at++;
    const around = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, at - 60), at + 60).toString('utf8'));
    found.push(`${f} differs at byte ${at}:\n    ${around(x)}\n    ${around(y)}`);
  }
  return found;
}

async function buildInto(root: string, out: string, discoveryOrder: (paths: readonly string[]) => string[]): Promise<BuildReport> {
  const report = await build({ root, outDir: out, now: NOW, jobs: 1, discoveryOrder });
  expect(report.diagnostics.filter((d) => d.severity === 'error'), 'the fixture site builds').toEqual([]);
  return report;
}

describe('deterministic output', () => {
  it('two builds with separate photo caches and shuffled discovery orders are byte-identical', async () => {
    const files = await determinismSiteFiles();
    // Two copies of the site: two photo caches, both cold, and two project paths.
    const [siteA, siteB] = [makeSite(files), makeSite(files)];
    const outs = makeTempDir('determinism');
    const a = await buildInto(siteA, path.join(outs, 'a'), (paths) => [...paths].reverse());
    const b = await buildInto(siteB, path.join(outs, 'b'), shuffled(20240811));
    expect(a.images?.encoded, 'the first build encoded its photos').toBeGreaterThan(0);
    expect(b.images?.encoded, 'so did the second, from its own cache').toBeGreaterThan(0);
    expect(listTree(path.join(outs, 'a')).filter((f) => f.startsWith('media/')).length).toBeGreaterThan(6);
    expect(differences(path.join(outs, 'a'), path.join(outs, 'b'))).toEqual([]);
  }, 60_000);

  it('the comparison sees a change: a discovery order that drops one article changes the output', async () => {
    const root = makeSite(await determinismSiteFiles());
    const outs = makeTempDir('determinism');
    await buildInto(root, path.join(outs, 'all'), (paths) => [...paths]);
    await buildInto(root, path.join(outs, 'fewer'), (paths) => paths.filter((p) => !p.endsWith('bai-013.md')));
    expect(differences(path.join(outs, 'all'), path.join(outs, 'fewer')).length).toBeGreaterThan(0);
  }, 60_000);
});

/** The jobs test runs the compiled CLI (threads load lib/); refuse to test an old lib/ as if it were src/. */
function staleCompiledFiles(): string[] {
  const src = path.join(REPO_ROOT, 'src');
  return readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .filter((f) => {
      const compiled = path.join(REPO_ROOT, 'lib', f.replace(/\.ts$/, '.js'));
      const stat = statSync(compiled, { throwIfNoEntry: false });
      return !stat || stat.mtimeMs < statSync(path.join(src, f)).mtimeMs;
    });
}

describe('deterministic output across threads', () => {
  it('--jobs 1 and --jobs 2 give byte-identical output (160 articles with photos, separate caches)', async () => {
    const stale = staleCompiledFiles();
    expect(stale, 'lib/ is older than src/ for these files: run `npm run compile` (npm test does)').toEqual([]);
    // More than MIN_ARTICLES_PER_THREAD (150) articles, so --jobs 2 really starts a second thread.
    const files = await determinismSiteFiles(160);
    const [siteA, siteB] = [makeSite(files), makeSite(files)];
    const outs = makeTempDir('determinism-jobs');
    const one = buildSite({ root: siteA, out: path.join(outs, 'one'), args: ['--jobs', '1', '--quiet'], timeoutMs: 120_000 });
    expect(one.code, describeBuild(one)).toBe(0);
    const two = buildSite({ root: siteB, out: path.join(outs, 'two'), args: ['--jobs', '2', '--quiet'], timeoutMs: 120_000 });
    expect(two.code, describeBuild(two)).toBe(0);
    expect(listTree(path.join(outs, 'one')).filter((f) => f.endsWith('.html')).length).toBeGreaterThan(160);
    expect(differences(path.join(outs, 'one'), path.join(outs, 'two'))).toEqual([]);
    // The worker given its pages in many small messages (2,000 each in a real build) writes the same.
    const siteC = makeSite(files);
    const parts = buildSite({ root: siteC, out: path.join(outs, 'parts'), args: ['--jobs', '2', '--quiet'], timeoutMs: 120_000, env: { BAOTINH_TEST_PAGES_PER_MESSAGE: '7' } });
    expect(parts.code, describeBuild(parts)).toBe(0);
    expect(differences(path.join(outs, 'one'), path.join(outs, 'parts'))).toEqual([]);
  }, 240_000);
});
