// Configuration values that would do harm once published, each refused (or warned about) at its
// line with a message that says what to write instead. Pure: resolveConfig on text, no disk.
import { describe, expect, it } from 'vitest';
import { isValidBasePath, resolveConfig } from '../../src/config.js';
import { firstInvalidUtf8 } from '../../src/config-file.js';
import { formatDiagnostic } from '../../src/format-diagnostic.js';
import { MINIMAL_CONFIG } from '../fixtures/make-site.js';

const resolve = (config: string) => resolveConfig(config, '/site');
const lineOf = (config: string, text: string): number => config.split('\n').findIndex((l) => l.includes(text)) + 1;
const messages = (config: string, lang: 'vi' | 'en' = 'vi') => resolve(config).diagnostics.map((d) => formatDiagnostic(d, lang));
/** MINIMAL_CONFIG with `key: value` set (replacing the key if it is there). */
const withKey = (key: string, value: string): string =>
  MINIMAL_CONFIG.includes(`\n${key}:`) || MINIMAL_CONFIG.startsWith(`${key}:`)
    ? MINIMAL_CONFIG.replace(new RegExp(`^${key}:.*$`, 'm'), `${key}: ${value}`)
    : `${MINIMAL_CONFIG}${key}: ${value}\n`;

describe('basePath', () => {
  it('basePath with dot or empty segments (/../, /./, //, /a/../) is refused at its line', () => {
    for (const bad of ['/../', '/./', '//', '/a/../', '/a//b/', '/a/./b/', '/..', '..', '/a/..']) {
      const config = withKey('basePath', `"${bad}"`);
      const [d, ...rest] = resolve(config).diagnostics;
      expect(rest, bad).toEqual([]);
      expect([d?.code, d?.params.key, d?.line], bad).toEqual(['CONFIG_INVALID', 'basePath', lineOf(config, 'basePath')]);
      expect(isValidBasePath(bad), bad).toBe(false);
    }
  });

  it('ordinary base paths are accepted', () => {
    for (const ok of ['/', '/portal/', '/a/b.c/', '/tin~cu/']) {
      expect(resolve(withKey('basePath', ok)).config?.basePath, ok).toBe(ok);
      expect(isValidBasePath(ok), ok).toBe(true);
    }
  });
});

describe('menu links', () => {
  const menuWith = (url: string): string => MINIMAL_CONFIG.replace('    url: /\n', `    url: ${JSON.stringify(url)}\n`);

  it('a menu url with javascript:, data:, vbscript: or a disguise is CONFIG_INVALID at the item line', () => {
    const attacks = [
      'javascript:alert(1)', 'JaVaScRiPt:alert(1)', '  javascript:alert(1)', '\u0001javascript:alert(1)', 'java\tscript:alert(1)',
      'java\nscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', '&#106;avascript:alert(1)',
      '&#x6A;avascript:alert(1)', '//evil.example/', '/\\evil.example/', '/\t/evil.example/', 'https:evil.example', 'https://', 'tin-tuc/', 'file:///etc/passwd',
    ];
    for (const url of attacks) {
      const config = menuWith(url);
      const errors = resolve(config).diagnostics.filter((d) => d.severity === 'error');
      expect(errors.map((d) => [d.code, d.params.key, d.line]), JSON.stringify(url)).toEqual([['CONFIG_INVALID', 'menu[0].url', lineOf(config, '    url: ')]]);
    }
    expect(messages(menuWith('javascript:alert(1)')).join('\n')).toContain('chỉ được là đường dẫn trong trang');
  });

  it('site paths, http(s), mailto: and tel: menu links are accepted', () => {
    for (const url of ['/', '/lien-he/', '/tim-kiem/?q=a#b', 'https://caobang.gov.vn', 'HTTP://example.vn/x', 'mailto:banbientap@example.vn', 'tel:+84 206 3 000 000']) {
      const result = resolve(menuWith(url));
      expect(result.diagnostics, url).toEqual([]);
      expect(result.config?.menu[0]?.href, url).toBe(url);
    }
  });
});

describe('live service addresses', () => {
  const liveWith = (url: string): string => `${MINIMAL_CONFIG}live:\n  counter:\n    type: generic\n    url: https://dem.example.vn/v?path={path}\n    field: views\n    record: ${url}\n  stats:\n    url: ${url}\n  feedback:\n    endpoint: ${url}\n`;

  it('service URLs on loopback, link-local, unspecified or private addresses are CONFIG_SERVICE_LOCAL warnings at their lines', () => {
    const local = [
      'http://localhost:8080/x', 'http://LOCALHOST./x', 'https://api.localhost/x', 'http://127.0.0.1/x', 'http://127.1/x', 'http://0x7f.0.0.1/x', 'http://2130706433/x',
      'http://[::1]/x', 'http://[::ffff:127.0.0.1]/x', 'http://169.254.169.254/latest', 'http://[fe80::1]/x', 'http://0.0.0.0/x', 'http://[::]/x',
      'http://10.1.2.3/x', 'http://172.16.0.1/x', 'http://172.31.255.1/x', 'http://192.168.1.1/x', 'http://[fd00::1]/x',
    ];
    for (const url of local) {
      const config = liveWith(url);
      const result = resolve(config);
      expect(result.config, url).toBeDefined();
      const lines = config.split('\n').flatMap((l, i) => (l.endsWith(url) ? [i + 1] : []));
      expect(result.diagnostics.map((d) => [d.code, d.severity, d.params.key, d.line]), url).toEqual([
        ['CONFIG_SERVICE_LOCAL', 'warning', 'live.counter.record', lines[0]],
        ['CONFIG_SERVICE_LOCAL', 'warning', 'live.stats.url', lines[1]],
        ['CONFIG_SERVICE_LOCAL', 'warning', 'live.feedback.endpoint', lines[2]],
      ]);
    }
    expect(messages(liveWith('http://169.254.169.254/x'))[0]).toContain('trình duyệt của bạn đọc sẽ gọi máy hoặc mạng của chính họ');
  });

  it('public service addresses raise no warning', () => {
    for (const url of ['https://thongke.example.vn/x.json', 'http://172.32.0.1/x', 'http://11.0.0.1/x', 'http://192.169.0.1/x', 'https://[2001:db8::1]/x', 'https://localhost.example.vn/x']) {
      expect(resolve(liveWith(url)).diagnostics, url).toEqual([]);
    }
  });

  it('a service URL that new URL() cannot parse is CONFIG_INVALID, not a crash', () => {
    for (const url of ['https://exa%mple.vn/x', 'https://x.vn:99999/x', 'https://[::1/x']) {
      expect(resolve(liveWith(url)).diagnostics.map((d) => d.code), url).toContain('CONFIG_INVALID');
    }
  });
});

