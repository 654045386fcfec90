// The stored summaries are what a title or lead edit is planned from without reading every article
// again: the text must give back every summary exactly, one line each, whatever its size (it is
// encoded a chunk at a time) and whatever the text holds (line breaks, quotes, Vietnamese, emoji).
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../src/content/article.js';
import { parseSummaries, replaceSummaries, summaryText, type KeyedSummary } from '../../src/incremental/summary-store.js';
import { mulberry32 as random } from '../fuzz/random.js';

function summaries(count: number, seed: number): KeyedSummary[] {
  const next = random(seed);
  const words = ['Đảng ủy', 'dân vận', 'HĐND', '"trích dẫn"', 'dòng\nmới', 'tab\there', '😀', '\\', 'khéo'];
  return Array.from({ length: count }, (_, i) => {
    const length = Math.floor(next() * 400);
    const title = Array.from({ length }, () => words[Math.floor(next() * words.length)]).join(' ');
    return [`key-${i}`, { id: `bai-viet/${i}`, url: `/tin/${i}/`, excerpt: title.slice(0, 90), meta: { title } } as unknown as ArticleSummary] as const;
  });
}

describe('stored summaries', () => {
  it('give back every summary, one line each, across many chunks of text', () => {
    const entries = summaries(6000, 7);
    const text = summaryText(entries);
    expect(text.length).toBeGreaterThan(3 * 1024 * 1024); // several chunks
    expect(text.toString().split('\n')).toHaveLength(entries.length);
    expect(parseSummaries(text)).toEqual(entries);
  });

  it('hold nothing for no articles, and one line for one', () => {
    expect(parseSummaries(summaryText([]))).toEqual([]);
    const one = summaries(1, 3);
    expect(summaryText(one).toString()).toBe(JSON.stringify(one[0]));
  });

  it('replace the lines asked for and keep the others byte for byte', () => {
    const entries = summaries(3000, 11);
    const text = summaryText(entries);
    const changed = summaries(2, 99).map(([, s], i) => [`new-${i}`, s] as const);
    const replaced = replaceSummaries(text, new Map([[0, changed[0]!], [2999, changed[1]!]]));
    expect(parseSummaries(replaced)).toEqual([changed[0], ...entries.slice(1, 2999), changed[1]]);
    expect(replaced.toString().split('\n').slice(1, 2999)).toEqual(text.toString().split('\n').slice(1, 2999));
  });
});
