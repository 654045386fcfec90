// Articles' search keys, collected where their bodies are rendered (the article stage, maybe a
// thread): the syllables of each headline, lead and body in their exact form, and the pairs of
// adjacent syllables (folded) that phrases are matched with. A thread hands over one small index of
// its own (keys, and per key its articles), not a list of keys per article: at 10,000 articles that
// was 120 MB of strings held until the index was made.
import { eachSyllable, exactForm, foldForm } from '../browser/assets/search/search-terms.js';

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

export function createTermsCollector(): TermsCollector {
  let keyIndex = new Map<string, number>();
  let keys: string[] = [];
  let paths: string[] = [];
  let docEnds: number[] = [];
  let lengths: number[] = [];
  let keyOf = new Uint32Array(FIRST_CAPACITY);
  let places = new Uint8Array(FIRST_CAPACITY);
  let used = 0;
  return {
    add(path, title, lead, body) {
      const { places: found, titleLength, textLength } = articlePlaces(title, lead, body);
      if (used + found.size > keyOf.length) {
        const capacity = Math.max(keyOf.length * 2, used + found.size);
        const grownKeys = new Uint32Array(capacity);
        grownKeys.set(keyOf.subarray(0, used));
        const grownPlaces = new Uint8Array(capacity);
        grownPlaces.set(places.subarray(0, used));
        keyOf = grownKeys;
        places = grownPlaces;
      }
      for (const [key, place] of found) {
        let k = keyIndex.get(key);
        if (k === undefined) {
          k = keys.length;
          keyIndex.set(key, k);
          keys.push(key);
        }
        keyOf[used] = k;
        places[used++] = place;
      }
      paths.push(path);
      docEnds.push(used);
      lengths.push(titleLength, textLength);
      return snippetText(lead, body);
    },
    take() {
      const taken: SearchTerms = { paths, keys, docEnds: Uint32Array.from(docEnds), keyOf: keyOf.slice(0, used), places: places.slice(0, used), lengths: Uint32Array.from(lengths) };
      keyIndex = new Map();
      keys = [];
      paths = [];
      docEnds = [];
      lengths = [];
      keyOf = new Uint32Array(FIRST_CAPACITY);
      places = new Uint8Array(FIRST_CAPACITY);
      used = 0;
      return taken;
    },
  };
}

/** An article's keys and where each is, and how many syllables its headline and its text have. */
function articlePlaces(title: string, lead: string | undefined, body: string): { places: Map<string, number>; titleLength: number; textLength: number } {
  const places = new Map<string, number>();
  let count = 0;
  const mark = (key: string, place: number): void => {
    const was = places.get(key);
    if (was === undefined || (was & place) !== place) places.set(key, (was ?? 0) | place);
  };
  const add = (text: string, place: number): void => {
    let previous = '';
    // Lower case once for the whole text (the index needs no positions).
    eachSyllable(text.normalize('NFC').toLowerCase(), (word, _start, _end, joinsPrevious) => {
      count++;
      mark(exactForm(word), place);
      const folded = foldForm(word);
      if (joinsPrevious) mark(`${previous} ${folded}`, place);
      previous = folded;
    });
  };
  add(title, IN_TITLE);
  const titleLength = count;
  if (lead) add(lead, IN_TEXT);
  add(body, IN_TEXT);
  return { places, titleLength, textLength: count - titleLength };
}

/** The lead and the body's start, at most SNIPPET_TEXT characters, cut at a space. */
function snippetText(lead: string | undefined, body: string): string {
  const text = (lead ? `${lead} ${body.slice(0, SNIPPET_TEXT * 2)}` : body.slice(0, SNIPPET_TEXT * 2)).replace(/\s+/g, ' ').trim();
  if (text.length <= SNIPPET_TEXT) return text;
  const cut = text.slice(0, SNIPPET_TEXT);
  const space = cut.lastIndexOf(' ');
  return `${space > SNIPPET_TEXT / 2 ? cut.slice(0, space) : cut}…`;
}
