// The most common edit, a change inside an article's body, is planned from the last build's site
// (incremental/body-edits.ts) instead of from every article: only that article's page is made again.
// Whenever anything else changed with it, the build plans from every article. Either way the output
// is exactly a clean build's.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type BuildReport } from '../../src/build.js';
import { buildSite, describeBuild } from '../helpers/build-site.js';
import { treeDifferences } from '../helpers/compare-trees.js';
import { article, makeSite, MINIMAL_CONFIG } from '../fixtures/make-site.js';
import { makeTempDir } from '../helpers/temp.js';

const NOW = Date.UTC(2024, 5, 1);
const BODY = 'Đoạn mở đầu của bài.\n\nĐoạn thứ hai, sẽ được sửa.\n';

const site = (): string =>
  makeSite({
    'content/bai-viet/mot.md': article({ title: 'Bài một', date: '01/02/2023', category: 'tin-tuc', tags: '[Dân vận]', summary: 'Sapo bài một.' }, BODY),
    'content/bai-viet/hai.md': article({ title: 'Bài hai', date: '02/02/2023', category: 'tin-tuc', tags: '[Dân vận]' }, BODY),
    'content/bai-viet/ba.md': article({ title: 'Bài ba', date: '03/02/2023', category: 'dan-van-kheo', tags: '[Dân vận]', summary: 'Sapo bài ba.' }, BODY),
    'content/bai-viet/nhap.md': article({ title: 'Bản nháp', date: '04/02/2023', category: 'tin-tuc', draft: 'true', summary: 'Nháp.' }, BODY),
  });

async function buildOk(root: string): Promise<BuildReport> {
  const report = await build({ root, now: NOW });
  expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
  return report;
}

function rewrite(root: string, file: string, change: (text: string) => string): void {
  const at = path.join(root, 'content/bai-viet', file);
  writeFileSync(at, change(readFileSync(at, 'utf8')));
}

/** The files written but the search index's (whose own test is search-index.test.ts). */
function pagesWritten(report: BuildReport): string[] {
  return (report.changes?.written ?? []).filter((output) => !output.startsWith('tim-kiem/chi-muc/'));
}

/** The published output equals a clean build of the same input. */
async function expectClean(root: string): Promise<void> {
  const out = path.join(makeTempDir('body-edits-clean'), 'out');
  const clean = await build({ root, now: NOW, outDir: out, state: 'none' });
  expect(clean.ok).toBe(true);
  expect(treeDifferences(path.join(root, 'dist'), out)).toEqual([]);
}

