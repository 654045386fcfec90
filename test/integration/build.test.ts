// Whole builds of fixture sites: what an editor, a CI engineer and a reader would notice.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { createMemoryWriter } from '../../src/output/writer.js';
import { article, jpeg, makeSite } from '../fixtures/make-site.js';
import { makeTempDir } from '../helpers/temp.js';
import { runCli } from './run-cli.js';

const REPO = path.resolve(import.meta.dirname, '../..');

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}
function treeDigest(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')]));
}

async function sampleSite() {
  return makeSite({
    'content/bai-viet/hoi-nghi.md': article(
      { title: 'Hội nghị tổng kết công tác dân vận', date: '11/01/2023 08:30', category: 'tin-tuc', author: 'Dương Liễu', views: '213', image: '/anh/hoi-nghi.jpg', tags: '[dân vận]' },
      'Sáng 11/01/2023, Ban Dân vận Tỉnh ủy tổ chức hội nghị.\n\n![Các đại biểu](/anh/hoi-nghi.jpg)\n*Các đại biểu dự Hội nghị*\n\nXem thêm [bài trước](./bai-truoc.md).\n',
    ),
    'content/bai-viet/bai-truoc.md': article({ title: 'Đoàn công tác về Hà Quảng', date: '2022-12-01', category: 'tin-tuc' }),
    'content/bai-viet/dan-van-kheo.md': article({ title: 'Gương “Dân vận khéo” ở Trùng Khánh', date: '2022-11-20T09:00', category: 'dan-van-kheo' }),
    'content/bai-viet/nhap.md': article({ title: 'Bản nháp', date: '2022-10-01', category: 'tin-tuc', draft: 'true' }),
    'content/bai-viet/hen-gio.md': article({ title: 'Bài hẹn giờ', date: '2099-01-01', category: 'tin-tuc' }),
    'content/anh/hoi-nghi.jpg': await jpeg(64, 48),
    'content/anh/khong-dung.jpg': await jpeg(10, 10),
  });
}

