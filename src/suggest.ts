// "Did you mean …?" for misspelt keys, categories and slugs.
import { stripDiacritics } from './vi/slug.js';

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** The closest candidate, compared without case or diacritics, if it is close enough to be a typo. */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  if (input.length > 64) return undefined; // no key is that long, and the distance costs length × length
  const norm = (s: string): string => stripDiacritics(s).toLowerCase();
  const target = norm(input);
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(target, norm(candidate));
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return undefined;
  return best.distance <= Math.max(2, Math.floor(target.length / 3)) ? best.candidate : undefined;
}
