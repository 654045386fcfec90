// The published articles' summaries as a SummaryStore holds them (build-state.ts): one line of JSON
// per article, `[summaryKey, summary]`, in site order. A line is a JSON array element with no newline
// in it (JSON escapes them), so lines can be replaced one by one and the whole parsed in one go.
import type { ArticleSummary } from '../content/article.js';
import { hashOf } from './hash.js';

export type KeyedSummary = readonly [key: string, summary: ArticleSummary];

/** The key of a store: the summaries' keys in site order (each the hash of its summary). */
export function summariesKeyOf(keys: readonly string[]): string {
  return hashOf('summaries', JSON.stringify(keys));
}

/** Lines encoded a chunk at a time: one string of every line (two bytes a character for
 *  Vietnamese text) was twice the store's size in memory on top of it, at the plan's peak. */
export function summaryText(entries: readonly KeyedSummary[]): Buffer {
  const chunks: Buffer[] = [];
  let lines: string[] = [];
  let characters = 0;
  const flush = (): void => {
    if (chunks.length) chunks.push(NEWLINE);
    chunks.push(Buffer.from(lines.join('\n')));
    lines = [];
    characters = 0;
  };
  for (const entry of entries) {
    const line = JSON.stringify(entry);
    lines.push(line);
    characters += line.length;
    if (characters >= CHUNK_CHARACTERS) flush();
  }
  if (lines.length) flush();
  return Buffer.concat(chunks);
}

const CHUNK_CHARACTERS = 1 << 20;

export function parseSummaries(text: Buffer): KeyedSummary[] {
  const lines = text.toString();
  return lines ? (JSON.parse(`[${lines.replaceAll('\n', ',')}]`) as KeyedSummary[]) : [];
}

/** The text with the lines at these positions replaced. */
export function replaceSummaries(text: Buffer, replaced: ReadonlyMap<number, KeyedSummary>): Buffer {
  const parts: Buffer[] = [];
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf(10, start);
    const stop = end < 0 ? text.length : end;
    const entry = replaced.get(line);
    parts.push(entry ? Buffer.from(JSON.stringify(entry)) : text.subarray(start, stop));
    if (end < 0) break;
    parts.push(NEWLINE);
    start = end + 1;
    line++;
  }
  return Buffer.concat(parts);
}

const NEWLINE = Buffer.from('\n');
