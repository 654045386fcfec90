// nginx-redirects.conf under a real, stock nginx: `nginx -t` accepts it (long Vietnamese keys and
// thousands of them included), and every alias answers 301 to its article, requested as a browser
// sends it (UTF-8 %-encoded, upper-case hex) and as other clients do (lower-case hex, extra query).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { article, makeSite } from '../fixtures/make-site.js';
import { makeTempDir, removeTempDir } from '../helpers/temp.js';

const NGINX = '/usr/sbin/nginx';
const NOW = Date.UTC(2024, 0, 1);
// 412 bytes as nginx compares it (decoded), 730 as sent: far past the 46 bytes of nginx's default bucket.
const LONG = `/tin-tức/${'hội-nghị-tổng-kết-công-tác-dân-vận-'.repeat(4)}2022/${'ban-dân-vận-tỉnh-ủy-cao-bằng-'.repeat(5)}năm-2022.html`;

/** Old address as written in the front-matter → the requests (raw, as sent on the wire) that must reach the article. */
const CASES: Record<string, { alias: string; requests: string[] }> = {
  'vietnamese': { alias: '/tin-tức/bài-cũ.html', requests: ['/tin-t%E1%BB%A9c/b%C3%A0i-c%C5%A9.html', '/tin-t%e1%bb%a9c/b%c3%a0i-c%c5%a9.html', '/tin-t%E1%BB%A9c/b%C3%A0i-c%C5%A9.html?fbclid=abc'] },
  'percent-encoded': { alias: '/chuyen-muc/b%c3%a0i-%C4%91%E1%BA%B7c-bi%E1%BB%87t.html', requests: ['/chuyen-muc/b%C3%A0i-%C4%91%E1%BA%B7c-bi%E1%BB%87t.html', '/chuyen-muc/b%c3%a0i-%c4%91%e1%ba%b7c-bi%e1%bb%87t.html'] },
  'query-string': { alias: '/index.php?option=com_content&view=article&id=123&catid=7', requests: ['/index.php?option=com_content&view=article&id=123&catid=7'] },
  'query-vietnamese': { alias: '/tim-kiem.php?q=dân vận'.replace(' ', '%20'), requests: ['/tim-kiem.php?q=d%C3%A2n%20v%E1%BA%ADn', '/tim-kiem.php?q=d%c3%a2n%20v%e1%ba%adn'] },
  'long': { alias: LONG, requests: [encodeURI(LONG)] },
  'folder': { alias: '/tin-cu/', requests: ['/tin-cu', '/tin-cu/', '/tin-cu/index.html', '//tin-cu/'] },
  'script': { alias: '/news.php', requests: ['/news.php', '/news.php?x=1'] },
};
/** Aliases of many other articles, so the map is as large as a migrated site's. */
const BULK_ARTICLES = 200;
const BULK_ALIASES = 15;

let root = '';
let dir = '';
let port = 0;
let nginx: ChildProcess | undefined;

function nginxConf(dist: string): string {
  // Workers read the output folder, which mkdtemp made private to this user.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  const temp = (name: string): string => `${name}_temp_path ${path.join(dir, 'tmp', name)};`;
  return `${user}daemon off;
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 64; }
http {
  access_log ${path.join(dir, 'access.log')};
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  include ${path.join(dist, 'nginx-redirects.conf')};
  # Another map after ours, as a site's own configuration may have.
  map $http_upgrade $connection_upgrade { default upgrade; "" close; }
  server {
    listen 127.0.0.1:${port};
    root ${dist};
    if ($baotinh_redirect) { return 301 $baotinh_redirect; }
    location / { try_files $uri $uri/ =404; }
  }
}
`;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = server.address() as net.AddressInfo;
      server.close(() => resolve(p));
    });
    server.on('error', reject);
  });

function request(rawPath: string): Promise<{ status: number; location?: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, ...(res.headers.location !== undefined && { location: res.headers.location }) });
    });
    req.on('error', reject);
    req.end();
  });
}

