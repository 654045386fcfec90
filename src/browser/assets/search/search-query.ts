// A query as the engine reads it (words, quotes, what is adjacent) and what a result shows of it:
// the matched syllables marked, a snippet around the first match.
import { exactForm, foldForm, syllablesOf } from './search-terms.js';

export interface QueryWord {
  readonly text: string;
  readonly folded: string;
  readonly exact: string;
  /** Joined to the next word inside quotes: the pair must be there. */
  readonly phraseNext: boolean;
  /** The next word is adjacent in the query (a pair key gives a bonus). */
  readonly joinsNext: boolean;
}

const SNIPPET_LENGTH = 180;

export function parseQuery(query: string): QueryWord[] {
  const text = query.normalize('NFC');
  const quotes: [number, number][] = [];
  for (const m of text.matchAll(/["“”]([^"“”]*)["“”]/g)) quotes.push([m.index, m.index + m[0].length]);
  const inQuote = (at: number): number => quotes.findIndex(([s, e]) => at >= s && at < e);
  const syllables = syllablesOf(text);
  return syllables.map((s, i) => {
    const next = syllables[i + 1];
    const quote = inQuote(s.start);
    return {
      text: s.text,
      folded: foldForm(s.text),
      exact: exactForm(s.text),
      phraseNext: !!next && quote !== -1 && quote === inQuote(next.start),
      joinsNext: !!next && s.joinsNext,
    };
  });
}

function matchesWord(syllable: string, words: readonly QueryWord[], prefixLast: boolean): boolean {
  const folded = foldForm(syllable);
  return words.some((w, i) => folded === w.folded || (prefixLast && i === words.length - 1 && folded.startsWith(w.folded)));
}

/** Ranges of the text's syllables that a query word matches. */
export function marksIn(text: string, words: readonly QueryWord[], prefixLast: boolean): [number, number][] {
  return syllablesOf(text).filter((s) => matchesWord(s.text, words, prefixLast)).map((s) => [s.start, s.end]);
}

/** About SNIPPET_LENGTH characters of the text around its first match (its start when none). */
export function snippetOf(text: string, words: readonly QueryWord[], prefixLast: boolean): string {
  return snippetIn(text, true, words, prefixLast)!;
}

/** The snippet of a text known by its start only (a shard's lead card), or undefined when the start
 *  cannot tell (its first match, or the snippet's end, may be past it). */
export function snippetOfStart(start: string, words: readonly QueryWord[], prefixLast: boolean): string | undefined {
  return snippetIn(start, false, words, prefixLast);
}

/** How much of a text a lead card keeps: all a snippet of the words at `firstMatch` (or later) can
 *  need (snippetIn reads one character past the snippet's end). */
export function startKept(firstMatch: number): number {
  return firstMatch + SNIPPET_LENGTH + 1;
}

function snippetIn(text: string, complete: boolean, words: readonly QueryWord[], prefixLast: boolean): string | undefined {
  if (complete && text.length <= SNIPPET_LENGTH) return text;
  const first = syllablesOf(text).find((s) => matchesWord(s.text, words, prefixLast));
  // The start of a text: a match must be whole (not cut at its end) and be the first.
  if (!complete && (!first || first.end >= text.length)) return undefined;
  let start = first ? Math.max(0, first.start - SNIPPET_LENGTH / 3) : 0;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space > (first?.start ?? start) ? start : space + 1;
  }
  if (!complete && start + SNIPPET_LENGTH >= text.length) return undefined;
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
