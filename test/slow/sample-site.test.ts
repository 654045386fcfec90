// End-to-end checks of the repo's sample site (baotinh.config.yaml + content/):
// builds it (at / and under --base-path /portal/) and checks determinism, HTML validity
// (Nu Html Checker), accessibility (axe-core in Chromium: zero violations of any impact on a page
// of every template, at desktop width and at 360px),
// internal links, obvious template leaks, and that content/ is left untouched.
// Java and Chromium are REQUIRED (a missing one fails, it does not skip): CI installs
// them via scripts/ensure-test-system-deps.sh (npm "pretest").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { buildSite, describeBuild, REPO_ROOT, type BuildResult } from '../helpers/build-site.js';
import { startStaticServer, type StaticServer } from '../helpers/static-server.js';
import { formatNuMessages, runNuHtmlChecker } from '../helpers/vnu.js';
import { auditPage, formatViolations, launchChromium, type PageAudit } from '../helpers/browser.js';
import { checkInternalLinks, formatBrokenLinks, listFiles, scanTags } from '../helpers/links.js';

const PORTAL = '/portal/';
const CATEGORY = 'chuyen-muc/tin-hoat-dong/';
const CATEGORY_PAGE_2 = 'chuyen-muc/tin-hoat-dong/trang/2/';
const TEMPLATES_DIR = path.join(REPO_ROOT, 'templates');
const MOBILE_WIDTH = 360;

// ---------------------------------------------------------------- helpers

function hashTree(dir: string): Map<string, string> {
  const result = new Map<string, string>();
  if (!fs.existsSync(dir)) return result;
  for (const file of listFiles(dir)) {
    const rel = path.relative(dir, file).split(path.sep).join('/');
    result.set(rel, createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
  }
  return result;
}

function diffTrees(a: Map<string, string>, b: Map<string, string>, dirA: string, dirB: string): string {
  const lines: string[] = [];
  const onlyA = [...a.keys()].filter((k) => !b.has(k));
  const onlyB = [...b.keys()].filter((k) => !a.has(k));
  const changed = [...a.keys()].filter((k) => b.has(k) && a.get(k) !== b.get(k));
  if (onlyA.length) lines.push(`only in first build (${onlyA.length}): ${onlyA.slice(0, 20).join(', ')}`);
  if (onlyB.length) lines.push(`only in second build (${onlyB.length}): ${onlyB.slice(0, 20).join(', ')}`);
  if (changed.length) {
    lines.push(`different content (${changed.length}): ${changed.slice(0, 30).join(', ')}`);
    // Show where the first few differing text files diverge.
    for (const rel of changed.filter((r) => /\.(html|xml|json|txt|css|js|svg)$/.test(r)).slice(0, 3)) {
      const la = fs.readFileSync(path.join(dirA, rel), 'utf8').split('\n');
      const lb = fs.readFileSync(path.join(dirB, rel), 'utf8').split('\n');
      const i = la.findIndex((l, n) => l !== lb[n]);
      const at = i < 0 ? la.length : i;
      lines.push(`  ${rel} line ${at + 1}:\n    1st: ${(la[at] ?? '<EOF>').slice(0, 300)}\n    2nd: ${(lb[at] ?? '<EOF>').slice(0, 300)}`);
    }
  }
  return lines.join('\n');
}

function requireOk(r: BuildResult | undefined, what: string): void {
  if (!r) throw new Error(`${what}: build did not run`);
  if (r.code !== 0) {
    throw new Error(
      `${what} failed (exit code ${r.code}), so this check cannot run; see the "exits 0" test for the full output.\n` +
        `${r.command}\n…${r.stderr.slice(-800)}`,
    );
  }
}

function htmlFiles(dir: string): string[] {
  return listFiles(dir).filter((f) => f.endsWith('.html'));
}

/** Visible-ish text and attribute values: scripts, styles and comments removed. */
function textForLeakCheck(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, ' ')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, ' ');
}

const LEAKS: Array<[string, RegExp]> = [
  ['No title', /no title/i],
  ['undefined', /\bundefined\b/],
  ['[object Object]', /\[object Object\]/],
  ['NaN', /\bNaN\b/],
  ['no image', /no[ _-]image/i],
];

