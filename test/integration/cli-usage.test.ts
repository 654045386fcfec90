// A wrong command line is answered in the editor's language, names what was typed and the fix
// (a did-you-mean for a misspelt command or option), and exits 2; Node's English never leaks.
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/** Phrases of Node's own parseArgs errors: none may reach an editor. */
const NODE_ENGLISH = /Unknown option|argument missing|does not take an argument|argument is ambiguous|positional argument/;

const CASES: readonly { argv: string[]; vi: string; en: string }[] = [
  { argv: ['biuld'], vi: "không có lệnh 'biuld'. Có phải ý bạn là 'build'?", en: "unknown command 'biuld'. Did you mean 'build'?" },
  { argv: ['buidl', '--root', 'x'], vi: "không có lệnh 'buidl'. Có phải ý bạn là 'build'?", en: "unknown command 'buidl'. Did you mean 'build'?" },
  { argv: ['nwe', 'Tiêu đề'], vi: "không có lệnh 'nwe'. Có phải ý bạn là 'new'?", en: "unknown command 'nwe'. Did you mean 'new'?" },
  { argv: ['innit'], vi: "không có lệnh 'innit'. Có phải ý bạn là 'init'?", en: "unknown command 'innit'. Did you mean 'init'?" },
  { argv: ['xuatban'], vi: "không có lệnh 'xuatban'. Các lệnh: build, dev, new, init, convert.", en: "unknown command 'xuatban'. Commands: build, dev, new, init, convert." },
  { argv: ['build', '--cleen'], vi: "không có tùy chọn '--cleen' cho lệnh build. Có phải ý bạn là '--clean'?", en: "unknown option '--cleen' for build. Did you mean '--clean'?" },
  { argv: ['build', '--drafs'], vi: "Có phải ý bạn là '--drafts'?", en: "Did you mean '--drafts'?" },
  { argv: ['build', '--xyzzy'], vi: "không có tùy chọn '--xyzzy' cho lệnh build.", en: "unknown option '--xyzzy' for build." },
  { argv: ['build', '-x'], vi: "không có tùy chọn '-x' cho lệnh build.", en: "unknown option '-x' for build." },
  { argv: ['build', '--category', 'tin-tuc'], vi: "'--category' dùng với lệnh new.", en: "'--category' is an option of new." },
  { argv: ['new', 'Tin', '--jobs', '2'], vi: "không có tùy chọn '--jobs' cho lệnh new. '--jobs' dùng với lệnh build, dev.", en: "'--jobs' is an option of build, dev." },
  { argv: ['build', '--root'], vi: 'tùy chọn --root cần một giá trị, ví dụ: --root <thư mục>', en: 'option --root needs a value, e.g. --root <dir>' },
  { argv: ['new', 'Tin', '--category'], vi: 'tùy chọn --category cần một giá trị, ví dụ: --category <slug>', en: 'option --category needs a value, e.g. --category <slug>' },
  { argv: ['build', '--root', '--clean'], vi: 'tùy chọn --root cần một giá trị, nhưng sau nó là "--clean".', en: 'option --root needs a value, but "--clean" follows it.' },
  { argv: ['build', '--clean=yes'], vi: 'tùy chọn --clean không nhận giá trị (bỏ "=yes").', en: 'option --clean takes no value (remove "=yes").' },
];

describe('usage errors', () => {
  it.each(CASES)('$argv: in Vietnamese, exit 2', async ({ argv, vi }) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Lỗi dùng lệnh: ');
    expect(r.stderr).toContain(vi);
    expect(r.stderr).toContain('Xem: baotinh --help');
    expect(r.stderr).not.toMatch(NODE_ENGLISH);
    expect(r.stdout).toBe('');
  });

  it.each(CASES)('$argv: in English with --lang en (also written --lang=en, before the command)', async ({ argv, en }) => {
    for (const lang of [['--lang', 'en'], ['--lang=en']]) {
      const r = await runCli([...lang, ...argv]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Usage error: ');
      expect(r.stderr).toContain(en);
      expect(r.stderr).not.toMatch(NODE_ENGLISH);
    }
  });

  it('an unknown language is refused in both languages', async () => {
    const r = await runCli(['build', '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--lang chỉ nhận vi hoặc en (đang viết "fr") / --lang takes vi or en');
  });
});

describe('help', () => {
  it('lists dev, build, new and init, in Vietnamese and in English', async () => {
    const vi = await runCli(['--help']);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toMatch(/^ {2}dev {7}Xem trước trang khi viết/m);
    expect(vi.stdout).toMatch(/^ {2}build {5}Dựng toàn bộ trang/m);
    expect(vi.stdout).toMatch(/^ {2}new {7}Tạo một bài viết mới: baotinh new "Tiêu đề bài viết" --category <slug>$/m);
    expect(vi.stdout).toMatch(/^ {2}init {6}Tạo một trang mới, chạy được ngay: baotinh init <thư mục>$/m);
    const en = await runCli(['--help', '--lang', 'en']);
    expect(en.stdout).toMatch(/^ {2}new {7}Create a new article/m);
    expect(en.stdout).toMatch(/^ {2}init {6}Create a new site/m);
    expect(en.stdout).toMatch(/^ {2}dev {7}Preview while writing/m);
  });

  it('each command has its own help; no command at all prints the main help and exits 2', async () => {
    expect((await runCli(['new', '--help'])).stdout).toContain('--folder <thư mục>');
    expect((await runCli(['init', '-h', '--lang', 'en'])).stdout).toContain('Usage: baotinh init [folder]');
    expect((await runCli(['build', '--help'])).stdout).toContain('--base-path');
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Cách dùng: baotinh <lệnh> [tùy chọn]');
  });
});
