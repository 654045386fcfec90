// Self-checks for the slow-test helpers, on hand-made pages: they prove each checker
// can actually FAIL (a checker that never reports anything would make the sample-site
// test pass vacuously).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../helpers/static-server.js';
import { formatNuMessages, runNuHtmlChecker } from '../helpers/vnu.js';
import { formatViolations, launchChromium, runAxe, seriousViolations } from '../helpers/browser.js';
import { checkInternalLinks, formatBrokenLinks, parseSrcset, cssUrls } from '../helpers/links.js';
import { REPO_ROOT } from '../helpers/build-site.js';

const page = (body: string, { lang = 'vi', title = 'Trang thử' } = {}) =>
  `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${title}</title>\n</head>\n<body>\n<main>\n<h1>${title}</h1>\n${body}\n</main>\n</body>\n</html>\n`;

function write(root: string, rel: string, content: string | Buffer) {
  const p = path.join(root, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'baotinh-helpers-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('scripts/ensure-test-system-deps.sh', () => {
  it('is a fast, silent no-op when chromium and java are installed', () => {
    const r = spawnSync('bash', [path.join(REPO_ROOT, 'scripts/ensure-test-system-deps.sh')], { encoding: 'utf8' });
    expect(r.stderr + r.stdout).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('static server', () => {
  let server: StaticServer;
  let siteRoot: string;
  beforeAll(async () => {
    siteRoot = path.join(tmp, 'static');
    write(siteRoot, 'index.html', page('<p>Trang chủ</p>'));
    write(siteRoot, '404.html', page('<p>Không tìm thấy</p>', { title: 'Không tìm thấy trang' }));
    write(siteRoot, 'chuyen-muc/tin/index.html', page('<p>Chuyên mục</p>'));
    write(siteRoot, 'a.css', 'body{}');
    write(siteRoot, 'a.js', 'void 0;');
    write(siteRoot, 'a.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
    write(siteRoot, 'a.webp', Buffer.from([0x52, 0x49, 0x46, 0x46]));
    write(siteRoot, 'a.jpg', Buffer.from([0xff, 0xd8, 0xff]));
    write(siteRoot, 'a.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    write(siteRoot, 'feed.xml', '<rss/>');
    write(siteRoot, 'data.json', '{}');
    write(siteRoot, 'robots.txt', 'User-agent: *');
    write(siteRoot, 'ảnh đẹp.txt', 'tiếng Việt');
    write(tmp, 'secret.txt', 'do not serve');
    server = await startStaticServer(siteRoot);
  });
  afterAll(async () => {
    await server.close();
  });

  it('listens on 127.0.0.1 with a random port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves index.html for directories and utf-8 html', async () => {
    const r = await fetch(server.url);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await r.text()).toContain('Trang chủ');
    const c = await fetch(new URL('chuyen-muc/tin/', server.url));
    expect(c.status).toBe(200);
    expect(await c.text()).toContain('Chuyên mục');
  });

  it('redirects a directory without trailing slash', async () => {
    const r = await fetch(new URL('chuyen-muc/tin?x=1', server.url), { redirect: 'manual' });
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/chuyen-muc/tin/?x=1');
  });

  it('serves 404.html with status 404 for missing files', async () => {
    const r = await fetch(new URL('khong-co/', server.url));
    expect(r.status).toBe(404);
    expect(await r.text()).toContain('Không tìm thấy');
  });

  it('sends correct content types', async () => {
    const expected: Record<string, string> = {
      'a.css': 'text/css; charset=utf-8',
      'a.js': 'text/javascript; charset=utf-8',
      'a.svg': 'image/svg+xml; charset=utf-8',
      'a.webp': 'image/webp',
      'a.jpg': 'image/jpeg',
      'a.png': 'image/png',
      'feed.xml': 'application/xml; charset=utf-8',
      'data.json': 'application/json; charset=utf-8',
      'robots.txt': 'text/plain; charset=utf-8',
    };
    for (const [file, type] of Object.entries(expected)) {
      const r = await fetch(new URL(file, server.url));
      expect(r.status, file).toBe(200);
      expect(r.headers.get('content-type'), file).toBe(type);
      await r.arrayBuffer();
    }
    const r = await fetch(new URL(encodeURI('ảnh đẹp.txt'), server.url));
    expect(r.status).toBe(200);
    expect(await r.text()).toBe('tiếng Việt');
  });

  it('refuses path traversal', async () => {
    // fetch() normalises "..", so send raw request lines.
    const raw = (p: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const u = new URL(server.url);
        const req = http.request({ host: u.hostname, port: u.port, path: p, method: 'GET', agent: false }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end();
      });
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/chuyen-muc/..%2f..%2f..%2fsecret.txt', '/..%5csecret.txt', '/a%00.css']) {
      const r = await raw(p);
      expect(r.status, p).toBeGreaterThanOrEqual(400);
      expect(r.body, p).not.toContain('do not serve');
    }
  });
});

describe('Nu Html Checker helper', () => {
  it('reports invalid HTML (<p><div></p>) with file and line, and passes valid HTML, in one run', async () => {
    const dir = path.join(tmp, 'vnu');
    write(dir, 'good.html', page('<p>Hợp lệ</p>'));
    write(dir, 'bad.html', page('<p><div></p>'));
    write(dir, 'thư mục/bad 2.html', page('<p>x</p><title>thừa</title>'));
    const good = path.join(dir, 'good.html');
    const bad = path.join(dir, 'bad.html');
    const bad2 = path.join(dir, 'thư mục/bad 2.html');
    const errors = await runNuHtmlChecker([good, bad, bad2]);
    const text = formatNuMessages(errors, dir);
    expect(errors.filter((e) => e.file === good), text).toEqual([]);
    const badErrors = errors.filter((e) => e.file === bad);
    expect(badErrors.length, text).toBeGreaterThan(0);
    expect(badErrors.some((e) => /“p” element in scope|Unclosed element “div”/.test(e.message)), text).toBe(true);
    expect(badErrors.every((e) => e.line > 0), text).toBe(true);
    // paths with spaces and Vietnamese characters map back to the given file
    expect(errors.filter((e) => e.file === bad2).length, text).toBeGreaterThan(0);
    expect(text).toContain('bad.html:');
  });

  it('refuses missing files instead of silently passing them', async () => {
    await expect(runNuHtmlChecker([path.join(tmp, 'no-such-file.html')])).rejects.toThrow(/not regular files/);
  });
});

describe('axe-core in Chromium helper', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    const dir = path.join(tmp, 'axe');
    write(dir, 'good/index.html', page('<p>Nội dung dễ tiếp cận.</p><img src="/x.png" alt="Ảnh minh họa" width="10" height="10">'));
    write(dir, 'bad/index.html', page('<p>Ảnh không có mô tả:</p><img src="/x.png" width="10" height="10">'));
    write(dir, 'x.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    server = await startStaticServer(dir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('catches an <img> without alt (critical image-alt)', async () => {
    const p = await browser.newPage();
    try {
      await p.goto(new URL('bad/', server.url).href);
      const violations = await runAxe(p);
      const serious = seriousViolations(violations);
      const text = formatViolations(serious, 'bad/');
      expect(serious.map((v) => v.id), text).toContain('image-alt');
      expect(text).toContain('[critical] image-alt');
      expect(text).toContain('img');
    } finally {
      await p.close();
    }
  });

  it('passes an accessible page', async () => {
    const p = await browser.newPage();
    try {
      await p.goto(new URL('good/', server.url).href);
      const violations = await runAxe(p);
      expect(violations, formatViolations(violations, 'good/')).toEqual([]);
    } finally {
      await p.close();
    }
  });
});

describe('internal link checker', () => {
  it('parses srcset and css url()', () => {
    expect(parseSrcset('a.jpg 480w, /b/c.webp 800w,d 1x, e.png 2x')).toEqual(['a.jpg', '/b/c.webp', 'd', 'e.png']);
    expect(parseSrcset('x,y.jpg 1x')).toEqual(['x,y.jpg']);
    expect(cssUrls(`/* url(no.png) */ a{background:url( "q.png" )} b{background:url('r s.png')} c{background:url(t.svg#i)} @import "u.css";`)).toEqual([
      'q.png',
      'r s.png',
      't.svg#i',
      'u.css',
    ]);
  });

  const makeSite = (dir: string, base: string) => {
    write(dir, 'index.html',
      page(`
<a href="${base}">Trang chủ</a>
<a href="${base}chuyen-muc/tin/">ok dir</a>
<a href="${base}chuyen-muc/tin/trang/2/?x=1#top">ok page 2 with query/hash</a>
<a href="${base}chuyen-muc/tin">ok dir without slash</a>
<a href="chuyen-muc/tin/index.html">ok relative</a>
<a href="${base}t%E1%BA%A3i/v%C4%83n%20b%E1%BA%A3n.pdf">ok percent-encoded</a>
<a href="https://example.org/x">external</a><a href="//cdn.example.org/x.js">protocol-relative</a>
<a href="mailto:a@b.vn">mail</a><a href="tel:+84">tel</a><a href="#noi-dung">frag</a>
<img src="${base}anh/a.webp" srcset="${base}anh/a.webp 480w, ${base}anh/MISSING-800.webp 800w" alt="a">
<a href="${base}khong-ton-tai/">BROKEN missing dir</a>
<a href="/ngoai-base/">ROOT-RELATIVE</a>
<a href="../../ra-ngoai/">ESCAPES</a>
<div style="background-image:url('${base}anh/missing-bg.png')"></div>
<script>document.write('<a href="/in-script-should-be-ignored">')</script>
<!-- <a href="/in-comment-should-be-ignored"> -->
<link rel="stylesheet" href="${base}css/site.css?v=1">
<a href="${base}a&amp;b/">entity decoded</a>
`));
    write(dir, 'chuyen-muc/tin/index.html', page(`<a href="../../">up</a><a href="trang/2/">p2</a><a href="trang/3/">BROKEN relative</a>`));
    write(dir, 'chuyen-muc/tin/trang/2/index.html', page(`<a href="../../">up</a>`));
    write(dir, 'tải/văn bản.pdf', '%PDF');
    write(dir, 'anh/a.webp', 'RIFF');
    write(dir, 'a&b/index.html', page('<p>x</p>'));
    write(dir, 'css/site.css', `body{background:url(../anh/a.webp)} .x{background:url("../anh/nope.png")} .y{background:url(data:image/png;base64,AAAA)}`);
  };

  it('finds every broken internal reference (base path /)', () => {
    const dir = path.join(tmp, 'links-root');
    makeSite(dir, '/');
    const broken = checkInternalLinks(dir, '/');
    const summary = broken.map((b) => `${b.page} ${b.url}`).sort();
    expect(summary, formatBrokenLinks(broken)).toEqual(
      [
        'chuyen-muc/tin/index.html trang/3/',
        'css/site.css ../anh/nope.png',
        'index.html ../../ra-ngoai/', // resolves to /ra-ngoai/ (URL resolution clamps at /): missing
        'index.html /anh/MISSING-800.webp',
        'index.html /anh/missing-bg.png',
        'index.html /khong-ton-tai/',
        'index.html /ngoai-base/',
      ].sort(),
    );
  });

  it('reports root-relative links outside the base path (/portal/)', () => {
    const dir = path.join(tmp, 'links-portal');
    makeSite(dir, '/portal/');
    const broken = checkInternalLinks(dir, '/portal/');
    const byUrl = new Map(broken.map((b) => [`${b.page} ${b.url}`, b.reason]));
    const text = formatBrokenLinks(broken);
    expect([...byUrl.keys()].sort(), text).toEqual(
      [
        'chuyen-muc/tin/index.html trang/3/',
        'css/site.css ../anh/nope.png',
        'index.html ../../ra-ngoai/',
        'index.html /portal/anh/MISSING-800.webp',
        'index.html /portal/anh/missing-bg.png',
        'index.html /portal/khong-ton-tai/',
        'index.html /ngoai-base/',
      ].sort(),
    );
    expect(byUrl.get('index.html /ngoai-base/')).toMatch(/outside the base path \/portal\//);
    expect(byUrl.get('index.html ../../ra-ngoai/')).toMatch(/outside the base path/);
    // The same site with links to "/" but checked as /portal/: every root-relative link is broken.
    const dir2 = path.join(tmp, 'links-wrong-base');
    makeSite(dir2, '/');
    const broken2 = checkInternalLinks(dir2, '/portal/');
    expect(broken2.some((b) => b.url === '/' && /outside the base path/.test(b.reason)), formatBrokenLinks(broken2)).toBe(true);
    expect(broken2.some((b) => b.url === '/css/site.css?v=1'), formatBrokenLinks(broken2)).toBe(true);
  });
});
