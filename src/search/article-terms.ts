// Articles' search keys, collected where their bodies are rendered (the article stage, maybe a
// thread): the syllables of each headline, lead and body in their exact form, and the pairs of
// adjacent syllables (folded) that phrases are matched with. A thread hands over one small index of
// its own (keys, and per key its articles), not a list of keys per article: at 10,000 articles that
// was 120 MB of strings held until the index was made.
import { eachSyllableAt, exactForm, foldForm } from '../browser/assets/search/search-terms.js';
import { singleSpaced } from '../sources/read-text.js';

/** The key is in the headline (else only in the lead or the body). */
export const IN_TITLE = 2;
export const IN_TEXT = 1;

/** How much of the article a result shows to find the match in (lead, then the body's start). */
const SNIPPET_TEXT = 480;

/** The keys of the articles a stage rendered, as streams: article `i` of `paths` has the entries
 *  from docEnds[i - 1] (0 for the first) to docEnds[i]; an entry is a key (its index in `keys`) and
 *  where the key is (IN_TITLE | IN_TEXT). A path rendered twice is there twice: the last counts. */
export interface SearchTerms {
  readonly paths: readonly string[];
  readonly keys: readonly string[];
  readonly docEnds: Uint32Array;
  readonly keyOf: Uint32Array;
  readonly places: Uint8Array;
  /** Each article's headline length and text length, in syllables (ranking weighs a match by them). */
  readonly lengths: Uint32Array;
}

export interface TermsCollector {
  /** Collects an article's keys; returns the text its results' snippets are cut from. */
  add(path: string, title: string, lead: string | undefined, body: string): string;
  /** What was collected since the last call. */
  take(): SearchTerms;
}

/** Streams grow by doubling from this many entries. */
const FIRST_CAPACITY = 64 * 1024;

/** Pairs are numbered first syllable × PAIR_BASE + second (folded syllables numbered per thread):
 *  a small integer, the cheapest key a Map has. */
const PAIR_BASE = 2 ** 15;

export function createTermsCollector(): TermsCollector {
  // Key numbers: exact forms by their text, pairs by their two folded syllables' numbers (no string
  // per pair met: a text has a pair per word, an article a few hundred distinct ones).
  let keyIndex = new Map<string, number>();
  let pairIndex = new Map<number, number>();
  let foldIds = new Map<string, number>();
  let foldNames: string[] = [];
  let keys: string[] = [];
  // Each written word (lower case) met, once: its exact form's key and its folded syllable's number,
  // so a word costs one lookup however often it comes back.
  let wordSlots = new Map<string, number>();
  let slotKeys: number[] = [];
  let slotFolds: number[] = [];
  let paths: string[] = [];
  let docEnds: number[] = [];
  let lengths: number[] = [];
  let keyOf = new Uint32Array(FIRST_CAPACITY);
  let places = new Uint8Array(FIRST_CAPACITY);
  let used = 0;
  // Per key, the article (its number) that last met it and where: the article's entries are
  // [used, used + touched) in keyOf, in the order the keys were first met.
  let seenIn = new Int32Array(1024).fill(-1);
  let seenAt = new Uint32Array(1024);
  const numbered = (key: string): number => {
    let k = keyIndex.get(key);
    if (k === undefined) {
      k = keys.length;
      keyIndex.set(key, k);
      keys.push(key);
      if (k >= seenIn.length) {
        const grownIn = new Int32Array(seenIn.length * 2).fill(-1);
        grownIn.set(seenIn);
        const grownAt = new Uint32Array(seenIn.length * 2);
        grownAt.set(seenAt);
        seenIn = grownIn;
        seenAt = grownAt;
      }
    }
    return k;
  };
  const foldId = (word: string): number => {
    const folded = foldForm(word);
    let id = foldIds.get(folded);
    if (id === undefined) {
      id = foldNames.length;
      foldIds.set(folded, id);
      foldNames.push(folded);
    }
    return id;
  };
  const pairNumbered = (first: number, second: number): number => {
    // Past 2^15 folded syllables in one thread (numbers, names), pairs are numbered by their text.
    if (first >= PAIR_BASE || second >= PAIR_BASE) return numbered(`${foldNames[first]} ${foldNames[second]}`);
    const code = first * PAIR_BASE + second;
    let k = pairIndex.get(code);
    if (k === undefined) {
      k = numbered(`${foldNames[first]} ${foldNames[second]}`);
      pairIndex.set(code, k);
    }
    return k;
  };
  return {
    add(path, title, lead, body) {
      const article = docEnds.length;
      const grow = (): void => {
        const capacity = keyOf.length * 2;
        const grownKeys = new Uint32Array(capacity);
        grownKeys.set(keyOf.subarray(0, used));
        const grownPlaces = new Uint8Array(capacity);
        grownPlaces.set(places.subarray(0, used));
        keyOf = grownKeys;
        places = grownPlaces;
      };
      const mark = (k: number, place: number): void => {
        if (seenIn[k] === article) {
          places[seenAt[k]!]! |= place;
          return;
        }
        if (used === keyOf.length) grow();
        seenIn[k] = article;
        seenAt[k] = used;
        keyOf[used] = k;
        places[used++] = place;
      };
      let count = 0;
      const scan = (text: string, place: number): void => {
        let previous = -1;
        // Lower case once for the whole text (the index needs no positions).
        const lower = text.normalize('NFC').toLowerCase();
        eachSyllableAt(lower, (start, end, joinsPrevious) => {
          count++;
          const word = lower.slice(start, end);
          let slot = wordSlots.get(word);
          if (slot === undefined) {
            slot = slotKeys.length;
            wordSlots.set(word, slot);
            slotKeys.push(numbered(exactForm(word)));
            slotFolds.push(foldId(word));
          }
          mark(slotKeys[slot]!, place);
          const folded = slotFolds[slot]!;
          if (joinsPrevious && previous >= 0) mark(pairNumbered(previous, folded), place);
          previous = folded;
        });
      };
      scan(title, IN_TITLE);
      const titleLength = count;
      if (lead) scan(lead, IN_TEXT);
      scan(body, IN_TEXT);
      paths.push(path);
      docEnds.push(used);
      lengths.push(titleLength, count - titleLength);
      return snippetText(lead, body);
    },
    take() {
      const taken: SearchTerms = { paths, keys, docEnds: Uint32Array.from(docEnds), keyOf: keyOf.slice(0, used), places: places.slice(0, used), lengths: Uint32Array.from(lengths) };
      keyIndex = new Map();
      pairIndex = new Map();
      foldIds = new Map();
      foldNames = [];
      keys = [];
      wordSlots = new Map();
      slotKeys = [];
      slotFolds = [];
      paths = [];
      docEnds = [];
      lengths = [];
      keyOf = new Uint32Array(FIRST_CAPACITY);
      places = new Uint8Array(FIRST_CAPACITY);
      used = 0;
      seenIn = new Int32Array(1024).fill(-1);
      seenAt = new Uint32Array(1024);
      return taken;
    },
  };
}

/** The lead and the body's start, at most SNIPPET_TEXT characters, cut at a space. */
function snippetText(lead: string | undefined, body: string): string {
  const text = singleSpaced(lead ? `${lead} ${body.slice(0, SNIPPET_TEXT * 2)}` : body.slice(0, SNIPPET_TEXT * 2));
  if (text.length <= SNIPPET_TEXT) return text;
  const cut = text.slice(0, SNIPPET_TEXT);
  const space = cut.lastIndexOf(' ');
  return `${space > SNIPPET_TEXT / 2 ? cut.slice(0, space) : cut}…`;
}
