// Pagination, pure: a list and a page size → pages with their URLs and an accessible page list.

export interface PageLink {
  readonly number: number;
  readonly url: string;
  readonly current: boolean;
}

export interface Page<T> {
  readonly number: number;
  readonly total: number;
  readonly items: readonly T[];
  readonly url: string;
  readonly previous?: string;
  readonly next?: string;
  /** Page numbers to show: first, last, and two either side of the current; `null` marks a gap. */
  readonly links: readonly (PageLink | null)[];
}

/** Page 1 lives at `firstUrl`; page n at `${firstUrl}trang/n/`. An empty list still gets one page. */
export function paginate<T>(items: readonly T[], pageSize: number, firstUrl: string): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / pageSize));
  const urlOf = (n: number): string => (n === 1 ? firstUrl : `${firstUrl}trang/${n}/`);
  const pages: Page<T>[] = [];
  for (let n = 1; n <= total; n++) {
    pages.push({
      number: n,
      total,
      items: items.slice((n - 1) * pageSize, n * pageSize),
      url: urlOf(n),
      ...(n > 1 && { previous: urlOf(n - 1) }),
      ...(n < total && { next: urlOf(n + 1) }),
      links: pageLinks(n, total, urlOf),
    });
  }
  return pages;
}

function pageLinks(current: number, total: number, urlOf: (n: number) => string): (PageLink | null)[] {
  const shown = [...new Set([1, total, current - 2, current - 1, current, current + 1, current + 2])]
    .filter((n) => n >= 1 && n <= total)
    .sort((a, b) => a - b);
  const links: (PageLink | null)[] = [];
  shown.forEach((n, i) => {
    if (i > 0 && n - shown[i - 1]! > 1) links.push(null);
    links.push({ number: n, url: urlOf(n), current: n === current });
  });
  return links;
}
