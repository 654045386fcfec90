import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../src/content/article.js';
import { resolveConfig } from '../../src/config.js';
import { buildSite as build, relatedTo } from '../../src/site/site.js';

const buildSite = (articles: ArticleSummary[], c: NonNullable<typeof config>) => build(articles, c).site;

const { config } = resolveConfig('title: T\nbaseUrl: https://a.vn\nlatestCount: 2\ncategories:\n  - slug: a\n    name: Ă\n  - slug: b\n    name: B\n', '/site');
const make = (id: string, category: string, epochMs: number, tags: string[] = []) =>
  ({ id, file: `content/${id}.md`, url: `/${id}/`, excerpt: '', images: [], meta: { title: id, category, tags, draft: false, slug: id, aliases: [], date: { epochMs, hasTime: true } } }) as ArticleSummary;

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
  it('relates articles sharing the most tags first, then the same category, newest first, never the article itself', () => {
    const site = buildSite([
      make('a1', 'a', 1), make('a2', 'a', 2, ['Dân vận', 'hội nghị']), make('a3', 'a', 3),
      make('b1', 'b', 4, ['Dân vận']), make('b2', 'b', 5, ['Dân vận', 'hội nghị']), make('b3', 'b', 6),
    ], config!);
    const a2 = site.articles.find((a) => a.id === 'a2')!;
    expect(relatedTo(site, a2, 5).map((a) => a.id)).toEqual(['b2', 'b1', 'a3', 'a1']);
    expect(relatedTo(site, a2, 1).map((a) => a.id)).toEqual(['b2']);
    const a3 = site.articles.find((a) => a.id === 'a3')!;
    expect(relatedTo(site, a3, 5).map((a) => a.id)).toEqual(['a2', 'a1']);
  });
  it('groups tags and authors by slug in Vietnamese order, and refuses two spellings of one slug', () => {
    const ok = build([make('x', 'a', 1, ['Đảng', 'an ninh', 'Ăn uống']), make('y', 'a', 2, ['an ninh'])], config!);
    expect(ok.site.tags.map((t) => `${t.name}:${t.slug}:${t.articles.length}`)).toEqual(['an ninh:an-ninh:2', 'Ăn uống:an-uong:1', 'Đảng:dang:1']);
    const clash = build([make('x', 'a', 1, ['Dẫn vận']), make('y', 'a', 2, ['Dân vận'])], config!);
    expect(clash.diagnostics.filter((d) => d.code !== 'CATEGORY_EMPTY')).toMatchObject([{ code: 'TERM_COLLISION', file: 'content/x.md', params: { name: 'Dẫn vận', other: 'Dân vận', otherFile: 'content/y.md', url: '/the/dan-van/' } }]);
    // Case only: one term, under the spelling of the earliest article when both are used alike.
    const merged = build([make('x', 'a', 1, ['Dân vận']), make('y', 'a', 2, ['dân vận'])], config!);
    expect(merged.site.tags.map((t) => `${t.name}:${t.articles.length}`)).toEqual(['Dân vận:2']);
    expect(merged.diagnostics.filter((d) => d.code !== 'CATEGORY_EMPTY')).toMatchObject([{ code: 'TERM_VARIANTS', severity: 'warning', file: 'content/y.md', params: { name: 'Dân vận', variants: '"dân vận" (content/y.md)' } }]);
  });
  it('archives by year and month in the site time zone', () => {
    // 2022-12-31T17:30Z is 2023-01-01 00:30 in Vietnam.
    const site = buildSite([make('x', 'a', Date.UTC(2022, 11, 31, 17, 30)), make('y', 'a', Date.UTC(2022, 5, 1))], config!);
    expect(site.archive.map((y) => [y.year, y.months.map((m) => `${m.month}:${m.articles.map((a) => a.id)}`)])).toEqual([[2023, ['1:x']], [2022, ['6:y']]]);
    expect(site.archive[0]!.months[0]!.url).toBe('/luu-tru/2023/01/');
  });
  it('ranks "most read" by known counts only, and has none when no article has a count', () => {
    const withViews = (id: string, views?: number) => ({ ...make(id, 'a', id.charCodeAt(0)), ...(views !== undefined && { views }) });
    expect(buildSite([withViews('a', 5), withViews('b'), withViews('c', 50)], config!).chrome.mostRead.map((a) => a.id)).toEqual(['c', 'a']);
    expect(buildSite([withViews('a'), withViews('b', 0)], config!).chrome.mostRead).toEqual([]);
  });
});
