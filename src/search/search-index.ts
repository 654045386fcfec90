// The search index as the build keeps it: every key's postings (document id and where the key is),
// kept from build to build and patched with the articles rendered again, never rebuilt from every
// article (the other articles' text is not read again in an incremental build).
//
// Document ids are the articles' places in date order, oldest first: a new article takes the next id
// and changes nothing else, and the client sorts newest first by id alone. An article whose place
// changed (its date edited, an older one added) renumbers what follows it.
import { sortableKey } from '../browser/assets/search/search-terms.js';
import { byCodePoint } from '../compare.js';
import type { SearchTerms } from './article-terms.js';
import { addFresh, patchEdited, samePostings, wantedPostings, type Postings } from './postings.js';

/** What a result shows: its address (site path), headline, date (YYYY-MM-DD) and snippet text. */
export type Card = readonly [url: string, title: string, date: string, text: string];

export interface IndexedDoc {
  readonly path: string;
  /** What its terms and card were made from (body key and summary key): the same key, the same doc. */
  readonly key: string;
  /** Its card, or where it is in a card file of the kept index (read only when needed: a build that
   *  changed one article does not read 10,000 cards). */
  readonly card: Card | CardRef;
  readonly category: string;
  readonly year: number;
  /** Its headline's and its text's length in syllables. */
  readonly lengths: readonly [number, number];
}

export interface CardRef {
  readonly file: string;
  readonly slot: number;
}

/** Reads a card file of the kept index. */
export type CardReader = (file: string) => readonly Card[];

const noCards: CardReader = (file) => {
  throw new Error(`internal: the card file ${file} was asked for without a reader`);
};

export function cardOf(doc: IndexedDoc, read: CardReader): Card {
  return isCard(doc.card) ? doc.card : read(doc.card.file)[doc.card.slot]!;
}

function isCard(card: Card | CardRef): card is Card {
  return Array.isArray(card);
}


export interface SearchIndex {
  readonly docs: IndexedDoc[];
  /** Key → postings, sorted by document id. */
  readonly postings: Map<string, Postings>;
  /** Every key, in shard order (sortKeys). */
  readonly keys: string[];
  /** Keys whose postings changed since the index was loaded (or 'all'). */
  readonly dirty: Set<string> | 'all';
  /** Documents whose card changed or moved (ids), or 'all'. */
  readonly movedDocs: Set<number> | 'all';
}

export function emptyIndex(): SearchIndex {
  return { docs: [], postings: new Map(), keys: [], dirty: 'all', movedDocs: 'all' };
}

/** What one article is now. */
export interface DocNow {
  readonly path: string;
  /** Undefined: the one on record (a shortcut's unedited articles; the index must have them). */
  readonly key: string | undefined;
  /** Its card, category and year, when it was rendered in this build (else taken from the index). */
  readonly doc?: Omit<IndexedDoc, 'path' | 'key' | 'lengths'>;
}

/**
 * The index of `order` (content paths, oldest first) from `previous`: a document whose key is the
 * one on record keeps its postings (renumbered if it moved); any other needs its keys in `terms`
 * (what the article stage collected; a later part wins) and its `doc`. Returns the paths lacking
 * them, if any (the caller renders those and asks again).
 */
