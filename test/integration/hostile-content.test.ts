// Hostile and odd content: every surprise is a diagnostic with file, line and hint, exit 1 (or a
// warning where the build can go on), never a stack trace, never silently wrong data, and nothing
// from outside the project reaches the site through a symbolic link.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build as buildSite } from '../../src/build.js';
import { slugify } from '../../src/vi/slug.js';
import { article, jpeg, makeSite } from '../fixtures/make-site.js';
import { runCli } from './run-cli.js';

const STACK = /at .*\.(ts|js):\d+/;
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function site(files: Record<string, string | Buffer>, config?: string): string {
  const root = makeSite(files, config);
  temps.push(root);
  return root;
}

function outsideFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'baotinh-outside-'));
  temps.push(dir);
  return dir;
}

async function buildAt(root: string) {
  const r = await runCli(['build', '--root', root]);
  expect(r.stderr).not.toMatch(STACK);
  return { ...r, root };
}

async function build(files: Record<string, string | Buffer>, config?: string) {
  return buildAt(site(files, config));
}

/** Every file of the built site, as forward-slash paths (dist may be a link to a versioned folder). */
function published(root: string): string[] {
  const dist = path.join(root, 'dist');
  return (readdirSync(dist, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/')).sort();
}

const front = (extra: Record<string, string> = {}) => ({ title: 'Tin', date: '2023-01-11', category: 'tin-tuc', ...extra });
// A configured category no fixture article uses is a warning of its own (CATEGORY_EMPTY), not what these tests look at.
const codesIn = (stderr: string) => [...stderr.matchAll(/^(\S+) ([A-Z][A-Z_]+)\b/gm)].map((m) => `${m[1]} ${m[2]}`).filter((c) => !c.endsWith(' CATEGORY_EMPTY'));

describe('long titles and slugs', () => {
  it('a title whose slug exceeds file-name limits is cut at a word boundary, not an ENAMETOOLONG crash', async () => {
    const title = 'Hội nghị tổng kết công tác dân vận năm 2022 và triển khai nhiệm vụ năm 2023 '.repeat(8).trim();
    const r = await build({ 'content/a.md': article(front({ title })) });
    expect(r.code).toBe(0);
    const page = published(r.root).find((f) => f.startsWith('tin-tuc/2023/01/') && f.endsWith('/index.html'))!;
    const slug = page.split('/')[3]!;
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.length).toBeGreaterThan(60);
    expect(slugify(title).startsWith(`${slug}-`)).toBe(true);
  });

  it('an explicit slug longer than 100 characters is SLUG_INVALID saying the limit', async () => {
    const r = await build({ 'content/a.md': article(front({ slug: 'hoi-nghi-'.repeat(30) + 'cuoi' })) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('content/a.md:5:7 SLUG_INVALID');
    expect(r.stderr).toMatch(/tối đa 100 ký tự/);
  });
});

describe('links with malformed escapes', () => {
  it('a link with a malformed % escape is LINK_BROKEN on its line, not a URIError', async () => {
    const r = await build({ 'content/a.md': article(front(), 'Đoạn đầu.\n\nXem [bài](%E0%A4%A.md) và [bài khác](bai%zz.md).\n') });
    expect(r.code).toBe(1);
    expect(codesIn(r.stderr)).toEqual(['content/a.md:8:11 LINK_BROKEN', 'content/a.md:8:38 LINK_BROKEN']);
    expect(r.stderr).toContain('"%E0%A4%A.md"');
  });

  it('a link to an article whose file name has Vietnamese letters reaches it', async () => {
    const r = await build({
      'content/a.md': article(front(), 'Xem [bài](./bài-cũ.md).\n'),
      'content/bài-cũ.md': article(front({ title: 'Bài cũ' })),
    });
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(r.root, 'dist/tin-tuc/2023/01/tin/index.html'), 'utf8')).toContain('href="/tin-tuc/2023/01/bai-cu/"');
  });
});

describe('photos and links in tables', () => {
  it('a photo or link in a table cell is checked on its row, not an internal crash or an unchecked link', async () => {
    const table = '| Ảnh | Liên kết |\n| --- | --- |\n| ![Ảnh](/anh/khong-co.jpg) | [bài khác](./khong-co.md) |\n| ![Lối tắt](../../../etc/passwd) | x |\n';
    const r = await build({ 'content/a.md': article(front(), table) });
    expect(r.code).toBe(1);
    expect(codesIn(r.stderr)).toEqual(['content/a.md:8:10 IMAGE_MISSING', 'content/a.md:8:42 LINK_BROKEN', 'content/a.md:9:14 IMAGE_PATH_INVALID']);
  });

  it('a photo in a table is published like any other', async () => {
    const r = await build({ 'content/a.md': article(front(), '| Ảnh |\n| --- |\n| ![Ảnh](anh.jpg) |\n'), 'content/anh.jpg': await jpeg(40, 30) });
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(r.root, 'dist/tin-tuc/2023/01/tin/index.html'), 'utf8')).toMatch(/<td><picture>/);
  });
});

