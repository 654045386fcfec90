// How text becomes search keys. The index (build) and the query (browser) cut text into syllables
// with the same scanner: if it cut a word differently from what readers type, that word would never
// be found. The scanner is hand-written for speed; it must cut exactly as the Unicode definition it
// stands for (runs of letters, digits and marks) does, on any text an editor can paste.
import { describe, expect, it } from 'vitest';
import { mulberry32 as random } from '../fuzz/random.js';
import { eachSyllable, exactForm, foldForm, syllablesOf } from '../../src/browser/assets/search/search-terms.js';
import { parseQuery, snippetOf, snippetOfStart, startKept } from '../../src/browser/assets/search/search-query.js';
import { createTermsCollector } from '../../src/search/article-terms.js';

/** The definition: maximal runs of \p{L}\p{N}\p{M}, without runs over 32 units or starting with a
 *  mark; a pair is not made across . ! ? ; : … ( ) [ ] { } " “ ” or a line break. */
function reference(text: string): [string, number, number, boolean][] {
  const found: [string, number, number, boolean][] = [];
  let previousEnd = -1;
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length > 32 || /\p{M}/u.test(m[0][0]!)) {
      previousEnd = -1;
      continue;
    }
    const joins = previousEnd >= 0 && !/[.!?;:…\n()[\]{}"“”]/.test(text.slice(previousEnd, start));
    found.push([m[0], start, end, joins]);
    previousEnd = end;
  }
  return found;
}

function scanned(text: string): [string, number, number, boolean][] {
  const found: [string, number, number, boolean][] = [];
  eachSyllable(text, (word, start, end, joins) => found.push([word, start, end, joins]));
  return found;
}

// Vietnamese letters precomposed and decomposed, stray marks, digits, punctuation that breaks a phrase
// and that does not, full-width and mathematical letters (two UTF-16 units), emoji, lone surrogates.
const PIECES = ['đảng', 'Ủy', 'hoà', 'thuỷ', 'a\u0300', '\u0301', '\u0323x', '2024', '15/3', ' ', '  ', '\n', '.', ',', '-', '–', '(', ')', '“', '”', '…', ';', 'Ｈà', '𝐀𝐁', '😀', '\ud800', '\udc00', 'x'.repeat(32), 'ﬁ', 'ǅ', '٣', 'ا'];

