// baotinh.config.yaml as an attacker, a careless copy-paste or a broken disk would write it: each
// case ends as a diagnostic naming the file (and line where known), exit 1, no stack trace, and
// nothing written; values that do get through are escaped wherever they land.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import { loadConfig } from '../../src/config-file.js';
import { atomFeed } from '../../src/machine/feeds.js';
import { formatDiagnostic } from '../../src/format-diagnostic.js';
import { defaultStrings } from '../../src/ui-strings.js';
import { article, jpeg, MINIMAL_CONFIG, makeSite } from '../fixtures/make-site.js';
import { runCli } from './run-cli.js';

const CONFIG = 'baotinh.config.yaml';
const good = article({ title: 'Bài hợp lệ', date: '2023-01-11', category: 'tin-tuc' });
const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function site(config: string | Buffer = MINIMAL_CONFIG, files: Record<string, string | Buffer> = { 'content/a.md': good }): string {
  const root = makeSite(files, typeof config === 'string' ? config : MINIMAL_CONFIG);
  roots.push(root);
  if (typeof config !== 'string') writeFileSync(path.join(root, CONFIG), config);
  return root;
}

/** Build with this configuration; `written` says whether the build produced an output folder. */
async function buildWith(config: string | Buffer, extra: string[] = []) {
  const root = site(config);
  const result = await runCli(['build', '--root', root, ...extra]);
  return { ...result, root, written: existsSync(path.join(root, 'dist')) };
}

const noStackTrace = (stderr: string): void => expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
const resolve = (config: string) => resolveConfig(config, '/site');
const codes = (config: string) => resolve(config).diagnostics.map((d) => `${d.code}:${d.line ?? '-'}`);

