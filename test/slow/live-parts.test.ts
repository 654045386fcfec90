// The "live parts" of a static portal (config `live:`): view counter (GoatCounter or a
// generic JSON service), visitor statistics, reader feedback form, and the reader tools
// (print, text size, share, copy link). Fixture sites are built with the CLI, served on
// 127.0.0.1, and driven in Chromium against fake services (test/helpers/live-services.ts):
// one answering, one slow (5 s, beyond the configured timeout), one failing (HTTP 500),
// and a site with no `live:` at all.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { article, makeSite, MINIMAL_CONFIG } from '../fixtures/make-site.js';
import { buildSite, describeBuild, type BuildResult } from '../helpers/build-site.js';
import { startStaticServer, type StaticServer } from '../helpers/static-server.js';
import { formatViolations, launchChromium, runAxe } from '../helpers/browser.js';
import { formatNuMessages, runNuHtmlChecker } from '../helpers/vnu.js';
import { listFiles } from '../helpers/links.js';
import {
  goatReads,
  parseFormBody,
  startFailingService,
  startFeedbackService,
  startGenericCounter,
  startGoatCounter,
  startSlowService,
  startStatsService,
  type RecordedRequest,
  type Service,
} from '../helpers/live-services.js';

// ---------------------------------------------------------------- fixture

const BASE_URL = 'https://thu.example.vn';
const ARTICLE_PATH = '/tin-tuc/2023/01/bai-co-luot-xem/';
const NOVIEWS_PATH = '/tin-tuc/2023/01/bai-chua-co-luot-xem/';
const CONTACT_PATH = '/lien-he/';
const ARTICLE_TITLE = 'Hội nghị tổng kết công tác dân vận năm 2023';
const NOVIEWS_TITLE = 'Xã vùng cao ra quân làm đường nông thôn';
const ARTICLE_CANONICAL = `${BASE_URL}${ARTICLE_PATH}`;
const BASELINE = 1238;

const SLOW_MS = 5000;
const SHORT_TIMEOUT = 300;

const MSG = {
  name: 'Vui lòng nhập họ tên.',
  email: 'Địa chỉ thư điện tử không hợp lệ.',
  subject: 'Vui lòng nhập tiêu đề.',
  body: 'Vui lòng nhập nội dung.',
  thanks: 'Cảm ơn bạn, ý kiến đã được gửi.',
  failed: 'Chưa gửi được ý kiến, vui lòng thử lại sau.',
  copied: 'Đã chép liên kết.',
};

const BODY = [
  'Sáng 15/1/2023, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2022.',
  '',
  'Hội nghị đánh giá kết quả thực hiện phong trào thi đua "Dân vận khéo" và đề ra nhiệm vụ năm 2023.',
  '',
  '## Kết quả nổi bật',
  '',
  'Các cấp ủy đã lãnh đạo, chỉ đạo thực hiện tốt công tác dân vận, góp phần giữ vững ổn định chính trị.',
  '',
].join('\n');

const FILES: Record<string, string> = {
  'content/bai-co-luot-xem.md': article(
    {
      title: ARTICLE_TITLE,
      date: '2023-01-15T09:00',
      category: 'tin-tuc',
      slug: 'bai-co-luot-xem',
      views: String(BASELINE),
      author: 'Hà Quang Vinh',
      summary: 'Hội nghị tổng kết công tác dân vận năm 2022, triển khai nhiệm vụ năm 2023.',
    },
    BODY,
  ),
  'content/bai-chua-co-luot-xem.md': article(
    { title: NOVIEWS_TITLE, date: '2023-01-10T09:00', category: 'tin-tuc', slug: 'bai-chua-co-luot-xem' },
    'Người dân xã vùng cao cùng góp công làm đường bê tông nông thôn.\n',
  ),
};

type SiteName = 'all' | 'generic' | 'slow' | 'failing' | 'none';

interface Services {
  goat: Service;
  generic: Service;
  slow: Service;
  failing: Service;
  stats: Service;
  feedback: Service;
}

/** A `live:` block: a GoatCounter-style counter at `base`, statistics at `stats`, optionally feedback. */
function goatcounterBlock(base: string, stats: string, timeout: number, feedback: string | null): string {
  const q = (v: string) => JSON.stringify(v);
  return [
    'live:',
    '  counter:',
    '    type: goatcounter',
    `    url: ${q(base)}`,
    `    timeout: ${timeout}`,
    '  stats:',
    `    url: ${q(`${stats}/stats.json`)}`,
    `    timeout: ${timeout}`,
    ...(feedback ? ['  feedback:', `    endpoint: ${q(`${feedback}/gop-y`)}`] : []),
  ].join('\n');
}

function liveBlock(name: SiteName, s: Services): string | null {
  const q = (v: string) => JSON.stringify(v);
  switch (name) {
    case 'all':
      return goatcounterBlock(s.goat.url, s.stats.url, 1500, s.feedback.url);
    case 'generic':
      return [
        'live:',
        '  counter:',
        '    type: generic',
        `    url: ${q(`${s.generic.url}/views?path={path}`)}`,
        '    field: data.views',
        `    record: ${q(`${s.generic.url}/hit?path={path}`)}`,
        '    timeout: 1500',
      ].join('\n');
    case 'slow':
      return goatcounterBlock(s.slow.url, s.slow.url, SHORT_TIMEOUT, null);
    case 'failing':
      return goatcounterBlock(s.failing.url, s.failing.url, 1500, s.failing.url);
    case 'none':
      return null;
  }
}

interface Site {
  name: SiteName;
  root: string;
  out: string;
  config: string;
  build: BuildResult;
  server?: StaticServer;
}

const SITE_NAMES: SiteName[] = ['all', 'generic', 'slow', 'failing', 'none'];
const sites = new Map<SiteName, Site>();
let svc: Services | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  svc = {
    // Different separators on purpose: GoatCounter formats counts for humans.
    goat: await startGoatCounter((p) => (p === ARTICLE_PATH ? '1 000' : '1\u2009000')),
    generic: await startGenericCounter(25),
    slow: await startSlowService(SLOW_MS),
    failing: await startFailingService(),
    stats: await startStatsService({ online: 12, today: 345, total: 67890 }),
    feedback: await startFeedbackService(),
  };
  for (const name of SITE_NAMES) {
    const live = liveBlock(name, svc);
    const config = live ? `${MINIMAL_CONFIG}${live}\n` : MINIMAL_CONFIG;
    const root = makeSite(FILES, config);
    const out = path.join(root, '_site');
    const build = buildSite({ root, out, timeoutMs: 60_000 });
    const site: Site = { name, root, out, config, build };
    if (build.code === 0) site.server = await startStaticServer(out);
    sites.set(name, site);
  }
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  for (const s of sites.values()) {
    await s.server?.close();
    if (!process.env.BAOTINH_KEEP_TEST_OUTPUT) fs.rmSync(s.root, { recursive: true, force: true });
    else console.log(`live-parts: site "${s.name}" kept in ${s.root}`);
  }
  if (svc) for (const s of Object.values(svc)) await s.close();
});

