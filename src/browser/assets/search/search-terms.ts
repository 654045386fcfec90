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
/** Between two syllables, these end a phrase: a pair is not made across them. */
const PHRASE_BREAKS = new Set([...'.!?;:…\n()[]{}"“”'].map((c) => c.charCodeAt(0)));
/** Longer runs are not words (addresses, codes): left out of the index. */
const MAX_SYLLABLE = 32;

/** Forms already worked out: a language has a few thousand syllables, met millions of times in a
 *  large site. Pure, and bounded (emptied when full), so it may live as long as the module. */
const MEMO_LIMIT = 100_000;
const exactMemo = new Map<string, string>();
const foldMemo = new Map<string, string>();

function remembered(memo: Map<string, string>, syllable: string, make: (s: string) => string): string {
  let form = memo.get(syllable);
  if (form === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    form = make(syllable);
    memo.set(syllable, form);
  }
  return form;
}

/** The exact form: letters (NFC, with their hats and horns) followed by the tone mark, if any. */
export function exactForm(syllable: string): string {
  return remembered(exactMemo, syllable, makeExactForm);
}

function makeExactForm(syllable: string): string {
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
  return remembered(foldMemo, syllable, makeFoldForm);
}

function makeFoldForm(syllable: string): string {
  let folded = '';
  for (const ch of syllable.normalize('NFD')) {
    if (MARK.test(ch)) continue;
    folded += ch === 'đ' ? 'd' : ch === 'Đ' ? 'd' : ch;
  }
  return folded.toLowerCase();
}

/** True when the text carries no Vietnamese mark at all (typed without accents). */
export function isPlain(text: string): boolean {
  return makeFoldForm(text) === text.normalize('NFC').toLowerCase();
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

/** What a UTF-16 unit is to the scanner, worked out once per unit met (a text uses a few hundred):
 *  0 not yet known, then LETTER (\p{L} or \p{N}), MARK_UNIT (\p{M}) or OTHER. The regular expression
 *  it replaces, /[\p{L}\p{N}\p{M}]+/gu, was a third of the time the index took to read a site. */
const LETTER = 1;
const MARK_UNIT = 2;
const OTHER = 3;
const unitKinds = new Uint8Array(0x10000);
const astralKinds = new Map<number, number>();

function kindOf(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint);
  return /[\p{L}\p{N}]/u.test(ch) ? LETTER : MARK.test(ch) ? MARK_UNIT : OTHER;
}

/** The kind of the code point at `i`, and whether it takes two units (a surrogate pair). */
function kindAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff) {
    let kind = unitKinds[unit]!;
    if (kind === 0) unitKinds[unit] = kind = kindOf(unit);
    return kind;
  }
  const codePoint = text.codePointAt(i)!;
  if (codePoint === unit) return OTHER; // a lone surrogate
  let kind = astralKinds.get(codePoint);
  if (kind === undefined) astralKinds.set(codePoint, (kind = kindOf(codePoint)));
  return kind;
}

/**
 * Calls `each` with the place of every syllable of a text (NFC expected) and whether it follows the
 * previous one in a phrase: runs of letters, digits and marks. Longer runs than MAX_SYLLABLE and runs
 * that start with a stray mark are skipped (and break the phrase). One pass, no strings made: the
 * index runs it over every word of every article. `each` returns true to stop there.
 */
export function eachSyllableAt(text: string, each: (start: number, end: number, joinsPrevious: boolean) => boolean | void): void {
  const length = text.length;
  let previousEnd = -1;
  let i = 0;
  while (i < length) {
    let kind = kindAt(text, i);
    if (kind === OTHER) {
      i++;
      continue;
    }
    const start = i;
    const startsWithMark = kind === MARK_UNIT;
    do i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff && i + 1 < length ? 2 : 1;
    while (i < length && (kind = kindAt(text, i)) !== OTHER);
    if (i - start > MAX_SYLLABLE || startsWithMark) {
      previousEnd = -1;
      continue;
    }
    let joins = previousEnd >= 0;
    for (let j = previousEnd; joins && j < start; j++) if (PHRASE_BREAKS.has(text.charCodeAt(j))) joins = false;
    if (each(start, i, joins) === true) return;
    previousEnd = i;
  }
}

/** As eachSyllableAt, with each syllable's text as written. */
export function eachSyllable(text: string, each: (word: string, start: number, end: number, joinsPrevious: boolean) => void): void {
  eachSyllableAt(text, (start, end, joins) => each(text.slice(start, end), start, end, joins));
}

/** The syllables of a text (NFC expected), in order, lower case. */
export function syllablesOf(text: string): Syllable[] {
  const found: { text: string; start: number; end: number; joinsNext: boolean }[] = [];
  eachSyllable(text, (word, start, end, joinsPrevious) => {
    const last = found[found.length - 1];
    if (last) last.joinsNext = joinsPrevious;
    found.push({ text: word.toLowerCase(), start, end, joinsNext: false });
  });
  return found;
}

/** The key of two adjacent syllables: their folded forms with a space (a syllable key has none). */
export function pairKey(first: string, second: string): string {
  return `${foldForm(first)} ${foldForm(second)}`;
}

/** Edits (a letter added, dropped, changed, or two swapped: "bihn" for "binh") from a to b,
 *  stopping early once it is above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
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

/** Small numbers (a category, a length step) as one character each, in the index's directory. */
export const CODE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