describe('the configuration file itself', () => {
  it('a folder named baotinh.config.yaml is CONFIG_NOT_FILE, not an EISDIR stack trace', async () => {
    const root = site();
    rmSync(path.join(root, CONFIG));
    mkdirSync(path.join(root, CONFIG));
    const r = await runCli(['build', '--root', root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('baotinh.config.yaml CONFIG_NOT_FILE "baotinh.config.yaml" không phải tệp cấu hình đọc được: đó là một thư mục.');
    noStackTrace(r.stderr);
    expect(existsSync(path.join(root, 'dist'))).toBe(false);
  });

  it('a named pipe at baotinh.config.yaml is CONFIG_NOT_FILE at once, not a build that waits for ever', async () => {
    const root = site();
    rmSync(path.join(root, CONFIG));
    execFileSync('mkfifo', [path.join(root, CONFIG)]);
    const r = await runCli(['build', '--root', root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('CONFIG_NOT_FILE "baotinh.config.yaml" không phải tệp cấu hình đọc được: đó không phải tệp thường.');
  });

  it('--root naming a file is CONFIG_MISSING, not a machine error', async () => {
    const root = site();
    const r = await runCli(['build', '--root', path.join(root, CONFIG)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('CONFIG_MISSING');
  });

  it('an unreadable configuration names the path and the OS error, and says it is the machine, not the content', async () => {
    // Tests run as root, who reads any file: the permission error comes from a stand-in file system.
    const denied = Object.assign(new Error("EACCES: permission denied, open '/srv/site/baotinh.config.yaml'"), { code: 'EACCES' });
    const result = await loadConfig('/srv/site', {
      stat: async () => ({ isFile: () => true, isDirectory: () => false, size: 100 }),
      readFile: async () => Promise.reject(denied),
    });
    expect(result.config).toBeUndefined();
    const text = result.diagnostics.map((d) => formatDiagnostic(d, 'vi')).join('\n');
    expect(text).toContain('baotinh.config.yaml CONFIG_UNREADABLE Máy không cho đọc tệp cấu hình "/srv/site/baotinh.config.yaml" (EACCES: permission denied).');
    expect(text).toContain('không phải lỗi nội dung');
    expect(formatDiagnostic(result.diagnostics[0]!, 'en')).toContain('not of the content');
  });

  it('a configuration larger than 1 MB is refused before it is read', async () => {
    const r = await buildWith(`${MINIMAL_CONFIG}# ${'x'.repeat(1024 * 1024)}\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('CONFIG_NOT_FILE');
    expect(r.stderr).toContain('tệp quá lớn');
  });

  it('a configuration that is not UTF-8 is FILE_ENCODING at the line of the bad byte, not replacement characters in every title', async () => {
    const latin1 = Buffer.concat([Buffer.from(MINIMAL_CONFIG.replace('pageSize: 2\n', '')), Buffer.from('description: Trang th\xF4ng tin\n', 'latin1')]);
    const line = MINIMAL_CONFIG.replace('pageSize: 2\n', '').split('\n').length;
    const r = await buildWith(latin1);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`baotinh.config.yaml:${line} FILE_ENCODING Tệp không phải văn bản UTF-8 hợp lệ.`);
    expect(r.stderr).toContain(`> ${line} | description: Trang th\uFFFDng tin`);
    expect(r.written).toBe(false);
  });

  it('a BOM and CRLF or CR line ends in the configuration build the same site as LF', async () => {
    for (const eol of ['\r\n', '\r']) {
      const r = await buildWith(Buffer.from(`\uFEFF${MINIMAL_CONFIG.replace(/\n/g, eol)}`));
      expect(r.code, r.stderr).toBe(0);
      const html = readFileSync(path.join(r.root, 'dist', 'index.html'), 'utf8');
      expect(html).toContain('<title>Cổng thông tin thử nghiệm</title>');
      expect(html).not.toMatch(/[\r\uFEFF]/);
    }
  });
});

describe('YAML tricks', () => {
  const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]', ...'bcdefghi'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');

  it('a billion-laughs alias bomb is CONFIG_YAML at the alias that overflows, in well under a second', async () => {
    const started = Date.now();
    const r = await buildWith(`${MINIMAL_CONFIG}${bomb}\n`);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.code).toBe(1);
    const line = MINIMAL_CONFIG.split('\n').length + 4; // the 5th level passes 10,000 values
    expect(r.stderr).toContain(`baotinh.config.yaml:${line}:`);
    expect(r.stderr).toMatch(/CONFIG_YAML Tệp cấu hình có lỗi cú pháp YAML: các bí danh \(\*\) nhân lên thành hơn 10000 giá trị/);
    expect(r.stderr).toContain('neo (&tên) và bí danh (*tên)');
    noStackTrace(r.stderr);
    expect(r.written).toBe(false);
  });

  it('the bomb hidden inside a known key (strings) is caught the same way', () => {
    expect(codes(`${MINIMAL_CONFIG}${bomb.replace(/^/gm, '  ').replace(/^ {2}/, 'strings:\n  x: 1\n  ')}\n`)[0]).toMatch(/^CONFIG_YAML:/);
  });

  it('an alias to an anchor that does not exist is CONFIG_YAML at its line, not a ReferenceError', () => {
    const result = resolve(`${MINIMAL_CONFIG}description: *khong-co\n`);
    expect(result.diagnostics.map((d) => [d.code, d.line, d.params.detailVi])).toEqual([
      ['CONFIG_YAML', MINIMAL_CONFIG.split('\n').length, 'bí danh *khong-co không có neo &khong-co ở phía trước'],
    ]);
  });

  it('an alias inside the node it names (a loop) is CONFIG_YAML', () => {
    expect(codes(`${MINIMAL_CONFIG}strings: &vong\n  home: *vong\n`)).toEqual([`CONFIG_YAML:${MINIMAL_CONFIG.split('\n').length + 1}`]);
  });

  it('very deep nesting is CONFIG_YAML with a line, at 30 levels and at 10,000', () => {
    const deep = (n: number): string => `${MINIMAL_CONFIG}x: ${'['.repeat(n)}${']'.repeat(n)}\n`;
    for (const n of [30, 10_000]) {
      const [d, ...rest] = resolve(deep(n)).diagnostics;
      expect(rest).toEqual([]);
      expect(d?.code).toBe('CONFIG_YAML');
      expect(d?.line).toBe(MINIMAL_CONFIG.split('\n').length);
      expect(formatDiagnostic(d!, 'vi'), String(n)).toContain('lồng nhau sâu quá 20 cấp');
    }
  });

  it('ordinary anchors and aliases still work', () => {
    const result = resolve(`${MINIMAL_CONFIG.replace('title: Cổng thông tin thử nghiệm', 'title: &ten Cổng thông tin thử nghiệm')}description: *ten\n`);
    expect(result.diagnostics).toEqual([]);
    expect(result.config?.description).toBe('Cổng thông tin thử nghiệm');
  });
});

describe('Atom and locale', () => {
  it('Atom xml:lang is escaped even for a locale that got past validation', () => {
    const config = resolve(MINIMAL_CONFIG).config!;
    const xml = atomFeed({ title: 't', description: 'd', pageUrl: '/', rssUrl: '/rss.xml', atomUrl: '/atom.xml', articles: [] }, { config: { ...config, lang: 'vi" onload="x' }, images: new Map(), categoryName: (s) => s });
    expect(xml).toContain('xml:lang="vi&quot; onload=&quot;x"');
    execFileSync('xmllint', ['--noout', '-'], { input: xml, stdio: ['pipe', 'pipe', 'pipe'] });
  });
});

describe('values that would be published', () => {
  it('--base-path with dot segments is a usage error (exit 2), and the site is not built under /../', async () => {
    for (const bad of ['/../', '/a/./', '//']) {
      const r = await buildWith(MINIMAL_CONFIG, ['--base-path', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr, bad).toContain('--base-path');
      noStackTrace(r.stderr);
      expect(r.written, bad).toBe(false);
    }
  });

  it('a menu url: javascript: in the file stops the build at the item line, and no page carries it', async () => {
    const config = MINIMAL_CONFIG.replace('    url: /\n', '    url: " JaVaScRiPt:alert(document.cookie)"\n');
    const r = await buildWith(config);
    expect(r.code).toBe(1);
    const line = config.split('\n').findIndex((l) => l.includes('JaVaScRiPt')) + 1;
    expect(r.stderr).toMatch(new RegExp(`^baotinh\\.config\\.yaml:${line}:\\d+ CONFIG_INVALID Cấu hình không hợp lệ ở "menu\\[0\\]\\.url"`, 'm'));
    expect(r.written).toBe(false);
  });

  it('a locale written in another case is published canonical in <html lang>, RSS and Atom', async () => {
    const r = await buildWith(`${MINIMAL_CONFIG}locale: VI-vn\n`);
    expect(r.code, r.stderr).toBe(0);
    const read = (file: string): string => readFileSync(path.join(r.root, 'dist', file), 'utf8');
    expect(read('index.html')).toContain('<html lang="vi">');
    expect(read('atom.xml')).toContain('xml:lang="vi"');
    expect(read('rss.xml')).toContain('<language>vi</language>');
    expect(read('index.html')).toContain('"inLanguage":"vi-VN"');
  });
});

// Markup, quotes, the end of CDATA, an entity, a C0 and a C1 control and a lone surrogate.
const HOSTILE = `</script><script>alert(1)</script>"'><img src=x onerror=alert(1)>]]>&amp;\u0001\u0085\uD800 cuối`;
const CLEAN = HOSTILE.replace(/[\u0001\u0085\uD800]/g, '');
/** A YAML double-quoted scalar: JSON's escapes, plus C1 controls written as escapes too. */
const yq = (s: string): string => JSON.stringify(s).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

function hostileConfig(): string {
  const h = yq(HOSTILE);
  return [
    `title: ${h}`, `description: ${h}`, 'baseUrl: https://thu.example.vn', 'pageSize: 2',
    'categories:', '  - slug: tin-tuc', `    name: ${h}`, `    description: ${h}`,
    'menu:', `  - label: ${h}`, '    url: /', '  - category: tin-tuc',
    'contact:', ...['organisation', 'address', 'phone', 'email', 'licence', 'responsible'].map((k) => `  ${k}: ${h}`),
    'images:', `  copyright: ${h}`,
    'strings:', ...Object.keys(defaultStrings).map((k) => `  ${k}: ${h}`),
    'live:', '  stats:', '    url: https://thongke.example.vn/truy-cap.json', '  feedback:', '    endpoint: https://gopy.example.vn/y-kien',
    '',
  ].join('\n');
}

const listFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));

/** Every string of a parsed JSON value, however deep. */
const stringsIn = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(stringsIn) : []);

describe('a configuration whose every string is hostile', () => {
  it('no markup, control character, lone surrogate or broken XML/JSON reaches any output file', async () => {
    const root = site(hostileConfig(), {
      'content/anh/bia.jpg': await jpeg(1400, 900),
      'content/a.md': article({ title: 'Bài thử', date: '2023-01-11', category: 'tin-tuc', author: 'Dương Liễu', tags: '[dân vận]', image: '/anh/bia.jpg', aliases: '[/tin-cu/]' }),
    });
    const r = await runCli(['build', '--root', root]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('CONFIG_CONTROL_CHAR');
    const files = listFiles(path.join(root, 'dist'));
    const texts = files.filter((f) => /\.(html|xml|json|txt|conf)$|_redirects$/.test(f));
    expect(texts.length).toBeGreaterThan(10);
    let jsonBlocks = 0;
    for (const file of texts) {
      const text = readFileSync(file, 'utf8');
      const name = path.relative(root, file);
      for (const raw of ['<script>alert', '<img src=x', ']]>', '\u0001', '\u0085', '\uFFFD']) expect(text.includes(raw), `${name} contains ${JSON.stringify(raw)}`).toBe(false);
      if (!file.endsWith('.html')) continue;
      // Loosely parsed: outside quoted attribute values, no tag may hold anything of the hostile string.
      for (const tag of text.match(/<[a-zA-Z][^>]*>/g) ?? []) expect(tag.replace(/"[^"]*"/g, '""'), name).not.toMatch(/onerror|'/);
      for (const [, json] of text.matchAll(/<script type="application\/(?:ld\+)?json"[^>]*>([\s\S]*?)<\/script>/g)) {
        const value: unknown = JSON.parse(json!);
        if (stringsIn(value).includes(CLEAN)) jsonBlocks++;
      }
      expect(text, name).toContain('&amp;amp;');
    }
    expect(jsonBlocks).toBeGreaterThan(0);
    execFileSync('xmllint', ['--noout', ...texts.filter((f) => f.endsWith('.xml'))], { stdio: 'pipe' });
    const feed = await new Parser().parseString(readFileSync(path.join(root, 'dist', 'rss.xml'), 'utf8'));
    expect(feed.title).toBe(CLEAN);
    const photo = files.find((f) => f.endsWith('.jpg') && !f.includes(`${path.sep}assets${path.sep}`));
    const xmp = (await sharp(photo!).metadata()).xmp;
    execFileSync('xmllint', ['--noout', '-'], { input: xmp, stdio: ['pipe', 'pipe', 'pipe'] });
    expect(xmp?.toString('utf8')).not.toMatch(/[\u0001\u0085\uFFFD]/);
  });
});