describe('a body edit', () => {
  it('below the lead is planned from the last build and makes only that article page again', async () => {
    const root = site();
    await buildOk(root);
    rewrite(root, 'mot.md', (t) => t.replace('sẽ được sửa', 'đã sửa, có [liên kết](hai.md)'));
    const report = await buildOk(root);
    expect(report.planned).toBe('bodies');
    expect(pagesWritten(report)).toEqual(['tin-tuc/2023/02/bai-mot/index.html']);
    // The search index: its directory, the shards of the words that came and went, the changed card.
    const searchFiles = report.changes!.written.filter((output) => output.startsWith('tim-kiem/chi-muc/'));
    expect(searchFiles).toContain('tim-kiem/chi-muc/index.json');
    expect(searchFiles.length).toBeLessThanOrEqual(4);
    expect(readFileSync(path.join(root, 'dist/tin-tuc/2023/02/bai-mot/index.html'), 'utf8')).toContain('đã sửa, có <a href="/tin-tuc/2023/02/bai-hai/">liên kết</a>');
    await expectClean(root);
    // And again: the state it left is as good as a full build's.
    rewrite(root, 'ba.md', (t) => t.replace('Đoạn thứ hai', 'Đoạn thứ hai mới'));
    expect((await buildOk(root)).planned).toBe('bodies');
    await expectClean(root);
  });

  it('that changes the lead shown in listings (no summary: the first paragraph) is planned from every article', async () => {
    const root = site();
    await buildOk(root);
    rewrite(root, 'hai.md', (t) => t.replace('Đoạn mở đầu', 'Đoạn mở đầu mới'));
    const report = await buildOk(root);
    expect(report.planned).toBe('site');
    expect(report.changes!.rendered).toBeGreaterThan(1);
    await expectClean(root);
  });

  it('with a title edited at the same time, or of a draft, is planned from every article', async () => {
    const root = site();
    await buildOk(root);
    rewrite(root, 'mot.md', (t) => t.replace('sẽ được sửa', 'đã sửa').replace('Bài một', 'Bài một (sửa)'));
    expect((await buildOk(root)).planned).toBe('site');
    await expectClean(root);
    rewrite(root, 'nhap.md', (t) => t.replace('sẽ được sửa', 'đã sửa'));
    expect((await buildOk(root)).planned).toBe('site');
    await expectClean(root);
  });

  it('while another page was deleted from the published site by hand brings that page back', async () => {
    const root = site();
    await buildOk(root);
    rmSync(path.join(root, 'dist/tin-tuc/2023/02/bai-hai/index.html'));
    rewrite(root, 'mot.md', (t) => t.replace('sẽ được sửa', 'đã sửa'));
    const report = await buildOk(root);
    expect(report.planned).toBe('site');
    expect(pagesWritten(report)).toEqual(['tin-tuc/2023/02/bai-hai/index.html', 'tin-tuc/2023/02/bai-mot/index.html']);
    await expectClean(root);
  });

  it('run from the command line (files checked in a thread) repairs pages edited by hand and drops files added by hand', () => {
    const root = site();
    const out = path.join(root, 'dist');
    const cli = (): void => {
      const run = buildSite({ root, out, args: ['--quiet'] });
      expect(run.code, describeBuild(run)).toBe(0);
    };
    cli();
    // While this version is published: a page edited by hand, a file added by hand.
    writeFileSync(path.join(out, 'tin-tuc/2023/02/bai-hai/index.html'), 'sửa tay');
    writeFileSync(path.join(out, 'tin-tuc/2023/02/them-tay.html'), 'thêm tay');
    rewrite(root, 'mot.md', (t) => t.replace('sẽ được sửa', 'đã sửa'));
    cli();
    expect(readFileSync(path.join(out, 'tin-tuc/2023/02/bai-hai/index.html'), 'utf8')).toContain('Bài hai');
    // The next body edit takes over the version that had the added file.
    rewrite(root, 'mot.md', (t) => t.replace('đã sửa', 'đã sửa lần hai'));
    cli();
    expect(existsSync(path.join(out, 'tin-tuc/2023/02/them-tay.html'))).toBe(false);
    return expectClean(root);
  });

  it('that breaks the front-matter fails as a clean build does, and the published site stays', async () => {
    const root = site();
    await buildOk(root);
    const before = readFileSync(path.join(root, 'dist/tin-tuc/2023/02/bai-mot/index.html'), 'utf8');
    rewrite(root, 'mot.md', (t) => t.replace('sẽ được sửa', 'đã sửa').replace('date: 01/02/2023', 'date: 32/02/2023'));
    const report = await build({ root, now: NOW });
    expect(report.ok).toBe(false);
    expect(report.diagnostics.map((d) => [d.code, d.file])).toContainEqual(['DATE_INVALID', 'content/bai-viet/mot.md']);
    expect(readFileSync(path.join(root, 'dist/tin-tuc/2023/02/bai-mot/index.html'), 'utf8')).toBe(before);
  });
});

