// `baotinh dev` as an editor uses it, in Debian's Chromium: the open page follows every save (an
// article is updated in place, a stylesheet is swapped in place), a broken article shows its message over the
// last good page and goes away once fixed, deleted articles disappear, new photos appear, drafts are
// badged in the preview and absent from a real build, and Ctrl-C leaves no process behind.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDev } from '../../src/dev/dev-command.js';
import type { DevServer } from '../../src/dev/dev-server.js';
import { article, jpeg, makeSite } from '../fixtures/make-site.js';
import { launchChromium } from '../helpers/browser.js';
import { CLI, REPO_ROOT } from '../helpers/build-site.js';
import { runCli } from '../integration/run-cli.js';

const ARTICLE = 'content/bai-viet/hoi-nghi.md';
const ARTICLE_PATH = '/tin-tuc/2023/01/hoi-nghi-dan-van/';
const BODY = 'Đoạn đầu của bài hội nghị.\n\nĐoạn thứ hai.\n';

function devSite(): string {
  return makeSite({
    [ARTICLE]: article({ title: 'Hội nghị dân vận', date: '10/01/2023', category: 'tin-tuc', summary: 'Sapo hội nghị.' }, BODY),
    'content/bai-viet/khac.md': article({ title: 'Bài khác', date: '11/01/2023', category: 'tin-tuc' }),
    'content/bai-viet/nhap.md': article({ title: 'Bài nháp đang viết', date: '12/01/2023', category: 'tin-tuc', draft: 'true' }),
  });
}

interface Running {
  readonly root: string;
  readonly server: DevServer;
  readonly out: string[];
  readonly err: string[];
  stop(): Promise<number>;
}

async function startDev(root: string): Promise<Running> {
  let release: () => void = () => {};
  const stop = new Promise<void>((resolve) => (release = resolve));
  const out: string[] = [];
  const err: string[] = [];
  let ready: (s: DevServer) => void = () => {};
  const server = new Promise<DevServer>((resolve) => (ready = resolve));
  const done = runDev({ root, port: 4310, host: '127.0.0.1', lang: 'vi', jobs: 1, stop, onReady: ready, out: (t) => out.push(t), err: (t) => err.push(t), describeFailure: String });
  const s = await Promise.race([server, done.then(() => Promise.reject(new Error(`dev stopped early:\n${err.join('\n')}`)))]);
  return { root, server: s, out, err, stop: () => (release(), done) };
}

