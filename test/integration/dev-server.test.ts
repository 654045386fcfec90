// The preview server over HTTP, without a browser: files under the base path with the live script in
// pages, the 404 page for what is not there, no way out of the site folder, a busy port moved to the
// next, and the event stream that tells a page opened late what it missed (errors showing).
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../../src/dev/dev-server.js';
import { makeTempDir } from '../helpers/temp.js';

const running: DevServer[] = [];
afterEach(async () => {
  for (const s of running.splice(0)) await s.close();
});

function site(): string {
  // The site's folder inside a folder of the test's own, which also holds a file the server must never give out.
  const outer = makeTempDir('dev-server');
  const folder = path.join(outer, 'site');
  const files: Record<string, string> = {
    'index.html': '<!DOCTYPE html><html><head><title>Trang chủ</title></head><body>Trang chủ</body></html>',
    '404.html': '<!DOCTYPE html><html><head><title>404</title></head><body>Không tìm thấy</body></html>',
    'tin-tuc/bai/index.html': '<!DOCTYPE html><html><head><title>Bài</title></head><body>Bài viết</body></html>',
    'assets/site.css': 'body { color: red; }',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), text);
  }
  writeFileSync(path.join(outer, 'bi-mat.txt'), 'ngoài trang');
  return folder;
}

async function start(folder: string, basePath = '/', port = 4410): Promise<DevServer> {
  const server = await startDevServer({ folder, basePath, host: '127.0.0.1', port });
  running.push(server);
  return server;
}

/** A raw GET (fetch would normalise "/a/../b" before sending it). */
function get(port: number, pathname: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathname, agent: false }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the preview server', () => {
  it('serves the site under its base path, pages with the live script, folders at their slash', async () => {
    const server = await start(site(), '/portal/');
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/portal/`);
    const page = await get(server.port, '/portal/tin-tuc/bai/');
    expect(page.status).toBe(200);
    const live = /<script src="(\/__baotinh\/live\.js\?v=[0-9a-f]{10})" defer><\/script><\/head>/.exec(page.body);
    expect(live).not.toBeNull();
    expect(page.headers['cache-control']).toBe('no-store');
    expect((await get(server.port, '/portal/tin-tuc/bai')).headers.location).toBe('/portal/tin-tuc/bai/');
    expect((await get(server.port, '/')).headers.location).toBe('/portal/');
    const css = await get(server.port, '/portal/assets/site.css?v=abc');
    expect([css.status, css.headers['content-type'], css.body]).toEqual([200, 'text/css; charset=utf-8', 'body { color: red; }']);
    expect(css.headers['cache-control']).toContain('immutable');
    // The script as pages link it is cached for good (its address changes with it); asked for without its version, it is not.
    const script = await get(server.port, live![1]!);
    expect(script.body).toContain("new EventSource('/__baotinh/events')");
    expect(script.headers['cache-control']).toContain('immutable');
    expect((await get(server.port, '/__baotinh/live.js')).headers['cache-control']).toBe('no-store');
  });

  it('answers 404 with the site 404 page for what is not there, and never serves a file outside the site', async () => {
    const server = await start(site());
    const missing = await get(server.port, '/khong-co/');
    expect([missing.status, missing.body.includes('Không tìm thấy')]).toEqual([404, true]);
    for (const trick of ['/../bi-mat.txt', '/%2e%2e/bi-mat.txt', '/tin-tuc/..%2f..%2fbi-mat.txt', '/..%5cbi-mat.txt']) {
      const r = await get(server.port, trick);
      expect(r.status, trick).not.toBe(200);
      expect(r.body, trick).not.toContain('ngoài trang');
    }
  });

  it('moves to the next port when the one asked for is in use', async () => {
    const folder = site();
    const first = await start(folder, '/', 4420);
    const second = await start(folder, '/', first.port);
    expect(second.port).toBeGreaterThan(first.port);
    expect((await get(second.port, '/')).status).toBe(200);
  });

  it('tells a page opened later the state it missed: errors showing, then none', async () => {
    const server = await start(site());
    server.send('failed', { diagnostics: ['CATEGORY_UNKNOWN'] }, { replay: true });
    const firstLook = await readEvents(server.port);
    expect(firstLook).toContain('event: failed');
    expect(firstLook).toContain('CATEGORY_UNKNOWN');
    server.send('ok', {}, { replay: true });
    expect(await readEvents(server.port)).not.toContain('CATEGORY_UNKNOWN');
  });
});

/** What the event stream says in its first moments. */
function readEvents(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/__baotinh/events', agent: false }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      setTimeout(() => {
        req.destroy();
        resolve(text);
      }, 150);
    });
    req.on('error', reject);
    req.end();
  });
}