describe('a headline or lead edit', () => {
  // Eight articles, two of them in "Tin mới": an older article's headline is in no sidebar, so the
  // pages to make again are those that show it.
  const bigger = (): string =>
    makeSite(
      Object.fromEntries(
        Array.from({ length: 8 }, (_, i) => [
          `content/bai-viet/bai-${i + 1}.md`,
          article({ title: `Bài số ${i + 1}`, date: `0${i + 1}/03/2023`, category: i % 2 ? 'tin-tuc' : 'dan-van-kheo', tags: i < 4 ? '[Dân vận]' : '[Biên giới]', summary: `Sapo bài ${i + 1}.` }, BODY),
        ]),
      ),
      `${MINIMAL_CONFIG}latestCount: 2\n`,
    );

  it('is planned from the stored summaries and makes again only the pages that show that article', async () => {
    const root = bigger();
    await buildOk(root);
    rewrite(root, 'bai-2.md', (t) => t.replace('Sapo bài 2.', 'Sapo mới của bài 2.'));
    const report = await buildOk(root);
    expect(report.planned).toBe('summaries');
    const written = report.changes!.written;
    // Its page, the listings and related lists that show it, the feeds; not the pages of unrelated articles.
    expect(written).toContain('tin-tuc/2023/03/bai-so-2/index.html');
    expect(written).toContain('rss.xml');
    expect(written).not.toContain('tin-tuc/2023/03/bai-so-8/index.html');
    expect(readFileSync(path.join(root, 'dist/tin-tuc/2023/03/bai-so-2/index.html'), 'utf8')).toContain('Sapo mới của bài 2.');
    await expectClean(root);
  });

  it('that moves the article (its address is made from the headline) takes its page to the new address', async () => {
    const root = bigger();
    await buildOk(root);
    rewrite(root, 'bai-3.md', (t) => t.replace('Bài số 3', 'Bài số ba'));
    const report = await buildOk(root);
    expect(report.planned).toBe('summaries');
    expect(report.changes!.gone).toContain('tin-tuc/2023/03/bai-so-3/index.html');
    expect(report.changes!.written).toContain('tin-tuc/2023/03/bai-so-ba/index.html');
    await expectClean(root);
    // Linked from another body: moving it would change that body too, so every article plans it.
    rewrite(root, 'bai-5.md', (t) => t.replace('sẽ được sửa', 'có [liên kết](bai-3.md)'));
    await buildOk(root);
    rewrite(root, 'bai-3.md', (t) => t.replace('Bài số ba', 'Bài số ba mươi'));
    expect((await buildOk(root)).planned).toBe('site');
    expect(readFileSync(path.join(root, 'dist/tin-tuc/2023/03/bai-so-5/index.html'), 'utf8')).toContain('href="/tin-tuc/2023/03/bai-so-ba-muoi/"');
    await expectClean(root);
  });

  it('with the stored summaries damaged is planned from every article, which stores them again', async () => {
    const root = bigger();
    await buildOk(root);
    const state = path.join(root, '.baotinh/state');
    const store = readdirSync(state).find((n) => n.endsWith('.summaries.bin'))!;
    writeFileSync(path.join(state, store), 'cut short by a full disk');
    rewrite(root, 'bai-2.md', (t) => t.replace('Sapo bài 2.', 'Sapo mới của bài 2.'));
    expect((await buildOk(root)).planned).toBe('site');
    await expectClean(root);
    rewrite(root, 'bai-2.md', (t) => t.replace('Sapo mới của bài 2.', 'Sapo lần ba của bài 2.'));
    expect((await buildOk(root)).planned).toBe('summaries');
    await expectClean(root);
  });

  it('of an article in "Tin mới" is planned from every article (every page shows the sidebar)', async () => {
    const root = bigger();
    await buildOk(root);
    rewrite(root, 'bai-8.md', (t) => t.replace('Sapo bài 8.', 'Sapo mới.').replace('Bài số 8', 'Bài số tám'));
    expect((await buildOk(root)).planned).toBe('site');
    await expectClean(root);
  });
});

describe('an edit shown on every page', () => {
  it('made from the command line with two jobs gives what a clean build gives', async () => {
    // 320 articles: the newest one's headline is in the "Tin mới" sidebar of every page.
    const root = makeSite(
      Object.fromEntries(
        Array.from({ length: 320 }, (_, i) => [
          `content/bai-viet/bai-${i + 1}.md`,
          article({ title: `Bài số ${i + 1}`, date: `${String((i % 28) + 1).padStart(2, '0')}/${String((Math.floor(i / 28) % 12) + 1).padStart(2, '0')}/2023`, category: 'tin-tuc', tags: '[Dân vận]', summary: `Sapo bài ${i + 1}.` }, BODY),
        ]),
      ),
    );
    // From the command line: threads run the compiled code.
    const out = path.join(root, 'dist');
    const threaded = (): string => {
      const run = buildSite({ root, out, args: ['--jobs', '2'] });
      expect(run.code, describeBuild(run)).toBe(0);
      return run.stdout;
    };
    threaded();
    rewrite(root, 'bai-320.md', (t) => t.replace('Bài số 320', 'Bài số ba trăm hai mươi'));
    const rebuilt = Number(/([\d.]+) trang dựng lại/.exec(threaded())?.[1]?.replace('.', ''));
    expect(rebuilt).toBeGreaterThan(300);
    await expectClean(root);
  });
});
