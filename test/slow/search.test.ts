// Site search in a real browser: the sample site (its content, without its live services, so any
// request that leaves the site is a failure) built with the CLI, served on 127.0.0.1, driven in
// Chromium by keyboard as a reader would.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, buildSite, describeBuild } from '../helpers/build-site.js';
import { formatViolations, launchChromium, runAxe } from '../helpers/browser.js';
import { startStaticServer, type StaticServer } from '../helpers/static-server.js';
import { makeTempDir } from '../helpers/temp.js';

/** The seed article: the old portal's page this project started from. */
const SEED_TITLE = 'Hội nghị tổng kết công tác dân vận năm 2022, triển khai nhiệm vụ năm 2023';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
/** Every request the pages made, and those that left the site. */
const requests: string[] = [];
const outside: string[] = [];

beforeAll(async () => {
  const root = makeTempDir('search-site');
  cpSync(path.join(REPO_ROOT, 'content'), path.join(root, 'content'), { recursive: true });
  cpSync(path.join(REPO_ROOT, 'public'), path.join(root, 'public'), { recursive: true });
  // The sample's configuration without its live services (counter, statistics, feedback).
  const config = readFileSync(path.join(REPO_ROOT, 'baotinh.config.yaml'), 'utf8').replace(/^live:\n(?:[ \t]+.*\n|\n)*/m, '');
  expect(config).not.toContain('goatcounter');
  writeFileSync(path.join(root, 'baotinh.config.yaml'), config);
  const out = path.join(makeTempDir('search-out'), 'site');
  const built = buildSite({ root, out, args: ['--quiet'] });
  expect(built.code, describeBuild(built)).toBe(0);
  server = await startStaticServer(out);
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'vi-VN' });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (!url.startsWith(server.url)) {
      outside.push(url);
      return route.abort();
    }
    return route.continue();
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function open(address: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(new URL(address, server.url).href);
  return page;
}

