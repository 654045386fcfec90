// The index as the reader's browser fetches it: a small directory at a fixed address, key shards
// and result cards named by their content (cached for good), so a query fetches the directory, the
// shard or two its syllables are in and the cards of the results shown.
//
// A phrase in many headlines also carries the cards of its first headlines (leads.ts).
//
// Shards are cut where the keys say, not where a running total says: after a group (a folded syllable
// and its pairs) when a hash of the group, weighed by the group's size, falls under a threshold. An
// edit then changes only the shards of the keys it changed; a running total would move every cut
// after the first key that grew.
import { createHash } from 'node:crypto';
import { CODE_ALPHABET as ALPHABET, groupOf } from '../browser/assets/search/search-terms.js';
// Escaped as for a <script> element: nothing in an index file reads as markup, whoever opens it.
import { jsonForScript } from '../machine/xml.js';
import { IN_TITLE } from './article-terms.js';
import { LEAD_WEIGHT, LEADS, leadFinder, leadJson, type LeadFinder } from './leads.js';
import { cardOf, type CardReader, type SearchIndex } from './search-index.js';

/** About this many postings and key characters per shard: some 25-35 KB gzipped. A shard is cut at
 *  the next pair key past three times this, even inside a group (its syllables stay together). */
const SHARD_WEIGHT = 12_000;
/** Results' cards come in files of this many documents, by id (newest last). A page of 10 results
 *  in relevance order has its cards in 8-10 files at 10,000 articles, whatever their size: at 50 a
 *  file (7.7 KB gzipped) that was 62 KB of a 109 KB query, at 20 about 25 KB. Newest first, they
 *  are in one or two files. 100,000 articles make 5,000 files. */
export const CARDS_PER_FILE = 20;

/** Where the last build cut the keys and named the files: what can be kept as it is. */
export interface IndexLayout {
  /** First key, last key, key count and file of each shard, in key order. */
  readonly shards: readonly (readonly [string, string, number, string])[];
  /** File of each chunk of cards. */
  readonly cards: readonly string[];
  readonly docCount: number;
}

export const emptyLayout: IndexLayout = { shards: [], cards: [], docCount: 0 };

export interface IndexFile {
  readonly name: string;
  /** UTF-8 at once: a shard's JSON with Vietnamese keys is a two-byte string, twice its file. */
  readonly content: Buffer;
}

export interface DirectoryInfo {
  readonly categories: readonly (readonly [slug: string, name: string])[];
}

/**
 * The files of `index`: the shards and card chunks that changed since `previous` (new names), the
 * layout naming every file, and the directory (`index.json`), which is made every time.
 */
export interface IndexFileOptions {
  /** Postings and key characters per shard (tests use small shards). */
  readonly shardWeight?: number;
  /** Headlines that make a pair key carry leads, and leads per written form (LEADS). */
  readonly leads?: number;
  /** Reads the cards of documents kept from the last build. */
  readonly readCards?: CardReader;
}

export function indexFiles(index: SearchIndex, previous: IndexLayout, info: DirectoryInfo, options: IndexFileOptions = {}): { layout: IndexLayout; files: IndexFile[]; directory: string } {
  const { shardWeight = SHARD_WEIGHT, readCards } = options;
  const leads = leadFinder(index, options.leads ?? LEADS);
  const files: IndexFile[] = [];
  const named = (prefix: string, text: string): string => {
    const content = Buffer.from(text);
    const name = `${prefix}-${createHash('sha256').update(content).digest('hex').slice(0, 12)}.json`;
    files.push({ name, content });
    return name;
  };
  const byFirst = new Map(previous.shards.map((s) => [s[0], s]));
  const shards = cutShards(index, shardWeight, leads).map(([from, to]): readonly [string, string, number, string] => {
    const first = index.keys[from]!;
    const last = index.keys[to - 1]!;
    const kept = keptShard(byFirst, index, from, to, leads);
    if (kept) return kept;
    return [first, last, to - from, named('k', shardJson(index, from, to, leads, readCards))];
  });

  const cards: string[] = [];
  for (let from = 0; from < index.docs.length; from += CARDS_PER_FILE) {
    const to = Math.min(index.docs.length, from + CARDS_PER_FILE);
    const chunk = from / CARDS_PER_FILE;
    const old = previous.cards[chunk];
    const sizeThen = Math.min(CARDS_PER_FILE, previous.docCount - from);
    const changed = index.movedDocs === 'all' || !old || sizeThen !== to - from || [...index.movedDocs].some((id) => id >= from && id < to);
    cards.push(changed ? named('d', jsonForScript(index.docs.slice(from, to).map((d) => cardOf(d, readCards!)))) : old);
  }

  const categoryIndex = new Map(info.categories.map(([slug], i) => [slug, i]));
  const width = info.categories.length <= ALPHABET.length ? 1 : 2;
  const code = (i: number): string => (width === 1 ? ALPHABET[i]! : ALPHABET[Math.floor(i / ALPHABET.length)]! + ALPHABET[i % ALPHABET.length]!);
  const years: [number, number][] = [];
  index.docs.forEach((d, id) => {
    if (years[years.length - 1]?.[0] !== d.year) years.push([d.year, id]);
  });
  const directory = jsonForScript({
    v: 1,
    docs: index.docs.length,
    shards: shards.map(([first, , , file]) => [first, file]),
    cardsPerFile: CARDS_PER_FILE,
    cards,
    categories: info.categories,
    // Each document's category as one character (two past 64 categories), by id.
    categoryWidth: width,
    docCategories: index.docs.map((d) => code(categoryIndex.get(d.category) ?? 0)).join(''),
    // Each document's headline length (syllables, at most 63) and text length (a step per ~9% more),
    // one character each (textLengthStep): a match in a short headline or text weighs more.
    docLengths: index.docs.map((d) => ALPHABET[Math.min(63, d.lengths[0])]! + ALPHABET[textLengthStep(d.lengths[1])]!).join(''),
    years,
  });
  return { layout: { shards, cards, docCount: index.docs.length }, files, directory };
}