// ---------------------------------------------------------------- helpers

function services(): Services {
  if (!svc) throw new Error('the fake services did not start');
  return svc;
}

/** The built and served site, or a failure that shows the build output. */
function site(name: SiteName) {
  const s = sites.get(name);
  if (!s) throw new Error(`site "${name}" was not built (beforeAll failed?)`);
  if (s.build.code !== 0 || !s.server) {
    throw new Error(`building the "${name}" fixture site failed.\nconfig:\n${s.config}\n${describeBuild(s.build)}`);
  }
  const server = s.server;
  const origin = server.url.replace(/\/$/, '');
  return {
    ...s,
    origin,
    url: (p: string) => `${origin}${p}`,
    file: (p: string) => path.join(s.out, ...p.split('/').filter(Boolean), 'index.html'),
  };
}

const openContexts: BrowserContext[] = [];
afterEach(async () => {
  while (openContexts.length) await openContexts.pop()!.close().catch(() => undefined);
});

/** A browser context that can reach 127.0.0.1 only (anything else is aborted, still visible to page.on('request')). */
async function newContext(opts: BrowserContextOptions = {}): Promise<BrowserContext> {
  if (!browser) throw new Error('Chromium did not start');
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', ...opts });
  openContexts.push(ctx);
  ctx.setDefaultTimeout(8000);
  await ctx.route('**/*', (route) =>
    route.request().url().startsWith('http://127.0.0.1:') ? route.continue() : route.abort('blockedbyclient'),
  );
  return ctx;
}

interface Watch {
  /** pageerror and console.error, except the browser's own "Failed to load resource" network messages. */
  errors: string[];
  ignored: string[];
  requests: string[];
}

function watch(page: Page): Watch {
  const w: Watch = { errors: [], ignored: [], requests: [] };
  page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (/^Failed to load resource\b/.test(m.text())) w.ignored.push(m.text());
    else w.errors.push(`console.error: ${m.text()}`);
  });
  page.on('request', (r) => w.requests.push(`${r.method()} ${r.url()}`));
  return w;
}

function describeWatch(w: Watch): string {
  return (
    `requests made by the page:\n  ${w.requests.join('\n  ') || '(none)'}\n` +
    `errors:\n  ${w.errors.join('\n  ') || '(none)'}\n` +
    (w.ignored.length ? `ignored network console messages:\n  ${w.ignored.join('\n  ')}\n` : '')
  );
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(fn: () => Promise<T> | T, ok: (v: T) => boolean, timeoutMs: number, intervalMs = 50): Promise<T> {
  const end = Date.now() + timeoutMs;
  let v = await fn();
  while (!ok(v) && Date.now() < end) {
    await sleep(intervalMs);
    v = await fn();
  }
  return v;
}

interface ViewState {
  outer: null | { hidden: boolean; visible: boolean; text: string; count: number };
  inner: null | { text: string; live: string | null; path: string | null; baseline: string | null };
}

async function viewState(page: Page): Promise<ViewState> {
  return page.evaluate(() => {
    const outers = document.querySelectorAll('.article__views');
    const outer = outers[0] ?? null;
    const inner = (outer?.querySelector('.view-count') ?? document.querySelector('.view-count')) as HTMLElement | null;
    return {
      outer: outer
        ? {
            hidden: outer.hasAttribute('hidden'),
            visible: outer.checkVisibility(),
            text: (outer.textContent ?? '').replace(/\s+/g, ' ').trim(),
            count: outers.length,
          }
        : null,
      inner: inner
        ? {
            text: (inner.textContent ?? '').trim(),
            live: inner.getAttribute('data-live'),
            path: inner.getAttribute('data-path'),
            baseline: inner.getAttribute('data-baseline'),
          }
        : null,
    };
  });
}

/** Waits until the view count has a data-live verdict (or timeoutMs passes). */
function waitForVerdict(page: Page, timeoutMs: number): Promise<ViewState> {
  return waitFor(() => viewState(page), (s) => !!s.inner?.live, timeoutMs);
}

function since(s: Service, t0: number, pred: (r: RecordedRequest) => boolean = () => true): RecordedRequest[] {
  return s.calls().filter((r) => r.at >= t0 && pred(r));
}

async function statsState(page: Page) {
  return page.evaluate(() => {
    const all = document.querySelectorAll('.visitor-stats');
    const sec = all[0] as HTMLElement | undefined;
    if (!sec) return null;
    const stat = (k: string) => (sec.querySelector(`[data-stat="${k}"]`)?.textContent ?? null)?.trim() ?? null;
    const h = sec.querySelector('h2');
    return {
      count: all.length,
      inSidebar: !!sec.closest('.sidebar'),
      hidden: sec.hasAttribute('hidden'),
      visible: sec.checkVisibility(),
      classes: sec.className,
      labelledby: sec.getAttribute('aria-labelledby'),
      heading: h ? { id: h.id, text: (h.textContent ?? '').trim() } : null,
      text: (sec.textContent ?? '').replace(/\s+/g, ' ').trim(),
      online: stat('online'),
      today: stat('today'),
      total: stat('total'),
    };
  });
}

const FIELDS = ['ho_ten', 'email', 'tieu_de', 'noi_dung'] as const;

async function formState(page: Page, formSelector = 'form.feedback') {
  return page.evaluate(
    ({ sel, names }) => {
      const form = document.querySelector(sel) as HTMLFormElement | null;
      if (!form) return null;
      const fields: Record<string, null | { value: string; invalid: string | null; error: string | null; errorId: string | null; errorVisible: boolean }> = {};
      for (const name of names) {
        const el = form.querySelector(`[name="${name}"]`) as HTMLInputElement | HTMLTextAreaElement | null;
        if (!el) {
          fields[name] = null;
          continue;
        }
        const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
        const err = ids.map((id) => document.getElementById(id)).find((e) => e?.classList.contains('feedback__error')) ?? null;
        fields[name] = {
          value: el.value,
          invalid: el.getAttribute('aria-invalid'),
          error: err ? (err.textContent ?? '').trim() : null,
          errorId: err?.id ?? null,
          errorVisible: err ? err.checkVisibility() : false,
        };
      }
      const a = document.activeElement;
      return {
        fields,
        active: a ? (a.getAttribute('name') ?? a.id ?? a.tagName) : null,
        status: (form.querySelector('.feedback__status')?.textContent ?? '').trim(),
        location: location.href,
      };
    },
    { sel: formSelector, names: [...FIELDS] },
  );
}

async function fillValid(page: Page, who: string) {
  const form = page.locator('form.feedback');
  await form.locator('[name="ho_ten"]').fill(who);
  await form.locator('[name="email"]').fill('hoa.nguyen@example.vn');
  await form.locator('[name="tieu_de"]').fill('Góp ý về bài viết');
  await form.locator('[name="noi_dung"]').fill('Bài viết rất hữu ích, đề nghị đăng thêm ảnh.\nXin cảm ơn.');
}

function postsSince(s: Service, t0: number) {
  return since(s, t0, (r) => r.method === 'POST').map((r) => ({ req: r, form: parseFormBody(r) }));
}

function describePosts(posts: ReturnType<typeof postsSince>): string {
  return posts.map((p) => `  ${p.req.method} ${p.req.rawUrl} (${p.form.contentType}) ${JSON.stringify(p.form.fields)}`).join('\n') || '  (none)';
}

/** baotinh.js has run: the JS-only reader tools are shown (then the feedback submit handler is in place too). */
async function scriptReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const b = document.querySelector('.reader-tools [data-tool="larger"]');
    return !!b && !b.hasAttribute('hidden');
  }, undefined, { timeout: 5000 });
}

