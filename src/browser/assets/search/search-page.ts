/// <reference lib="dom" />
// The reader's side of search: the search page's results (from ?q= and the form, kept in the address
// so a search can be linked and shared) and, on every other page, the first results under the
// header's box while the reader types. Loaded on the search page, or when the header's box is focused.
// Text from the index is always set as text, never as HTML.
import { createSearch, type Outcome, type Result } from './search-engine.js';

interface SearchConfig {
  readonly index: string;
  readonly page: string;
  readonly base: string;
  readonly strings: Readonly<Record<'found' | 'none' | 'prompt' | 'loading' | 'failed' | 'seeAll' | 'ignored' | 'pageOf' | 'previous' | 'next' | 'page' | 'current', string>>;
}

const PAGE_SIZE = 10;
const BOX_RESULTS = 5;
const TYPING_PAUSE_MS = 150;

function readConfig(): SearchConfig | undefined {
  try {
    return (JSON.parse(document.getElementById('baotinh-live')?.textContent ?? '{}') as { search?: SearchConfig }).search;
  } catch {
    return undefined;
  }
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
}

/** "2023-01-11" → "11/01/2023", as Vietnamese readers write dates. */
function dateVi(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function el<K extends keyof HTMLElementTagNameMap>(name: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

/** The text with its matched ranges in <mark>. */
function marked(text: string, marks: readonly (readonly [number, number])[]): (Node | string)[] {
  const parts: (Node | string)[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start < at) continue;
    parts.push(text.slice(at, start), el('mark', {}, text.slice(start, end)));
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}

function resultItem(r: Result, base: string, headingLevel: 'h2' | null): HTMLElement {
  const link = el('a', { href: base + r.url.slice(1) }, ...marked(r.title, r.titleMarks));
  const meta = el('p', { class: 'search-result__meta' }, el('time', { datetime: r.date }, dateVi(r.date)), r.categoryName ? ` · ${r.categoryName}` : '');
  if (!headingLevel) return el('li', { class: 'search-box__item' }, link, meta);
  return el('li', { class: 'search-result' }, el(headingLevel, { class: 'search-result__title' }, link), meta, el('p', { class: 'search-result__snippet' }, ...marked(r.snippet, r.snippetMarks)));
}

function searchPage(root: HTMLElement, config: SearchConfig, engine: ReturnType<typeof createSearch>): void {
  const form = root.querySelector('form')!;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const category = form.elements.namedItem('chuyen-muc') as HTMLSelectElement;
  const year = form.elements.namedItem('nam') as HTMLSelectElement;
  const sort = form.elements.namedItem('sap-xep') as HTMLSelectElement;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLElement>('[data-search-results]')!;
  const pager = root.querySelector<HTMLElement>('[data-search-pages]')!;
  const s = config.strings;
  let page = 1;
  let asked = 0;

  const fromAddress = (): void => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    category.value = params.get('chuyen-muc') ?? '';
    year.value = params.get('nam') ?? '';
    sort.value = params.get('sap-xep') === 'moi-nhat' ? 'moi-nhat' : '';
    page = Math.max(1, Number(params.get('trang')) || 1);
  };
  const toAddress = (): void => {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    if (category.value) params.set('chuyen-muc', category.value);
    if (year.value) params.set('nam', year.value);
    if (sort.value) params.set('sap-xep', sort.value);
    if (page > 1) params.set('trang', String(page));
    const query = params.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  };
  const show = (outcome: Outcome, query: string): void => {
    list.replaceChildren(...outcome.results.map((r) => resultItem(r, config.base, 'h2')));
    const said = outcome.total ? fill(s.found, { n: outcome.total.toLocaleString('vi-VN'), q: query }) : fill(s.none, { q: query });
    status.textContent = outcome.ignored.length ? `${said} ${fill(s.ignored, { words: outcome.ignored.join(', ') })}` : said;
    pager.replaceChildren();
    pager.hidden = outcome.pages < 2;
    if (outcome.pages < 2) return;
    const go = (to: number, label: string, rel: string): HTMLElement => {
      const link = el('a', { href: `?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(location.search)), trang: String(to) })}`, rel }, label);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        page = to;
        void run(true);
      });
      return link;
    };
    const items: HTMLElement[] = [];
    if (outcome.page > 1) items.push(el('li', {}, go(outcome.page - 1, s.previous, 'prev')));
    items.push(el('li', {}, el('span', { 'aria-current': 'page' }, fill(s.pageOf, { page: outcome.page, pages: outcome.pages }))));
    if (outcome.page < outcome.pages) items.push(el('li', {}, go(outcome.page + 1, s.next, 'next')));
    pager.append(el('ul', { class: 'pagination__list' }, ...items));
  };
  const run = async (moveFocus: boolean): Promise<void> => {
    const query = input.value.trim();
    toAddress();
    const mine = ++asked;
    if (!query) {
      list.replaceChildren();
      pager.hidden = true;
      status.textContent = s.prompt;
      return;
    }
    status.textContent = s.loading;
    try {
      const outcome = await engine.search(query, { page, pageSize: PAGE_SIZE, sort: sort.value === 'moi-nhat' ? 'newest' : 'relevance', ...(category.value && { category: category.value }), ...(year.value && { year: Number(year.value) }) });
      if (mine !== asked) return; // a newer search has started
      show(outcome, query);
      if (moveFocus) status.focus();
    } catch {
      if (mine === asked) status.textContent = s.failed;
    }
  };
  status.tabIndex = -1;
  let pause: number | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    page = 1;
    void run(false);
  });
  input.addEventListener('input', () => {
    page = 1;
    clearTimeout(pause);
    pause = window.setTimeout(() => void run(false), TYPING_PAUSE_MS);
  });
  for (const select of [category, year, sort]) {
    select.addEventListener('change', () => {
      page = 1;
      void run(false);
    });
  }
  fromAddress();
  void run(false);
}

