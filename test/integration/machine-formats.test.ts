// Feeds, sitemaps, sharing metadata and redirects, parsed by real parsers, with a title built to break them.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { resolveConfig } from '../../src/config.js';
import { sitemapFiles } from '../../src/machine/sitemaps.js';
import { article, MINIMAL_CONFIG, makeSite } from '../fixtures/make-site.js';

const NOW = Date.UTC(2024, 0, 1);
const NASTY = `Tin "đặc biệt" & <b>thử</b> </script><script>alert(1)</script> 'cuối'`;
/** The title as published: straight quotes curled as the body's are (content/field-text.ts curlQuotes). */
const SHOWN = 'Tin “đặc biệt” & <b>thử</b> </script><script>alert(1)</script> ‘cuối’';
const SITEMAP_XSD = path.join(path.dirname(createRequire(import.meta.url).resolve('sitemap/package.json')), 'schema', 'sitemap.xsd');

let out = '';
beforeAll(async () => {
  const photo = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#a33' } }).jpeg().toBuffer();
  const root = makeSite({
    'content/anh/bia.jpg': photo,
    'content/dac-biet.md': `---\ntitle: '${NASTY.replace(/'/g, "''")}'\nslug: tin-dac-biet\ndate: 2023-03-05T10:15\nupdated: 2023-03-06T08:00\ncategory: tin-tuc\nauthor: Dương Liễu\ntags: [dân vận, hội nghị]\nimage: /anh/bia.jpg\nsummary: Sapo có "ngoặc" & <thẻ>\naliases:\n  - /index.php?option=com_content&id=123\n  - /tin-tuc/tin-cu.html\n  - /tin-cu-khac/\n---\nThân bài.\n`,
    'content/hai.md': article({ title: 'Tin thứ hai', date: '2023-03-04T09:00', category: 'dan-van-kheo', tags: '[dân vận]' }),
    'content/ba.md': article({ title: 'Tin tháng trước', date: '2023-02-01', category: 'tin-tuc', author: 'Dương Liễu' }),
    'data/luot-xem.json': JSON.stringify({ 'hai': 1500, '/tin-tuc/2023/03/tin-dac-biet/': 2238 }),
  });
  const report = await build({ root, now: NOW });
  expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
  out = path.join(root, 'dist');
});