describe('locale', () => {
  it('a locale that is not a simple BCP 47 tag is CONFIG_INVALID at its line', () => {
    for (const bad of ['"vi\\" onload=\\"alert(1)"', 'VI_vn', 'vi-VN-u-ca-buddhist', 'zh-Hant-TW', 'x', 'i-klingon', '"vi-VN<"']) {
      const config = withKey('locale', bad);
      expect(resolve(config).diagnostics.map((d) => [d.code, d.params.key, d.line]), bad).toEqual([['CONFIG_INVALID', 'locale', lineOf(config, 'locale:')]]);
    }
  });

  it('a valid locale is canonicalised, and lang is its language', () => {
    expect([resolve(withKey('locale', 'vi-vn')).config?.locale, resolve(withKey('locale', 'vi-vn')).config?.lang]).toEqual(['vi-VN', 'vi']);
    expect(resolve(withKey('locale', 'en')).config?.lang).toBe('en');
  });
});

describe('YAML types', () => {
  const problem = (key: string, value: string): string => messages(withKey(key, value)).join('\n');

  it('pageSize: .inf, .nan, 10.5 and "10" each say what a page size must be', () => {
    expect(problem('pageSize', '.inf')).toContain('"pageSize": phải là một số hữu hạn');
    expect(problem('pageSize', '.nan')).toContain('"pageSize": phải là một số hữu hạn');
    expect(problem('pageSize', '10.5')).toContain('"pageSize": phải là số nguyên');
    expect(problem('pageSize', '"10"')).toContain('Viết số không có ngoặc kép');
    expect(problem('pageSize', '1e300').match(/CONFIG_INVALID/g)).toHaveLength(1);
  });

  it('pageSize: 1e3 is read as 1000 on purpose (and refused as above the maximum, 500)', () => {
    expect(problem('pageSize', '1e3')).toContain('"pageSize": phải nhiều nhất 500');
    expect(resolve(withKey('feedSize', '1e3')).config?.feedSize).toBe(1000);
  });

  it('title: 2023 says YAML read a number and how to quote it, instead of "is required"', () => {
    const text = problem('title', '2023');
    expect(text).toContain('"title": phải là chuỗi chữ (YAML đọc 2023 là một số)');
    expect(text).toContain('title: "2023"');
    expect(resolve(withKey('title', '"2023"')).config?.title).toBe('2023');
    expect(problem('title', '')).toContain('"title": đang để trống');
  });

  it('baseUrl with a path, a query or credentials is refused with the basePath hint; its host is canonicalised', () => {
    for (const bad of ['https://x.vn/path', 'https://x.vn/?a=1', 'https://user:pw@x.vn', 'https://exa%mple.vn', 'https://x.vn:99999', 'ftp://x.vn']) {
      expect(problem('baseUrl', bad), bad).toContain('"baseUrl": phải là địa chỉ đầy đủ của tên miền');
    }
    expect(problem('baseUrl', 'https://x.vn/path')).toContain('Đường dẫn con (như /portal/) đặt ở basePath.');
    expect(resolve(withKey('baseUrl', 'https://Thu.Example.VN/')).config?.baseUrl).toBe('https://thu.example.vn');
  });

  it('timeZone: +07:00 (an offset, not a zone) is refused with the zone to write', () => {
    const text = problem('timeZone', '+07:00');
    expect(text).toContain('"timeZone": không phải múi giờ IANA');
    expect(text).toContain('Asia/Ho_Chi_Minh');
  });
});

describe('control characters', () => {
  it('control characters, C1 controls and lone surrogates in config strings are removed with a warning at their line', () => {
    const config = withKey('description', '"Mô\\x01 tả\\x85 trang\\ud800"');
    const result = resolve(config);
    expect(result.config?.description).toBe('Mô tả trang');
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.params.key, d.params.characters, d.line])).toEqual([
      ['CONFIG_CONTROL_CHAR', 'warning', 'description', 'U+0001, U+0085, U+D800', lineOf(config, 'description:')],
    ]);
  });

  it('an unknown key is printed with its control characters escaped, never raw to the terminal', () => {
    const text = messages(`${MINIMAL_CONFIG}"ti\\x1b[31mtle": x\n`).join('\n');
    expect(text).toContain('ti\\u001b[31mtle');
    expect(text).not.toContain('\u001b');
  });
});

describe('firstInvalidUtf8', () => {
  it('finds the first byte that is not UTF-8', () => {
    expect(firstInvalidUtf8(Buffer.from('ab\xFFc', 'latin1'))).toBe(2);
    expect(firstInvalidUtf8(Buffer.concat([Buffer.from('Việt '), Buffer.from([0xe1, 0x41])]))).toBe(Buffer.from('Việt ').length + 1);
  });
});