describe('private-use characters (the internal image slots)', () => {
  it('editor-typed U+E000/U+E001 never become an image slot: removed with a warning naming the line', async () => {
    const body = 'Đoạn một.\n\n![Ảnh](anh.jpg)\n\nGiả \uE0000\uE001 và &#xE000;0&#xE001; nữa.\n';
    const r = await build({ 'content/a.md': article(front(), body), 'content/anh.jpg': await jpeg(40, 30) });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('content/a.md:10:5 BODY_PRIVATE_USE (cảnh báo)');
    const html = readFileSync(path.join(r.root, 'dist/tin-tuc/2023/01/tin/index.html'), 'utf8');
    expect(html.match(/<picture>/g)).toHaveLength(1);
    expect(html).not.toMatch(/[\uE000-\uF8FF]/);
    expect(html).toContain('Giả 0 và 0 nữa.');
  });

  it('a body with only a forged slot and no image builds (no "internal: image slot" crash)', async () => {
    const r = await build({ 'content/a.md': article(front(), 'Chữ \uE0007\uE001 lạ.\n') });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('content/a.md:6:5 BODY_PRIVATE_USE');
  });
});

describe('control characters', () => {
  it('NUL and other control characters in the body are removed with a warning naming the line, not "�" in the page', async () => {
    const r = await build({ 'content/a.md': article(front(), 'Đoạn một.\n\nChữ\u0000\u0000 và\u0007 chữ\u0085.\n') });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('content/a.md:8:4 BODY_CONTROL_CHAR (cảnh báo)');
    expect(r.stderr).toContain('U+0000');
    const html = readFileSync(path.join(r.root, 'dist/tin-tuc/2023/01/tin/index.html'), 'utf8');
    expect(html).toContain('Chữ và chữ.');
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/);
  });

  it('a control character written as a YAML escape in the title is removed with a warning, never reaching a page or feed', async () => {
    const r = await build({ 'content/a.md': article(front({ title: '"Tin\\u001f nóng\\0"' })) });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('content/a.md:2:8 FIELD_CONTROL_CHAR (cảnh báo)');
    for (const file of published(r.root).filter((f) => /\.(html|xml)$/.test(f))) {
      expect(readFileSync(path.join(r.root, 'dist', file), 'utf8'), file).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    }
    expect(published(r.root)).toContain('tin-tuc/2023/01/tin-nong/index.html');
  });
});