async function fontSize(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.style.fontSize);
}

// ---------------------------------------------------------------- tests

describe('fixture sites', () => {
  it.each(SITE_NAMES)('the "%s" site builds', (name) => {
    const s = sites.get(name);
    expect(s, `site ${name} missing`).toBeDefined();
    expect(s!.build.code, `config:\n${s!.config}\n${describeBuild(s!.build)}`).toBe(0);
    for (const p of [ARTICLE_PATH, NOVIEWS_PATH]) {
      expect(fs.existsSync(site(name).file(p)), `${name}: ${p}index.html was not generated`).toBe(true);
    }
  });

  it('every page loads assets/baotinh.js?v=… with defer, and carries the live config as JSON when `live` is set', () => {
    const problems: string[] = [];
    for (const name of ['all', 'none'] as const) {
      const s = site(name);
      const pages = listFiles(s.out).filter((f) => f.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(3);
      for (const f of pages) {
        const rel = path.relative(s.out, f);
        const html = fs.readFileSync(f, 'utf8');
        const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].map((m) => m[1] ?? '');
        const main = scripts.find((a) => /\bsrc="[^"]*assets\/baotinh\.js\?v=[^"]+"/.test(a));
        if (!main) problems.push(`${name}/${rel}: no <script src=".../assets/baotinh.js?v=…">`);
        else if (!/\sdefer(\s|=|$)/.test(` ${main}`)) problems.push(`${name}/${rel}: baotinh.js is loaded without defer: <script${main}>`);
        if (name === 'all') {
          const m = /<script\b([^>]*\bid="baotinh-live"[^>]*)>([\s\S]*?)<\/script>/i.exec(html);
          if (!m) {
            problems.push(`${name}/${rel}: no <script type="application/json" id="baotinh-live">`);
            continue;
          }
          if (!/\btype="application\/json"/.test(m[1] ?? '')) problems.push(`${name}/${rel}: #baotinh-live is not type="application/json": <script${m[1]}>`);
          try {
            const cfg = JSON.stringify(JSON.parse(m[2] ?? ''));
            const svcs = services();
            for (const needle of [svcs.goat.url, `${svcs.stats.url}/stats.json`]) {
              if (!cfg.includes(needle)) problems.push(`${name}/${rel}: #baotinh-live does not mention ${needle}: ${cfg.slice(0, 300)}`);
            }
          } catch (e) {
            problems.push(`${name}/${rel}: #baotinh-live is not valid JSON (${String(e)}): ${(m[2] ?? '').slice(0, 300)}`);
          }
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('the article shows the baseline "1.238"; a count-less article has only a hidden, empty placeholder; JS-only tools are hidden', async () => {
    const s = site('all');
    const t0 = Date.now();
    const ctx = await newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    const w = watch(page);
    const res = await page.goto(s.url(ARTICLE_PATH));
    expect(res?.status()).toBe(200);

    const st = await viewState(page);
    const d = `view-count state: ${JSON.stringify(st)}`;
    expect(st.outer, `no .article__views on ${ARTICLE_PATH}. ${d}`).not.toBeNull();
    expect(st.outer!.visible, d).toBe(true);
    expect(st.outer!.text, d).toBe('Lượt xem: 1.238');
    expect(st.inner, d).toMatchObject({ text: '1.238', baseline: String(BASELINE), path: ARTICLE_PATH, live: null });
    expect(await page.locator('body').innerText()).toContain('1.238');

    // Reader tools: the buttons need JS and must be hidden; the Facebook link is a plain link.
    const tools = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.reader-tools [data-tool]')).map((el) => ({
        tool: el.getAttribute('data-tool'),
        tag: el.tagName.toLowerCase(),
        hidden: el.hasAttribute('hidden'),
        visible: el.checkVisibility(),
        href: el.getAttribute('href'),
      })),
    );
    const td = `reader tools: ${JSON.stringify(tools)}`;
    for (const tool of ['print', 'smaller', 'larger', 'zalo', 'copy']) {
      const t = tools.find((x) => x.tool === tool);
      expect(t, `no [data-tool="${tool}"] in .reader-tools. ${td}`).toBeDefined();
      expect(t!.tag, td).toBe('button');
      expect.soft({ tool, visible: t!.visible }, `without JS the ${tool} button must be hidden. ${td}`).toEqual({ tool, visible: false });
    }
    const fb = tools.find((x) => x.tool === 'facebook');
    expect(fb, td).toMatchObject({ tag: 'a', visible: true, href: `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(ARTICLE_CANONICAL)}` });

    // Visitor statistics: in the page (configured) but hidden.
    const stats = await statsState(page);
    expect(stats, 'the "all" site configures stats: .visitor-stats must be in the sidebar').not.toBeNull();
    expect(stats, JSON.stringify(stats)).toMatchObject({ count: 1, inSidebar: true, hidden: true, visible: false });

    // The article without a baseline: placeholder present (a counter is configured), hidden, empty.
    await page.goto(s.url(NOVIEWS_PATH));
    const st2 = await viewState(page);
    const d2 = `view-count state on ${NOVIEWS_PATH}: ${JSON.stringify(st2)}`;
    expect(st2.outer, d2).not.toBeNull();
    expect(st2.outer, d2).toMatchObject({ hidden: true, visible: false });
    expect(st2.inner, d2).toMatchObject({ text: '', baseline: '0', path: NOVIEWS_PATH });

    expect(since(services().goat, t0), `no counter request can happen without JS:\n${services().goat.describe()}`).toEqual([]);
    expect(w.errors, describeWatch(w)).toEqual([]);
  });

  it('the feedback form is a plain urlencoded POST to the endpoint', async () => {
    const s = site('all');
    const { feedback } = services();
    const ctx = await newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(s.url(ARTICLE_PATH));
    const t0 = Date.now();
    await fillValid(page, 'Nguyễn Thị Hoa (không JS)');
    await Promise.all([
      page.waitForURL(`${feedback.url}/gop-y`, { timeout: 8000 }).catch(() => undefined),
      page.locator('form.feedback button[type="submit"]').click(),
    ]);
    const posts = await waitFor(() => postsSince(feedback, t0), (p) => p.length > 0, 5000);
    expect(posts.length, `the feedback server received no POST (page is at ${page.url()}):\n${feedback.describe()}`).toBe(1);
    const { req, form } = posts[0]!;
    expect(req.pathname).toBe('/gop-y');
    expect(form.kind, `Content-Type: ${form.contentType}`).toBe('urlencoded');
    expect(form.fields, describePosts(posts)).toMatchObject({
      ho_ten: 'Nguyễn Thị Hoa (không JS)',
      email: 'hoa.nguyen@example.vn',
      tieu_de: 'Góp ý về bài viết',
      url: ARTICLE_CANONICAL,
      tieu_de_bai: ARTICLE_TITLE,
      website: '',
    });
    expect(form.fields.noi_dung?.replace(/\r\n/g, '\n')).toBe('Bài viết rất hữu ích, đề nghị đăng thêm ảnh.\nXin cảm ơn.');
  });
});

describe('view counter', () => {
  it('GoatCounter: baseline 1238 + live "1 000" → "2.238", data-live="loaded"; the view is recorded with p=<article path>', async () => {
    const s = site('all');
    const { goat } = services();
    const t0 = Date.now();
    const ctx = await newContext();
    const page = await ctx.newPage();
    const w = watch(page);
    await page.goto(s.url(ARTICLE_PATH));
    const st = await waitForVerdict(page, 5000);
    const d = `state: ${JSON.stringify(st)}\n${describeWatch(w)}service log:\n${goat.describe()}`;
    expect(st.inner?.live, d).toBe('loaded');
    expect(st.inner?.text, d).toBe('2.238');
    expect(st.outer?.visible, d).toBe(true);

    const hits = await waitFor(
      () => since(goat, t0, (r) => r.pathname === '/count'),
      (h) => h.some((r) => r.query.get('p') === ARTICLE_PATH),
      3000,
    );
    expect(hits.map((h) => h.query.get('p')), `no /count?p=${ARTICLE_PATH} hit recorded\n${d}`).toContain(ARTICLE_PATH);
    const hit = hits.find((h) => h.query.get('p') === ARTICLE_PATH)!;
    expect(hit.query.get('t') ?? '', `the hit's t= should carry the title: ${hit.rawUrl}`).toContain(ARTICLE_TITLE);
    const reads = since(goat, t0, (r) => r.pathname.startsWith('/counter/'));
    expect(
      reads.map((r) => r.rawUrl),
      `expected GET /counter/${encodeURIComponent(ARTICLE_PATH)}.json\n${d}`,
    ).toContain(`/counter/${encodeURIComponent(ARTICLE_PATH)}.json`);
    expect(goatReads(goat)).toContain(ARTICLE_PATH);
    expect(w.errors, d).toEqual([]);
  });

  it('GoatCounter, article without baseline: the hidden placeholder shows the live count "1.000" (thin-space thousands)', async () => {
    const s = site('all');
    const ctx = await newContext();
    const page = await ctx.newPage();
    const w = watch(page);
    await page.goto(s.url(NOVIEWS_PATH));
    const st = await waitForVerdict(page, 5000);
    const d = `state: ${JSON.stringify(st)}\n${describeWatch(w)}`;
    expect(st.inner?.live, d).toBe('loaded');
    expect(st.inner?.text, d).toBe('1.000');
    expect(st.outer, d).toMatchObject({ hidden: false, visible: true, text: 'Lượt xem: 1.000' });
    expect(w.errors, d).toEqual([]);
  });

  it('generic adapter: 1238 + data.views 25 → "1.263"; {path} is URL-encoded; the record URL is called', async () => {
    const s = site('generic');
    const { generic } = services();
    const t0 = Date.now();
    const ctx = await newContext();
    const page = await ctx.newPage();
    const w = watch(page);
    await page.goto(s.url(ARTICLE_PATH));
    const st = await waitForVerdict(page, 5000);
    const d = `state: ${JSON.stringify(st)}\n${describeWatch(w)}service log:\n${generic.describe()}`;
    expect(st.inner?.live, d).toBe('loaded');
    expect(st.inner?.text, d).toBe('1.263');
    expect(st.outer?.visible, d).toBe(true);
    const enc = `path=${encodeURIComponent(ARTICLE_PATH)}`;
    expect(since(generic, t0, (r) => r.pathname === '/views').map((r) => r.rawUrl), d).toContain(`/views?${enc}`);
    const hits = await waitFor(() => since(generic, t0, (r) => r.pathname === '/hit'), (h) => h.length > 0, 3000);
    expect(hits.map((r) => r.rawUrl), `the configured record URL was not called\n${d}`).toContain(`/hit?${enc}`);
    expect(w.errors, d).toEqual([]);
  });

  it(`slow service (answers after ${SLOW_MS} ms, timeout ${SHORT_TIMEOUT} ms): stays "1.238", data-live="failed", stats stay hidden, no errors`, async () => {
    const s = site('slow');
    const ctx = await newContext();
    const page = await ctx.newPage();
    const w = watch(page);
    const t0 = Date.now();
    await page.goto(s.url(ARTICLE_PATH));
    const st = await waitForVerdict(page, 4000);
    const elapsed = Date.now() - t0;
    const d = `state after ${elapsed} ms: ${JSON.stringify(st)}\n${describeWatch(w)}service log:\n${services().slow.describe()}`;
    expect(st.inner?.live, `no "failed" verdict within 4 s although the timeout is ${SHORT_TIMEOUT} ms\n${d}`).toBe('failed');
    expect(st.inner?.text, d).toBe('1.238');
    expect(st.outer?.visible, d).toBe(true);
    // Let the late answers arrive: they must not change anything.
    await sleep(Math.max(0, t0 + SLOW_MS + 700 - Date.now()));
    const late = await viewState(page);
    const stats = await statsState(page);
    const d2 = `after the late answers: ${JSON.stringify(late)}\nstats: ${JSON.stringify(stats)}\n${describeWatch(w)}`;
    expect(late.inner, d2).toMatchObject({ text: '1.238', live: 'failed' });
    expect(stats, d2).not.toBeNull();
    expect(stats, d2).toMatchObject({ hidden: true, visible: false });
    expect(w.errors, d2).toEqual([]);
  });

  it('failing service (HTTP 500): stays "1.238", data-live="failed", stats stay hidden, count-less article stays hidden, no errors', async () => {
    const s = site('failing');
    const ctx = await newContext();
    const page = await ctx.newPage();
    const w = watch(page);
    const t0 = Date.now();
    await page.goto(s.url(ARTICLE_PATH));
    const st = await waitForVerdict(page, 4000);
    await waitFor(() => since(services().failing, t0, (r) => r.pathname === '/stats.json'), (x) => x.length > 0, 3000);
    await sleep(300);
    const stats = await statsState(page);
    const d = `state: ${JSON.stringify(st)}\nstats: ${JSON.stringify(stats)}\n${describeWatch(w)}service log:\n${services().failing.describe()}`;
    expect(st.inner?.live, d).toBe('failed');
    expect(st.inner?.text, d).toBe('1.238');
    expect(st.outer?.visible, d).toBe(true);
    expect(stats, d).toMatchObject({ hidden: true, visible: false });

    await page.goto(s.url(NOVIEWS_PATH));
    const st2 = await waitForVerdict(page, 4000);
    const d2 = `state on ${NOVIEWS_PATH}: ${JSON.stringify(st2)}\n${describeWatch(w)}`;
    expect(st2.inner, d2).toMatchObject({ text: '', live: 'failed' });
    expect(st2.outer, d2).toMatchObject({ hidden: true, visible: false });
    expect(w.errors, d).toEqual([]);
  });

  it('no `live:` configured: no request leaves the site origin; no live parts in the page; a count-less article has no .article__views', async () => {
    const s = site('none');
    const ctx = await newContext();
    const page = await ctx.newPage();
    const w = watch(page);
    for (const p of ['/', ARTICLE_PATH, NOVIEWS_PATH]) {
      await page.goto(s.url(p));
      await page.waitForLoadState('networkidle');
    }
    const foreign = w.requests.filter((r) => !r.replace(/^\S+ /, '').startsWith(`${s.origin}/`));
    expect(foreign, `requests outside ${s.origin}:\n${describeWatch(w)}`).toEqual([]);
    expect(w.requests.some((r) => r.includes('/assets/baotinh.js')), `baotinh.js was not loaded\n${describeWatch(w)}`).toBe(true);

    const st = await viewState(page); // NOVIEWS_PATH
    expect(st.outer, `${NOVIEWS_PATH}: ${JSON.stringify(st)}`).toBeNull();
    expect(await page.locator('.view-count').count()).toBe(0);
    expect(await page.locator('.visitor-stats').count(), 'stats not configured: no .visitor-stats').toBe(0);
    expect(await page.locator('form.feedback').count(), 'feedback not configured: no form').toBe(0);

    await page.goto(s.url(ARTICLE_PATH));
    await scriptReady(page);
    const st2 = await viewState(page);
    expect(st2.outer, JSON.stringify(st2)).toMatchObject({ visible: true, text: 'Lượt xem: 1.238' });
    expect(st2.inner?.text).toBe('1.238');
    expect(await page.locator('form.feedback').count(), 'feedback not configured: no form').toBe(0);
    expect(w.errors, describeWatch(w)).toEqual([]);
  });
});

describe('visitor statistics', () => {
  it('configured: visible in the sidebar with Vietnamese labels and numbers (12, 345, 67.890), on the article and the home page', async () => {
    const s = site('all');
    const ctx = await newContext();
    const page = await ctx.newPage();
    const w = watch(page);
    for (const p of [ARTICLE_PATH, '/']) {
      await page.goto(s.url(p));
      const st = await waitFor(() => statsState(page), (x) => !!x?.visible, 5000);
      const d = `${p}: ${JSON.stringify(st)}\n${describeWatch(w)}service log:\n${services().stats.describe()}`;
      expect(st, d).not.toBeNull();
      expect(st, d).toMatchObject({
        count: 1,
        inSidebar: true,
        hidden: false,
        visible: true,
        labelledby: 'thong-ke-truy-cap',
        heading: { id: 'thong-ke-truy-cap', text: 'Thống kê truy cập' },
        online: '12',
        today: '345',
        total: '67.890',
      });
      expect(st!.classes.split(/\s+/), d).toEqual(expect.arrayContaining(['sidebar-block', 'visitor-stats']));
      for (const label of ['Đang truy cập', 'Hôm nay', 'Tổng lượt truy cập']) expect(st!.text, d).toContain(label);
    }
    expect(w.errors, describeWatch(w)).toEqual([]);
  });

  it('not configured: no .visitor-stats at all', async () => {
    const ctx = await newContext();
    const page = await ctx.newPage();
    for (const name of ['generic', 'none'] as const) {
      for (const p of ['/', ARTICLE_PATH]) {
        await page.goto(site(name).url(p));
        expect(await page.locator('.visitor-stats').count(), `${name} site ${p}`).toBe(0);
        expect(await page.locator('#thong-ke-truy-cap').count(), `${name} site ${p}`).toBe(0);
      }
    }
  });
});

describe('feedback form with JavaScript', () => {
  it('markup: fields, labels, error elements, honeypot, hidden url/title, status; also on /lien-he/', async () => {
    const s = site('all');
    const ctx = await newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    for (const p of [ARTICLE_PATH, CONTACT_PATH]) {
      const res = await page.goto(s.url(p));
      expect(res?.status(), `${p} should exist when feedback is configured`).toBe(200);
      const info = await page.evaluate(() => {
        const forms = document.querySelectorAll('form.feedback');
        const f = forms[0] as HTMLFormElement | undefined;
        if (!f) return null;
        const q = (sel: string) => f.querySelector(sel);
        const field = (name: string) => {
          const el = q(`[name="${name}"]`) as HTMLInputElement | null;
          if (!el) return null;
          const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : el.closest('label');
          const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
          const err = ids.map((id) => document.getElementById(id)).find((e) => e?.classList.contains('feedback__error'));
          return {
            tag: el.tagName.toLowerCase(),
            type: el.getAttribute('type'),
            id: el.id,
            required: el.hasAttribute('required'),
            label: label ? (label.textContent ?? '').trim() : null,
            errorId: err?.id ?? null,
            value: el.getAttribute('value'),
          };
        };
        const hp = q('[name="website"]');
        return {
          count: forms.length,
          method: f.getAttribute('method'),
          action: f.getAttribute('action'),
          ho_ten: field('ho_ten'),
          email: field('email'),
          tieu_de: field('tieu_de'),
          noi_dung: field('noi_dung'),
          url: field('url'),
          tieu_de_bai: field('tieu_de_bai'),
          honeypot: hp ? { inHp: !!hp.closest('.feedback__hp'), type: hp.getAttribute('type') } : null,
          submit: ((q('button[type="submit"]')?.textContent) ?? '').trim(),
          status: q('.feedback__status') ? { role: q('.feedback__status')!.getAttribute('role'), tag: q('.feedback__status')!.tagName.toLowerCase() } : null,
        };
      });
      const d = `${p}: ${JSON.stringify(info, null, 1)}`;
      expect(info, `${p}: no form.feedback`).not.toBeNull();
      expect(info, d).toMatchObject({ count: 1, method: 'post', action: `${services().feedback.url}/gop-y`, submit: 'Gửi ý kiến', status: { role: 'status', tag: 'p' } });
      expect(info!.ho_ten, d).toMatchObject({ id: 'gop-y-ho-ten', required: true, tag: 'input' });
      expect(info!.email, d).toMatchObject({ type: 'email', required: true, tag: 'input' });
      expect(info!.tieu_de, d).toMatchObject({ required: true, tag: 'input' });
      expect(info!.noi_dung, d).toMatchObject({ required: true, tag: 'textarea' });
      for (const n of FIELDS) {
        expect(info![n]!.label, `${p}: ${n} has no <label>. ${d}`).toBeTruthy();
        expect(info![n]!.errorId ?? '', `${p}: ${n} has no .feedback__error linked by aria-describedby. ${d}`).toMatch(/^loi-/);
      }
      expect(info!.url, d).toMatchObject({ type: 'hidden' });
      expect(info!.tieu_de_bai, d).toMatchObject({ type: 'hidden' });
      expect(info!.honeypot, d).toMatchObject({ inHp: true });
      if (p === ARTICLE_PATH) {
        expect(info!.url!.value, d).toBe(ARTICLE_CANONICAL);
        expect(info!.tieu_de_bai!.value, d).toBe(ARTICLE_TITLE);
      } else {
        expect(info!.url!.value ?? '', d).toMatch(/^https?:\/\//);
      }
    }
  });

  it('empty submit: the four Vietnamese messages, aria-invalid, focus on the first field, nothing sent', async () => {
    const s = site('all');
    const { feedback } = services();
    const ctx = await newContext();
    const page = await ctx.newPage();
    const w = watch(page);
    await page.goto(s.url(ARTICLE_PATH));
    await scriptReady(page);
    const t0 = Date.now();
    await page.locator('form.feedback button[type="submit"]').click();
    const st = await waitFor(() => formState(page), (x) => !!x?.fields.noi_dung?.error, 3000);
    await sleep(400);
    const d = `form state: ${JSON.stringify(st, null, 1)}\n${describeWatch(w)}`;
    expect(st, d).not.toBeNull();
    expect(st!.location, `the page navigated away: ${d}`).toBe(s.url(ARTICLE_PATH));
    expect(
      FIELDS.map((n) => [n, st!.fields[n]?.error, st!.fields[n]?.invalid, st!.fields[n]?.errorVisible]),
      d,
    ).toEqual([
      ['ho_ten', MSG.name, 'true', true],
      ['email', MSG.email, 'true', true],
      ['tieu_de', MSG.subject, 'true', true],
      ['noi_dung', MSG.body, 'true', true],
    ]);
    expect(st!.active, `focus should be on the first invalid field. ${d}`).toBe('ho_ten');
    expect(postsSince(feedback, t0), `nothing may be sent:\n${describePosts(postsSince(feedback, t0))}`).toEqual([]);
    expect(w.requests.filter((r) => r.includes(feedback.url)), describeWatch(w)).toEqual([]);
    expect(w.errors, d).toEqual([]);
  });

  it('invalid e-mail: the e-mail message only, focus on the e-mail field, nothing sent', async () => {
    const s = site('all');
    const { feedback } = services();
    const ctx = await newContext();
    const page = await ctx.newPage();
    const w = watch(page);
    await page.goto(s.url(ARTICLE_PATH));
    await scriptReady(page);
    await fillValid(page, 'Nguyễn Văn Bình');
    await page.locator('form.feedback [name="email"]').fill('khong-hop-le');
    const t0 = Date.now();
    await page.locator('form.feedback button[type="submit"]').click();
    const st = await waitFor(() => formState(page), (x) => !!x?.fields.email?.error, 3000);
    await sleep(400);
    const d = `form state: ${JSON.stringify(st, null, 1)}\n${describeWatch(w)}`;
    expect(st!.fields.email, d).toMatchObject({ error: MSG.email, invalid: 'true', errorVisible: true });
    for (const n of ['ho_ten', 'tieu_de', 'noi_dung'] as const) {
      expect(st!.fields[n]!.error, `${n} is valid and must show no error. ${d}`).toBe('');
      expect(st!.fields[n]!.invalid === null || st!.fields[n]!.invalid === 'false', `${n} must not be aria-invalid. ${d}`).toBe(true);
    }
    expect(st!.active, d).toBe('email');
    expect(postsSince(feedback, t0), describePosts(postsSince(feedback, t0))).toEqual([]);
    expect(w.errors, d).toEqual([]);
  });

  it('valid submit: fetch POST with the article URL and title, thank-you status, form reset, no navigation', async () => {
    const s = site('all');
    const { feedback } = services();
    const ctx = await newContext();
    const page = await ctx.newPage();
    const w = watch(page);
    await page.goto(s.url(ARTICLE_PATH));
    await scriptReady(page);
    // An earlier failed attempt must not leave errors behind.
    await page.locator('form.feedback button[type="submit"]').click();
    await fillValid(page, 'Nguyễn Thị Hoa (có JS)');
    const t0 = Date.now();
    await page.locator('form.feedback button[type="submit"]').click();
    const posts = await waitFor(() => postsSince(feedback, t0), (p) => p.length > 0, 5000);
    const st = await waitFor(() => formState(page), (x) => x?.status === MSG.thanks, 3000);
    const d = `form state: ${JSON.stringify(st, null, 1)}\nposts:\n${describePosts(posts)}\n${describeWatch(w)}`;
    expect(posts.length, d).toBe(1);
    const { req, form } = posts[0]!;
    expect(req.pathname).toBe('/gop-y');
    expect(['urlencoded', 'multipart'], `unexpected Content-Type ${form.contentType}`).toContain(form.kind);
    expect(form.fields, d).toMatchObject({
      ho_ten: 'Nguyễn Thị Hoa (có JS)',
      email: 'hoa.nguyen@example.vn',
      tieu_de: 'Góp ý về bài viết',
      url: ARTICLE_CANONICAL,
      tieu_de_bai: ARTICLE_TITLE,
    });
    expect(form.fields.noi_dung?.replace(/\r\n/g, '\n'), d).toBe('Bài viết rất hữu ích, đề nghị đăng thêm ảnh.\nXin cảm ơn.');
    expect(form.fields.website ?? '', d).toBe('');
    expect(st!.status, d).toBe(MSG.thanks);
    expect(st!.location, d).toBe(s.url(ARTICLE_PATH));
    expect(FIELDS.map((n) => st!.fields[n]!.value), `the form should be reset. ${d}`).toEqual(['', '', '', '']);
    expect(FIELDS.map((n) => st!.fields[n]!.error), `no error may remain. ${d}`).toEqual(['', '', '', '']);
    expect(w.errors, d).toEqual([]);
  });

  it('honeypot filled: nothing is sent, the thank-you status is shown', async () => {
    const s = site('all');
    const { feedback } = services();
    const ctx = await newContext();
    const page = await ctx.newPage();
    const w = watch(page);
    await page.goto(s.url(ARTICLE_PATH));
    await scriptReady(page);
    await fillValid(page, 'Robot');
    const inHp = await page.evaluate(() => {
      const hp = document.querySelector('form.feedback [name="website"]') as HTMLInputElement | null;
      if (!hp) return null;
      hp.value = 'http://spam.example';
      hp.dispatchEvent(new Event('input', { bubbles: true }));
      return !!hp.closest('.feedback__hp');
    });
    expect(inHp, 'no honeypot input name="website" inside .feedback__hp').toBe(true);
    const t0 = Date.now();
    await page.locator('form.feedback button[type="submit"]').click();
    const st = await waitFor(() => formState(page), (x) => x?.status === MSG.thanks, 3000);
    await sleep(600);
    const d = `form state: ${JSON.stringify(st, null, 1)}\n${describeWatch(w)}`;
    expect(st!.status, d).toBe(MSG.thanks);
    expect(postsSince(feedback, t0), `a filled honeypot must send nothing:\n${describePosts(postsSince(feedback, t0))}`).toEqual([]);
    expect(w.requests.filter((r) => r.includes(feedback.url)), describeWatch(w)).toEqual([]);
    expect(w.errors, d).toEqual([]);
  });

  it('endpoint failing (HTTP 500): "Chưa gửi được ý kiến, vui lòng thử lại sau.", no script errors', async () => {
    const s = site('failing');
    const { failing } = services();
    const ctx = await newContext();
    const page = await ctx.newPage();
    const w = watch(page);
    await page.goto(s.url(ARTICLE_PATH));
    await scriptReady(page);
    await fillValid(page, 'Trần Văn Lỗi');
    const t0 = Date.now();
    await page.locator('form.feedback button[type="submit"]').click();
    // An interim status ("sending…") may come first: wait for the final one.
    const st = await waitFor(() => formState(page), (x) => x?.status === MSG.failed, 5000);
    const d = `form state: ${JSON.stringify(st, null, 1)}\n${describeWatch(w)}service log:\n${failing.describe()}`;
    expect(since(failing, t0, (r) => r.method === 'POST' && r.pathname === '/gop-y').length, d).toBe(1);
    expect(st!.status, d).toBe(MSG.failed);
    expect(w.errors, d).toEqual([]);
  });
});

describe('reader tools', () => {
  it('A+ twice → 120%, stored in localStorage "baotinh-co-chu" and applied on the next page; limits 150% and 80%', async () => {
    const s = site('all');
    const ctx = await newContext();
    const page = await ctx.newPage();
    const w = watch(page);
    await page.goto(s.url(ARTICLE_PATH));
    const larger = page.locator('.reader-tools [data-tool="larger"]');
    const smaller = page.locator('.reader-tools [data-tool="smaller"]');
    await larger.waitFor({ state: 'visible', timeout: 5000 });
    expect(['', '100%']).toContain(await fontSize(page));
    // The visible text is "A+" / "A−" (extra visually hidden words for screen readers are fine).
    expect((await larger.textContent())?.trim() ?? '', 'A+ button text').toMatch(/^A\+(\s|$)/);
    expect((await smaller.textContent())?.trim() ?? '', 'A− button text').toMatch(/^A−(\s|$)/);
    await larger.click();
    expect(await fontSize(page)).toBe('110%');
    await larger.click();
    expect(await fontSize(page)).toBe('120%');
    const stored = await page.evaluate(() => localStorage.getItem('baotinh-co-chu'));
    expect(stored, 'nothing stored under localStorage "baotinh-co-chu"').not.toBeNull();

    await page.goto(s.url('/'));
    expect(await fontSize(page), `home page after A+ ×2 (stored ${JSON.stringify(stored)})`).toBe('120%');
    await page.goto(s.url(NOVIEWS_PATH));
    expect(await fontSize(page), `another article after A+ ×2 (stored ${JSON.stringify(stored)})`).toBe('120%');

    const press = async (btn: typeof larger, times: number) => {
      for (let i = 0; i < times; i++) {
        if (await btn.isDisabled()) break; // a disabled button at the limit is fine
        await btn.click();
      }
    };
    await larger.waitFor({ state: 'visible', timeout: 5000 });
    await press(larger, 10);
    expect(await fontSize(page), 'A+ ×10 must stop at 150%').toBe('150%');
    await press(smaller, 12);
    expect(await fontSize(page), 'A− ×12 must stop at 80%').toBe('80%');
    await page.reload();
    expect(await fontSize(page), 'after reload').toBe('80%');
    expect(w.errors, describeWatch(w)).toEqual([]);
  });

  it('print button calls window.print(); Facebook link; Zalo uses navigator.share when present', async () => {
    const s = site('all');
    const ctx = await newContext();
    await ctx.addInitScript(() => {
      const w = window as unknown as { __printed: number; __shared: unknown[] };
      w.__printed = 0;
      w.__shared = [];
      window.print = () => {
        w.__printed++;
      };
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        writable: true,
        value: async (data: unknown) => {
          w.__shared.push(data);
        },
      });
    });
    const page = await ctx.newPage();
    const w = watch(page);
    await page.goto(s.url(ARTICLE_PATH));
    const print = page.locator('.reader-tools [data-tool="print"]');
    await print.waitFor({ state: 'visible', timeout: 5000 });
    await print.click();
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed), 'window.print() calls').toBe(1);

    await expect
      .poll(() => page.locator('.reader-tools [data-tool="facebook"]').getAttribute('href'))
      .toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(ARTICLE_CANONICAL)}`);

    await page.locator('.reader-tools [data-tool="zalo"]').click();
    const shared = await waitFor(
      () => page.evaluate(() => (window as unknown as { __shared: Array<{ url?: string; title?: string }> }).__shared),
      (x) => x.length > 0,
      2000,
    );
    expect(shared.length, `navigator.share calls: ${JSON.stringify(shared)}`).toBe(1);
    expect(shared[0]?.url ?? '', JSON.stringify(shared)).toMatch(new RegExp(`^https?://[^/]+${ARTICLE_PATH.replace(/\//g, '\\/')}$`));
    expect(w.errors, describeWatch(w)).toEqual([]);
  });

  it('copy and Zalo without navigator.share: the article URL goes to the clipboard, status "Đã chép liên kết."', async () => {
    const s = site('all');
    const ctx = await newContext();
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.origin });
    await ctx.addInitScript(() => {
      delete (Navigator.prototype as unknown as { share?: unknown }).share;
    });
    const page = await ctx.newPage();
    const w = watch(page);
    await page.goto(s.url(ARTICLE_PATH));
    const urlRe = new RegExp(`^https?://[^/]+${ARTICLE_PATH.replace(/\//g, '\\/')}$`);
    const status = () => page.evaluate(() => (document.querySelector('.reader-tools__status')?.textContent ?? '').trim());
    const clip = () => page.evaluate(() => navigator.clipboard.readText());

    const copy = page.locator('.reader-tools [data-tool="copy"]');
    await copy.waitFor({ state: 'visible', timeout: 5000 });
    await page.evaluate(() => navigator.clipboard.writeText('trống'));
    await copy.click();
    const st = await waitFor(status, (x) => x === MSG.copied, 3000);
    expect(st, describeWatch(w)).toBe(MSG.copied);
    expect(await page.locator('.reader-tools__status').getAttribute('role')).toBe('status');
    expect(await clip()).toMatch(urlRe);

    await page.evaluate(() => navigator.clipboard.writeText('trống'));
    await page.locator('.reader-tools [data-tool="zalo"]').click();
    const c = await waitFor(clip, (x) => x !== 'trống', 3000);
    expect(c, 'Zalo without navigator.share should copy the link').toMatch(urlRe);
    expect(w.errors, describeWatch(w)).toEqual([]);
  });

  it('print media hides the menu, sidebar, footer, reader tools and feedback form', async () => {
    const s = site('all');
    const ctx = await newContext();
    const page = await ctx.newPage();
    await page.goto(s.url(ARTICLE_PATH));
    await page.locator('.reader-tools [data-tool="larger"]').waitFor({ state: 'visible', timeout: 5000 });
    await page.emulateMedia({ media: 'print' });
    const displays = await page.evaluate(() =>
      ['.main-menu', '.sidebar', '.site-footer', '.reader-tools', '.feedback'].map((sel) => {
        const el = document.querySelector(sel);
        return [sel, el ? getComputedStyle(el).display : '(missing)'];
      }),
    );
    expect(displays).toEqual([
      ['.main-menu', 'none'],
      ['.sidebar', 'none'],
      ['.site-footer', 'none'],
      ['.reader-tools', 'none'],
      ['.feedback', 'none'],
    ]);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.reader-tools')!).display)).not.toBe('none');
  });

  it('keyboard only: Tab to A+ and Enter grows the text; Tab to copy and Enter copies the link', async () => {
    const s = site('all');
    const ctx = await newContext();
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.origin });
    const page = await ctx.newPage();
    const w = watch(page);
    await page.goto(s.url(ARTICLE_PATH));
    await page.locator('.reader-tools [data-tool="larger"]').waitFor({ state: 'visible', timeout: 5000 });
    const before = await fontSize(page);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-tool') ?? null);
    const path: string[] = [];
    const tabTo = async (tool: string, max: number) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        const f = await focused();
        path.push(f ?? (await page.evaluate(() => document.activeElement?.tagName ?? '?')));
        if (f === tool) return true;
      }
      return false;
    };
    expect(await tabTo('larger', 150), `A+ never got keyboard focus; focus went through: ${path.join(' → ')}`).toBe(true);
    await page.keyboard.press('Enter');
    const after = await fontSize(page);
    expect(['', '100%'], `font size before: ${JSON.stringify(before)}`).toContain(before);
    expect(after, 'font size after Enter on A+').toBe('110%');
    expect(await tabTo('copy', 10), `copy never got keyboard focus after A+; focus went through: ${path.join(' → ')}`).toBe(true);
    await page.keyboard.press('Enter');
    const st = await waitFor(
      () => page.evaluate(() => (document.querySelector('.reader-tools__status')?.textContent ?? '').trim()),
      (x) => x === MSG.copied,
      3000,
    );
    expect(st, describeWatch(w)).toBe(MSG.copied);
    expect(w.errors, describeWatch(w)).toEqual([]);
  });
});

