// Chromium (system /usr/bin/chromium, driven by playwright-core; never downloads a browser)
// and axe-core helpers for the slow tests.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Result as AxeResult, RunOptions as AxeRunOptions } from 'axe-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

export type AxeViolation = AxeResult;

export { CHROMIUM_PATH };

/** Launches the system Chromium. Throws (a failure, not a skip) when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}. The accessibility tests need it: ` +
        'run `bash scripts/ensure-test-system-deps.sh` (apt-get install chromium).',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;
function getAxeSource(): string {
  axeSource ??= (require('axe-core') as { source: string }).source;
  return axeSource;
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Injects axe-core into the page (via evaluate, so a Content-Security-Policy cannot
 * block it) and returns the violations for the WCAG 2.0/2.1 A+AA and best-practice rules.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const injected = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!injected) {
    await page.evaluate(`${getAxeSource()}\n;void 0;`);
  }
  const options: AxeRunOptions = { runOnly: { type: 'tag', values: AXE_TAGS } };
  return page.evaluate(async (opts) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: unknown): Promise<{ violations: unknown[] }> } })
      .axe;
    const results = await axe.run(document, opts);
    return results.violations;
  }, options as unknown as Record<string, unknown>) as Promise<AxeViolation[]>;
}

/** Violations with impact `serious` or `critical` (the sample site's pages must have none of any impact). */
export function seriousViolations(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

function truncate(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

/** Human-readable summary for assertion messages: id, impact, help, first 3 targets (+ HTML of the first). */
export function formatViolations(violations: AxeViolation[], label = ''): string {
  if (violations.length === 0) return `${label}${label ? ': ' : ''}no violations`;
  const lines = violations.map((v) => {
    const targets = v.nodes.slice(0, 3).map((n) => n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' → '));
    const more = v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : '';
    const first = v.nodes[0];
    const detail = first
      ? `\n      html: ${truncate(first.html, 200)}` +
        (first.failureSummary ? `\n      why:  ${truncate(first.failureSummary, 300)}` : '')
      : '';
    return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help}\n      targets: ${targets.join(' | ')}${more}${detail}\n      ${v.helpUrl}`;
  });
  return `${label}${label ? ':\n' : ''}${lines.join('\n')}`;
}

export interface PageAudit {
  url: string;
  status: number;
  contentType: string;
  violations: AxeViolation[];
  failedRequests: string[];
  scrollWidth: number;
  overflowing: string[];
  /** With `holdRedirect`: where the page tried to send the reader (its meta refresh), or null. */
  redirectedTo: string | null;
}

export interface AuditOptions {
  /**
   * The page is a redirect (meta refresh): stop the navigation it starts, so that axe audits the
   * redirect page itself, and report where it was going.
   */
  holdRedirect?: boolean;
}

/** The widest elements sticking out past the viewport's right edge (only the outermost of a subtree). */
async function measureOverflow(page: Page): Promise<{ scrollWidth: number; overflowing: string[] }> {
  return page.evaluate(() => {
    const docEl = document.documentElement;
    const limit = docEl.clientWidth;
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${id}${cls}`;
    };
    const over: string[] = [];
    for (const el of Array.from(document.body?.querySelectorAll('*') ?? [])) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > limit + 0.5) {
        const parent = el.parentElement;
        const pr = parent?.getBoundingClientRect();
        if (parent && parent !== document.body && pr && pr.right > limit + 0.5) continue;
        over.push(`${describe(el)} (right edge ${Math.round(r.right)}px, width ${Math.round(r.width)}px)`);
      }
      if (over.length >= 8) break;
    }
    return { scrollWidth: docEl.scrollWidth, overflowing: over };
  });
}

/**
 * Lets the page's first navigation through and aborts the next one (a meta refresh), so the page
 * stays put; `target` resolves with where it was going, or null when it did not go anywhere in `ms`.
 */
async function holdNavigation(page: Page, ms: number): Promise<{ target: Promise<string | null> }> {
  let navigations = 0;
  let resolve: (u: string | null) => void = () => {};
  const attempted = new Promise<string | null>((r) => {
    resolve = r;
  });
  await page.route('**/*', (route) => {
    const req = route.request();
    if (!req.isNavigationRequest() || req.frame() !== page.mainFrame() || navigations++ === 0) return route.fallback();
    resolve(req.url());
    // 'aborted' keeps the current document (another error code would show Chromium's error page).
    return route.abort('aborted');
  });
  return { target: Promise.race([attempted, new Promise<null>((r) => setTimeout(() => r(null), ms))]) };
}

/**
 * Loads `url` in a new page of `context` and reports its HTTP status, axe violations (all impacts),
 * failed local subresource requests and horizontal overflow.
 */
export async function auditPage(context: BrowserContext, url: string, options: AuditOptions = {}): Promise<PageAudit> {
  const page = await context.newPage();
  const failedRequests: string[] = [];
  let held: Awaited<ReturnType<typeof holdNavigation>> | undefined;
  page.on('requestfailed', (req) => {
    const ours = held !== undefined && req.isNavigationRequest() && req.failure()?.errorText === 'net::ERR_ABORTED';
    if (req.url().startsWith('http://127.0.0.1') && !ours) failedRequests.push(`${req.url()} (${req.failure()?.errorText ?? 'failed'})`);
  });
  page.on('response', (res) => {
    const req = res.request();
    if (req.isNavigationRequest() && req.frame() === page.mainFrame()) return;
    if (res.status() >= 400) failedRequests.push(`${res.url()} (HTTP ${res.status()})`);
  });
  try {
    if (options.holdRedirect) held = await holdNavigation(page, 5000);
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response) throw new Error(`no response for ${url}`);
    const redirectedTo = held ? await held.target : null;
    const violations = await runAxe(page);
    const { scrollWidth, overflowing } = await measureOverflow(page);
    // One line per URL (a 404 stylesheet shows up both as a 404 response and as aborted).
    const byUrl = new Map<string, string[]>();
    for (const f of failedRequests) {
      const u = f.slice(0, f.lastIndexOf(' ('));
      byUrl.set(u, [...(byUrl.get(u) ?? []), f.slice(u.length + 2, -1)]);
    }
    return {
      url,
      status: response.status(),
      contentType: response.headers()['content-type'] ?? '',
      violations,
      failedRequests: [...byUrl].map(([u, why]) => `${u} (${why.join(', ')})`),
      scrollWidth,
      overflowing,
      redirectedTo,
    };
  } finally {
    await page.close();
  }
}