const edit = (root: string, file: string, change: (text: string) => string): void => {
  const at = path.join(root, file);
  writeFileSync(at, change(readFileSync(at, 'utf8')));
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('baotinh dev in a browser', () => {
  let dev: Running;
  let page: Page;
  const requests: string[] = [];
  beforeAll(async () => {
    dev = await startDev(devSite());
    page = await browser.newPage();
    page.on('request', (r) => requests.push(r.url()));
  });
  afterAll(async () => {
    await page?.close();
    expect(await dev?.stop()).toBe(0);
  });
  const url = (p: string): string => `http://127.0.0.1:${dev.server.port}${p}`;
  // In a new tab: a rebuild under way may reload the open one, which would cut a navigation short.
  const open = async (p: string): Promise<void> => {
    await page.close();
    page = await browser.newPage();
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url(p));
  };

  it('serves the preview, and an edited article updates the open page in place with the new text', async () => {
    await open(ARTICLE_PATH);
    expect(await page.locator('h1').textContent()).toBe('Hội nghị dân vận');
    await page.waitForFunction(() => (window as unknown as { __baotinhLive?: boolean }).__baotinhLive === true);
    // Not a new page: what the page's scripts hold stays.
    await page.evaluate(() => ((window as unknown as { keptValue: number }).keptValue = 7));
    edit(dev.root, ARTICLE, (t) => t.replace('Đoạn thứ hai.', 'Đoạn thứ hai, vừa sửa.'));
    await page.waitForFunction(() => document.body.textContent?.includes('Đoạn thứ hai, vừa sửa.'), undefined, { timeout: 10_000 });
    expect(await page.evaluate(() => (window as unknown as { keptValue?: number }).keptValue)).toBe(7);
    expect(await page.locator('h1').textContent()).toBe('Hội nghị dân vận');
    expect(dev.out.join('\n')).toContain(`Đã cập nhật: ${ARTICLE_PATH}`);
  });

  it('an edited stylesheet restyles the page in place: no reload, the page keeps its state', async () => {
    await open(ARTICLE_PATH);
    await page.waitForFunction(() => (window as unknown as { __baotinhLive?: boolean }).__baotinhLive === true);
    await page.evaluate(() => ((window as unknown as { keptValue: number }).keptValue = 42));
    const before = await page.locator('h1').evaluate((h) => getComputedStyle(h).color);
    mkdirSync(path.join(dev.root, 'public/assets'), { recursive: true });
    writeFileSync(path.join(dev.root, 'public/assets/site.css'), readFileSync(path.join(REPO_ROOT, 'public/assets/site.css'), 'utf8') + '\n.article__title { color: rgb(1, 2, 3); }\n');
    await page.waitForFunction(() => getComputedStyle(document.querySelector('h1')!).color === 'rgb(1, 2, 3)', undefined, { timeout: 10_000 });
    expect(before).not.toBe('rgb(1, 2, 3)');
    expect(await page.evaluate(() => (window as unknown as { keptValue?: number }).keptValue)).toBe(42);
  });

  it('a broken front-matter shows the error code and line over the last good page; fixing it removes it', async () => {
    await open(ARTICLE_PATH);
    await page.waitForFunction(() => (window as unknown as { __baotinhLive?: boolean }).__baotinhLive === true);
    edit(dev.root, ARTICLE, (t) => t.replace('category: tin-tuc', 'category: khong-co'));
    const overlay = page.locator('baotinh-live .panel');
    await expect.poll(async () => (await overlay.isVisible()) && (await overlay.textContent()), { timeout: 10_000 }).toContain('CATEGORY_UNKNOWN');
    const shown = (await overlay.textContent()) ?? '';
    expect(shown).toContain('content/bai-viet/hoi-nghi.md:4');
    expect(shown).toContain('Bản dựng mới có lỗi');
    // The last good page is still the one served underneath.
    expect(await page.locator('h1').textContent()).toBe('Hội nghị dân vận');
    expect((await fetch(url(ARTICLE_PATH))).status).toBe(200);
    // The terminal says it once, however many pages are open.
    expect(dev.err.join('\n').match(/CATEGORY_UNKNOWN/g)).toHaveLength(1);
    edit(dev.root, ARTICLE, (t) => t.replace('category: khong-co', 'category: tin-tuc'));
    await expect.poll(() => overlay.isVisible(), { timeout: 10_000 }).toBe(false);
  });

  it('a deleted article is gone from the server, and a new photo appears in its article', async () => {
    rmSync(path.join(dev.root, 'content/bai-viet/khac.md'));
    await expect.poll(async () => (await fetch(url('/tin-tuc/2023/01/bai-khac/'))).status, { timeout: 10_000 }).toBe(404);
    await open(ARTICLE_PATH);
    await page.waitForFunction(() => (window as unknown as { __baotinhLive?: boolean }).__baotinhLive === true);
    mkdirSync(path.join(dev.root, 'content/anh'), { recursive: true });
    writeFileSync(path.join(dev.root, 'content/anh/moi.jpg'), await jpeg(800, 500));
    edit(dev.root, ARTICLE, (t) => `${t}\n![Ảnh mới chụp](/anh/moi.jpg)\n*Chú thích ảnh mới*\n`);
    const photo = page.locator('figure img[alt="Ảnh mới chụp"]');
    await expect.poll(() => photo.count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => photo.evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: 5000 }).toBeGreaterThan(0);
  });

  it('a draft is shown with its badge in the preview and left out of a real build', async () => {
    await open('/tin-tuc/2023/01/bai-nhap-dang-viet/');
    await expect.poll(() => page.locator('.preview-badge--draft').textContent()).toBe('Bản nháp');
    const built = await runCli(['build', '--root', dev.root]);
    expect(built.code, built.stderr).toBe(0);
    expect(existsSync(path.join(dev.root, 'dist/tin-tuc/2023/01/bai-nhap-dang-viet/index.html'))).toBe(false);
    expect(readFileSync(path.join(dev.root, 'dist/tin-tuc/2023/01/hoi-nghi-dan-van/index.html'), 'utf8')).not.toContain('preview-badge');
  });

  it('no request leaves the machine', () => {
    expect(requests.filter((r) => !r.startsWith('http://127.0.0.1:'))).toEqual([]);
  });
});

describe('baotinh dev as a process', () => {
  it('stops on Ctrl-C with exit code 0, leaving no process behind, and its memory stays flat over many edits', async () => {
    const root = devSite();
    const child: ChildProcess = spawn(process.execPath, [CLI, 'dev', '--root', root, '--port', '4330'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr!.on('data', (b: Buffer) => (output += b.toString()));
    try {
      await expect.poll(() => output, { timeout: 30_000 }).toMatch(/Xem trước tại http:\/\/127\.0\.0\.1:\d+\//);
      const rss = (): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024;
      const rebuilt = (): number => (output.match(/Đã dựng lại/g) ?? []).length;
      const editOnce = async (i: number): Promise<void> => {
        const before = rebuilt();
        edit(root, ARTICLE, (t) => t.replace(/Đoạn thứ hai[^\n]*/, `Đoạn thứ hai, lần sửa ${i}.`));
        await expect.poll(rebuilt, { timeout: 10_000, interval: 5 }).toBeGreaterThan(before);
      };
      for (let i = 0; i < 20; i++) await editOnce(i);
      const early = rss();
      for (let i = 20; i < 220; i++) await editOnce(i);
      expect(rss() - early, output.slice(-2000)).toBeLessThan(50);
      child.kill('SIGINT');
      const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
      expect(code).toBe(0);
      expect(output).toContain('Đã dừng xem trước.');
      // Its build threads and watchers went with it: nothing still runs under it.
      expect(existsSync(`/proc/${child.pid}`)).toBe(false);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 180_000);
});