/** A shard's JSON, written out directly: [[key, ids, headline ids?, leads?], …], ids as differences,
 *  leads as [id, url, title, date, text]. (Arrays of arrays of numbers, then JSON.stringify, made a
 *  tenth of a build's garbage.) */
function shardJson(index: SearchIndex, from: number, to: number, leads: LeadFinder, readCards: CardReader | undefined): string {
  const parts: string[] = [];
  for (let i = from; i < to; i++) {
    const key = index.keys[i]!;
    const list = index.postings.get(key)!;
    let all = '';
    let title = '';
    let lastAll = 0;
    let lastTitle = 0;
    for (let j = 0; j < list.length; j++) {
      const posting = list[j]!;
      const id = posting >>> 2;
      all += j === 0 ? `${id}` : `,${id - lastAll}`;
      lastAll = id;
      if (posting & IN_TITLE) {
        title += title === '' ? `${id - lastTitle}` : `,${id - lastTitle}`;
        lastTitle = id;
      }
    }
    const lead = leads.of(key);
    const cards = lead ? `,[${lead.map((id) => leadJson(id, cardOf(index.docs[id]!, readCards!), key)).join(',')}]` : '';
    parts.push(`[${jsonForScript(key)},[${all}]${title === '' ? '' : `,[${title}]`}${cards}]`);
  }
  return `[${parts.join(',')}]`;
}

/** A text length as one of 64 steps, logarithmic: 10 → 11, 100 → 28, 1,000 → 48, 5,000+ → 62
 *  (the engine reads it back as 4 × (2^(step / 6) − 1)). */
function textLengthStep(syllables: number): number {
  return Math.min(63, Math.round(6 * Math.log2(1 + syllables / 4)));
}


/** The shard a previous build made of exactly these keys, none of them changed since. */
function keptShard(byFirst: ReadonlyMap<string, IndexLayout['shards'][number]>, index: SearchIndex, from: number, to: number, leads: LeadFinder): readonly [string, string, number, string] | undefined {
  if (index.dirty === 'all') return undefined;
  const first = index.keys[from]!;
  const old = byFirst.get(first);
  // A key removed from the range (or added to it) changes its count.
  if (!old || old[1] !== index.keys[to - 1] || old[2] !== to - from) return undefined;
  for (let i = from; i < to; i++) if (index.dirty.has(index.keys[i]!) || leads.changed(index.keys[i]!)) return undefined;
  return old;
}

/** Key ranges [from, to) of the shards. */
function cutShards(index: SearchIndex, shardWeight: number, leads: LeadFinder): [number, number][] {
  const ranges: [number, number][] = [];
  let from = 0;
  let weight = 0;
  let groupWeight = 0;
  const { keys } = index;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const w = index.postings.get(key)!.length + key.length + LEAD_WEIGHT * leads.expected(key);
    // A heavy shard is cut before a pair key (a group's syllables stay together).
    if (weight >= 3 * shardWeight && key.includes(' ')) {
      ranges.push([from, i]);
      from = i;
      weight = 0;
    }
    weight += w;
    groupWeight += w;
    const group = groupOf(key);
    const next = keys[i + 1];
    if (next === undefined || groupOf(next) !== group) {
      if (next === undefined || cutAfter(group, groupWeight / shardWeight)) {
        ranges.push([from, i + 1]);
        from = i + 1;
        weight = 0;
      }
      groupWeight = 0;
    }
  }
  return ranges;
}

/** Whether the shards are cut after this group: with a chance of its share of a shard's weight. */
function cutAfter(group: string, share: number): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < group.length; i++) h = Math.imul(h ^ group.charCodeAt(i), 0x01000193) >>> 0;
  return (h % 65_536) / 65_536 < share;
}