describe('content folder', () => {
  it('a missing content folder is CONTENT_MISSING naming the folder', async () => {
    const r = await build({});
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^content CONTENT_MISSING .*"content"/m);
    expect(r.stderr).toContain('folders.content');
  });

  it('a content folder that is a link leading outside the project is refused, nothing in it published', async () => {
    const outside = outsideFolder();
    writeFileSync(path.join(outside, 'ngoai.md'), article(front({ title: 'Bài ngoài' })));
    const root = site({});
    symlinkSync(outside, path.join(root, 'content'));
    const r = await buildAt(root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^content SOURCE_OUTSIDE_PROJECT/m);
  });

  it('a content path that is a file is CONTENT_MISSING too', async () => {
    const r = await build({ content: 'không phải thư mục' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^content CONTENT_MISSING/m);
  });
});

describe('the views file', () => {
  it('viewsFile naming a folder is VIEWS_FILE_INVALID, not an EISDIR crash', async () => {
    const r = await build({ 'content/a.md': article(front()), 'data/luot-xem.json/x': '{}' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^data\/luot-xem\.json VIEWS_FILE_INVALID .*thư mục/m);
  });

  it('a views file that is not valid UTF-8 is FILE_ENCODING, not counts under garbled keys', async () => {
    const bytes = Buffer.concat([Buffer.from('{"a'), Buffer.from([0xff, 0xfe]), Buffer.from('": 5, "a": 7}')]);
    const r = await build({ 'content/a.md': article(front()), 'data/luot-xem.json': bytes });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^data\/luot-xem\.json FILE_ENCODING/m);
  });

  it('invalid JSON is reported with its line and column', async () => {
    const r = await build({ 'content/a.md': article(front()), 'data/luot-xem.json': '{\n  "a": 5,\n}\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^data\/luot-xem\.json:3:1 VIEWS_FILE_INVALID/m);
  });

  it('a views file linked from outside the project is refused and its content never echoed', async () => {
    const outside = outsideFolder();
    writeFileSync(path.join(outside, 'secret.json'), 'BI-MAT: mật khẩu quản trị 123456');
    const root = site({ 'content/a.md': article(front()) });
    mkdirSync(path.join(root, 'data'));
    symlinkSync(path.join(outside, 'secret.json'), path.join(root, 'data/luot-xem.json'));
    const r = await buildAt(root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^data\/luot-xem\.json SOURCE_OUTSIDE_PROJECT/m);
    expect(r.stderr).not.toContain('BI-MAT');
    expect(r.stderr).not.toContain('123456');
  });
});

describe('dates', () => {
  it('date 0050-06-15 is DATE_INVALID with the year range, not published as 1950', async () => {
    const r = await build({ 'content/a.md': article(front({ date: '0050-06-15' })) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('content/a.md:3:7 DATE_INVALID');
    expect(r.stderr).toMatch(/1900.*2200/);
  });

  it('offsets that no place on Earth uses (+99:99, +24:00, -15:00, +07:20) are DATE_INVALID', async () => {
    const files: Record<string, string> = {};
    ['+99:99', '+24:00', '-15:00', '+07:20'].forEach((off, i) => (files[`content/a${i}.md`] = article(front({ title: `Tin ${i}`, date: `2023-01-11T08:30${off}` }))));
    const r = await build(files);
    expect(r.code).toBe(1);
    expect(codesIn(r.stderr)).toEqual([0, 1, 2, 3].map((i) => `content/a${i}.md:3:7 DATE_INVALID`));
    expect(r.stderr).toContain('+14:00');
  });

  it('real offsets still work (+05:45, -09:30, +14:00)', async () => {
    const r = await build({
      'content/a.md': article(front({ title: 'A', date: '2023-01-11T08:30+05:45' })),
      'content/b.md': article(front({ title: 'B', date: '2023-01-11T08:30-09:30' })),
      'content/c.md': article(front({ title: 'C', date: '2023-01-11T08:30+14:00' })),
    });
    expect(r.code).toBe(0);
  });
});

describe('values YAML reads as something else', () => {
  it('author: .nan is FIELD_TYPE with the fix, not a /tac-gia/nan/ page', async () => {
    const r = await build({ 'content/a.md': article(front({ author: '.nan' })) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('content/a.md:5:9 FIELD_TYPE');
    expect(r.stderr).toContain('author: ".nan"');
  });

  it('.inf, -.inf and floats in tags, category and summary are FIELD_TYPE', async () => {
    const r = await build({ 'content/a.md': article({ title: 'Tin', date: '2023-01-11', category: '.inf', tags: '[dân vận, -.inf, 1.50]', summary: '3.14' }) });
    expect(r.code).toBe(1);
    expect(codesIn(r.stderr)).toEqual(['content/a.md:4:11 FIELD_TYPE', 'content/a.md:5:7 FIELD_TYPE', 'content/a.md:6:10 FIELD_TYPE']);
    expect(r.stderr).toContain('"1.50"');
  });

  it('a whole-number title, tag or author keeps its written form', async () => {
    const r = await build({ 'content/a.md': article({ title: '2023', date: '2023-01-11', category: 'tin-tuc', tags: '[2024, 0012]', author: '115' }) });
    expect(r.code).toBe(0);
    const files = published(r.root);
    expect(files).toContain('tin-tuc/2023/01/2023/index.html');
    expect(files).toContain('the/0012/index.html');
    expect(files).toContain('tac-gia/115/index.html');
  });

  it('views written as 0x10, 0o20, 1e3, +5 or 1_000 are FIELD_TYPE, not 16/16/1000/5', async () => {
    const files: Record<string, string> = {};
    ['0x10', '0o20', '1e3', '+5', '1_000', '12.0'].forEach((v, i) => (files[`content/a${i}.md`] = article(front({ title: `Tin ${i}`, views: v }))));
    const r = await build(files);
    expect(r.code).toBe(1);
    expect(codesIn(r.stderr)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `content/a${i}.md:5:8 FIELD_TYPE`));
  });

  it('views: 2238 is still a view count', async () => {
    const r = await build({ 'content/a.md': article(front({ views: '2238' })) });
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(r.root, 'dist/tin-tuc/2023/01/tin/index.html'), 'utf8')).toContain('2.238');
  });

  it('draft: yes is FIELD_TYPE asking for true hoặc false', async () => {
    const r = await build({ 'content/a.md': article(front({ draft: 'yes' })) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('content/a.md:5:8 FIELD_TYPE Giá trị của "draft" phải là true hoặc false.');
  });
});

describe('symbolic links', () => {
  it('a photo linked from outside the project is refused, on the line of the reference', async () => {
    const outside = outsideFolder();
    writeFileSync(path.join(outside, 'rieng.jpg'), await jpeg(40, 30));
    const root = site({ 'content/a.md': article(front(), '![Ảnh riêng](anh.jpg)\n') });
    symlinkSync(path.join(outside, 'rieng.jpg'), path.join(root, 'content/anh.jpg'));
    const r = await buildAt(root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('content/a.md:6:14 SOURCE_OUTSIDE_PROJECT');
  });

  it('a folder of photos linked from outside the project is refused', async () => {
    const outside = outsideFolder();
    writeFileSync(path.join(outside, 'x.jpg'), await jpeg(40, 30));
    const root = site({ 'content/a.md': article(front({ image: '/anh/x.jpg' })) });
    symlinkSync(outside, path.join(root, 'content/anh'));
    const r = await buildAt(root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('content/a.md:5:8 SOURCE_OUTSIDE_PROJECT');
  });

  it('an article or folder linked from outside the project is skipped with a warning, not silently', async () => {
    const outside = outsideFolder();
    writeFileSync(path.join(outside, 'ngoai.md'), article(front({ title: 'Bài ngoài' })));
    const root = site({ 'content/a.md': article(front()) });
    symlinkSync(path.join(outside, 'ngoai.md'), path.join(root, 'content/ngoai.md'));
    symlinkSync(outside, path.join(root, 'content/kho'));
    const r = await buildAt(root);
    expect(r.code).toBe(0);
    expect(codesIn(r.stderr)).toEqual(['content/kho SOURCE_OUTSIDE_PROJECT', 'content/ngoai.md SOURCE_OUTSIDE_PROJECT']);
    expect(published(r.root).some((f) => f.includes('bai-ngoai'))).toBe(false);
  });

  it('articles and photos linked from inside the project are built', async () => {
    const root = site({
      'content/a.md': article(front(), '![Ảnh](/chung/anh.jpg)\n'),
      'kho/bai-chung.md': article(front({ title: 'Bài chung' })),
      'kho/anh/anh.jpg': await jpeg(40, 30),
    });
    symlinkSync(path.join(root, 'kho/bai-chung.md'), path.join(root, 'content/bai-chung.md'));
    symlinkSync(path.join(root, 'kho/anh'), path.join(root, 'content/chung'));
    const r = await buildAt(root);
    expect(r.code).toBe(0);
    expect(published(r.root)).toContain('tin-tuc/2023/01/bai-chung/index.html');
    expect(readFileSync(path.join(root, 'dist/tin-tuc/2023/01/tin/index.html'), 'utf8')).toContain('<picture>');
  });

  it('a symlink loop in content/ does not hang discovery and is reported', async () => {
    const root = site({ 'content/a.md': article(front()), 'content/muc/b.md': article(front({ title: 'B' })) });
    symlinkSync(path.join(root, 'content'), path.join(root, 'content/muc/vong'));
    symlinkSync(path.join(root, 'content/lap-1'), path.join(root, 'content/lap-2'));
    symlinkSync(path.join(root, 'content/lap-2'), path.join(root, 'content/lap-1'));
    const r = await buildAt(root);
    expect(r.code).toBe(0);
    expect(codesIn(r.stderr)).toEqual(['content/lap-1 SOURCE_LINK_SKIPPED', 'content/lap-2 SOURCE_LINK_SKIPPED', 'content/muc/vong SOURCE_LINK_SKIPPED']);
    expect(published(r.root).filter((f) => /^tin-tuc\/.*index\.html$/.test(f))).toEqual(['tin-tuc/2023/01/b/index.html', 'tin-tuc/2023/01/tin/index.html']);
  });
});

describe('names that look identical', () => {
  it('two files whose names differ only in the case of .md are refused, naming both, and neither takes the other\'s body', async () => {
    const r = await build({
      'content/bai-viet/bai-khac.md': article(front({ title: 'Bài thứ nhất' }), 'Nội dung MỘT.'),
      'content/bai-viet/bai-khac.MD': article(front({ title: 'Bài thứ hai' }), 'Nội dung HAI.'),
      'content/bai-viet/khac.md': article(front({ title: 'Bài khác', date: '2023-01-12' }), 'Nội dung BA.'),
    });
    expect(r.code).toBe(1);
    expect(codesIn(r.stderr)).toEqual(['content/bai-viet/bai-khac.md SOURCE_NAME_CLASH']);
    expect(r.stderr).toContain('"content/bai-viet/bai-khac.MD"');
    expect(r.stderr).toContain('content/bai-viet/bai-khac-2.md');
    expect(existsSync(path.join(r.root, 'dist'))).toBe(false);
    // Once renamed, both are built, each with its own body.
    renameSync(path.join(r.root, 'content/bai-viet/bai-khac.md'), path.join(r.root, 'content/bai-viet/bai-khac-2.md'));
    const again = await buildAt(r.root);
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(path.join(r.root, 'dist/tin-tuc/2023/01/bai-thu-nhat/index.html'), 'utf8')).toContain('Nội dung MỘT.');
    expect(readFileSync(path.join(r.root, 'dist/tin-tuc/2023/01/bai-thu-hai/index.html'), 'utf8')).toContain('Nội dung HAI.');
  });

  it('tags differing by a no-break space are one tag (the space is normalised), with one page', async () => {
    const r = await build({
      'content/a.md': article(front({ title: 'A', tags: '[dân vận]' })),
      'content/b.md': article(front({ title: 'B', tags: '[dân\u00A0vận]' })),
    });
    expect(r.code, r.stderr).toBe(0);
    expect(codesIn(r.stderr)).toEqual([]);
    const tagPage = readFileSync(path.join(r.root, 'dist/the/dan-van/index.html'), 'utf8');
    expect(tagPage).toContain('>A<');
    expect(tagPage).toContain('>B<');
  });

  it('authors differing by a zero-width space or a letter written in pieces are one author', async () => {
    const r = await build({
      'content/a.md': article(front({ title: 'A', author: 'Dương Liễu' })),
      'content/b.md': article(front({ title: 'B', author: 'Dương\u200B Liễu' })),
      'content/c.md': article(front({ title: 'C', author: '"Dương Li\\u1EC5u"'.replace('\\u1EC5', 'e\\u0302\\u0303') })),
    });
    expect(r.code, r.stderr).toBe(0);
    expect(codesIn(r.stderr)).toEqual([]);
    expect(published(r.root).filter((f) => f.startsWith('tac-gia/') && f.endsWith('.html'))).toEqual(['tac-gia/duong-lieu/index.html', 'tac-gia/duong-lieu/trang/2/index.html', 'tac-gia/index.html']);
  });

  it('tags differing in case are merged under the most used spelling, with a warning listing the others', async () => {
    const r = await build({
      'content/a.md': article(front({ title: 'A', tags: '[Chính phủ]' })),
      'content/b.md': article(front({ title: 'B', tags: '[chính phủ]' })),
      'content/c.md': article(front({ title: 'C', tags: '[chính phủ]' })),
    });
    expect(r.code, r.stderr).toBe(0);
    expect(codesIn(r.stderr)).toEqual(['content/a.md:5:1 TERM_VARIANTS']);
    expect(r.stderr).toContain('Thẻ "chính phủ" còn được viết theo 1 cách khác');
    expect(r.stderr).toContain('"Chính phủ" (content/a.md:5)');
    expect(readFileSync(path.join(r.root, 'dist/the/chinh-phu/index.html'), 'utf8')).toMatch(/<h1[^>]*>[^<]*chính phủ/);
  });

  it('tags that share an address but are other words are still an error naming the difference', async () => {
    const r = await build({
      'content/a.md': article(front({ title: 'A', tags: '[Dân vận]' })),
      'content/b.md': article(front({ title: 'B', tags: '[Dẫn vận]' })),
    });
    expect(r.code).toBe(1);
    expect(codesIn(r.stderr)).toEqual(['content/b.md:5:1 TERM_COLLISION']);
  });

  it('a category name with a no-break space or a zero-width space is the category (the spaces are normalised)', async () => {
    const r = await build({ 'content/a.md': article(front({ category: 'Tin\u00A0tức\u200B' })) });
    expect(r.code, r.stderr).toBe(0);
    expect(codesIn(r.stderr)).toEqual([]);
  });
});

describe('reporting stays linear', () => {
  it('20,000 broken references in one article are all reported', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 10_000; i++) lines.push(`![Ảnh ${i}](/anh/khong-co-${i}.jpg) và [bài ${i}](./khong-co-${i}.md)`);
    const root = site({ 'content/a.md': article(front(), `${lines.join('\n\n')}\n`) });
    const report = await buildSite({ root });
    expect(report.ok).toBe(false);
    const at = (code: string) => report.diagnostics.filter((d) => d.code === code).map((d) => `${d.line}:${d.column}`);
    expect(at('IMAGE_MISSING')).toHaveLength(10_000);
    expect(at('LINK_BROKEN')).toHaveLength(10_000);
    expect(at('IMAGE_MISSING').at(-1)).toBe('20004:13');
    expect(at('LINK_BROKEN').at(-1)).toBe('20004:51');
    // The command line prints the first of each kind and counts the rest: all 20,000 are errors.
    const r = await buildAt(root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Dựng trang thất bại: 20000 lỗi');
  }, 20_000);
});
