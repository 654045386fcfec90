// The search stage: the kept index patched with the articles rendered in this build, its changed
// files written to the cache, and what the writing stage copies into the new version (like photos:
// a file whose key is the one on record is kept as published, so an edit rewrites only the shards
// it touched). The kept index is saved once the version is published.
import type { BuildRun } from '../build-run.js';
import type { ResolvedConfig } from '../config.js';
import type { ArticleSummary } from '../content/article.js';
import { hashOf } from '../incremental/hash.js';
import { toLocalTime } from '../vi/dates.js';
import type { SearchTerms } from './article-terms.js';
import type { RenderEntry } from '../content/article-stage.js';
import { emptyLayout, indexFiles, type IndexFile } from './index-files.js';
import { indexFilePath, loadIndex, publishIndex, searchFolder, writeIndexFiles, writePendingIndex } from './index-store.js';
import { emptyIndex, updateIndex, type Card, type DocNow, type SearchIndex } from './search-index.js';
import { readFileSync } from 'node:fs';
import { collectAfterLargeWork } from '../parallel/heap-guard.js';

/** The folder of the index files under the search page, and its directory's name. */
export const INDEX_FOLDER = 'chi-muc/';
export const DIRECTORY_FILE = 'index.json';

export interface SearchOutputs {
  /** Files to copy into the version: cache file, output path, key. */
  readonly copies: readonly (readonly [string, string, string])[];
  /** Writes the files made now into the cache (called once the output is known to be writable: a
   *  refused build leaves nothing behind). */
  readonly write: () => Promise<void>;
  /** An index file of an earlier version, superseded by one of this version's (named by content):
   *  not counted as removed from the site. */
  readonly replaced: (output: string) => boolean;
  /** Keeps the index for the next build; called once the version is published. */
  readonly save: (version: string) => Promise<void>;
}

export interface SearchInputs {
  readonly config: ResolvedConfig;
  /** This output's index folder in the cache (index-store.ts searchFolder). */
  readonly folder: string;
  /** Whether the kept index is used (not with --clean or a build that keeps no state), and a new one kept. */
  readonly reuse: boolean;
  readonly keep: boolean;
  readonly codeKey: string;
  /** Every published article, oldest first. */
  readonly docs: readonly DocNow[];
  /** The keys of the articles rendered in this build: emptied once the index is made from them. */
  readonly terms: SearchTerms[];
  /** The index may be taken only if it was saved with this published version (a shortcut trusts
   *  the keys on record instead of checking each). */
  readonly version?: string;
}

/** The output path of the index's directory, e.g. "tim-kiem/chi-muc/index.json". */
export function directoryOutput(config: ResolvedConfig): string {
  return `${config.search.path.slice(1)}${INDEX_FOLDER}${DIRECTORY_FILE}`;
}

export async function planSearch(inputs: SearchInputs): Promise<SearchOutputs | { missing: string[] }> {
  const { config, folder } = inputs;
  const key = hashOf('search', inputs.codeKey, config.timeZone);
  const loaded = inputs.reuse ? await loadIndex(folder, key) : undefined;
  if (inputs.version !== undefined && loaded?.version !== inputs.version) return { missing: inputs.docs.map((d) => d.path) };
  try {
    return indexAndFiles(inputs, key, loaded);
  } catch (error) {
    // A kept card file damaged since it was checked: made again without the kept index.
    if (!loaded || !(error instanceof SyntaxError || (error as NodeJS.ErrnoException).code === 'ENOENT')) throw error;
    return inputs.version !== undefined ? { missing: inputs.docs.map((d) => d.path) } : indexAndFiles(inputs, key, undefined);
  }
}

