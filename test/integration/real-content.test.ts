// What migrated articles really carry in their front-matter (issue: real Vietnamese content):
// HTML entities from RSS and old CMS exports, invisible characters pasted from Word or the web.
// Each is repaired the way an editor would want, and said where it changes what was written.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { article, jpeg, makeSite, MINIMAL_CONFIG } from '../fixtures/make-site.js';
import { runCli } from './run-cli.js';
import { toWindows1258 } from '../helpers/windows-1258.js';

const NOW = Date.UTC(2024, 5, 1);

/** The fixture configuration has categories these sites leave empty: that warning (CATEGORY_EMPTY) is tested on its own. */
async function buildSite(files: Record<string, string>) {
  const root = makeSite(files);
  const built = await build({ root, now: NOW });
  const report = { ...built, diagnostics: built.diagnostics.filter((d) => d.code !== 'CATEGORY_EMPTY') };
  return { root, report, codes: report.diagnostics.map((d) => `${d.file}:${d.line ?? ''} ${d.code}`) };
}

describe('HTML entities in front-matter', () => {
  it('are decoded once, with a warning on the line, and never shown or put in the address', async () => {
    const { root, report, codes } = await buildSite({
      'content/a.md': article({ title: 'Hội nghị c&ocirc;ng t&aacute;c d&acirc;n vận', date: '2024-01-11', category: 'tin-tuc', summary: '"&#039;Dân vận khéo&#039; &amp; hiệu quả"' }),
    });
    expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
    expect(codes).toEqual(['content/a.md:2 FIELD_HTML_ENTITY', 'content/a.md:5 FIELD_HTML_ENTITY']);
    const warning = report.diagnostics.find((d) => d.line === 2)!;
    expect(warning.params).toMatchObject({ key: 'title', entities: '&ocirc; &aacute; &acirc;', value: 'Hội nghị công tác dân vận' });
    expect(report.urls!.get('a.md')).toBe('/tin-tuc/2024/01/hoi-nghi-cong-tac-dan-van/');
    const html = readFileSync(path.join(root, 'dist/tin-tuc/2024/01/hoi-nghi-cong-tac-dan-van/index.html'), 'utf8');
    expect(html).toContain('Hội nghị công tác dân vận');
    expect(html).not.toMatch(/&amp;(ocirc|aacute|acirc|#039);/);
    expect(html).toMatch(/Dân vận khéo/);
  });

  it('text that only looks like an entity (AT&T, R&D) is left alone, without a warning', async () => {
    const { report } = await buildSite({ 'content/a.md': article({ title: 'Hợp tác R&D với AT&T', date: '2024-01-11', category: 'tin-tuc' }) });
    expect(report.ok).toBe(true);
    expect(report.diagnostics).toEqual([]);
    expect(report.urls!.get('a.md')).toBe('/tin-tuc/2024/01/hop-tac-r-d-voi-at-t/');
  });
});

describe('invisible characters in front-matter', () => {
  it('no-break, zero-width and other odd spaces, soft hyphens and BOMs are normalised in titles, tags and authors', async () => {
    const { root, report } = await buildSite({
      'content/a.md': article({ title: '"Tổng\\u00A0Bí thư\\u200B làm việc\\u00AD tại\\u2028 tỉnh\\uFEFF"', date: '2024-01-11', category: 'tin-tuc', tags: '["Tổng\\u00A0Bí thư"]', author: '"Dương\\u202FLiễu"' }),
      'content/b.md': article({ title: 'Bài khác', date: '2024-01-12', category: 'tin-tuc', tags: '[Tổng Bí thư]', author: 'Dương Liễu' }),
    });
    expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
    expect(report.diagnostics).toEqual([]);
    expect(report.urls!.get('a.md')).toBe('/tin-tuc/2024/01/tong-bi-thu-lam-viec-tai-tinh/');
    const html = readFileSync(path.join(root, 'dist/tin-tuc/2024/01/tong-bi-thu-lam-viec-tai-tinh/index.html'), 'utf8');
    expect(html).toContain('Tổng Bí thư làm việc tại tỉnh');
    expect(html).not.toMatch(/[\u00A0\u200B\u00AD\u2028\uFEFF\u202F]/);
    const tagPage = readFileSync(path.join(root, 'dist/the/tong-bi-thu/index.html'), 'utf8');
    expect(tagPage).toContain('Bài khác');
    expect(tagPage).toContain('Tổng Bí thư làm việc tại tỉnh');
  });
});

describe('front-matter keys and dates as editors write them', () => {
  it('Vietnamese keys are read as their English ones, in any case and with _ or spaces', async () => {
    const { root, report } = await buildSite({
      'content/a.md': '---\ntiêu đề: Hội nghị dân vận\nNgày: Thứ Tư, 11/01/2023 08:30\nchuyen_muc: tin-tuc\nthẻ: [Dân vận]\ntác giả: Dương Liễu\nsapo: Tóm tắt bài.\nlượt xem: 213\n---\nNội dung.\n',
    });
    expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
    expect(report.diagnostics).toEqual([]);
    const html = readFileSync(path.join(root, 'dist/tin-tuc/2023/01/hoi-nghi-dan-van/index.html'), 'utf8');
    expect(html).toContain('Dương Liễu');
    expect(html).toContain('Tóm tắt bài.');
    expect(html).toContain('213');
    expect(html).toContain('08:30');
  });

  it('one key written twice (English and Vietnamese) is an error naming both; a misspelt alias gets a suggestion', async () => {
    const { report, codes } = await buildSite({
      'content/a.md': '---\ntitle: Hội nghị\ntiêu đề: Hội nghị khác\ndate: 11/01/2023\ncategory: tin-tuc\ntacgia: Dương Liễu\n---\nNội dung.\n',
    });
    expect(report.ok).toBe(false);
    expect(codes).toEqual(['content/a.md:3 FIELD_DUPLICATE', 'content/a.md:6 FIELD_UNKNOWN']);
    expect(report.diagnostics[0]!.params).toMatchObject({ key: 'tiêu đề', other: 'title' });
    expect(report.diagnostics[1]!.params).toMatchObject({ suggestion: 'tác giả' });
  });

  it('dates YAML reads as a number, or written month first, are refused with the line to paste', async () => {
    const { report, codes } = await buildSite({
      'content/a.md': article({ title: 'A', date: '20201001', category: 'tin-tuc' }),
      'content/b.md': article({ title: 'B', date: '01/15/2024', category: 'tin-tuc' }),
      'content/c.md': article({ title: 'C', date: 'Thứ Năm, 11/01/2023', category: 'tin-tuc' }),
    });
    expect(report.ok).toBe(false);
    expect(codes).toEqual(['content/a.md:3 DATE_INVALID', 'content/b.md:3 DATE_INVALID', 'content/c.md:3 DATE_INVALID']);
    const { messageText } = await import('../../src/messages.js');
    const [a, b, c] = report.diagnostics.map((d) => messageText(d.code as never, d.params, 'vi'));
    expect(a!.message).toContain('YAML đọc dãy số này là một con số');
    expect(a!.hint).toContain('date: 01/10/2020');
    expect(b!.message).toContain('kiểu Mỹ');
    expect(b!.hint).toContain('date: 15/01/2024');
    expect(c!.message).toContain('là Thứ Tư');
  });
});

describe('headlines that break YAML', () => {
  it('a colon or quotes in a plain value: the error is on that line, in Vietnamese, with the exact line to paste', async () => {
    const { report, codes } = await buildSite({
      'content/a.md': '---\ntitle: Cao Bằng: Hội nghị sơ kết\ndate: 11/01/2023\ncategory: tin-tuc\n---\nx\n',
      'content/b.md': '---\ntitle: "Dân vận khéo" ở cơ sở\ndate: 11/01/2023\nsummary: Kết luận: \'tốt\'\ncategory: tin-tuc\n---\nx\n',
    });
    expect(report.ok).toBe(false);
    expect(codes).toEqual(['content/a.md:2 FRONTMATTER_YAML', 'content/b.md:2 FRONTMATTER_YAML', 'content/b.md:4 FRONTMATTER_YAML']);
    const fixes = report.diagnostics.map((d) => d.params.fix);
    expect(fixes).toEqual(['title: "Cao Bằng: Hội nghị sơ kết"', 'title: "\\"Dân vận khéo\\" ở cơ sở"', 'summary: "Kết luận: \'tốt\'"']);
    const { messageText } = await import('../../src/messages.js');
    const text = messageText('FRONTMATTER_YAML', report.diagnostics[0]!.params, 'vi');
    expect(text.message).toContain('dấu hai chấm');
    expect(text.message).not.toMatch(/mapping|indentation/);
    // The lines given, pasted in, build.
    const fixed = await buildSite({
      'content/a.md': `---\n${fixes[0]}\ndate: 11/01/2023\ncategory: tin-tuc\n---\nx\n`,
      'content/b.md': `---\n${fixes[1]}\ndate: 11/01/2023\n${fixes[2]}\ncategory: tin-tuc\n---\nx\n`,
    });
    expect(fixed.report.ok, JSON.stringify(fixed.report.diagnostics)).toBe(true);
    expect(fixed.report.urls!.get('b.md')).toBe('/tin-tuc/2023/01/dan-van-kheo-o-co-so/');
  });

  it('" #" in a plain title is a YAML comment: a warning says what is left and gives the line that keeps it all', async () => {
    const { report, codes } = await buildSite({ 'content/a.md': '---\ntitle: Gương sáng #1 của xã\ndate: 11/01/2023\ncategory: tin-tuc\n---\nx\n' });
    expect(report.ok).toBe(true);
    expect(codes).toEqual(['content/a.md:2 FIELD_COMMENT_CUT']);
    expect(report.diagnostics[0]!.params).toMatchObject({ kept: 'Gương sáng', fix: 'title: "Gương sáng #1 của xã"' });
  });
});

describe('shapes real articles come in', () => {
  it('straight quotes in a title and a lead are curled as in the body, on the article and in listings alike', async () => {
    const { root, report } = await buildSite({
      'content/a.md': article({ title: '"\'Phong trào\' \\"Dân vận khéo\\" ở cơ sở"', date: '2024-01-11', category: 'tin-tuc', summary: 'Mô hình "Dân vận khéo" lan tỏa.' }, 'Phong trào "Dân vận khéo" được nhân rộng.\n'),
    });
    expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
    const page = readFileSync(path.join(root, 'dist', report.urls!.get('a.md')!, 'index.html'), 'utf8');
    const listing = readFileSync(path.join(root, 'dist/chuyen-muc/tin-tuc/index.html'), 'utf8');
    for (const html of [page, listing]) {
      expect(html).toContain('‘Phong trào’ “Dân vận khéo” ở cơ sở');
      expect(html).toContain('Mô hình “Dân vận khéo” lan tỏa.');
    }
    expect(page).toContain('Phong trào “Dân vận khéo” được nhân rộng.');
    expect(page).not.toContain('&quot;Dân vận khéo&quot;');
  });

  it('a lead repeated as the first paragraph of the body is printed once', async () => {
    const lead = 'Sáng 11/01, Ban Dân vận tổ chức hội nghị tổng kết.';
    const { root, report } = await buildSite({
      'content/a.md': article({ title: 'Hội nghị', date: '2024-01-11', category: 'tin-tuc', summary: lead }, `**Sáng 11/01, Ban Dân vận tổ chức  hội nghị tổng kết**\n\nĐoạn thứ hai.\n`),
      'content/b.md': article({ title: 'Hội nghị khác', date: '2024-01-12', category: 'tin-tuc', summary: lead }, `Sáng 11/01, Ban Dân vận tổ chức hội nghị tổng kết, có [liên kết](a.md).\n`),
    });
    expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
    const a = readFileSync(path.join(root, 'dist', report.urls!.get('a.md')!, 'index.html'), 'utf8');
    const body = (html: string): string => html.slice(html.indexOf('<div class="article__body">'));
    expect(body(a).split('Ban Dân vận tổ chức').length - 1).toBe(0);
    expect(a).toContain('Sáng 11/01, Ban Dân vận tổ chức hội nghị tổng kết.');
    expect(a).toContain('Đoạn thứ hai.');
    // Another first paragraph (longer, with a link) stays.
    const b = readFileSync(path.join(root, 'dist', report.urls!.get('b.md')!, 'index.html'), 'utf8');
    expect(body(b)).toContain('có <a href=');
  });

  it('an empty body and a headline glued to its lead are warnings on their lines', async () => {
    const long = 'Hội nghị tổng kết công tác dân vận năm 2023 và triển khai nhiệm vụ năm 2024 Sáng ngày 11/01/2024 Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận với sự tham dự của nhiều đại biểu';
    const { report, codes } = await buildSite({
      'content/a.md': article({ title: 'Không có nội dung', date: '2024-01-11', category: 'tin-tuc' }, '\n'),
      'content/b.md': article({ title: long, date: '2024-01-11', category: 'tin-tuc' }),
    });
    expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
    expect(codes).toEqual(['content/a.md:5 BODY_EMPTY', 'content/b.md:2 TITLE_LONG']);
    // The address stays readable: cut at a word, at most 80 characters.
    const slug = report.urls!.get('b.md')!.split('/').at(-2)!;
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(long.toLowerCase()).toBeTruthy();
    expect(slug.endsWith('-')).toBe(false);
  });

  it('a category without articles: its page says so, no feed, no "(0)" in the sidebar, and a warning', async () => {
    const root = makeSite({ 'content/a.md': article({ title: 'Tin', date: '2024-01-11', category: 'tin-tuc' }) });
    const report = await build({ root, now: NOW });
    expect(report.ok).toBe(true);
    const empty = report.diagnostics.filter((d) => d.code === 'CATEGORY_EMPTY');
    expect(empty.length).toBeGreaterThan(0);
    for (const d of empty) {
      const slug = String(d.params.slug);
      expect(d.severity).toBe('warning');
      expect(readFileSync(path.join(root, 'dist/chuyen-muc', slug, 'index.html'), 'utf8')).toContain('chưa có bài viết');
      expect(existsSync(path.join(root, 'dist/chuyen-muc', slug, 'rss.xml'))).toBe(false);
      expect(readFileSync(path.join(root, 'dist/index.html'), 'utf8')).not.toContain(`/chuyen-muc/${slug}/"`);
    }
    expect(existsSync(path.join(root, 'dist/chuyen-muc/tin-tuc/rss.xml'))).toBe(true);
  });
});

describe('legacy encodings', () => {
  const tcvn3Article = '---\ntitle: Héi nghÞ tæng kÕt c«ng t¸c d©n vËn\ndate: 11/01/2023\ncategory: tin-tuc\n---\nCéng hoµ x· héi chñ nghÜa ViÖt Nam\n\nĐoạn này đã là Unicode.\n';
  const vniArticle = '---\ntitle: Hoäi nghò toång keát\ndate: 11/01/2023\ncategory: tin-tuc\n---\nCoäng hoøa xaõ hoäi chuû nghóa Vieät Nam\n';

  it('text typed in TCVN3 is a warning on its first line, naming the encoding and showing what it reads as', async () => {
    const { report, codes } = await buildSite({ 'content/a.md': tcvn3Article });
    expect(report.ok).toBe(true);
    expect(codes).toEqual(['content/a.md:2 LEGACY_ENCODING']);
    expect(report.diagnostics[0]!.params).toMatchObject({ encoding: 'tcvn3', after: 'title: Hội nghị tổng kết công tác dân vận', lines: 2 });
  });

  it('is an error with legacyEncoding: error', async () => {
    const root = makeSite({ 'content/a.md': tcvn3Article }, `${MINIMAL_CONFIG}legacyEncoding: error\n`);
    const report = await build({ root, now: NOW });
    expect(report.ok).toBe(false);
    expect(report.diagnostics.map((d) => `${d.code} ${d.severity}`)).toEqual(['LEGACY_ENCODING error']);
  });

  it('a file saved in VNI bytes (not UTF-8) is FILE_ENCODING naming VNI, with the line converted', async () => {
    const { report, codes } = await buildSite({ 'content/a.md': Buffer.from(vniArticle, 'latin1') as unknown as string });
    expect(report.ok).toBe(false);
    expect(codes).toEqual(['content/a.md:2 FILE_ENCODING']);
    expect(report.diagnostics[0]!.params).toMatchObject({ encoding: 'vni', after: 'title: Hội nghị tổng kết' });
  });

  it('a file saved in Windows-1258 is FILE_ENCODING naming it, and baotinh convert makes it UTF-8', async () => {
    const text = '---\ntitle: Hội nghị tổng kết công tác dân vận\ndate: 11/01/2023\ncategory: tin-tuc\n---\nCộng hòa xã hội chủ nghĩa Việt Nam\n';
    const root = makeSite({ 'content/a.md': Buffer.from(toWindows1258(text)) as unknown as string });
    const report = await build({ root, now: NOW });
    expect(report.ok).toBe(false);
    expect(report.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual(['content/a.md:2 FILE_ENCODING']);
    expect(report.diagnostics[0]!.params).toMatchObject({ encoding: 'windows-1258', after: 'title: Hội nghị tổng kết công tác dân vận' });
    const r = await runCli(['convert', path.join(root, 'content/a.md'), '--root', root, '--write']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(path.join(root, 'content/a.md'), 'utf8')).toBe(text);
    expect((await build({ root, now: NOW })).ok).toBe(true);
  });

  it('baotinh convert shows the changes and writes nothing; with --write the files are UTF-8 Unicode and build clean', async () => {
    const root = makeSite({ 'content/a.md': tcvn3Article, 'content/b.md': Buffer.from(vniArticle, 'latin1') as unknown as string, 'content/c.md': article({ title: 'Bài Unicode', date: '2024-01-11', category: 'tin-tuc' }) });
    const before = readFileSync(path.join(root, 'content/c.md'));
    const dry = await runCli(['convert', path.join(root, 'content'), '--root', root]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('→ Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(dry.stdout).toContain('Chưa ghi gì');
    expect(readFileSync(path.join(root, 'content/a.md'), 'utf8')).toBe(tcvn3Article);
    const wrote = await runCli(['convert', path.join(root, 'content'), '--root', root, '--write']);
    expect(wrote.stdout).toContain('Đã chuyển 2 tệp');
    expect(readFileSync(path.join(root, 'content/a.md'), 'utf8')).toBe('---\ntitle: Hội nghị tổng kết công tác dân vận\ndate: 11/01/2023\ncategory: tin-tuc\n---\nCộng hoà xã hội chủ nghĩa Việt Nam\n\nĐoạn này đã là Unicode.\n');
    expect(readFileSync(path.join(root, 'content/b.md'), 'utf8')).toContain('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(readFileSync(path.join(root, 'content/c.md'))).toEqual(before);
    const report = await build({ root, now: NOW });
    expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
    expect(report.diagnostics.filter((d) => d.code !== 'CATEGORY_EMPTY')).toEqual([]);
    // Outside the site: refused, nothing read or written.
    const outside = await runCli(['convert', path.dirname(root), '--root', root]);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('nằm ngoài thư mục của trang');
  });
});

describe('photos as exports bring them', () => {
  it('a file name with spaces and Vietnamese letters is the photo; a name differing only in case names the file that exists', async () => {
    const photo = await jpeg(800, 500);
    const root = makeSite({
      'content/anh/Ảnh ra quân.JPG': photo as unknown as string,
      'content/a.md': article({ title: 'Ra quân', date: '2024-01-11', category: 'tin-tuc' }, '![Lễ ra quân](/anh/Ảnh ra quân.JPG)\n*Lễ ra quân đầu năm*\n'),
    });
    const ok = await build({ root, now: NOW });
    expect(ok.ok, JSON.stringify(ok.diagnostics)).toBe(true);
    const html = readFileSync(path.join(root, 'dist', ok.urls!.get('a.md')!, 'index.html'), 'utf8');
    expect(html).toMatch(/<figure[^>]*>[\s\S]*<img[^>]+alt="Lễ ra quân"[\s\S]*<figcaption>Lễ ra quân đầu năm<\/figcaption>/);
    expect(html).not.toContain('![');
    writeFileSync(path.join(root, 'content/b.md'), article({ title: 'Ra quân 2', date: '2024-01-12', category: 'tin-tuc' }, '![Lễ ra quân](/anh/ảnh ra quân.jpg)\n'));
    const bad = await build({ root, now: NOW });
    expect(bad.ok).toBe(false);
    const missing = bad.diagnostics.find((d) => d.code === 'IMAGE_MISSING')!;
    expect(missing).toMatchObject({ file: 'content/b.md', line: 6, params: { path: '/anh/ảnh ra quân.jpg', existing: 'Ảnh ra quân.JPG' } });
  });

  it('a credit line ("Ảnh: …") stays with its photo, also when the caption comes after a blank line', async () => {
    const photo = await jpeg(800, 500);
    const { root, report } = await buildSite({
      'content/anh/a.jpg': photo as unknown as string,
      'content/a.md': article({ title: 'Ảnh và chú thích', date: '2024-01-11', category: 'tin-tuc' }, '![Đại biểu](/anh/a.jpg)\n*Các đại biểu dự hội nghị*\nẢnh: TTXVN\n\n![Toàn cảnh](/anh/a.jpg)\n\n*Toàn cảnh hội nghị. (Ảnh: Dương Liễu)*\n\nĐoạn sau ảnh.\n'),
    });
    expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
    const html = readFileSync(path.join(root, 'dist', report.urls!.get('a.md')!, 'index.html'), 'utf8');
    expect(html).toContain('<figcaption>Các đại biểu dự hội nghị Ảnh: TTXVN</figcaption>');
    expect(html).toContain('<figcaption>Toàn cảnh hội nghị. (Ảnh: Dương Liễu)</figcaption>');
    expect(html).toContain('<p>Đoạn sau ảnh.</p>');
  });
});

describe('attachments', () => {
  it('a linked PDF or Word file is published at its path, with its type and size beside the link; unlinked, it goes', async () => {
    const root = makeSite({
      'content/tai-lieu/Quyết định 12.pdf': Buffer.alloc(1_300_000, 1) as unknown as string,
      'content/tai-lieu/bieu-mau.docx': Buffer.alloc(35_000, 2) as unknown as string,
      'content/a.md': article({ title: 'Quyết định mới', date: '2024-01-11', category: 'tin-tuc' }, 'Xem [Quyết định số 12](/tai-lieu/Quyết định 12.pdf) và [biểu mẫu](tai-lieu/bieu-mau.docx).\n'),
    });
    const report = await build({ root, now: NOW });
    expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
    const html = readFileSync(path.join(root, 'dist', report.urls!.get('a.md')!, 'index.html'), 'utf8');
    expect(html).toContain('<a href="/tai-lieu/Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%2012.pdf">Quyết định số 12</a> <span class="attachment">(PDF, 1,2 MB)</span>');
    expect(html).toContain('<a href="/tai-lieu/bieu-mau.docx">biểu mẫu</a> <span class="attachment">(DOCX, 34 KB)</span>');
    expect(readFileSync(path.join(root, 'dist/tai-lieu/Quyết định 12.pdf'))).toEqual(Buffer.alloc(1_300_000, 1));
    // The link removed: the next (incremental) build no longer publishes the file, as a clean build would not.
    writeFileSync(path.join(root, 'content/a.md'), article({ title: 'Quyết định mới', date: '2024-01-11', category: 'tin-tuc' }, 'Xem [biểu mẫu](tai-lieu/bieu-mau.docx).\n'));
    const again = await build({ root, now: NOW });
    expect(again.ok, JSON.stringify(again.diagnostics)).toBe(true);
    expect(existsSync(path.join(root, 'dist/tai-lieu/Quyết định 12.pdf'))).toBe(false);
    expect(existsSync(path.join(root, 'dist/tai-lieu/bieu-mau.docx'))).toBe(true);
  });

  it('a missing one is an error on its line; one differing only in case names the file that exists', async () => {
    const root = makeSite({
      'content/tai-lieu/Bao-cao.XLSX': Buffer.alloc(10, 3) as unknown as string,
      'content/a.md': article({ title: 'Báo cáo', date: '2024-01-11', category: 'tin-tuc' }, 'Tải [báo cáo](/tai-lieu/bao-cao.xlsx).\n\nVà [thông báo](/tai-lieu/khong-co.pdf).\n'),
    });
    const report = await build({ root, now: NOW });
    expect(report.ok).toBe(false);
    expect(report.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual(['content/a.md:6 ATTACHMENT_MISSING', 'content/a.md:8 ATTACHMENT_MISSING']);
    expect(report.diagnostics[0]!.params).toMatchObject({ existing: 'Bao-cao.XLSX' });
  });
});
