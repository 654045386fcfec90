// The error boundary: the editor's mistakes exit 1 and name the file; the machine's failures (disk,
// cache, a broken install) exit 74 and name the path, never the content; baotinh's own bugs exit 70
// with the cause chain. A damaged cache is dropped with a warning and the build is still correct.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { article, jpeg, makeSite } from '../fixtures/make-site.js';
import { runCli } from './run-cli.js';

const STACK = /\n\s+at .+:\d+:\d+/;
const roots: string[] = [];
afterEach(() => {
  vi.doUnmock('../../src/site/site.js');
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

async function photoSite(): Promise<string> {
  const root = makeSite({
    'content/a.md': article({ title: 'Bài có ảnh', date: '2023-01-11', category: 'tin-tuc', image: '/anh/x.jpg' }, '![Ảnh hội nghị](/anh/x.jpg)\n'),
    'content/anh/x.jpg': await jpeg(900, 600),
  });
  roots.push(root);
  return root;
}

/** Published photo files and their bytes. */
function media(root: string): Map<string, string> {
  const dir = path.join(root, 'dist', 'media');
  return new Map(readdirSync(dir).sort().map((f) => [f, readFileSync(path.join(dir, f)).toString('base64')]));
}

function cacheEntries(root: string): string[] {
  const dir = path.join(root, '.baotinh', 'images');
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.(webp|jpe?g|png)$/.test(e.name)).map((e) => path.join(e.parentPath, e.name));
}

describe('a damaged cache is dropped and rebuilt', () => {
  for (const [name, damage] of [
    ['an index that is null', (file: string) => writeFileSync(file, 'null')],
    ['an index that is garbage', (file: string) => writeFileSync(file, '\u0000\u00ffnot json{{{')],
    ['an index cut in half', (file: string) => writeFileSync(file, readFileSync(file, 'utf8').slice(0, 40))],
    ['an index with records of the wrong shape', (file: string) => writeFileSync(file, JSON.stringify({ version: 2, sources: { x: null }, entries: [] }))],
  ] as const) {
    it(`${name}: warning, exit 0, the same photos published`, async () => {
      const root = await photoSite();
      expect((await runCli(['build', '--root', root])).code).toBe(0);
      const before = media(root);
      damage(path.join(root, '.baotinh', 'images', 'index.json'));
      // --clean: with nothing changed, a build would not look at the photos at all.
      const r = await runCli(['build', '--root', root, '--clean']);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('CACHE_DISCARDED');
      expect(r.stderr).not.toMatch(STACK);
      expect(media(root)).toEqual(before);
    });
  }

  it('a truncated cached photo is encoded again, never published truncated', async () => {
    const root = await photoSite();
    expect((await runCli(['build', '--root', root])).code).toBe(0);
    const before = media(root);
    const entry = cacheEntries(root)[0]!;
    writeFileSync(entry, readFileSync(entry).subarray(0, 100));
    const r = await runCli(['build', '--root', root, '--clean']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/mã hóa [1-9]/);
    expect(r.stderr).toContain('CACHE_DISCARDED');
    expect(media(root)).toEqual(before);
  });

  it('a cached photo overwritten with garbage of the same size is encoded again', async () => {
    const root = await photoSite();
    expect((await runCli(['build', '--root', root])).code).toBe(0);
    const before = media(root);
    for (const entry of cacheEntries(root)) writeFileSync(entry, Buffer.alloc(readFileSync(entry).length, 7));
    const r = await runCli(['build', '--root', root, '--clean']);
    expect(r.code).toBe(0);
    expect(media(root)).toEqual(before);
  });
});

describe('the machine failing is not the editor’s fault', () => {
  it('a cache folder that cannot be written: exit 74, names the path and the OS error, blames no photo', async () => {
    const root = await photoSite();
    // A file where the cache folder should be: mkdir fails (as root, permissions would not).
    writeFileSync(path.join(root, '.baotinh'), 'not a folder');
    const r = await runCli(['build', '--root', root]);
    expect(r.code).toBe(74);
    expect(r.stderr).toContain(path.join(root, '.baotinh'));
    expect(r.stderr).toMatch(/ENOTDIR|EEXIST/);
    expect(r.stderr).toContain('Nội dung bài viết không có lỗi');
    expect(r.stderr).not.toContain('IMAGE_UNREADABLE');
    expect(r.stderr).not.toMatch(STACK);
  });

  it('a bug in baotinh: exit 70, the cause chain, and a request to report it', async () => {
    vi.resetModules();
    vi.doMock('../../src/site/site.js', () => ({
      buildSite: () => {
        throw new TypeError('boom inside the site model', { cause: new Error('the deeper cause') });
      },
    }));
    const { main } = await import('../../src/cli.js');
    const root = makeSite({ 'content/a.md': article({ title: 'Tin', date: '2023-01-11', category: 'tin-tuc' }) });
    roots.push(root);
    let stderr = '';
    const code = await main(['build', '--root', root], { out: () => {}, err: (t) => (stderr += `${t}\n`) });
    expect(code).toBe(70);
    expect(stderr).toContain('Vui lòng báo lỗi');
    expect(stderr).toContain('boom inside the site model');
    expect(stderr).toContain('the deeper cause');
    vi.resetModules();
  });
});

describe('every content error in one run', () => {
  it('broken YAML, a missing photo, a tag collision and an alias used twice are reported together', async () => {
    const root = makeSite({
      'content/a.md': '---\ntitle: Tin\ndate: 2023-01-11\ncategory: [tin-tuc\n---\nThân',
      'content/b.md': article({ title: 'Bài có ảnh hỏng', date: '2023-01-11', category: 'tin-tuc' }, '![Ảnh](/anh/khong-co.jpg)\n'),
      'content/c.md': article({ title: 'Bài một', date: '2023-01-12', category: 'tin-tuc', tags: '[Dân vận]', aliases: '[/bai-cu.html]' }),
      'content/d.md': article({ title: 'Bài hai', date: '2023-01-13', category: 'tin-tuc', tags: '[Dẫn vận]', aliases: '[/bai-cu.html]' }),
    });
    roots.push(root);
    const r = await runCli(['build', '--root', root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('content/a.md:5');
    expect(r.stderr).toMatch(/content\/a\.md:\d+:\d+ FRONTMATTER_YAML/);
    expect(r.stderr).toMatch(/content\/b\.md:\d+:\d+ IMAGE_MISSING/);
    expect(r.stderr).toMatch(/content\/[cd]\.md\S* TERM_COLLISION/);
    expect(r.stderr).toMatch(/content\/[cd]\.md\S* (ALIAS_CONFLICT|OUTPUT_CONFLICT)/);
  });
});

describe('every template error in one run', () => {
  it('two broken templates: both reported, each once, with the number of pages it broke', async () => {
    const root = makeSite({
      'content/a.md': article({ title: 'Tin một', date: '2023-01-11', category: 'tin-tuc' }),
      'content/b.md': article({ title: 'Tin hai', date: '2023-01-12', category: 'tin-tuc' }),
      'content/c.md': article({ title: 'Tin ba', date: '2023-01-13', category: 'tin-tuc' }),
      'templates/article.njk': '{% extends "base.njk" %}{% block content %}<p>{{ article.khongCo }}</p>{% endblock %}',
      'templates/home.njk': '{% extends "base.njk" %}{% block content %}<p>{{ trangChu }}</p>{% endblock %}',
    });
    roots.push(root);
    const r = await runCli(['build', '--root', root, '--jobs', '1']);
    expect(r.code).toBe(1);
    const articleErrors = r.stderr.match(/templates\/article\.njk:\d+:\d+ TEMPLATE_UNDEFINED/g) ?? [];
    const homeErrors = r.stderr.match(/templates\/home\.njk:\d+:\d+ TEMPLATE_UNDEFINED/g) ?? [];
    expect(articleErrors).toHaveLength(1);
    expect(homeErrors).toHaveLength(1);
    expect(r.stderr).toContain('(và 2 trang khác)');
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe('a broken sharp install', () => {
  it('is a system error naming sharp, not every photo marked corrupt', async () => {
    vi.resetModules();
    vi.doMock('sharp', () => {
      throw new Error('Could not load the "sharp" module using the linux-x64 runtime');
    });
    const { main } = await import('../../src/cli.js');
    const root = await photoSite();
    let stderr = '';
    const code = await main(['build', '--root', root], { out: () => {}, err: (t) => (stderr += `${t}\n`) });
    vi.doUnmock('sharp');
    vi.resetModules();
    expect(code).toBe(74);
    expect(stderr).toContain('sharp');
    expect(stderr).toContain('npm ci');
    expect(stderr).not.toContain('IMAGE_UNREADABLE');
  });
});

describe('a flood of problems stays readable', () => {
  it('300 broken links on one line: all counted, 50 printed with short frames, the rest summed up', async () => {
    const links = Array.from({ length: 300 }, (_, i) => `[l${i}](./x${i}.md)`).join(' ');
    const root = makeSite({ 'content/a.md': article({ title: 'Tin', date: '2023-01-11', category: 'tin-tuc' }, `${links}\n`) });
    roots.push(root);
    const r = await runCli(['build', '--root', root]);
    expect(r.code).toBe(1);
    expect(r.stderr.match(/LINK_BROKEN Liên kết/g)).toHaveLength(50);
    expect(r.stderr).toContain('content/a.md LINK_BROKEN: còn 250 chỗ cùng loại trong tệp này');
    expect(r.stderr).toContain('300 lỗi');
    expect(r.stderr.length).toBeLessThan(100_000);
  });
});