export function updateIndex(previous: SearchIndex, order: readonly DocNow[], terms: readonly SearchTerms[] = [], readCards: CardReader = noCards): { index: SearchIndex } | { missing: string[] } {
  const before = new Map(previous.docs.map((d, id) => [d.path, id]));
  const termsOf = new Map<string, readonly [number, number]>();
  terms.forEach((part, p) => part.paths.forEach((path, local) => termsOf.set(path, [p, local])));
  const kept = (now: DocNow, id: number | undefined): id is number => id !== undefined && (now.key === undefined || previous.docs[id]!.key === now.key);
  const missing = order.filter((d) => !kept(d, before.get(d.path)) && (!termsOf.has(d.path) || !d.doc || d.key === undefined));
  if (missing.length) return { missing: missing.map((d) => d.path) };

  // Old id → new id, or -1: gone, or made again from its new terms.
  const renumber = new Int32Array(previous.docs.length).fill(-1);
  const docs: IndexedDoc[] = [];
  // Each part's articles → their new ids (-1: not taken from this part).
  const freshIds = terms.map((part) => new Int32Array(part.paths.length).fill(-1));
  const movedDocs = new Set<number>();
  let shifted = previous.docs.length !== order.length;
  let fresh = 0;
  let ascending = true;
  let lastKept = -1;
  for (const [id, now] of order.entries()) {
    const old = before.get(now.path);
    if (kept(now, old)) {
      renumber[old] = id;
      docs.push(previous.docs[old]!);
      if (old !== id) {
        shifted = true;
        movedDocs.add(id);
      }
      if (old < lastKept) ascending = false;
      lastKept = old;
    } else {
      const [p, local] = termsOf.get(now.path)!;
      fresh++;
      const part = terms[p]!;
      const doc: IndexedDoc = { path: now.path, key: now.key!, ...now.doc!, lengths: [part.lengths[local * 2]!, part.lengths[local * 2 + 1]!] };
      docs.push(doc);
      freshIds[p]![local] = id;
      // A body edited below its start shows the same card in the same place.
      if (!sameCard(previous.docs[id], doc, readCards)) movedDocs.add(id);
    }
  }
  const gone: number[] = [];
  for (let old = 0; old < renumber.length; old++) if (renumber[old] === -1) gone.push(old);

  const postings = new Map<string, Postings>();
  const dirty = previous.dirty === 'all' ? 'all' : new Set<string>();
  const touch = (key: string): void => {
    if (dirty !== 'all') dirty.add(key);
  };
  if (!shifted && dirty !== 'all' && fresh <= SMALL_EDIT) {
    patchEdited(previous.postings, postings, gone, wantedPostings(terms, freshIds), touch);
    const keys = keysInOrder(previous, postings, dirty);
    return { index: { docs, postings, keys, dirty, movedDocs: previous.movedDocs === 'all' ? 'all' : movedDocs } };
  }
  for (const [key, list] of previous.postings) {
    const kept: number[] = [];
    for (const posting of list) {
      const id = renumber[posting >>> 2]!;
      if (id !== -1) kept.push(id * 4 + (posting & 3));
    }
    if (!ascending) kept.sort((a, b) => a - b);
    if (kept.length !== list.length || kept.some((p, i) => p !== list[i])) touch(key);
    if (kept.length) postings.set(key, Uint32Array.from(kept));
  }
  addFresh(postings, terms, freshIds, touch);
  // A key emptied and filled again with what it had is not changed.
  if (dirty !== 'all') for (const key of dirty) if (samePostings(previous.postings.get(key), postings.get(key))) dirty.delete(key);
  const keys = keysInOrder(previous, postings, dirty);
  return { index: { docs, postings, keys, dirty, movedDocs: previous.movedDocs === 'all' ? 'all' : movedDocs } };
}

/** At most this many articles made again, and none moved: the lists are patched in place (an edit). */
const SMALL_EDIT = 64;

/** The keys in shard order: the previous order with the keys that came and went (few, in an edit). */
function keysInOrder(previous: SearchIndex, postings: ReadonlyMap<string, Postings>, dirty: ReadonlySet<string> | 'all'): string[] {
  if (dirty === 'all') return sortKeys(postings.keys());
  const added = [...dirty].filter((key) => postings.has(key) && !previous.postings.has(key));
  const removed = new Set([...dirty].filter((key) => !postings.has(key)));
  if (added.length + removed.size > 2000) return sortKeys(postings.keys());
  const keys = removed.size ? previous.keys.filter((key) => !removed.has(key)) : [...previous.keys];
  for (const key of added) {
    const sortable = sortableKey(key);
    let low = 0;
    let high = keys.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (byCodePoint(sortableKey(keys[mid]!), sortable) < 0) low = mid + 1;
      else high = mid;
    }
    keys.splice(low, 0, key);
  }
  return keys;
}

function sameCard(a: IndexedDoc | undefined, b: IndexedDoc, read: CardReader): boolean {
  if (a === undefined || a.path !== b.path || a.category !== b.category || a.year !== b.year) return false;
  const before = cardOf(a, read);
  return cardOf(b, read).every((field, i) => field === before[i]);
}

/** Keys in shard order (search-terms.ts sortableKey). */
export function sortKeys(keys: Iterable<string>): string[] {
  const sortable = [...keys].map((key) => [sortableKey(key), key] as const);
  sortable.sort(([a], [b]) => byCodePoint(a, b));
  return sortable.map(([, key]) => key);
}
