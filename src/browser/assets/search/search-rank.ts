// How a result ranks: what a matched word is worth (as typed, folded, near), where (headline, a short
// or long text), how rare it is, and words side by side. The engine (search-engine.ts) adds it up.
import { CODE_ALPHABET as ALPHABET } from './search-terms.js';
import type { Directory } from './search-engine.js';
import type { QueryWord } from './search-query.js';

/** Scores: a syllable found exactly as typed, found folded, found by a near spelling; in the headline; adjacent. */
export const EXACT = 3;
export const FOLDED = 2;
export const NEAR = 1;
export const IN_TITLE = 3;
export const ADJACENT = 4;
export const ADJACENT_IN_TITLE = 2;

/** Typed with marks, the form typed comes first. Typed without, the word most articles use first
 *  ("dang": Đảng before đang, đăng, dạng), by its share: `frequency` is its articles over the commonest's. */
export function exactScore(key: string, word: QueryWord, plain: boolean, frequency = 1): number {
  if (!plain) return key === word.exact ? EXACT : FOLDED;
  return FOLDED + (EXACT - FOLDED) * frequency;
}

/** How much a match weighs by where it is: more in a short headline or text than in a long one
 *  (BM25's length normalisation, without term counts). 1 for a document of average length. */
export interface LengthNorms {
  title(id: number): number;
  text(id: number): number;
}

const TITLE_B = 0.6;
const TEXT_B = 0.4;

export function lengthNorms(d: Pick<Directory, 'docs' | 'docLengths'>): LengthNorms {
  const titles = new Float64Array(d.docs);
  const texts = new Float64Array(d.docs);
  let titleSum = 0;
  let textSum = 0;
  for (let id = 0; id < d.docs; id++) {
    titles[id] = Math.max(1, ALPHABET.indexOf(d.docLengths[id * 2]!));
    texts[id] = Math.max(1, 4 * (2 ** (ALPHABET.indexOf(d.docLengths[id * 2 + 1]!) / 6) - 1));
    titleSum += titles[id]!;
    textSum += texts[id]!;
  }
  const titleAverage = titleSum / Math.max(1, d.docs);
  const textAverage = textSum / Math.max(1, d.docs);
  return {
    title: (id) => 1 / (1 - TITLE_B + (TITLE_B * titles[id]!) / titleAverage),
    text: (id) => 1 / (1 - TEXT_B + (TEXT_B * texts[id]!) / textAverage),
  };
}

/** How much a word found in `found` of `docs` documents tells: more, the rarer it is (an IDF). */
export function rarity(docs: number, found: number): number {
  return Math.log(1 + docs / Math.max(1, found));
}