function indexAndFiles(inputs: SearchInputs, key: string, kept: Awaited<ReturnType<typeof loadIndex>>): SearchOutputs | { missing: string[] } {
  const { config, folder } = inputs;
  // The kept cards are read from their files, each once, when one is needed.
  const cardFiles = new Map<string, readonly Card[]>();
  const readCards = (file: string): readonly Card[] => {
    let cards = cardFiles.get(file);
    if (!cards) cardFiles.set(file, (cards = JSON.parse(readFileSync(indexFilePath(folder, file), 'utf8')) as Card[]));
    return cards;
  };
  const updated = updateIndex(kept?.index ?? emptyIndex(), inputs.docs, inputs.terms, readCards);
  if ('missing' in updated) return updated;
  const { index } = updated;
  // The keys go before the files are made: at 10,000 articles they are 70 MB, the rest of the
  // stage's peak. A large site collects them now (a tenth of a second there), not after the pages.
  inputs.terms.length = 0;
  collectAfterLargeWork(inputs.docs.length);
  const categories = config.categories.map((c) => [c.slug, c.name] as const);
  const made = indexFiles(index, kept?.layout ?? emptyLayout, { categories }, { readCards });
  cardFiles.clear();
  const directoryName = `index-${hashOf(made.directory).slice(0, 12)}.json`;
  const outputFolder = `${config.search.path.slice(1)}${INDEX_FOLDER}`;
  const names = [...made.layout.shards.map(([, , , file]) => file), ...made.layout.cards];
  const copies = [
    ...names.map((name) => [indexFilePath(folder, name), `${outputFolder}${name}`, `search:${name}`] as const),
    [indexFilePath(folder, directoryName), directoryOutput(config), `search:${directoryName}`] as const,
  ];
  // Held until written, then let go: the pages render without the index in memory.
  let pending: { index: SearchIndex; files: IndexFile[] } | undefined = { index, files: [...made.files, { name: directoryName, content: Buffer.from(made.directory) }] };
  let headerFile: string | undefined;
  const keepFiles = new Set([...names, directoryName]);
  // Not `inputs`: it holds the articles' keys, which must go once the index is made.
  const { keep } = inputs;
  const { layout } = made;
  return {
    copies,
    replaced: (output) => output.startsWith(outputFolder) && /^[kd]-[0-9a-f]{12}\.json$/.test(output.slice(outputFolder.length)),
    write: async () => {
      if (!pending) return;
      await writeIndexFiles(folder, pending.files);
      if (keep) headerFile = await writePendingIndex(folder, key, pending.index, layout);
      pending = undefined;
    },
    save: async (version) => {
      if (headerFile) await publishIndex(folder, headerFile, version, keepFiles);
    },
  };
}

/** Where and how a build keeps its index: per output folder, as the build state is kept. */
export function searchSetup(run: Pick<BuildRun, 'options' | 'dirs' | 'memo'>): Pick<SearchInputs, 'folder' | 'reuse' | 'keep' | 'codeKey'> {
  const use = run.options.writer ? 'none' : run.options.state ?? 'reuse';
  return { folder: searchFolder(run.dirs.cache, run.dirs.out), reuse: use === 'reuse', keep: use !== 'none', codeKey: run.memo.codeKey };
}

/** What the index needs of an article rendered in this build (its card, category, year). */
export function docOf(path: string, key: string, article: ArticleSummary, searchText: string | undefined, config: ResolvedConfig): DocNow {
  if (searchText === undefined) return { path, key };
  const t = toLocalTime(article.meta.date.epochMs, config.timeZone);
  const date = `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
  return { path, key, doc: { card: [article.url, article.meta.title, date, searchText], category: article.meta.category, year: t.year } };
}

/** What a render gave the index: each article's snippet text, and the stage's keys (taken at once,
 *  so a thread frees them). */
export interface FreshSearch {
  readonly texts: Map<string, string>;
  readonly terms: SearchTerms[];
}

export async function freshSearch(entries: readonly RenderEntry[], take: () => Promise<SearchTerms[]>): Promise<FreshSearch> {
  const texts = new Map(entries.flatMap((e) => (e.searchText !== undefined ? [[e.contentPath, e.searchText] as const] : [])));
  return { texts, terms: texts.size ? await take() : [] };
}

/** The key an article's document is made under: its body and what it shows of itself. */
export function docKeyOf(bodyKey: string, summaryKey: string): string {
  return hashOf(bodyKey, summaryKey);
}

