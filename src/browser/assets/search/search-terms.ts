// Vietnamese words as search keys, the same in the build (the index) and in the browser (the query).
// Runs in both: no Node and no DOM here.
//
// A syllable has three forms:
//  - as written, NFC and lower case: "đảng", "uỷ";
//  - exact: its letters (with â ă ê ô ơ ư đ) then its tone mark, wherever the text put the mark, so the
//    old "hoà, thuỷ" and the new "hòa, thủy" are one word: "hoa\u0300";
//  - folded: no marks at all and đ → d ("dang", "uy"): what a reader types without a Vietnamese keyboard.
// Unicode decomposition alone leaves đ (U+0111) as it is: it has none. Folding it by hand is what lets
// "dang uy" find "Đảng ủy".

/** The five tone marks (huyền, sắc, ngã, hỏi, nặng) as combining characters. */
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const MARK = /\p{M}/u;
const SYLLABLE = /[\p{L}\p{N}\p{M}]+/gu;
/** Between two syllables, these end a phrase: a pair is not made across them. */
const PHRASE_BREAK = /[.!?;:…\n()[\]{}"“”]/;
/** Longer runs are not words (addresses, codes): left out of the index. */
export const MAX_SYLLABLE = 32;

/** The exact form: letters (NFC, with their hats and horns) followed by the tone mark, if any. */
export function exactForm(syllable: string): string {
  let letters = '';
  let tone = '';
  for (const ch of syllable.normalize('NFD')) {
    if (TONE_MARKS.has(ch)) tone = ch;
    else letters += ch;
  }
  return letters.normalize('NFC') + tone;
}

/** Without any mark, đ as d: "Đảng" → "dang". */
export function foldForm(syllable: string): string {
  let folded = '';
  for (const ch of syllable.normalize('NFD')) {
    if (MARK.test(ch)) continue;
    folded += ch === 'đ' ? 'd' : ch === 'Đ' ? 'd' : ch;
  }
  return folded.toLowerCase();
}

/** True when the text carries no Vietnamese mark at all (typed without accents). */
export function isPlain(text: string): boolean {
  return foldForm(text) === text.normalize('NFC').toLowerCase();
}

export interface Syllable {
  /** As written, lower case. */
  readonly text: string;
  /** Where it is in the text given (UTF-16 units). */
  readonly start: number;
  readonly end: number;
  /** A pair with the next syllable may be made (no full stop, bracket or line break between). */
  readonly joinsNext: boolean;
}

/** The syllables of a text (NFC expected), in order. */
export function syllablesOf(text: string): Syllable[] {
  const found: Syllable[] = [];
  let last: { text: string; start: number; end: number } | undefined;
  for (const match of text.matchAll(SYLLABLE)) {
    const start = match.index;
    const word = match[0];
    if (last) found.push({ ...last, joinsNext: !PHRASE_BREAK.test(text.slice(last.end, start)) });
    last = { text: word.toLowerCase(), start, end: start + word.length };
  }
  if (last) found.push({ ...last, joinsNext: false });
  return found.filter((s) => s.text.length <= MAX_SYLLABLE && !/^\p{M}/u.test(s.text));
}

/** The key of two adjacent syllables: their folded forms with a space (a syllable key has none). */
export function pairKey(first: string, second: string): string {
  return `${foldForm(first)} ${foldForm(second)}`;
}

/** Levenshtein distance, stopping early once it is above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** The group a key is looked up under: a syllable's folded form, a pair's first syllable. */
export function groupOf(key: string): string {
  const space = key.indexOf(' ');
  return space === -1 ? foldForm(key) : key.slice(0, space);
}

/** A key as the index orders it: by group, a group's syllables before its pairs, then by code point
 *  (all of a folded syllable's written forms are side by side, and in one shard). */
export function sortableKey(key: string): string {
  return `${groupOf(key)}\u0001${key.includes(' ') ? 1 : 0}${key}`;
}
