// Chromium (system /usr/bin/chromium, driven by playwright-core; never downloads a browser)
// and axe-core helpers for the slow tests.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Result as AxeResult, RunOptions as AxeRunOptions } from 'axe-core';

export type AxeViolation = AxeResult;

export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

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

/** Violations with impact `serious` or `critical`. */
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