describe('building a site', () => {
  it('writes home, listings, articles, 404, assets and used images only', async () => {
    const root = await sampleSite();
    const r = await runCli(['build', '--root', root]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Đã dựng 3 bài viết, \d+ trang/);
    const files = listFiles(path.join(root, 'dist'));
    expect(files).toEqual(expect.arrayContaining([
      'index.html', '404.html', 'assets/site.css', 'assets/print.css',
      'chuyen-muc/tin-tuc/index.html', 'chuyen-muc/dan-van-kheo/index.html',
      'tin-tuc/2023/01/hoi-nghi-tong-ket-cong-tac-dan-van/index.html',
      'tin-tuc/2022/12/doan-cong-tac-ve-ha-quang/index.html',
    ]));
    expect(files.filter((f) => f.startsWith('media/hoi-nghi-')).length).toBeGreaterThan(0);
    expect(files.some((f) => f.includes('khong-dung'))).toBe(false);
    expect(files.some((f) => f.includes('ban-nhap') || f.includes('bai-hen-gio'))).toBe(false);
    const page = readFileSync(path.join(root, 'dist/tin-tuc/2023/01/hoi-nghi-tong-ket-cong-tac-dan-van/index.html'), 'utf8');
    expect(page).toContain('<time datetime="2023-01-11T08:30:00+07:00">Thứ Tư, 11/01/2023 08:30</time>');
    expect(page).toContain('Lượt xem: <span class="view-count" data-article="bai-viet/hoi-nghi" data-path="/tin-tuc/2023/01/hoi-nghi-tong-ket-cong-tac-dan-van/" data-baseline="213">213</span>');
    expect(page).toMatch(/<figure><picture><source type="image\/webp" srcset="\/media\/hoi-nghi-64x48\.\w{10}\.webp 64w"[^>]*><img src="\/media\/hoi-nghi-64x48\.\w{10}\.jpg"[^>]* alt="Các đại biểu" width="64" height="48" fetchpriority="high" decoding="async"><\/picture><figcaption>Các đại biểu dự Hội nghị<\/figcaption><\/figure>/);
    expect(page).toContain('<a href="/tin-tuc/2022/12/doan-cong-tac-ve-ha-quang/">bài trước</a>');
    expect(page).toContain('<p class="article__byline"><span class="visually-hidden">Tác giả: </span><a href="/tac-gia/duong-lieu/">Dương Liễu</a></p>');
    expect(page).toContain('<a href="/the/dan-van/">dân vận</a>');
    expect(page).toMatch(/<nav class="breadcrumb"[\s\S]*Trang chủ[\s\S]*Tin tức[\s\S]*<\/nav>/);
  });

  it('marks the current category in the sidebar of each page (sidebars are rendered once per category)', async () => {
    const root = await sampleSite();
    expect((await runCli(['build', '--root', root])).code).toBe(0);
    const current = (file: string) => [...readFileSync(path.join(root, 'dist', file), 'utf8').matchAll(/<li><a href="([^"]+)" aria-current="true">/g)].map((m) => m[1]);
    expect(current('chuyen-muc/tin-tuc/index.html')).toEqual(['/chuyen-muc/tin-tuc/']); // the menu's own link says aria-current="page"
    expect(current('chuyen-muc/dan-van-kheo/index.html')).toEqual(['/chuyen-muc/dan-van-kheo/']);
    expect(current('tin-tuc/2022/11/guong-dan-van-kheo-o-trung-khanh/index.html')).toEqual(['/chuyen-muc/dan-van-kheo/']);
    expect(current('index.html')).toEqual([]);
  });

  it('includes drafts and future articles only when asked', async () => {
    const root = await sampleSite();
    const r = await runCli(['build', '--root', root, '--drafts', '--future']);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(root, 'dist/tin-tuc/2022/10/ban-nhap/index.html'))).toBe(true);
    expect(existsSync(path.join(root, 'dist/tin-tuc/2099/01/bai-hen-gio/index.html'))).toBe(true);
  });

  it('is byte-identical across builds and never writes into content/', async () => {
    const root = await sampleSite();
    const before = treeDigest(path.join(root, 'content'));
    const a = makeTempDir('a');
    const b = makeTempDir('b');
    expect((await runCli(['build', '--root', root, '--out', path.join(a, 'out')])).code).toBe(0);
    expect((await runCli(['build', '--root', root, '--out', path.join(b, 'out')])).code).toBe(0);
    expect(treeDigest(path.join(a, 'out'))).toEqual(treeDigest(path.join(b, 'out')));
    expect(treeDigest(path.join(root, 'content'))).toEqual(before);
  });

  it('replaces the old output whole: files of removed articles disappear', async () => {
    const root = await sampleSite();
    await runCli(['build', '--root', root]);
    writeFileSync(path.join(root, 'dist', 'stale.html'), 'cũ');
    // An article no other article links to (removing a linked one is a LINK_BROKEN error).
    const folder = path.join(root, 'content', 'bai-viet');
    const sources = readdirSync(folder).filter((f) => f.endsWith('.md'));
    const removed = sources.find((f) => !sources.some((other) => readFileSync(path.join(folder, other), 'utf8').includes(f)))!;
    const before = listFiles(path.join(root, 'dist'));
    rmSync(path.join(folder, removed));
    const r = await runCli(['build', '--root', root]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\d+ trang dựng lại, [\d.]+ giữ nguyên, [1-9]\d* xóa/);
    expect(existsSync(path.join(root, 'dist', 'stale.html'))).toBe(false);
    const after = new Set(listFiles(path.join(root, 'dist')));
    expect(before.filter((f) => !after.has(f) && f.endsWith('/index.html')).length).toBeGreaterThan(0); // its page is gone
    expect(readdirSync(root).filter((n) => n.includes('baotinh-'))).toEqual([]);
  });

  it('works under a base path: every link, asset and canonical URL carries it', async () => {
    const root = await sampleSite();
    const out = path.join(makeTempDir('bp'), 'portal');
    expect((await runCli(['build', '--root', root, '--out', out, '--base-path', '/portal/'])).code).toBe(0);
    for (const file of listFiles(out).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(path.join(out, file), 'utf8');
      const urls = [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]!);
      for (const url of urls) {
        if (/^(https?:|mailto:|tel:|#)/.test(url)) continue;
        expect(url, `${file}: ${url}`).toMatch(/^\/portal\//);
      }
      expect(html).toMatch(/<link rel="canonical" href="https:\/\/thu\.example\.vn\/portal\//);
    }
  });

  it('lets a site override a built-in template by name', async () => {
    const root = await sampleSite();
    const tpl = path.join(root, 'templates');
    mkdirSync(tpl, { recursive: true });
    writeFileSync(path.join(tpl, '404.njk'), '{% extends "base.njk" %}{% block content %}<h1>Ôi, lạc đường rồi</h1>{% endblock %}');
    expect((await runCli(['build', '--root', root])).code).toBe(0);
    const html = readFileSync(path.join(root, 'dist', '404.html'), 'utf8');
    expect(html).toContain('<h1>Ôi, lạc đường rồi</h1>');
    expect(html).toContain('class="site-header"');
  });

  it('normalises decomposed Vietnamese to NFC in the output', async () => {
    const root = makeSite({ 'content/a.md': article({ title: 'Dân vận khéo'.normalize('NFD'), date: '2023-01-11', category: 'tin-tuc' }, 'Nhân dân'.normalize('NFD')) });
    const writer = createMemoryWriter();
    const report = await build({ root, writer, now: Date.UTC(2024, 0, 1) });
    expect(report.ok).toBe(true);
    const html = writer.files.get('tin-tuc/2023/01/dan-van-kheo/index.html')!.toString('utf8');
    expect(html).toContain('<h1 class="article__title">Dân vận khéo</h1>'.normalize('NFC'));
    expect(html).toBe(html.normalize('NFC'));
  });

  it('paginates listings with accessible links', async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 5; i++) files[`content/a${i}.md`] = article({ title: `Tin số ${i}`, date: `2023-01-0${i}`, category: 'tin-tuc' });
    const writer = createMemoryWriter();
    await build({ root: makeSite(files), writer, now: Date.UTC(2024, 0, 1) });
    const page2 = writer.files.get('chuyen-muc/tin-tuc/trang/2/index.html')!.toString('utf8');
    expect([...writer.files.keys()].filter((f) => f.startsWith('chuyen-muc/tin-tuc/') && f.endsWith('.html'))).toEqual([
      'chuyen-muc/tin-tuc/index.html', 'chuyen-muc/tin-tuc/trang/2/index.html', 'chuyen-muc/tin-tuc/trang/3/index.html',
    ]);
    expect([...page2.matchAll(/class="teaser__title"><a[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual(['Tin số 3', 'Tin số 2']);
    expect(page2).toContain('<nav class="pagination" aria-label="Phân trang">');
    expect(page2).toContain('<a href="/chuyen-muc/tin-tuc/" rel="prev">');
    expect(page2).toContain('aria-current="page"><span class="visually-hidden">Trang </span>2</a>');
  });
});

describe('pagination at the edges', () => {
  it('a tag with exactly a page of articles has one page; one more makes two; an archive month without articles has none', async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 3; i++) files[`content/a${i}.md`] = article({ title: `Tin ${i}`, date: `2023-01-0${i}`, category: 'tin-tuc', tags: i <= 2 ? '[đủ trang, thêm một]' : '[thêm một]' });
    const writer = createMemoryWriter();
    const report = await build({ root: makeSite(files), writer, now: Date.UTC(2024, 0, 1) });
    expect(report.ok).toBe(true);
    const pages = (prefix: string) => [...writer.files.keys()].filter((f) => f.startsWith(prefix) && f.endsWith('.html')).sort();
    expect(pages('the/du-trang/')).toEqual(['the/du-trang/index.html']);
    expect(pages('the/them-mot/')).toEqual(['the/them-mot/index.html', 'the/them-mot/trang/2/index.html']);
    expect(pages('luu-tru/')).toEqual(['luu-tru/2023/01/index.html', 'luu-tru/2023/01/trang/2/index.html', 'luu-tru/2023/index.html', 'luu-tru/2023/trang/2/index.html', 'luu-tru/index.html']);
  });
});

describe('parallel build', () => {
  it('gives byte-identical output with one thread and with several', () => {
    const site = makeTempDir('par');
    const gen = spawnSync(process.execPath, [path.join(REPO, 'scripts/generate-articles.mjs'), '--count', '400', '--out', site], { encoding: 'utf8' });
    expect(gen.status, gen.stderr).toBe(0);
    const run = (jobs: string, out: string) => spawnSync(process.execPath, [path.join(REPO, 'bin/baotinh.js'), 'build', '--root', site, '--out', out, '--jobs', jobs, '--quiet'], { encoding: 'utf8' });
    const one = run('1', path.join(site, 'out-1'));
    const two = run('2', path.join(site, 'out-2'));
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    const a = treeDigest(path.join(site, 'out-1'));
    expect(Object.keys(a).length).toBeGreaterThan(400);
    expect(treeDigest(path.join(site, 'out-2'))).toEqual(a);
    expect(statSync(path.join(site, 'out-2', 'index.html')).size).toBeGreaterThan(1000);
  }, 120_000);
});
