// One fixture per kind of bad input: the message names the file and line, says what to do,
// the exit code is 1 (content) or 2 (usage), and the output folder is left exactly as it was.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, jpeg, MINIMAL_CONFIG, makeSite } from '../fixtures/make-site.js';
import { runCli } from './run-cli.js';

const good = article({ title: 'Bài hợp lệ', date: '2023-01-11', category: 'tin-tuc' });

/** Build a site whose dist/ already holds a hand-made old site (not made by baotinh: no marker); return
 *  the CLI result and whether dist/ survived. A failing build leaves it; a successful one is refused. */
async function buildOver(files: Record<string, string | Buffer>, config?: string, extra: string[] = []) {
  const root = makeSite(files, config);
  mkdirSync(path.join(root, 'dist'));
  writeFileSync(path.join(root, 'dist', 'index.html'), 'bản cũ');
  const result = await runCli(['build', '--root', root, ...extra]);
  const untouched = readdirSync(path.join(root, 'dist')).join() === 'index.html' && readFileSync(path.join(root, 'dist', 'index.html'), 'utf8') === 'bản cũ';
  const leftovers = readdirSync(root).filter((n) => n.includes('baotinh-'));
  return { ...result, root, untouched, leftovers };
}

describe('bad input', () => {
  it('broken YAML: names the file and the line, exit 1, output untouched', async () => {
    const r = await buildOver({ 'content/a.md': '---\ntitle: Tin\ndate: 2023-01-11\ncategory: [tin-tuc\n---\nThân' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^content\/a\.md:\d+:\d+ FRONTMATTER_YAML Phần thông tin đầu bài có lỗi cú pháp YAML/m);
    expect(r.stderr).toContain('Gợi ý:');
    expect(r.untouched).toBe(true);
    expect(r.leftovers).toEqual([]);
  });

  it('missing title', async () => {
    const r = await buildOver({ 'content/a.md': article({ date: '2023-01-11', category: 'tin-tuc' }) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('content/a.md:2:1 FIELD_REQUIRED Thiếu tiêu đề bài viết (khóa "title").');
    expect(r.untouched).toBe(true);
  });

  it('an empty title is as missing as no title', async () => {
    const r = await buildOver({ 'content/a.md': article({ title: '""', date: '2023-01-11', category: 'tin-tuc' }) });
    expect(r.stderr).toContain('content/a.md:2:8 FIELD_REQUIRED');
  });

  it('bad date, with the accepted forms in the hint', async () => {
    const r = await buildOver({ 'content/a.md': article({ title: 'Tin', date: '31/02/2023', category: 'tin-tuc' }) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('content/a.md:3:7 DATE_INVALID Ngày "31/02/2023" không hợp lệ (date).');
    expect(r.stderr).toContain('11/01/2023 08:30');
    expect(r.stderr).toContain('> 3 | date: 31/02/2023');
  });

  it('unknown category, with the closest match', async () => {
    const r = await buildOver({ 'content/a.md': article({ title: 'Tin', date: '2023-01-11', category: 'dan-van-khéo' }) });
    expect(r.stderr).toContain('content/a.md:4:11 CATEGORY_UNKNOWN Chuyên mục "dan-van-khéo" không có trong cấu hình. Có phải ý bạn là "dan-van-kheo"?');
  });

  it('duplicate slug written by the editor names both files', async () => {
    const r = await buildOver({
      'content/a.md': article({ title: 'Hội nghị dân vận', date: '2023-01-11', category: 'tin-tuc', slug: 'hoi-nghi-dan-van' }),
      'content/b.md': article({ title: 'Hội nghị Dân Vận lần hai', date: '2023-01-20', category: 'dan-van-kheo', slug: 'hoi-nghi-dan-van' }),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/content\/b\.md:\d+:1 URL_DUPLICATE Hai bài viết cùng địa chỉ "\/tin-tuc\/2023\/01\/hoi-nghi-dan-van\/": tệp này và "content\/a\.md"\./);
  });

  it('missing image, on the line of the reference', async () => {
    const r = await buildOver({ 'content/a.md': article({ title: 'Tin', date: '2023-01-11', category: 'tin-tuc' }, 'Đoạn một.\n\n![Ảnh hội nghị](/anh/khong-co.jpg)\n*Chú thích*\n') });
    expect(r.stderr).toContain('content/a.md:8:17 IMAGE_MISSING Không tìm thấy ảnh "/anh/khong-co.jpg".');
    expect(r.untouched).toBe(true);
  });

  it('missing cover image, on the line of the image key', async () => {
    const r = await buildOver({ 'content/a.md': article({ title: 'Tin', date: '2023-01-11', category: 'tin-tuc', image: '/anh/bia.jpg' }) });
    expect(r.stderr).toContain('content/a.md:5:8 IMAGE_MISSING');
  });

  it('corrupt image', async () => {
    const r = await buildOver({
      'content/a.md': article({ title: 'Tin', date: '2023-01-11', category: 'tin-tuc' }, '![Ảnh](hong.jpg)\n'),
      'content/hong.jpg': Buffer.from('đây không phải ảnh JPEG'),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('content/a.md:6:8 IMAGE_UNREADABLE');
  });

  it('image paths that leave the content folder or point elsewhere are refused', async () => {
    const r = await buildOver({
      'content/a.md': article({ title: 'Tin', date: '2023-01-11', category: 'tin-tuc' }, '![a](../baotinh.config.yaml)\n\n![b](https://example.com/x.jpg)\n\n![c](/../../etc/passwd)\n'),
    });
    const codes = [...r.stderr.matchAll(/^content\/a\.md:(\d+):\d+ (\w+)/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(codes).toEqual(['6 IMAGE_PATH_INVALID', '8 IMAGE_PATH_INVALID', '10 IMAGE_PATH_INVALID']);
  });

  it('slug with path tricks', async () => {
    const r = await buildOver({ 'content/a.md': article({ title: 'Tin', date: '2023-01-11', category: 'tin-tuc', slug: '../../index' }) });
    expect(r.stderr).toContain('content/a.md:5:7 SLUG_INVALID');
  });

  it('a link to an article that does not exist', async () => {
    const r = await buildOver({ 'content/a.md': article({ title: 'Tin', date: '2023-01-11', category: 'tin-tuc' }, 'Xem [bài cũ](./cu.md).\n') });
    expect(r.stderr).toContain('content/a.md:6:14 LINK_BROKEN');
  });

  it('all content errors are reported in one run, sorted by file and line', async () => {
    const r = await buildOver({
      'content/b.md': article({ title: 'Tin', date: 'hôm qua', category: 'tin-tuc' }),
      'content/a.md': article({ date: '2023-01-11', category: 'khong-co' }),
      'content/c.md': good,
    });
    const found = [...r.stderr.matchAll(/^(content\/\S+) (\w+)/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(found).toEqual(['content/a.md:2:1 FIELD_REQUIRED', 'content/a.md:3:11 CATEGORY_UNKNOWN', 'content/b.md:3:7 DATE_INVALID']);
    expect(r.stderr).toContain('Dựng trang thất bại: 3 lỗi, 0 cảnh báo. Thư mục đầu ra giữ nguyên như trước.');
  });

  it('a template that outputs an undefined value names the template file and line', async () => {
    // Templates fail while pages are written, so over a site baotinh built before (a hand-made dist/
    // is refused before any page is written).
    const root = makeSite({ 'content/a.md': good });
    expect((await runCli(['build', '--root', root])).code).toBe(0);
    const before = readFileSync(path.join(root, 'dist', 'index.html'), 'utf8');
    const listing = readdirSync(path.join(root, 'dist')).join();
    mkdirSync(path.join(root, 'templates'));
    writeFileSync(path.join(root, 'templates', '404.njk'), '{% extends "base.njk" %}\n{% block content %}\n<h1>{{ site.strings.notFoundTitle }}</h1>\n<p>{{ site.khongCo }}</p>\n{% endblock %}\n');
    const r = await runCli(['build', '--root', root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/templates\/404\.njk:4:\d+ TEMPLATE_UNDEFINED/);
    expect(readFileSync(path.join(root, 'dist', 'index.html'), 'utf8')).toBe(before);
    expect(readdirSync(path.join(root, 'dist')).join()).toBe(listing);
    expect(readdirSync(path.join(root, '.dist.baotinh')).sort()).toEqual(['.baotinh-store', 'v1']);
  });

  it('a successful build over a hand-made dist/ is refused with OUTPUT_NOT_OURS, and dist/ is untouched', async () => {
    const r = await buildOver({ 'content/a.md': good });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('OUTPUT_NOT_OURS');
    expect(r.stderr).toContain('không phải do baotinh tạo ra');
    expect(r.untouched).toBe(true);
    expect(readdirSync(r.root).filter((n) => n.includes('baotinh'))).toEqual(['baotinh.config.yaml']);
  });

  it('a broken configuration names the key and its line', async () => {
    const r = await buildOver({ 'content/a.md': good }, MINIMAL_CONFIG.replace('baseUrl: https://thu.example.vn', 'baseUrl: thu.example.vn'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^baotinh\.config\.yaml:2:\d+ CONFIG_INVALID Cấu hình không hợp lệ ở "baseUrl"/m);
    expect(r.untouched).toBe(true);
  });

  it('a configuration with a YAML error names its line', async () => {
    const r = await buildOver({ 'content/a.md': good }, 'title: A\ncategories:\n  - slug: a\n   name: B\n');
    expect(r.stderr).toMatch(/^baotinh\.config\.yaml:4:\d+ CONFIG_YAML/m);
  });

  it('a missing configuration says where it looked', async () => {
    const root = makeSite({});
    const r = await runCli(['build', '--root', path.join(root, 'content')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('CONFIG_MISSING Không tìm thấy tệp cấu hình "baotinh.config.yaml".');
  });

  it('messages switch to English with --lang en', async () => {
    const r = await buildOver({ 'content/a.md': article({ title: 'Tin', date: '31/02/2023', category: 'tin-tuc' }) }, undefined, ['--lang', 'en']);
    expect(r.stderr).toContain('content/a.md:3:7 DATE_INVALID Date "31/02/2023" is not valid (date).');
    expect(r.stderr).toContain('Build failed: 1 error(s), 0 warning(s).');
  });

  it('usage errors exit 2', async () => {
    expect((await runCli(['publish'])).code).toBe(2);
    expect((await runCli(['build', '--no-such-flag'])).code).toBe(2);
    expect((await runCli(['build', '--base-path', 'portal'])).code).toBe(2);
    expect((await runCli([])).code).toBe(2);
    const help = await runCli(['build', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--base-path');
  });

  it('warnings (unknown key) do not fail the build', async () => {
    const root = makeSite({ 'content/a.md': article({ title: 'Tin', date: '2023-01-11', category: 'tin-tuc', tag: 'x' }) });
    const r = { ...(await runCli(['build', '--root', root])), root };
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('content/a.md:5:1 FIELD_UNKNOWN (cảnh báo) Khóa lạ "tag" sẽ bị bỏ qua. Có phải ý bạn là "tags"?');
    expect(existsSync(path.join(r.root, 'dist', 'tin-tuc', '2023', '01', 'tin', 'index.html'))).toBe(true);
  });

  it('an image without alt text or caption is a warning naming the line', async () => {
    const root = makeSite({
      'content/a.md': article({ title: 'Tin', date: '2023-01-11', category: 'tin-tuc' }, 'Đoạn.\n\n![](anh.jpg)\n'),
      'content/anh.jpg': await jpeg(40, 30),
    });
    const r = await runCli(['build', '--root', root]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('content/a.md:8:5 IMAGE_ALT_MISSING (cảnh báo)');
  });
});
