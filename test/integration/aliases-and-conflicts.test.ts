// Issue 8: an alias, a public file or a page never silently replaces another output; aliases that
// would mean "every address", break a file format or a file system are refused on their line.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import type { Diagnostic } from '../../src/errors.js';
import { article, MINIMAL_CONFIG, makeSite } from '../fixtures/make-site.js';
import { runCli } from './run-cli.js';

const NOW = Date.UTC(2024, 0, 1);

/** An article whose aliases are a block list, one per line from line 6 on. */
function withAliases(title: string, date: string, aliases: string[], extra = ''): string {
  return `---\ntitle: ${title}\ndate: ${date}\ncategory: tin-tuc\ntags: [dân vận]\n${extra}aliases:\n${aliases.map((a) => `  - ${a}`).join('\n')}\n---\nNội dung.\n`;
}
const ALIAS_LINE = 7;

const where = (d: Diagnostic): string => `${d.file}:${d.line} ${d.code}`;

async function failingBuild(files: Record<string, string>, config = MINIMAL_CONFIG) {
  const root = makeSite(files, config);
  const report = await build({ root, now: NOW });
  expect(report.ok).toBe(false);
  expect(existsSync(path.join(root, 'dist', 'index.html')), 'nothing is published').toBe(false);
  return report.diagnostics.filter((d) => d.severity === 'error');
}

describe('aliases overwrite real pages', () => {
  const other = article({ title: 'Bài khác', date: '2023-01-05', category: 'tin-tuc', slug: 'bai-khac' });

  it('/index.html does not replace the home page', async () => {
    const errors = await failingBuild({ 'content/a.md': withAliases('Bài A', '2023-01-10', ['/index.html']) });
    expect(errors.map(where)).toEqual([`content/a.md:${ALIAS_LINE} ALIAS_CONFLICT`]);
    expect(errors[0]!.params).toMatchObject({ alias: '/index.html', other: 'trang chủ', output: 'index.html' });
  });

  it('/chuyen-muc/x/index.html, /tin-tuc//2023/…/ and /the/./ do not replace a category page, another article or the tag index', async () => {
    const errors = await failingBuild({
      'content/a.md': withAliases('Bài A', '2023-01-10', ['/chuyen-muc/tin-tuc/index.html', '/tin-tuc//2023/01/bai-khac/', '/the/./', '/cu-hop-le.html']),
      'content/b.md': other,
    });
    expect(errors.map((d) => `${where(d)} ${d.params.alias} → ${d.params.other}`)).toEqual([
      `content/a.md:${ALIAS_LINE} ALIAS_CONFLICT /chuyen-muc/tin-tuc/index.html → chuyên mục tin-tuc`,
      `content/a.md:${ALIAS_LINE + 1} ALIAS_CONFLICT /tin-tuc//2023/01/bai-khac/ → trang của bài “content/b.md”`,
      `content/a.md:${ALIAS_LINE + 2} ALIAS_CONFLICT /the/./ → trang các thẻ`,
    ]);
  });

  it('two aliases that differ only in %-escapes, their hex case, encoding or letter case collide, naming both lines', async () => {
    const errors = await failingBuild({
      'content/a.md': withAliases('Bài A', '2023-01-10', ['/b%C3%A0i-c%C5%A9.html']),
      'content/b.md': withAliases('Bài B', '2023-01-09', ['/b%c3%a0i-c%c5%a9.html', '/bài-cũ.html', '/B%C3%A0I-C%C5%A9.HTML']),
    });
    expect(errors.map(where)).toEqual([`content/b.md:${ALIAS_LINE} ALIAS_CONFLICT`]);
    expect(errors[0]!.params).toMatchObject({ other: 'địa chỉ cũ của bài “content/a.md”', otherLine: ALIAS_LINE, output: 'bài-cũ.html' });
  });

  it('an alias that is the article’s own address is refused', async () => {
    const errors = await failingBuild({ 'content/a.md': withAliases('Bài A', '2023-01-10', ['/tin-tuc/2023/01/bai-a/index.html'], 'slug: bai-a\n') });
    expect(errors.map(where)).toEqual([`content/a.md:${ALIAS_LINE + 1} ALIAS_INVALID`]);
    expect(errors[0]!.params.reasonEn).toBe('it is the address of the article itself');
  });

  it('an alias at a machine file or a file of public/ is a conflict (a server rule there would hide it)', async () => {
    const errors = await failingBuild({
      'content/a.md': withAliases('Bài A', '2023-01-10', ['/rss.xml', '/favicon.svg', '/rss.xml/', '/sitemap.xml', '/THE/']),
    });
    expect(errors.map((d) => `${where(d)} ${d.params.alias} → ${d.params.other}`)).toEqual([
      `content/a.md:${ALIAS_LINE} ALIAS_CONFLICT /rss.xml → nguồn tin RSS /rss.xml`,
      `content/a.md:${ALIAS_LINE + 1} ALIAS_CONFLICT /favicon.svg → tệp có sẵn của giao diện public/favicon.svg`,
      `content/a.md:${ALIAS_LINE + 2} ALIAS_CONFLICT /rss.xml/ → nguồn tin RSS /rss.xml`,
      `content/a.md:${ALIAS_LINE + 3} ALIAS_CONFLICT /sitemap.xml → tệp sitemap.xml do baotinh tạo`,
      // nginx compares map keys ignoring case: a rule for /THE/ would answer /the/.
      `content/a.md:${ALIAS_LINE + 4} ALIAS_CONFLICT /THE/ → trang các thẻ`,
    ]);
    // /rss.xml/ would need a folder where the feed is a file.
    expect(errors[2]!.params.detailEn).toContain('a file, the other a folder');
  });

  it('aliases of one article that are one address (/x, /x/, /x/index.html) are one redirect, not a conflict', async () => {
    const root = makeSite({ 'content/a.md': withAliases('Bài A', '2023-01-10', ['/tin-cu', '/tin-cu/', '/tin-cu/index.html', '/Tin-Cu/']) });
    const report = await build({ root, now: NOW });
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(readFileSync(path.join(root, 'dist', 'tin-cu', 'index.html'), 'utf8')).toContain('url=/tin-tuc/2023/01/bai-a/');
  });
});

