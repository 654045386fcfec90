// Article URL from the configured pattern. The default, /tin-tuc/{yyyy}/{mm}/{slug}/, does not
// contain the category, so moving an article between categories never breaks its links.
import { toLocalTime } from '../vi/dates.js';
import type { ArticleMeta } from './article-meta.js';

export function permalinkFor(pattern: string, meta: ArticleMeta, timeZone: string): string {
  const t = toLocalTime(meta.date.epochMs, timeZone);
  const values: Record<string, string> = {
    yyyy: String(t.year),
    mm: String(t.month).padStart(2, '0'),
    dd: String(t.day).padStart(2, '0'),
    slug: meta.slug,
    category: meta.category,
  };
  return pattern.replace(/\{(\w+)\}/g, (_, token: string) => values[token] ?? '');
}
