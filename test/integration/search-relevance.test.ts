// Site search relevance: the fixture corpus (scripts/search-corpus.mjs) is built with the CLI, then
// every query of scripts/search-queries.mjs goes through the compiled query engine — the very module
// the browser runs — reading the files the build wrote. Each query names the article a reader wants;
// it must be in the top 3 (and above its look-alikes, and quoted phrases must leave out the articles
// that have the words apart). Prints recall@3 and MRR per class; the benchmark (scripts/bench-search.mjs)
// reports the same numbers for Pagefind.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_ARTICLES, articleAt, textOf, urlOfPath, writeSearchCorpus } from '../../scripts/search-corpus.mjs';
import { QUERY_CLASSES, SEARCH_QUERIES, judge, summarise, type QueryClass, type SearchQuery, type Verdict } from '../../scripts/search-queries.mjs';
import { REPO_ROOT, buildSite, describeBuild } from '../helpers/build-site.js';
import { makeTempDir } from '../helpers/temp.js';

// The compiled engine (lib/, what the site publishes), typed by its source.
type Engine = typeof import('../../src/browser/assets/search/search-engine.js');
const ENGINE = path.join(REPO_ROOT, 'lib/browser/assets/search/search-engine.js');
/** Where a build writes the index, under its output folder. */
const INDEX_DIR = 'tim-kiem/chi-muc';

interface Run {
  spec: SearchQuery;
  verdict: Verdict;
  /** Every result's address, best first. */
  urls: string[];
  /** The first results' headlines, for failure messages. */
  top: string[];
}

const runs: Run[] = [];
let cardUrls = new Set<string>();

beforeAll(async () => {
  const root = makeTempDir('search-corpus');
  const out = path.join(makeTempDir('search-out'), 'site');
  writeSearchCorpus(root);
  const built = buildSite({ root, out, args: ['--quiet'] });
  expect(built.code, describeBuild(built)).toBe(0);
  const indexDir = path.join(out, INDEX_DIR);

  const engine = (await import(pathToFileURL(ENGINE).href)) as Engine;
  const load = async (name: string): Promise<unknown> => JSON.parse(readFileSync(path.join(indexDir, name), 'utf8'));
  // Every address the index knows, to check that the corpus computes the ones baotinh makes.
  const directory = await engine.createSearch(load).directory();
  cardUrls = new Set(directory.cards.flatMap((file) => (JSON.parse(readFileSync(path.join(indexDir, file), 'utf8')) as [string][]).map(([url]) => url)));

  for (const spec of SEARCH_QUERIES) {
    // A fresh engine per query, as a reader's page has; every result, so ranks past the first page count.
    const outcome = await engine.createSearch(load).search(spec.query, { ...spec.options, pageSize: 1000 });
    const urls = outcome.results.map((r) => r.url);
    runs.push({ spec, verdict: judge(spec, urls, urlOfPath), urls, top: outcome.results.slice(0, 3).map((r) => `${r.title} (${r.url})`) });
  }
}, 120_000);

/** Marks off, đ as d, lower case, words apart by one space: to check the corpus's premises. */
const folded = (text: string): string => ` ${text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function report(): string {
  const all = summarise(runs);
  const lines = ['class         queries  recall@3   MRR    passed', '-------------------------------------------------'];
  for (const [name, s] of Object.entries(all.classes)) {
    lines.push(`${name.padEnd(13)} ${String(s.queries).padStart(7)}  ${pct(s.recallAt3).padStart(8)}  ${s.mrr.toFixed(3)}  ${s.passed}/${s.queries}`);
  }
  lines.push('-------------------------------------------------');
  lines.push(`${'all'.padEnd(13)} ${String(all.queries).padStart(7)}  ${pct(all.recallAt3).padStart(8)}  ${all.mrr.toFixed(3)}  ${all.passed}/${all.queries}`);
  const failed = runs.filter((r) => !r.verdict.passed);
  if (failed.length) {
    lines.push('', 'not passed:');
    for (const r of failed) lines.push(`  [${r.spec.class}${r.spec.designed === false ? ', not designed for' : ''}] ${JSON.stringify(r.spec.query)}: ${r.verdict.problems.join('; ')}`);
  }
  return lines.join('\n');
}

function explain(r: Run): string {
  return `${JSON.stringify(r.spec.query)} → expected ${r.spec.expected} (${articleAt(r.spec.expected).title}): ${r.verdict.problems.join('; ')}\n    top 3: ${r.top.join(' | ') || '(nothing)'}`;
}

describe('site search relevance on the fixture corpus', () => {
  it('the corpus and the queries agree with the build: every named article exists and has the address the corpus computes', () => {
    expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(cardUrls.size).toBe(SEARCH_ARTICLES.length);
    for (const spec of SEARCH_QUERIES) {
      for (const named of [spec.expected, ...(spec.above ?? []), ...(spec.excluded ?? [])]) {
        expect(cardUrls.has(urlOfPath(named)), `${spec.query}: ${named} → ${urlOfPath(named)} is not in the index`).toBe(true);
      }
    }
  });

  it('the quoted phrases are in the expected articles and not in the excluded ones (the near misses are real)', () => {
    for (const spec of SEARCH_QUERIES.filter((s) => s.class === 'quoted')) {
      const phrase = folded(/["“”]([^"“”]+)["“”]/.exec(spec.query)![1]!);
      expect(folded(textOf(articleAt(spec.expected))), `${spec.query}: not in ${spec.expected}`).toContain(phrase);
      for (const other of spec.excluded ?? []) {
        const text = folded(textOf(articleAt(other)));
        expect(text, `${spec.query}: ${other} has the phrase`).not.toContain(phrase);
        for (const word of phrase.trim().split(' ')) expect(text, `${spec.query}: ${other} lacks "${word}"`).toContain(` ${word} `);
      }
    }
  });

  it('recall@3 is at least 95% over all queries', () => {
    console.log(`\nSite search relevance (${runs.length} queries, ${SEARCH_ARTICLES.length} articles):\n${report()}\n`);
    const all = summarise(runs);
    expect(all.recallAt3, report()).toBeGreaterThanOrEqual(0.95);
    expect(all.mrr, report()).toBeGreaterThan(0.8);
  });

  describe.each(Object.keys(QUERY_CLASSES) as QueryClass[])('class %s', (name) => {
    it(`every query the engine is designed for passes (${name}: ${QUERY_CLASSES[name]})`, () => {
      const mine = runs.filter((r) => r.spec.class === name);
      expect(mine.length, `no query of class ${name}`).toBeGreaterThan(0);
      const failed = mine.filter((r) => r.spec.designed !== false && !r.verdict.passed);
      expect(failed.map(explain), failed.map(explain).join('\n')).toEqual([]);
    });
  });

  it('the scoring is not vacuous: the same results judged against a look-alike article fail', () => {
    const run = runs.find((r) => r.spec.query === 'đường' && r.verdict.passed);
    expect(run, 'the query "đường" did not pass').toBeDefined();
    // The engine's own ranking for "đường", judged as if the reader had wanted the "tuyên dương" article.
    const lookAlike = run!.spec.above![0]!;
    const wrong: SearchQuery = { ...run!.spec, expected: lookAlike, above: [run!.spec.expected] };
    expect(judge(wrong, run!.urls, urlOfPath).passed).toBe(false);
    expect(judge(run!.spec, run!.urls.filter((u) => u !== urlOfPath(run!.spec.expected)), urlOfPath).passed).toBe(false);
  });
});
