// `baotinh new`: the file an editor gets, the address it promises (checked against a real build),
// and every refusal (an existing file, a missing title, an unknown category) with its exit code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/content/article.js';
import { outputPathFor } from '../../src/paths.js';
import { article, makeSite, MINIMAL_CONFIG } from '../fixtures/make-site.js';
import { runCli } from './run-cli.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const existing = (n: number, folder = 'bai-viet') => Object.fromEntries(Array.from({ length: n }, (_, i) => [
  `content/${folder}/bai-${folder}-${i}.md`, article({ title: `Bài ${folder} số ${i}`, date: `2023-01-1${i}`, category: 'tin-tuc' }),
]));

const newIn = (root: string, ...args: string[]) => runCli(['new', ...args, '--root', root]);
const addressIn = (stdout: string): string => /https?:\/\/\S+/.exec(stdout)?.[0] ?? '';

/** The text of the first <h1> of a page, entities decoded. */
function headline(html: string): string {
  const inner = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
  return inner.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) =>
    e[0] === '#' ? String.fromCodePoint(Number(e[1] === 'x' || e[1] === 'X' ? `0${e.slice(1)}` : e.slice(1))) : (named[e] ?? whole));
}

/** The built page at a printed address (site path after baseUrl and basePath), or undefined. */
function builtPage(root: string, address: string, base: string): string | undefined {
  expect(address.startsWith(base), `${address} starts with ${base}`).toBe(true);
  const file = path.join(root, 'dist', outputPathFor(address.slice(base.length - 1)));
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

describe('baotinh new', () => {
  it('writes the front-matter exactly, prints the file and the address, and the built page is at that address', async () => {
    const root = makeSite(existing(2), `${MINIMAL_CONFIG}basePath: /portal/\n`);
    // An entity pasted from an old page is written as the letter it stands for, quotes curled, as a build would read it.
    const typed = 'Hội nghị: "Dân vận khéo" #1 & &ocirc; - [đợt 2]';
    const title = 'Hội nghị: “Dân vận khéo” #1 & ô - [đợt 2]';
    const r = await newIn(root, typed, '--category', 'dan-van-kheo', '--date', '2024-07-23T09:30');
    expect(r.code, r.stderr).toBe(0);
    const file = path.join(root, 'content/bai-viet/hoi-nghi-dan-van-kheo-1-o-dot-2.md');
    expect(r.stdout).toContain(`Đã tạo bài viết: ${file}`);
    expect(readFileSync(file, 'utf8')).toBe(
      '---\ntitle: "Hội nghị: “Dân vận khéo” #1 & ô - [đợt 2]"\ndate: 2024-07-23T09:30\ncategory: dan-van-kheo\ntags: []\nsummary: ""\n---\n\n',
    );
    const address = addressIn(r.stdout);
    expect(address).toBe('https://thu.example.vn/portal/tin-tuc/2024/07/hoi-nghi-dan-van-kheo-1-o-dot-2/');

    const built = await runCli(['build', '--root', root]);
    expect(built.code, built.stderr).toBe(0);
    // The one thing said: the new article has no body yet (the other fixture articles are whole).
    expect([...built.stderr.matchAll(/^(\S+) ([A-Z][A-Z_]+)\b/gm)].map((m) => `${m[1]} ${m[2]}`)).toEqual(['content/bai-viet/hoi-nghi-dan-van-kheo-1-o-dot-2.md:7 BODY_EMPTY']);
    const page = builtPage(root, address, 'https://thu.example.vn/portal/');
    expect(page, `no page at ${address}`).toBeDefined();
    expect(headline(page!)).toBe(title);
  });

  it('dates the article now, in the site time zone, and the next build publishes it', async () => {
    const zone = 'Pacific/Kiritimati'; // +14:00: a date in the machine's zone or in UTC would differ
    const root = makeSite(existing(1), `${MINIMAL_CONFIG}timeZone: ${zone}\n`);
    const wallClock = (t: number) => new Intl.DateTimeFormat('sv-SE', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(t).replace(' ', 'T');
    const before = wallClock(Date.now());
    const r = await newIn(root, 'Tin mới trong ngày', '--category', 'tin-tuc');
    const after = wallClock(Date.now());
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(path.join(root, 'content/bai-viet/tin-moi-trong-ngay.md'), 'utf8');
    expect([before, after]).toContain(/^date: (.*)$/m.exec(text)?.[1]);
    expect((await runCli(['build', '--root', root])).code).toBe(0);
    expect(builtPage(root, addressIn(r.stdout), 'https://thu.example.vn/')).toBeDefined();
  });

  it('on a copy of the sample site: category by its Vietnamese name, the file name of a long title capped like its address, the site builds', async () => {
    const samples = ['ban-dan-van-tinh-uy-trien-khai-nhiem-vu-trong-tam-nam-2022.md', 'day-manh-chuyen-doi-so-trong-giai-quyet-thu-tuc-hanh-chinh-o-cap-xa.md'];
    const root = makeSite(Object.fromEntries(samples.map((f) => [`content/bai-viet/${f}`, readFileSync(path.join(REPO, 'content/bai-viet', f))])), readFileSync(path.join(REPO, 'baotinh.config.yaml'), 'utf8'));
    const title = 'Đoàn công tác Ban Dân vận Tỉnh ủy thăm hỏi đồng bào vùng lũ: "Không để ai bị bỏ lại"'.normalize('NFD');
    const r = await newIn(root, title, '--category', 'Dân vận khéo');
    expect(r.code, r.stderr).toBe(0);
    const file = path.join(root, 'content/bai-viet/doan-cong-tac-ban-dan-van-tinh-uy-tham-hoi-dong-bao-vung-lu-khong-de-ai-bi-bo.md'); // capped at 80, at a word
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(text.normalize('NFC'));
    const { draft, diagnostics } = readArticle({ contentPath: 'bai-viet/x.md', file: 'content/bai-viet/x.md', text }, { timeZone: 'Asia/Ho_Chi_Minh', permalink: '/tin-tuc/{yyyy}/{mm}/{slug}/', categories: [{ slug: 'dan-van-kheo', name: 'Dân vận khéo', description: '', order: 0 }] });
    expect(diagnostics).toEqual([]);
    expect(draft!.meta).toMatchObject({ title: title.normalize('NFC').replace('"Không', '“Không').replace('lại"', 'lại”'), category: 'dan-van-kheo', tags: [], draft: false });
    const built = await runCli(['build', '--root', root]);
    expect(built.code, built.stderr).toBe(0);
    expect(headline(builtPage(root, addressIn(r.stdout), 'https://danvan.example.vn/') ?? '')).toBe(title.normalize('NFC').replace('"Không', '“Không').replace('lại"', 'lại”'));
  });

  it('never overwrites: an existing file is named, left as it was, and the exit code is 1', async () => {
    const root = makeSite({ 'content/bai-viet/tin-nhanh.md': 'bản của biên tập viên\n' });
    const r = await newIn(root, 'Tin nhanh', '--category', 'tin-tuc');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Đã có tệp ${path.join(root, 'content/bai-viet/tin-nhanh.md')}: không ghi đè.`);
    expect(readFileSync(path.join(root, 'content/bai-viet/tin-nhanh.md'), 'utf8')).toBe('bản của biên tập viên\n');
    expect(r.stdout).toBe('');
  });

  it('a missing title or category is a usage error (exit 2) followed by the help of new; nothing is written', async () => {
    const root = makeSite(existing(1));
    const noTitle = await newIn(root, '--category', 'tin-tuc');
    expect(noTitle.code).toBe(2);
    expect(noTitle.stderr).toContain('Lỗi dùng lệnh: thiếu tiêu đề bài viết.');
    expect(noTitle.stderr).toContain('Cách dùng: baotinh new "Tiêu đề bài viết" --category <slug>');
    const noCategory = await newIn(root, 'Tin nhanh', '--lang', 'en');
    expect(noCategory.code).toBe(2);
    expect(noCategory.stderr).toContain('Usage error: the category (--category) is missing.');
    expect(noCategory.stderr).toContain('Usage: baotinh new "Article title" --category <slug>');
    expect(readdirSync(path.join(root, 'content/bai-viet'))).toEqual(['bai-bai-viet-0.md']);
  });

  it('an unknown category lists the configured ones with a did-you-mean (exit 2)', async () => {
    const root = makeSite({});
    const r = await newIn(root, 'Tin nhanh', '--category', 'tin-tuk');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`không có chuyên mục "tin-tuk" trong baotinh.config.yaml. Có phải ý bạn là 'tin-tuc'? Các chuyên mục: tin-tuc (Tin tức), dan-van-kheo (Dân vận khéo).`);
    const en = await newIn(root, 'Tin nhanh', '--category', 'xyz', '--lang', 'en');
    expect(en.stderr).toContain('there is no category "xyz" in baotinh.config.yaml. Categories: tin-tuc (Tin tức), dan-van-kheo (Dân vận khéo).');
    expect(existsSync(path.join(root, 'content'))).toBe(false);
  });

  it('goes to the folder holding most articles; bai-viet in a site without any; --folder chooses', async () => {
    const busy = makeSite({ ...existing(1), ...existing(3, 'tin') });
    expect((await newIn(busy, 'Tin một', '--category', 'tin-tuc')).code).toBe(0);
    expect(existsSync(path.join(busy, 'content/tin/tin-mot.md'))).toBe(true);
    const empty = makeSite({});
    expect((await newIn(empty, 'Tin hai', '--category', 'tin-tuc')).code).toBe(0);
    expect(existsSync(path.join(empty, 'content/bai-viet/tin-hai.md'))).toBe(true);
    const r = await newIn(empty, 'Tin ba', '--category', 'tin-tuc', '--folder', 'thong-bao/2024/');
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(path.join(empty, 'content/thong-bao/2024/tin-ba.md'))).toBe(true);
  });

  it('refuses a folder outside content/ or one the build skips, saying why (exit 2)', async () => {
    const root = makeSite({});
    const up = await newIn(root, 'Tin', '--category', 'tin-tuc', '--folder', '../ngoai');
    expect(up.code).toBe(2);
    expect(up.stderr).toContain('--folder "../ngoai" phải là một thư mục con trong thư mục nội dung');
    const hidden = await newIn(root, 'Tin', '--category', 'tin-tuc', '--folder', '_nhap');
    expect(hidden.code).toBe(2);
    expect(hidden.stderr).toContain('bản dựng bỏ qua thư mục bắt đầu bằng "." hoặc "_" ("_nhap")');
    expect(existsSync(path.join(root, 'content'))).toBe(false);
  });

  it('--date takes the forms of the front-matter, says when the date is in the future, and refuses a wrong one', async () => {
    const root = makeSite({});
    const vi = await newIn(root, 'Tin cũ', '--category', 'tin-tuc', '--date', '11/01/2023 08:30');
    expect(vi.code).toBe(0);
    expect(readFileSync(path.join(root, 'content/bai-viet/tin-cu.md'), 'utf8')).toContain('\ndate: 11/01/2023 08:30\n');
    expect(addressIn(vi.stdout)).toBe('https://thu.example.vn/tin-tuc/2023/01/tin-cu/');
    const future = await newIn(root, 'Tin hẹn giờ', '--category', 'tin-tuc', '--date', '2199-01-01');
    expect(future.stdout).toContain('Ngày đăng ở tương lai');
    const wrong = await newIn(root, 'Tin sai ngày', '--category', 'tin-tuc', '--date', '31/02/2023');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--date "31/02/2023" không phải ngày hợp lệ. Viết theo dạng 11/01/2023');
  });

  it('takes an unquoted title as its words; refuses a title with no letter or digit; needs a configuration', async () => {
    const root = makeSite({});
    const words = await runCli(['new', 'Hội', 'nghị', 'tổng', 'kết', '--category', 'tin-tuc', '--root', root]);
    expect(words.code).toBe(0);
    expect(readFileSync(path.join(root, 'content/bai-viet/hoi-nghi-tong-ket.md'), 'utf8')).toContain('title: Hội nghị tổng kết\n');
    const symbols = await newIn(root, '!!! ???', '--category', 'tin-tuc');
    expect(symbols.code).toBe(2);
    expect(symbols.stderr).toContain('tiêu đề cần có chữ cái hoặc chữ số');
    const noConfig = await newIn(path.join(root, 'content'), 'Tin', '--category', 'tin-tuc');
    expect(noConfig.code).toBe(1);
    expect(noConfig.stderr).toContain('CONFIG_MISSING');
  });
});