const read = (file: string): string => readFileSync(path.join(out, file), 'utf8');
const resolves = (url: string): boolean => {
  const p = new URL(url).pathname.replace(/^\//, '');
  return existsSync(path.join(out, p.endsWith('/') || p === '' ? `${p}index.html` : p));
};

describe('feeds', () => {
  it('RSS 2.0 and Atom parse and carry title, link, stable id, dated offset, author, category, summary and the cover', async () => {
    const parser = new Parser({ customFields: { item: [['dc:creator', 'creator'], ['media:content', 'media']] } });
    for (const file of ['rss.xml', 'atom.xml', 'chuyen-muc/tin-tuc/rss.xml', 'chuyen-muc/tin-tuc/atom.xml']) {
      const feed = await parser.parseString(read(file));
      expect(feed.title, file).toMatch(/Cổng thông tin thử nghiệm/);
      // rss-parser's types know RSS fields; Atom's id and author come as extra properties.
      const item = feed.items.find((i) => i.link?.endsWith('/tin-tuc/2023/03/tin-dac-biet/')) as (Parser.Item & Record<string, string>) | undefined;
      if (!item) throw new Error(`${file}: the article is not in the feed`);
      expect(item.title, file).toBe(SHOWN);
      expect(item.link, file).toBe('https://thu.example.vn/tin-tuc/2023/03/tin-dac-biet/');
      expect(item.guid ?? item.id, file).toBe('tag:thu.example.vn,2023-03-05:dac-biet');
      expect(item.isoDate, file).toBe('2023-03-05T03:15:00.000Z');
      expect(item.creator ?? item.author, file).toBe('Dương Liễu');
      expect(item.content ?? item.summary, file).toContain('Sapo có “ngoặc” & <thẻ>');
      for (const i of feed.items) expect(resolves(i.link!), `${file}: ${i.link}`).toBe(true);
    }
    const rss = read('rss.xml');
    expect(rss).toContain('<pubDate>Sun, 05 Mar 2023 10:15:00 +0700</pubDate>');
    expect(rss).toMatch(/<enclosure url="https:\/\/thu\.example\.vn\/media\/bia-1200x630\.\w+\.jpg" length="\d+" type="image\/jpeg"\/>/);
    expect(read('atom.xml')).toContain('<published>2023-03-05T10:15:00+07:00</published><updated>2023-03-06T08:00:00+07:00</updated>');
    expect(read('chuyen-muc/dan-van-kheo/rss.xml')).not.toContain('tin-dac-biet');
  });

  it('every page links its feeds in <head>', () => {
    for (const page of ['index.html', 'chuyen-muc/tin-tuc/index.html', 'tin-tuc/2023/03/tin-dac-biet/index.html', '404.html']) {
      expect(read(page)).toContain('<link rel="alternate" type="application/rss+xml" title="Cổng thông tin thử nghiệm – RSS" href="/rss.xml">');
      expect(read(page)).toContain('<link rel="alternate" type="application/atom+xml"');
    }
  });
});

describe('sitemaps', () => {
  it('sitemap.xml validates against the sitemaps.org schema and lists every reader page, each resolving', () => {
    execFileSync('xmllint', ['--noout', '--schema', SITEMAP_XSD, path.join(out, 'sitemap.xml')], { stdio: 'pipe' });
    const locs = [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(locs).toContain('https://thu.example.vn/tin-tuc/2023/03/tin-dac-biet/');
    expect(locs).toContain('https://thu.example.vn/the/dan-van/');
    expect(locs).toContain('https://thu.example.vn/luu-tru/2023/03/');
    expect(locs.some((l) => l.includes('404') || l.includes('tin-cu'))).toBe(false);
    for (const loc of locs) expect(resolves(loc), loc).toBe(true);
    expect(read('sitemap.xml')).toContain('<loc>https://thu.example.vn/tin-tuc/2023/03/tin-dac-biet/</loc><lastmod>2023-03-06T08:00:00+07:00</lastmod>');
  });

  it('the Google News sitemap has the articles of the two days up to the newest, and parses', () => {
    execFileSync('xmllint', ['--noout', path.join(out, 'sitemap-news.xml')], { stdio: 'pipe' });
    const news = read('sitemap-news.xml');
    expect(news).toContain('<news:title>Tin “đặc biệt” &amp; &lt;b&gt;thử&lt;/b&gt; &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; ‘cuối’</news:title>');
    expect(news).toContain('tin-thu-hai');
    expect(news).not.toContain('tin-thang-truoc');
  });

  it('robots.txt names the sitemaps', () => {
    expect(read('robots.txt')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://thu.example.vn/sitemap.xml\nSitemap: https://thu.example.vn/sitemap-news.xml\n');
  });

  it('past the URL limit, sitemap.xml becomes an index of parts', () => {
    const { config } = resolveConfig(MINIMAL_CONFIG, '/site');
    const files = sitemapFiles(Array.from({ length: 5 }, (_, i) => ({ url: `/p${i}/`, lastmod: Date.UTC(2023, 0, i + 1) })), config!, 2);
    expect([...files.keys()].sort()).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml', 'sitemap.xml']);
    expect(files.get('sitemap.xml')).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(files.get('sitemap.xml')).toContain('<sitemap><loc>https://thu.example.vn/sitemap-3.xml</loc><lastmod>2023-01-05T07:00:00+07:00</lastmod></sitemap>');
    expect(files.get('sitemap-2.xml')!.match(/<url>/g)).toHaveLength(2);
    expect(sitemapFiles([{ url: '/' }], config!, 2).size).toBe(1);
  });
});

describe('sharing and search-engine metadata', () => {
  it('JSON-LD NewsArticle and BreadcrumbList parse and carry the fields, whatever the title holds', () => {
    const html = read('tin-tuc/2023/03/tin-dac-biet/index.html');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
    const news = blocks.find((b) => b['@type'] === 'NewsArticle');
    expect(news).toMatchObject({
      headline: SHOWN,
      datePublished: '2023-03-05T10:15:00+07:00',
      dateModified: '2023-03-06T08:00:00+07:00',
      author: [{ '@type': 'Person', name: 'Dương Liễu' }],
      mainEntityOfPage: 'https://thu.example.vn/tin-tuc/2023/03/tin-dac-biet/',
      publisher: { '@type': 'Organization', name: 'Ban Dân vận (thử nghiệm)' },
    });
    expect(news.image[0]).toMatch(/^https:\/\/thu\.example\.vn\/media\/bia-1200x630\.\w+\.jpg$/);
    expect(news.publisher.logo.url).toMatch(/^https:\/\/thu\.example\.vn\/assets\/logo\.png/);
    const crumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList');
    expect(crumbs.itemListElement.map((i: { name: string }) => i.name)).toEqual(['Trang chủ', 'Tin tức', SHOWN]);
    // The title opened no <script> of its own: only JSON-LD, the live-parts settings and our script.
    expect(html.match(/<script/g)).toHaveLength(blocks.length + 2);
    expect(html).not.toContain('<script>alert');
  });

  it('Open Graph and Twitter tags use the cover sharing image and escape the title', () => {
    const html = read('tin-tuc/2023/03/tin-dac-biet/index.html');
    const escaped = 'Tin “đặc biệt” &amp; &lt;b&gt;thử&lt;/b&gt; &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; ‘cuối’';
    expect(html).toContain(`<meta property="og:title" content="${escaped}">`);
    expect(html).toContain(`<title>${escaped} – Cổng thông tin thử nghiệm</title>`);
    expect(html).toMatch(/<meta property="og:image" content="https:\/\/thu\.example\.vn\/media\/bia-1200x630\.\w+\.jpg">/);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).toContain('<link rel="canonical" href="https://thu.example.vn/tin-tuc/2023/03/tin-dac-biet/">');
    expect(read('index.html')).toContain('<meta property="og:image" content="https://thu.example.vn/assets/chia-se.png">');
  });
});

describe('taxonomies and archives', () => {
  it('tag, author and archive pages with their index pages', () => {
    expect(read('the/index.html')).toMatch(/<a href="\/the\/dan-van\/">dân vận<\/a> <span class="count">\(2 bài\)<\/span>/);
    expect(read('the/dan-van/index.html')).toContain('<h1 class="listing__title">Thẻ: dân vận</h1>');
    expect(read('tac-gia/duong-lieu/index.html')).toContain('Tác giả: Dương Liễu');
    const archive = read('luu-tru/index.html');
    expect(archive).toContain('<a href="/luu-tru/2023/03/">Tháng 3 <span class="count">(2)</span></a>');
    expect(archive).toContain('<span class="archive-months__empty">Tháng 4</span>');
    expect(existsSync(path.join(out, 'luu-tru/2023/04/index.html'))).toBe(false);
    expect(existsSync(path.join(out, 'luu-tru/2023/index.html'))).toBe(true);
  });

  it('most read comes from the views file and front-matter, with counts shown the Vietnamese way', () => {
    const home = read('index.html');
    expect(home).toMatch(/<h2 id="sidebar-most-read">Tin đọc nhiều<\/h2>\n<ol class="latest-list most-read">\n<li><a href="\/tin-tuc\/2023\/03\/tin-dac-biet\/">[^<]+<\/a> <span class="count">\(Lượt xem: 2\.238\)<\/span><\/li>\n<li><a href="\/tin-tuc\/2023\/03\/tin-thu-hai\/">Tin thứ hai<\/a>/);
    expect(read('tin-tuc/2023/03/tin-dac-biet/index.html')).toContain('data-baseline="2238">2.238</span>');
  });
});

describe('redirects for old addresses', () => {
  it('a redirect page where a file can answer, _redirects and an nginx map for all', () => {
    const page = read('tin-tuc/tin-cu.html');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/tin-tuc/2023/03/tin-dac-biet/">');
    expect(page).toContain('<link rel="canonical" href="https://thu.example.vn/tin-tuc/2023/03/tin-dac-biet/">');
    expect(page).toContain('<a href="/tin-tuc/2023/03/tin-dac-biet/">');
    expect(existsSync(path.join(out, 'tin-cu-khac/index.html'))).toBe(true);
    expect(read('_redirects')).toContain('/index.php option=com_content id=123 /tin-tuc/2023/03/tin-dac-biet/ 301!');
    expect(read('_redirects')).toContain('/tin-tuc/tin-cu.html /tin-tuc/2023/03/tin-dac-biet/ 301!');
    expect(read('nginx-redirects.conf')).toContain('  "/index.php?option=com_content&id=123" "/tin-tuc/2023/03/tin-dac-biet/";');
  });

  it('refuses an alias that is a real page, one used twice, and a malformed one', async () => {
    const root = makeSite({
      'content/a.md': article({ title: 'Bài A', date: '2023-01-01', category: 'tin-tuc', aliases: '[/chuyen-muc/tin-tuc/, /cu.html]' }),
      'content/b.md': article({ title: 'Bài B', date: '2023-01-02', category: 'tin-tuc', aliases: '[/cu.html, "../x"]' }),
    });
    const report = await build({ root, now: NOW });
    expect(report.ok).toBe(false);
    // Every problem in one run: b.md's malformed alias and a.md's alias at a real page together
    // (b.md is left out of the site checks, so its /cu.html is not compared).
    expect(report.diagnostics.filter((d) => d.code !== 'CATEGORY_EMPTY').map((d) => `${d.file}:${d.line} ${d.code} ${d.params.alias}`)).toEqual(['content/a.md:5 ALIAS_CONFLICT /chuyen-muc/tin-tuc/', 'content/b.md:5 ALIAS_INVALID ../x']);
    const realPage = makeSite({ 'content/a.md': article({ title: 'Bài A', date: '2023-01-01', category: 'tin-tuc', aliases: '[/chuyen-muc/tin-tuc/, /the/]' }) });
    const conflict = await build({ root: realPage, now: NOW });
    expect(conflict.diagnostics.filter((d) => d.code !== 'CATEGORY_EMPTY').map((d) => `${d.file} ${d.code} ${d.params.alias}`)).toEqual(['content/a.md ALIAS_CONFLICT /chuyen-muc/tin-tuc/', 'content/a.md ALIAS_CONFLICT /the/']);
    const fixed = makeSite({
      'content/a.md': article({ title: 'Bài A', date: '2023-01-01', category: 'tin-tuc', aliases: '[/cu.html]' }),
      'content/b.md': article({ title: 'Bài B', date: '2023-01-02', category: 'tin-tuc', aliases: '[/cu.html]' }),
    });
    const twice = await build({ root: fixed, now: NOW });
    // Named on one article, pointing at the other.
    expect(twice.diagnostics.map((d) => `${d.file} ${d.code} ${d.params.other}`)).toEqual(['content/a.md ALIAS_CONFLICT địa chỉ cũ của bài “content/b.md”']);
  });
});