function pageProblems(outDir: string): string[] {
  const problems: string[] = [];
  for (const file of listFiles(outDir)) {
    const rel = path.relative(outDir, file).split(path.sep).join('/');
    const ext = path.extname(file).toLowerCase();
    if (!['.html', '.xml', '.json', '.txt', '.webmanifest'].includes(ext)) continue;
    const raw = fs.readFileSync(file, 'utf8');
    const text = ext === '.html' ? textForLeakCheck(raw) : raw;
    for (const [label, re] of LEAKS) {
      const m = re.exec(text);
      if (m) {
        const from = Math.max(0, m.index - 80);
        problems.push(`${rel}: contains "${label}" near: ${JSON.stringify(text.slice(from, m.index + 80).replace(/\s+/g, ' '))}`);
      }
    }
    if (ext !== '.html') continue;
    const tags = scanTags(raw);
    const htmlTag = tags.find((t) => t.name === 'html');
    if (!htmlTag) problems.push(`${rel}: no <html> element`);
    else if (htmlTag.attrs.get('lang') !== 'vi') problems.push(`${rel}: <html lang="${htmlTag.attrs.get('lang') ?? ''}">, expected lang="vi"`);
    const titles = [...raw.matchAll(/<title\b[^>]*>([\s\S]*?)<\/title\s*>/gi)];
    if (titles.length === 0) problems.push(`${rel}: no <title>`);
    else if (titles.some((t) => (t[1] ?? '').replace(/&nbsp;|&#160;/g, ' ').trim() === '')) problems.push(`${rel}: empty <title>`);
  }
  return problems;
}

// ---------------------------------------------------------------- builds

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'baotinh-sample-'));
const outMain = path.join(tmpRoot, 'site');
const outAgain = path.join(tmpRoot, 'site-again');
const portalParent = path.join(tmpRoot, 'portal-host'); // served as the web root: /portal/ → outPortal
const outPortal = path.join(portalParent, 'portal');
const contentDir = path.join(REPO_ROOT, 'content');

let contentBefore = new Map<string, string>();
let buildMain: BuildResult | undefined;
let buildAgain: BuildResult | undefined;
let buildPortal: BuildResult | undefined;

beforeAll(() => {
  fs.mkdirSync(portalParent, { recursive: true });
  contentBefore = hashTree(contentDir);
  buildMain = buildSite({ root: REPO_ROOT, out: outMain });
  buildAgain = buildSite({ root: REPO_ROOT, out: outAgain });
  buildPortal = buildSite({ root: REPO_ROOT, out: outPortal, args: ['--base-path', PORTAL] });
}, 900_000);

afterAll(() => {
  if (process.env.BAOTINH_KEEP_TEST_OUTPUT) console.log(`sample-site output kept in ${tmpRoot}`);
  else fs.rmSync(tmpRoot, { recursive: true, force: true });
});

describe('sample site build', () => {
  it('exits 0 (base path /)', () => {
    expect(buildMain?.code, buildMain && describeBuild(buildMain)).toBe(0);
    expect(htmlFiles(outMain).length, 'the build produced no .html files').toBeGreaterThan(0);
  });

  it('exits 0 (--base-path /portal/)', () => {
    expect(buildPortal?.code, buildPortal && describeBuild(buildPortal)).toBe(0);
    expect(htmlFiles(outPortal).length, 'the build produced no .html files').toBeGreaterThan(0);
  });

  it('is deterministic: building twice gives byte-identical output', () => {
    requireOk(buildMain, 'first build');
    requireOk(buildAgain, 'second build');
    const a = hashTree(outMain);
    const b = hashTree(outAgain);
    const diff = diffTrees(a, b, outMain, outAgain);
    expect(diff, `two builds of the same input differ:\n${diff}`).toBe('');
    expect([...a.entries()]).toEqual([...b.entries()]);
  });

  it('does not modify content/', () => {
    const after = hashTree(contentDir);
    const diff = diffTrees(contentBefore, after, contentDir, contentDir);
    expect(diff, `the build modified content/:\n${diff}`).toBe('');
  });
});

describe('generated HTML', () => {
  it('passes the Nu Html Checker with zero errors (every page, base path /)', async () => {
    requireOk(buildMain, 'build');
    const files = htmlFiles(outMain);
    const errors = await runNuHtmlChecker(files);
    const byMessage = new Map<string, number>();
    for (const e of errors) byMessage.set(e.message, (byMessage.get(e.message) ?? 0) + 1);
    const summary = [...byMessage.entries()].sort((x, y) => y[1] - x[1]).map(([m, n]) => `  ${n}× ${m}`).join('\n');
    expect(
      errors,
      `Nu Html Checker: ${errors.length} error(s) in ${new Set(errors.map((e) => e.file)).size} of ${files.length} page(s)\n` +
        `by message:\n${summary}\nall (first 300):\n${formatNuMessages(errors.slice(0, 300), outMain)}`,
    ).toEqual([]);
  });

  it('has no leaked placeholders, every page has <html lang="vi"> and a non-empty <title> (both builds)', () => {
    requireOk(buildMain, 'build');
    requireOk(buildPortal, 'base-path build');
    const problems = [...pageProblems(outMain), ...pageProblems(outPortal).map((p) => `[/portal/] ${p}`)];
    expect(problems, `${problems.length} problem(s):\n${problems.slice(0, 200).join('\n')}`).toEqual([]);
  });

  it('every internal link, image, script and stylesheet resolves (base path /)', () => {
    requireOk(buildMain, 'build');
    const broken = checkInternalLinks(outMain, '/');
    expect(broken, `${broken.length} broken internal reference(s):\n${formatBrokenLinks(broken, 200)}`).toEqual([]);
  });

  it('every internal link, image, script and stylesheet resolves and stays under /portal/ (--base-path /portal/)', () => {
    requireOk(buildPortal, 'base-path build');
    const broken = checkInternalLinks(outPortal, PORTAL);
    expect(broken, `${broken.length} broken internal reference(s):\n${formatBrokenLinks(broken, 200)}`).toEqual([]);
  });
});

/** What to open for a template: a path under the base path, or a page found at run time. */
type PageRef = string | { find: 'article' | 'missing' | 'redirect' };

/**
 * At least one page of every page template (base.njk is the layout they all extend). A new
 * template without a page here fails "every page template is audited".
 */
const PAGES_BY_TEMPLATE: Record<string, Array<{ label: string; page: PageRef }>> = {
  'home.njk': [{ label: 'home page', page: '' }],
  'category.njk': [
    { label: 'category listing', page: CATEGORY },
    { label: 'category listing page 2', page: CATEGORY_PAGE_2 },
  ],
  'listing.njk': [
    { label: 'tag listing', page: 'the/dan-van/' },
    { label: 'author listing', page: 'tac-gia/duong-lieu/' },
    { label: 'archive year', page: 'luu-tru/2023/' },
    { label: 'archive month', page: 'luu-tru/2023/01/' },
  ],
  'terms.njk': [
    { label: 'tag index', page: 'the/' },
    { label: 'author index', page: 'tac-gia/' },
  ],
  'archive.njk': [{ label: 'archive index', page: 'luu-tru/' }],
  'contact.njk': [{ label: 'contact page', page: 'lien-he/' }],
  'search.njk': [{ label: 'search page (results: test/slow/search.test.ts)', page: 'tim-kiem/?q=dan+van' }],
  'article.njk': [{ label: 'article (first /tin-tuc/ link on the home page)', page: { find: 'article' } }],
  '404.njk': [{ label: '404 page for a missing deep URL', page: { find: 'missing' } }],
  'redirect.njk': [{ label: 'redirect page of an old address', page: { find: 'redirect' } }],
};

/** The first page (in path order) that sends the reader on with a meta refresh, relative to `outDir`. */
function findRedirectPage(outDir: string): { rel: string; target: string } {
  for (const file of htmlFiles(outDir).sort()) {
    const m = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(fs.readFileSync(file, 'utf8'));
    if (m) return { rel: path.relative(outDir, file).split(path.sep).join('/'), target: m[1]! };
  }
  throw new Error(`no redirect page (meta refresh) in ${outDir}: the sample site's aliases should make some`);
}

describe('axe coverage', () => {
  it('every page template is audited', () => {
    const templates = fs.readdirSync(TEMPLATES_DIR).filter((f) => f.endsWith('.njk') && f !== 'base.njk').sort();
    expect(Object.keys(PAGES_BY_TEMPLATE).sort(), 'templates/ and PAGES_BY_TEMPLATE differ').toEqual(templates);
  });
});

describe.each([
  { label: 'base path /', base: '/', notFoundPage: '404.html', which: 'main' as const },
  { label: 'base path /portal/', base: PORTAL, notFoundPage: 'portal/404.html', which: 'portal' as const },
])('in Chromium with axe-core ($label)', ({ base, notFoundPage, which }) => {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let desktop: BrowserContext | undefined;
  let mobile: BrowserContext | undefined;
  let articleUrl: string | undefined;

  const build = () => (which === 'main' ? buildMain : buildPortal);
  const outDir = which === 'main' ? outMain : outPortal;

  beforeAll(async () => {
    // Launch even if the build failed: a missing Chromium must be reported clearly.
    browser = await launchChromium();
    if (build()?.code !== 0) return;
    server = await startStaticServer(which === 'main' ? outMain : portalParent, { notFoundPage });
    const offline = async (ctx: BrowserContext) => {
      // Keep the tests offline and deterministic: only the local server is reachable.
      await ctx.route('**/*', (route) =>
        route.request().url().startsWith(server!.url) ? route.continue() : route.abort('blockedbyclient'),
      );
      return ctx;
    };
    desktop = await offline(await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' }));
    mobile = await offline(
      await browser.newContext({ viewport: { width: MOBILE_WIDTH, height: 740 }, isMobile: true, hasTouch: true, locale: 'vi-VN' }),
    );
  });

  afterAll(async () => {
    await desktop?.close();
    await mobile?.close();
    await browser?.close();
    await server?.close();
  });

  const url = (rel: string) => new URL(`${base.slice(1)}${rel}`, server!.url).href;

  // Zero violations of any impact (minor and moderate included): the theme's quality bar.
  const expectClean = (a: PageAudit, expectedStatus: number) => {
    expect(a.status, `${a.url}: HTTP status`).toBe(expectedStatus);
    expect(a.contentType, `${a.url}: content type`).toMatch(/^text\/html/);
    expect(
      a.violations.map((v) => `${v.id} [${v.impact ?? 'n/a'}]`),
      formatViolations(a.violations, `${a.url}: ${a.violations.length} axe violation(s)`),
    ).toEqual([]);
    expect(a.failedRequests, `${a.url}: failed subresource requests:\n  ${a.failedRequests.join('\n  ')}`).toEqual([]);
  };

  const expectNoHorizontalScroll = (a: PageAudit) => {
    expect(
      a.scrollWidth,
      `${a.url} at ${MOBILE_WIDTH}px: document scrollWidth ${a.scrollWidth}px > ${MOBILE_WIDTH}px (horizontal scroll). ` +
        `Overflowing elements:\n  ${a.overflowing.join('\n  ') || '(none found)'}`,
    ).toBeLessThanOrEqual(MOBILE_WIDTH);
  };

  const ready = () => {
    requireOk(build(), which === 'main' ? 'build' : 'base-path build');
    if (!desktop || !mobile || !server) throw new Error('browser setup did not complete');
    return { desktop, mobile };
  };

  const findArticle = async (ctx: BrowserContext): Promise<string> => {
    if (articleUrl) return articleUrl;
    const page = await ctx.newPage();
    try {
      await page.goto(url(''));
      const href = await page.evaluate((prefix) => {
        const a = Array.from(document.querySelectorAll('a[href]')).find((el) =>
          new URL((el as HTMLAnchorElement).href).pathname.startsWith(prefix),
        );
        return a ? (a as HTMLAnchorElement).href : null;
      }, `${base}tin-tuc/`);
      if (!href) throw new Error(`the home page ${url('')} has no link to an article (${base}tin-tuc/...)`);
      articleUrl = href;
      return href;
    } finally {
      await page.close();
    }
  };

  /** Opens the page and checks it; a redirect page must also send the reader to its article. */
  const auditRef = async (ctx: BrowserContext, ref: PageRef): Promise<PageAudit> => {
    if (typeof ref === 'string') {
      const a = await auditPage(ctx, url(ref));
      expectClean(a, 200);
      return a;
    }
    if (ref.find === 'article') {
      const a = await auditPage(ctx, await findArticle(desktop!));
      expectClean(a, 200);
      return a;
    }
    if (ref.find === 'missing') {
      const a = await auditPage(ctx, url(`khong-ton-tai-${randomUUID()}/trang/sau/`));
      expectClean(a, 404);
      return a;
    }
    const redirect = findRedirectPage(outDir);
    const a = await auditPage(ctx, url(redirect.rel), { holdRedirect: true });
    expectClean(a, 200);
    expect(a.redirectedTo, `${a.url}: where its meta refresh leads`).toBe(new URL(redirect.target, a.url).href);
    return a;
  };

  for (const [template, pages] of Object.entries(PAGES_BY_TEMPLATE)) {
    for (const { label, page } of pages) {
      const where = typeof page === 'string' ? ` /${page}` : '';
      it(`${label}${where} (${template}): zero axe violations of any impact`, async () => {
        const { desktop: ctx } = ready();
        await auditRef(ctx, page);
      });

      it(`${label}${where} (${template}) at ${MOBILE_WIDTH}px: zero axe violations of any impact, no horizontal scroll`, async () => {
        const { mobile: ctx } = ready();
        expectNoHorizontalScroll(await auditRef(ctx, page));
      });
    }
  }
});
