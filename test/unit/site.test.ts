import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../src/content/article.js';
import { resolveConfig } from '../../src/config.js';
import { buildSite, relatedInCategory } from '../../src/site/site.js';

const { config } = resolveConfig('title: T\nbaseUrl: https://a.vn\nlatestCount: 2\ncategories:\n  - slug: a\n    name: Ă\n  - slug: b\n    name: B\n', '/site');
const make = (id: string, category: string, epochMs: number) =>
  ({ id, file: `content/${id}.md`, digest: id, url: `/${id}/`, excerpt: '', images: [], meta: { title: id, category, tags: [], draft: false, slug: id, aliases: [], date: { epochMs, hasTime: true } } }) as ArticleSummary;

describe('site model', () => {
  it('sorts newest first and breaks ties by id, whatever the input order', () => {
    const articles = [make('b', 'a', 1), make('c', 'a', 2), make('a', 'a', 1)];
    const site = buildSite(articles, config!);
    expect(site.articles.map((a) => a.id)).toEqual(['c', 'a', 'b']);
    expect(buildSite([...articles].reverse(), config!).articles.map((a) => a.id)).toEqual(['c', 'a', 'b']);
  });
  it('groups by category in configured order with counts, and keeps empty categories', () => {
    const site = buildSite([make('x', 'a', 1)], config!);
    expect(site.categories.map((c) => [c.slug, c.count, c.url])).toEqual([['a', 1, '/chuyen-muc/a/'], ['b', 0, '/chuyen-muc/b/']]);
    expect(site.chrome.latest.map((a) => a.id)).toEqual(['x']);
  });
  it('relates the newest other articles of the same category, never the article itself', () => {
    const site = buildSite([make('a1', 'a', 1), make('a2', 'a', 2), make('a3', 'a', 3), make('b1', 'b', 4)], config!);
    const a2 = site.articles.find((a) => a.id === 'a2')!;
    expect(relatedInCategory(site, a2, 5).map((a) => a.id)).toEqual(['a3', 'a1']);
    expect(relatedInCategory(site, a2, 1).map((a) => a.id)).toEqual(['a3']);
  });
});