describe('aliases that mean "every address" or break a file', () => {
  it('wildcards and placeholders (/*, /:splat, :param, ?id=:id) are ALIAS_INVALID on their own lines', async () => {
    const errors = await failingBuild({ 'content/a.md': withAliases('Bài A', '2023-01-10', ['/*', '/tin/:splat', '/tin/:param/x.html', '/index.php?id=:id', '/cu/*.html']) });
    expect(errors.map(where)).toEqual([0, 1, 2, 3, 4].map((i) => `content/a.md:${ALIAS_LINE + i} ALIAS_INVALID`));
  });

  it('a NUL in an alias is a diagnostic with its line, not a stack trace', async () => {
    const root = makeSite({ 'content/a.md': withAliases('Bài A', '2023-01-10', ['/ok.html', '"/cu\\0.html"']) });
    const r = await runCli(['build', '--root', root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`content/a\\.md:${ALIAS_LINE + 1}:\\d+ ALIAS_INVALID`));
    expect(r.stderr).toContain('<U+0000>');
    expect(r.stderr).not.toContain('\0');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('control characters, backslashes, whitespace, %00, %2F, malformed % escapes and hidden segments are refused', async () => {
    const bad = ['"/a\\tb.html"', '"/a\\u200Bb.html"', '"/a\\u00A0b.html"', '/a\\b.html', '"/a b.html"', '/a%00b.html', '/a%2Fb.html', '/a%zz.html', '/a%E0%A4%A.html', '/a%20b.html', '/.baotinh-output', '/a/../b.html'];
    const errors = await failingBuild({ 'content/a.md': withAliases('Bài A', '2023-01-10', bad) });
    expect(errors.map(where)).toEqual(bad.map((_, i) => `content/a.md:${ALIAS_LINE + i} ALIAS_INVALID`));
  });

  it('an alias whose file name would exceed 255 bytes is refused, naming the limit', async () => {
    const long = `/${'bài-viết-cũ-'.repeat(20)}.html`;
    const errors = await failingBuild({ 'content/a.md': withAliases('Bài A', '2023-01-10', [long]) });
    expect(errors.map(where)).toEqual([`content/a.md:${ALIAS_LINE} ALIAS_INVALID`]);
    expect(errors[0]!.params.reasonEn).toMatch(/over the 255-byte limit of a file name/);
  });

  it('_redirects has no line meaning "everything" and keeps one redirect per line', async () => {
    const root = makeSite({
      'content/a.md': withAliases('Bài A', '2023-01-10', ['/tin-tức/bài-cũ.html', '/index.php?option=com_content&id=123', '/index.php?flag', '/b%c3%a0i.html']),
    });
    const report = await build({ root, now: NOW });
    expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
    const lines = readFileSync(path.join(root, 'dist', '_redirects'), 'utf8').trimEnd().split('\n').filter((l) => !l.startsWith('#'));
    expect(lines).toEqual([
      '/tin-t%E1%BB%A9c/b%C3%A0i-c%C5%A9.html /tin-tuc/2023/01/bai-a/ 301!',
      '/index.php option=com_content id=123 /tin-tuc/2023/01/bai-a/ 301!',
      '/b%C3%A0i.html /tin-tuc/2023/01/bai-a/ 301!',
    ]);
    // A query Netlify cannot express is left to nginx, never written as the bare /index.php.
    const nginx = readFileSync(path.join(root, 'dist', 'nginx-redirects.conf'), 'utf8');
    expect(nginx).toContain('  "/index.php?flag" "/tin-tuc/2023/01/bai-a/";');
    expect(nginx).toContain('  "/tin-tức/bài-cũ.html" "/tin-tuc/2023/01/bai-a/";');
    expect(nginx).toMatch(/^map_hash_bucket_size \d+;$/m);
  });
});

describe('public/ silently replaces generated pages', () => {
  it('public/index.html, rss.xml, sitemap.xml and an article page are OUTPUT_CONFLICT naming both', async () => {
    const errors = await failingBuild({
      'content/a.md': article({ title: 'Bài A', date: '2023-01-10', category: 'tin-tuc' }),
      'public/index.html': '<p>cũ</p>',
      'public/rss.xml': '<rss/>',
      'public/sitemap.xml': '<urlset/>',
      'public/tin-tuc/2023/01/bai-a/index.html': '<p>cũ</p>',
    });
    expect(errors.map((d) => `${d.file} ${d.code} ${d.params.first}`)).toEqual([
      'public/index.html OUTPUT_CONFLICT trang chủ',
      'public/rss.xml OUTPUT_CONFLICT nguồn tin RSS /rss.xml',
      'public/sitemap.xml OUTPUT_CONFLICT tệp sitemap.xml do baotinh tạo',
      'public/tin-tuc/2023/01/bai-a/index.html OUTPUT_CONFLICT trang của bài “content/a.md”',
    ]);
    expect(errors.every((d) => d.params.second === `tệp ${d.file}`)).toBe(true);
  });

  it('a site file replacing a built-in theme asset of the same path is still allowed, and so are files differing in case', async () => {
    const root = makeSite({
      'content/a.md': article({ title: 'Bài A', date: '2023-01-10', category: 'tin-tuc' }),
      'public/assets/print.css': '/* của trang */\n',
      'public/tai-lieu/Bao-Cao.pdf': 'a',
      'public/tai-lieu/bao-cao.pdf': 'b',
    });
    const report = await build({ root, now: NOW });
    expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
    expect(readFileSync(path.join(root, 'dist', 'assets', 'print.css'), 'utf8')).toBe('/* của trang */\n');
  });
});

describe('generated pages that collide or do not fit a file system', () => {
  it('an article at a category listing’s address is OUTPUT_CONFLICT naming the article and the listing', async () => {
    const config = MINIMAL_CONFIG.replace('pageSize: 2', 'pageSize: 2\npermalink: /chuyen-muc/{slug}/');
    const errors = await failingBuild({ 'content/a.md': article({ title: 'Bài A', date: '2023-01-10', category: 'tin-tuc', slug: 'dan-van-kheo' }) }, config);
    expect(errors.map((d) => `${d.file} ${d.code} ${d.params.first} | ${d.params.second}`)).toEqual(['content/a.md OUTPUT_CONFLICT chuyên mục dan-van-kheo | trang của bài “content/a.md”']);
  });

  it('a page path over 1,000 bytes is OUTPUT_PATH_TOO_LONG naming the article, not ENAMETOOLONG', async () => {
    const config = MINIMAL_CONFIG.replace('pageSize: 2', `pageSize: 2\npermalink: /${'{slug}/'.repeat(14)}`);
    const slug = 'bai-'.repeat(20).slice(0, 79);
    const root = makeSite({ 'content/a.md': article({ title: 'Bài A', date: '2023-01-10', category: 'tin-tuc', slug }) }, config);
    const r = await runCli(['build', '--root', root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/content\/a\.md\S* OUTPUT_PATH_TOO_LONG/);
    expect(r.stderr).not.toContain('ENAMETOOLONG');
  });
});
