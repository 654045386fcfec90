// The messy real-world site (test/fixtures/messy-site.ts) as readers get it: every page passes the
// Nu Html Checker, and its pages of each kind have no axe-core violation of any impact in Chromium.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { build } from '../../src/build.js';
import { makeMessySite } from '../fixtures/messy-site.js';
import { listTree } from '../fuzz/tree.js';
import { auditPage, formatViolations, launchChromium } from '../helpers/browser.js';
import { startStaticServer, type StaticServer } from '../helpers/static-server.js';
import { formatNuMessages, runNuHtmlChecker } from '../helpers/vnu.js';

describe('the messy real-world site', () => {
  let out = '';
  let urls: ReadonlyMap<string, string> = new Map();
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    const root = await makeMessySite();
    const report = await build({ root, now: Date.UTC(2024, 5, 1) });
    expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
    out = path.join(root, 'dist');
    urls = report.urls!;
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  it('every page passes the Nu Html Checker', async () => {
    const pages = listTree(out).filter((f) => f.endsWith('.html')).map((f) => path.join(out, f));
    const messages = await runNuHtmlChecker(pages);
    expect(messages.length, formatNuMessages(messages)).toBe(0);
  }, 300_000);

  it('its article, listing, tag and archive pages have no axe violation', async () => {
    browser = await launchChromium();
    server = await startStaticServer(out);
    const context = await browser.newContext();
    const pages = [urls.get('van-ban.md')!, urls.get('marks.md')!, urls.get('khoa-viet.md')!, urls.get('rong.md')!, '/chuyen-muc/tin-tuc/', '/the/chinh-phu/', '/tac-gia/duong-lieu/', '/luu-tru/2024/01/', '/'];
    for (const page of pages) {
      const audit = await auditPage(context, new URL(page.slice(1), server.url).href);
      expect(audit.status, page).toBe(200);
      expect(audit.violations, formatViolations(audit.violations, page)).toEqual([]);
    }
  }, 300_000);
});