/** The status line once it reports a result (not "Đang tìm…"). */
async function statusOf(page: Page): Promise<string> {
  await page.waitForFunction(() => /Tìm thấy|Không tìm thấy/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  return (await page.textContent('[data-search-status]'))!;
}

const titles = (page: Page): Promise<string[]> => page.$$eval('.search-result__title', (els) => els.map((e) => e.textContent ?? ''));

describe('site search in Chromium', () => {
  it('typing "dan van" on the search page lists the seed article (found by paging on with the keyboard)', async () => {
    const page = await open('tim-kiem/');
    await page.focus('#tim-kiem-q');
    await page.keyboard.type('dan van');
    const status = await statusOf(page);
    const total = Number(/Tìm thấy ([\d.]+)/.exec(status)![1]!.replace(/\./g, ''));
    expect(total).toBeGreaterThanOrEqual(40);
    // The address follows the query, so the search can be linked.
    expect(new URL(page.url()).searchParams.get('q')).toBe('dan van');
    let found = (await titles(page)).includes(SEED_TITLE);
    for (let step = 0; !found && step < 5; step++) {
      const before = (await titles(page)).join('|');
      await page.focus('.search__pages a[rel="next"]');
      await page.keyboard.press('Enter');
      await page.waitForFunction((was) => Array.from(document.querySelectorAll('.search-result__title'), (e) => e.textContent).join('|') !== was, before);
      found = (await titles(page)).includes(SEED_TITLE);
    }
    expect(found, 'the seed article is among the results').toBe(true);
    // The matched syllables are highlighted in the headline.
    const marks = await page.$$eval('.search-result__title mark', (els) => els.map((e) => e.textContent));
    expect(marks.map((m) => m!.toLowerCase())).toContain('dân');
    await page.close();
  });

  it('"dang" finds articles about Đảng (đ has no decomposition: folded by hand)', async () => {
    const page = await open('tim-kiem/?q=dang');
    await statusOf(page);
    const marks = await page.$$eval('.search-result mark', (els) => els.map((e) => e.textContent));
    expect(marks).toContain('Đảng');
    expect((await titles(page)).some((t) => t.includes('Đảng'))).toBe(true);
    await page.close();
  });

  it('?q= in the address works on load, and fills the form', async () => {
    const page = await open('tim-kiem/?q=dang+uy');
    expect(await statusOf(page)).toMatch(/^Tìm thấy [\d.]+ bài viết cho “dang uy”\.$/);
    expect(await page.inputValue('#tim-kiem-q')).toBe('dang uy');
    // "Đảng ủy" in a headline, adjacent, comes first.
    expect((await titles(page))[0]).toContain('Đảng ủy');
    await page.close();
  });

  it('a category filter narrows the results to that category, and the address says so', async () => {
    const page = await open('tim-kiem/?q=dan+van');
    const all = Number(/Tìm thấy ([\d.]+)/.exec(await statusOf(page))![1]!.replace(/\./g, ''));
    await page.selectOption('#tim-kiem-chuyen-muc', 'dan-van-kheo');
    await page.waitForFunction((n) => !new RegExp(`Tìm thấy ${n} `).test(document.querySelector('[data-search-status]')?.textContent ?? ''), String(all));
    const narrowed = Number(/Tìm thấy ([\d.]+)/.exec(await statusOf(page))![1]!.replace(/\./g, ''));
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    const categories = await page.$$eval('.search-result__meta', (els) => els.map((e) => e.textContent ?? ''));
    expect(categories.every((c) => c.includes('Dân vận khéo'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('chuyen-muc')).toBe('dan-van-kheo');
    await page.close();
  });

  it('the header box loads the search script only when focused, then lists results as the reader types; Escape closes them', async () => {
    const page = await open('');
    const scripts = (): string[] => requests.filter((u) => u.includes('/assets/search/'));
    const before = scripts().length;
    await page.waitForLoadState('load');
    expect(scripts().length, 'no search script before the box is focused').toBe(before);
    await page.focus('#o-tim-kiem');
    await page.keyboard.type('dân vận khéo');
    await page.waitForSelector('#o-tim-kiem-ket-qua:not([hidden]) .search-box__item');
    expect(scripts().length).toBeGreaterThan(before);
    const first = await page.textContent('#o-tim-kiem-ket-qua .search-box__item a');
    expect(first).toMatch(/Dân vận khéo/);
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations, 'home page with the search box open')).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#o-tim-kiem-ket-qua')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('o-tim-kiem');
    await page.close();
  });

  /** Opens a page whose search modules and index directory each answer after `delay` ms (a slow
   *  network): when each was asked for, and how often. */
  async function openSlow(address: string, delay: number): Promise<{ page: Page; asked: Map<string, number[]> }> {
    const page = await context.newPage();
    const asked = new Map<string, number[]>();
    await page.route(/\/assets\/search\/[^/]+\.js|\/chi-muc\/index\.json/, async (route) => {
      const url = route.request().url();
      requests.push(url);
      const file = new URL(url).pathname.split('/').pop()!;
      asked.set(file, [...(asked.get(file) ?? []), Date.now()]);
      await new Promise((resolve) => setTimeout(resolve, delay));
      await route.continue();
    });
    await page.goto(new URL(address, server.url).href);
    return { page, asked };
  }

  const SEARCH_MODULES = ['search-engine.js', 'search-page.js', 'search-query.js', 'search-rank.js', 'search-terms.js'];

  it('on a slow network the search page asks for its modules and the index directory at once, each once', async () => {
    // Asked for one after another (each module's imports read before they are asked for), they
    // would be spread over at least three delays before the first result.
    const delay = 700;
    const { page, asked } = await openSlow('tim-kiem/?q=dan+van', delay);
    expect(await statusOf(page)).toMatch(/^Tìm thấy/);
    expect([...asked.keys()].filter((f) => f.endsWith('.js')).sort()).toEqual(SEARCH_MODULES);
    for (const [file, times] of asked) expect(times, `${file} asked for once`).toHaveLength(1);
    const first = [...SEARCH_MODULES, 'index.json'].map((f) => asked.get(f)![0]!);
    expect(Math.max(...first) - Math.min(...first)).toBeLessThan(delay);
    await page.close();
  });

  it('the header box, once focused, asks for the search modules at once and the directory before anything is typed', async () => {
    const delay = 700;
    const { page, asked } = await openSlow('', delay);
    await page.waitForLoadState('load');
    expect(asked.size, 'nothing before the box is focused').toBe(0);
    await page.focus('#o-tim-kiem');
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/chi-muc/index.json') && (e as PerformanceResourceTiming).responseEnd > 0));
    expect([...asked.keys()].filter((f) => f.endsWith('.js')).sort()).toEqual(SEARCH_MODULES);
    const first = SEARCH_MODULES.map((f) => asked.get(f)![0]!);
    expect(Math.max(...first) - Math.min(...first)).toBeLessThan(delay);
    expect(asked.get('index.json')).toHaveLength(1);
    await page.close();
  });

  it('the search page with results: zero axe violations; the count is in a status region', async () => {
    const page = await open('tim-kiem/?q=ton+giao');
    await statusOf(page);
    expect(await page.getAttribute('[data-search-status]', 'role')).toBe('status');
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations, 'search page with results')).toEqual([]);
    await page.close();
  });

  it('without JavaScript the page says search needs it and offers the categories and the archive', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(new URL('tim-kiem/?q=dan+van', server.url).href);
    expect(await page.textContent('.search__noscript')).toContain('cần JavaScript');
    const links = await page.$$eval('.search__fallback a', (els) => els.map((e) => e.getAttribute('href')));
    expect(links).toContain('/luu-tru/');
    expect(links.some((l) => l?.startsWith('/chuyen-muc/'))).toBe(true);
    await noScript.close();
  });

  it('no request left the site', () => {
    expect(requests.length).toBeGreaterThan(10);
    expect(outside).toEqual([]);
  });
});