/** Under the header's box: the first results as links while the reader types, and a link to all. */
function searchBox(input: HTMLInputElement, config: SearchConfig, engine: ReturnType<typeof createSearch>): void {
  const form = input.form!;
  const panel = el('div', { class: 'search-box', id: 'o-tim-kiem-ket-qua', hidden: '' });
  const status = el('p', { class: 'search-box__status', role: 'status' });
  const list = el('ul', { class: 'search-box__list' });
  const all = el('a', { class: 'search-box__all', href: config.page }, config.strings.seeAll);
  panel.append(status, list, all);
  form.after(panel);
  // (aria-expanded is not allowed on a search box; the panel's status line is announced instead.)
  input.setAttribute('aria-controls', panel.id);
  const open = (shown: boolean): void => {
    panel.hidden = !shown;
  };
  let asked = 0;
  let pause: number | undefined;
  const update = (): void => {
    clearTimeout(pause);
    pause = window.setTimeout(async () => {
      const query = input.value.trim();
      const mine = ++asked;
      if (!query) return open(false);
      try {
        const outcome = await engine.search(query, { prefix: true, pageSize: BOX_RESULTS });
        if (mine !== asked) return;
        list.replaceChildren(...outcome.results.map((r) => resultItem(r, config.base, null)));
        status.textContent = outcome.total ? fill(config.strings.found, { n: outcome.total.toLocaleString('vi-VN'), q: query }) : fill(config.strings.none, { q: query });
        all.setAttribute('href', `${config.page}?${new URLSearchParams({ q: query })}`);
        all.hidden = outcome.total <= BOX_RESULTS;
        open(true);
      } catch {
        if (mine === asked) {
          status.textContent = config.strings.failed;
          open(true);
        }
      }
    }, TYPING_PAUSE_MS);
  };
  input.addEventListener('input', update);
  // What was typed while this script loaded.
  if (input.value.trim()) update();
  const wrapper = form.parentElement!;
  wrapper.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      open(false);
      input.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (!panel.contains(event.target as Node) && event.target !== input) open(false);
  });
}

const config = readConfig();
if (config) {
  const engine = createSearch(async (name) => {
    const response = await fetch(`${config.index}${name}`);
    if (!response.ok) throw new Error(`${response.status} ${name}`);
    return response.json();
  });
  // The reader is about to search: the directory is asked for now (the search page has it preloaded).
  engine.directory().catch(() => undefined);
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  if (page) searchPage(page, config, engine);
  else {
    const box = document.querySelector<HTMLInputElement>('[data-search-box]');
    if (box) searchBox(box, config, engine);
  }
}