async function waitForPort(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('nginx did not start listening');
}

beforeAll(async () => {
  expect(existsSync(NGINX), `nginx is not installed at ${NGINX}: apt-get install nginx-light (npm test runs scripts/ensure-test-system-deps.sh, which installs it)`).toBe(true);
  const files: Record<string, string> = {};
  Object.entries(CASES).forEach(([name, { alias }], i) => {
    files[`content/${name}.md`] = `---\ntitle: Bài ${name}\nslug: bai-${name}\ndate: 2023-01-${String(i + 1).padStart(2, '0')}\ncategory: tin-tuc\naliases:\n  - ${JSON.stringify(alias)}\n---\nNội dung.\n`;
  });
  for (let n = 0; n < BULK_ARTICLES; n++) {
    const aliases = Array.from({ length: BULK_ALIASES }, (_, k) => `/tin-tức/bài-số-${n}-địa-chỉ-cũ-${k}-của-cổng-thông-tin-điện-tử-tỉnh.html`);
    files[`content/nhieu/${n}.md`] = article({ title: `Bài nhiều ${n}`, slug: `bai-nhieu-${n}`, date: '2022-06-01', category: 'dan-van-kheo', aliases: JSON.stringify(aliases) });
  }
  root = makeSite(files);
  const report = await build({ root, now: NOW });
  expect(report.ok, JSON.stringify(report.diagnostics.slice(0, 3))).toBe(true);
  dir = makeTempDir('nginx');
  mkdirSync(path.join(dir, 'tmp'));
  port = await freePort();
  writeFileSync(path.join(dir, 'nginx.conf'), nginxConf(path.join(root, 'dist')));
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx!.once('exit', r));
    nginx.kill('SIGTERM');
    await exited;
  }
  if (dir) removeTempDir(dir);
  if (root) removeTempDir(root);
});

describe('nginx-redirects.conf under a stock nginx', () => {
  it('nginx -t accepts it, with long Vietnamese keys, 3,000 keys and another map after it, without warnings', () => {
    const args = ['-t', '-p', dir, '-e', path.join(dir, 'error.log'), '-c', path.join(dir, 'nginx.conf')];
    const check = spawnSync(NGINX, args, { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    expect(check.stderr).not.toMatch(/\[(warn|emerg|alert)\]/);
  });

  it('every alias answers 301 with the article’s address, whatever the hex case or an added query', async () => {
    nginx = spawn(NGINX, ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', path.join(dir, 'nginx.conf')], { stdio: 'ignore' });
    await waitForPort();
    const expected: string[] = [];
    const got: string[] = [];
    const bulk = Array.from({ length: BULK_ARTICLES / 10 }, (_, i) => i * 10).map((n) => [`nhieu-${n}`, encodeURI(`/tin-tức/bài-số-${n}-địa-chỉ-cũ-${n % BULK_ALIASES}-của-cổng-thông-tin-điện-tử-tỉnh.html`)] as const);
    const all = [...Object.entries(CASES).flatMap(([name, c]) => c.requests.map((r) => [name, r] as const)), ...bulk];
    for (const [name, raw] of all) {
      const res = await request(raw);
      expected.push(`${raw} → 301 /tin-tuc/2023/01/bai-${name}/`.replace(/\/2023\/01\/bai-nhieu-(\d+)/, '/2022/06/bai-nhieu-$1'));
      got.push(`${raw} → ${res.status} ${res.location ? new URL(res.location, 'http://x').pathname : ''}`);
    }
    expect(got).toEqual(expected);
  });

  it('other addresses are served as they are (no alias means "everything")', async () => {
    expect((await request('/')).status).toBe(200);
    expect((await request('/index.php?option=com_content&view=article&id=999&catid=7')).status).toBe(404);
    expect((await request('/tin-tuc/2023/01/bai-long/')).status).toBe(200);
    expect((await request('/news.php/khac')).status).toBe(404);
  });
});