describe('cutting text into syllables', () => {
  it('cuts 2,000 random texts exactly as the Unicode definition does', () => {
    const next = random(7);
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 20) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
      expect(scanned(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it('keeps Vietnamese words whole and breaks phrases at sentence marks', () => {
    expect(syllablesOf('Đảng ủy xã. Dân vận (khéo)').map((s) => [s.text, s.joinsNext])).toEqual([
      ['đảng', true],
      ['ủy', true],
      ['xã', false],
      ['dân', true],
      ['vận', false],
      ['khéo', false],
    ]);
  });
});

describe('an article as search keys', () => {
  it('gives each exact form and each adjacent pair once, headline keys marked as such', () => {
    const collector = createTermsCollector();
    collector.add('a.md', 'Đảng ủy xã', undefined, 'Đảng ủy họp. Hoà giải ở cơ sở, hòa giải tốt.');
    const terms = collector.take();
    const entries = [...terms.keyOf].map((k, i) => [terms.keys[k], terms.places[i]]);
    // 2 = in the headline (and maybe the text), 1 = in the text only; "hoà" and "hòa" are one word.
    expect(Object.fromEntries(entries)).toEqual({
      'đang\u0309': 3,
      'uy\u0309': 3,
      'xa\u0303': 2,
      'dang uy': 3,
      'uy xa': 2,
      'hop\u0323': 1,
      'uy hop': 1,
      'hoa\u0300': 1,
      'giai\u0309': 1,
      'ơ\u0309': 1,
      'cơ': 1,
      'sơ\u0309': 1,
      'hoa giai': 1,
      'giai o': 1,
      'o co': 1,
      'co so': 1,
      'so hoa': 1,
      'tôt\u0301': 1,
      'giai tot': 1,
    });
    expect(entries).toHaveLength(19);
    expect([...terms.lengths]).toEqual([3, 11]);
  });

  it('gives every article the keys of its own words, however many words and pairs the site has', () => {
    // The collector numbers words and pairs in tables of its own that grow as a site's vocabulary
    // does: past tens of thousands of words each article must still get exactly its keys.
    const next = random(99);
    const letters = 'abcdđeêghiklmnoôơpqrstuưvxy';
    const marks = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
    const word = (): string => Array.from({ length: 1 + Math.floor(next() * 5) }, () => letters[Math.floor(next() * letters.length)]).join('') + marks[Math.floor(next() * marks.length)];
    const vocabulary = Array.from({ length: 60_000 }, word).map((w) => w.normalize('NFC'));
    const collector = createTermsCollector();
    const expected: Map<string, number>[] = [];
    for (let a = 0; a < 400; a++) {
      const pick = (n: number): string => Array.from({ length: n }, () => vocabulary[Math.floor(next() * next() * vocabulary.length)]).join(next() < 0.1 ? '. ' : ' ');
      const title = pick(4);
      const body = pick(300);
      collector.add(`a${a}.md`, title, undefined, body);
      const keys = new Map<string, number>();
      for (const [text, place] of [[title, 2], [body, 1]] as const) {
        let previous: string | undefined;
        for (const { text: w, joinsNext } of syllablesOf(text.toLowerCase())) {
          keys.set(exactForm(w), (keys.get(exactForm(w)) ?? 0) | place);
          if (previous !== undefined) keys.set(`${previous} ${foldForm(w)}`, (keys.get(`${previous} ${foldForm(w)}`) ?? 0) | place);
          previous = joinsNext ? foldForm(w) : undefined;
        }
      }
      expected.push(keys);
    }
    const terms = collector.take();
    expect(terms.keys.length).toBeGreaterThan(40_000);
    expected.forEach((keys, a) => {
      const got = new Map<string, number>();
      for (let i = a ? terms.docEnds[a - 1]! : 0; i < terms.docEnds[a]!; i++) got.set(terms.keys[terms.keyOf[i]!]!, terms.places[i]!);
      expect(got).toEqual(keys);
    });
  });

  it('a snippet read from the start of a text is the whole text\'s snippet, or is not given', () => {
    // A shard's lead card keeps the start of an article's text: a result shown from it must show
    // what its card file would, whatever was typed.
    const next = random(2024);
    const vocabulary = 'dân vận khéo đảng ủy hội nông thôn mới đường giao thông xã huyện, tỉnh. bê tông vận động người dân'.split(' ');
    let told = 0;
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 20 + Math.floor(next() * 120) }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' ');
      const query = Array.from({ length: 1 + Math.floor(next() * 3) }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' ');
      const prefixLast = next() < 0.3;
      const words = parseQuery(query);
      const cut = Math.floor(next() * text.length);
      const fromStart = snippetOfStart(text.slice(0, cut), words, prefixLast);
      if (fromStart !== undefined) {
        told++;
        expect(fromStart, `${query} | ${cut} | ${text}`).toBe(snippetOf(text, words, prefixLast));
      }
    }
    expect(told).toBeGreaterThan(300);
    // Kept as the build keeps it (startKept of the first match of the words), it always tells.
    const text = `${'các hộ trong xóm góp ngày công làm đường bê tông '.repeat(8)}công tác dân vận ở cơ sở ${'rồi mọi người cùng nhau dọn vệ sinh '.repeat(8)}khánh thành.`;
    const words = parseQuery('dân vận');
    const start = text.slice(0, startKept(text.indexOf('dân')));
    expect(start.length).toBeLessThan(text.length);
    expect(snippetOfStart(start, words, false)).toBe(snippetOf(text, words, false));
    expect(snippetOfStart(start, parseQuery('khánh thành'), false)).toBeUndefined();
  });
});

