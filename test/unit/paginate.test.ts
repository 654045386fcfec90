import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/site/paginate.js';

const items = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginate', () => {
  it('puts page 1 at the listing URL and later pages under trang/N/', () => {
    const pages = paginate(items(5), 2, '/chuyen-muc/x/');
    expect(pages.map((p) => p.url)).toEqual(['/chuyen-muc/x/', '/chuyen-muc/x/trang/2/', '/chuyen-muc/x/trang/3/']);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages[0]!.previous).toBeUndefined();
    expect(pages[1]!.previous).toBe('/chuyen-muc/x/');
    expect(pages[1]!.next).toBe('/chuyen-muc/x/trang/3/');
    expect(pages[2]!.next).toBeUndefined();
  });
  it('makes exactly one page for a full page and two for one more', () => {
    expect(paginate(items(4), 4, '/x/')).toHaveLength(1);
    expect(paginate(items(5), 4, '/x/')).toHaveLength(2);
  });
  it('gives an empty list one page (the category still has a page to link to)', () => {
    const pages = paginate([], 10, '/x/');
    expect(pages).toHaveLength(1);
    expect(pages[0]!.items).toEqual([]);
  });
  it('shows first, last and neighbours with gaps marked', () => {
    const page = paginate(items(100), 10, '/x/')[4]!;
    expect(page.links.map((l) => (l ? l.number : '…'))).toEqual([1, '…', 3, 4, 5, 6, 7, '…', 10]);
    expect(page.links.filter((l) => l?.current).map((l) => l!.number)).toEqual([5]);
  });
});