describe('accessibility and validity with every live part enabled', () => {
  it('axe: no violations of any impact on the article (live parts loaded, and after a refused submit)', async () => {
    const s = site('all');
    const ctx = await newContext();
    const page = await ctx.newPage();
    await page.goto(s.url(ARTICLE_PATH));
    await waitForVerdict(page, 5000);
    await waitFor(() => statsState(page), (x) => !!x?.visible, 5000);
    const v1 = await runAxe(page);
    expect(v1, formatViolations(v1, `${ARTICLE_PATH} (live parts loaded)`)).toEqual([]);
    await page.locator('form.feedback button[type="submit"]').click();
    await waitFor(() => formState(page), (x) => !!x?.fields.noi_dung?.error, 3000);
    const v2 = await runAxe(page);
    expect(v2, formatViolations(v2, `${ARTICLE_PATH} (after an empty submit)`)).toEqual([]);
    await page.goto(s.url(NOVIEWS_PATH));
    await waitForVerdict(page, 5000);
    const v3 = await runAxe(page);
    expect(v3, formatViolations(v3, NOVIEWS_PATH)).toEqual([]);
    const res = await page.goto(s.url(CONTACT_PATH));
    expect(res?.status(), `${CONTACT_PATH} should exist when feedback is configured`).toBe(200);
    const v4 = await runAxe(page);
    expect(v4, formatViolations(v4, CONTACT_PATH)).toEqual([]);
  });

  it('Nu Html Checker: the article pages (and the contact page) have no errors', async () => {
    const all = site('all');
    const none = site('none');
    const files = [all.file(ARTICLE_PATH), all.file(NOVIEWS_PATH), none.file(ARTICLE_PATH), all.file(CONTACT_PATH)].filter((f) => fs.existsSync(f));
    expect(files, 'files to check').toContain(all.file(ARTICLE_PATH));
    const errors = await runNuHtmlChecker(files);
    expect(errors, `Nu Html Checker:\n${formatNuMessages(errors, path.dirname(all.root))}`).toEqual([]);
  });
});
