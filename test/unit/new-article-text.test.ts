// The file `baotinh new` writes is read back by the project's own article reader exactly as meant:
// hostile titles keep every character, the date is the minute it was written in the site's zone.
import { describe, expect, it } from 'vitest';
import { articleText, cleanTitle, siteDateText, yamlScalar } from '../../src/commands/article-text.js';
import { readArticle } from '../../src/content/article.js';
import { normalizeText } from '../../src/sources/read-text.js';

const ctx = {
  timeZone: 'Asia/Ho_Chi_Minh',
  permalink: '/tin-tuc/{yyyy}/{mm}/{slug}/',
  categories: [{ slug: 'tin-hoat-dong', name: 'Tin hoạt động', description: '', order: 0 }],
};
const read = (text: string) => readArticle({ contentPath: 'bai-viet/a.md', file: 'content/bai-viet/a.md', text: normalizeText(text) }, ctx);

/** Titles that YAML reads as something else, or cuts short, when written plain. */
const HOSTILE_TITLES = [
  'Hội nghị: tổng kết công tác dân vận',
  'Hội nghị:tổng kết',
  'Tổng kết:',
  '"Dân vận khéo" ở cơ sở',
  "'Dân vận khéo' ở cơ sở",
  'Nói "không" với tin giả, nói \'có\' với sự thật',
  'Gương sáng #1 của xã',
  '#1 gương sáng',
  '- Tin nhanh trong ngày',
  '-Tin nhanh',
  '&ocirc; và &amp; trong tiêu đề',
  '&neo tiêu đề',
  '*bí danh tiêu đề',
  '!thẻ tiêu đề',
  '%YAML 1.2',
  '@tác giả',
  '`mã` trong tiêu đề',
  '[Thông báo] Lịch tiếp công dân',
  '{Thông báo} lịch',
  '| dọc',
  '> lớn hơn',
  '? hỏi',
  'Đường dẫn C:\\thu-muc\\tep',
  '2023',
  '0012',
  '1e3',
  '0x10',
  '.nan',
  '.inf',
  'true',
  'null',
  '~ Tin',
  'yes',
  '--- tiêu đề',
  '... tiêu đề',
  'Tiêu đề\n---\nkhóa: giá trị',
  'Tiêu đề có  hai khoảng trắng',
  'Biểu tượng 🇻🇳 và ☭',
  '</script><script>alert(1)</script>',
  'Tiêu đề rất dài '.repeat(20).trim(),
];

describe('articleText', () => {
  it.each(HOSTILE_TITLES)('the title %j, cleaned as the reader cleans it, reads back exactly, with no diagnostic', (typed) => {
    const cleaned = cleanTitle(typed);
    if (!('title' in cleaned)) throw new Error(`refused: ${typed}`);
    const title = cleaned.title;
    const text = articleText({ title, date: '2024-07-23T09:30', category: 'tin-hoat-dong' });
    const { draft, diagnostics } = read(text);
    // A headline over 150 characters is read all the same, with a warning that it is one.
    expect(diagnostics.filter((d) => !(d.code === 'TITLE_LONG' && [...title].length > 150))).toEqual([]);
    expect(draft!.meta.title).toBe(title);
    expect(draft!.meta).toMatchObject({ category: 'tin-hoat-dong', tags: [], draft: false });
    expect(draft!.meta.summary).toBeUndefined();
  });

  it('cleans a title as the reader would: entities decoded, odd and double spaces as one space', () => {
    expect(cleanTitle('&ocirc; và &amp; trong tiêu đề')).toEqual({ title: 'ô và & trong tiêu đề' });
    expect(cleanTitle('Tiêu đề có  hai\u00A0khoảng trắng\u200B')).toEqual({ title: 'Tiêu đề có hai khoảng trắng' });
    expect(cleanTitle('&neo tiêu đề')).toEqual({ title: '&neo tiêu đề' });
  });

  it('writes the front-matter of the sample articles, NFC with LF line ends, the body left empty', () => {
    const text = articleText({ title: 'Đoàn công tác về Hà Quảng'.normalize('NFD'), date: '2024-07-23T09:30', category: 'tin-hoat-dong' });
    expect(text).toBe('---\ntitle: Đoàn công tác về Hà Quảng\ndate: 2024-07-23T09:30\ncategory: tin-hoat-dong\ntags: []\nsummary: ""\n---\n\n');
    expect(text.normalize('NFC')).toBe(text);
    expect(text).not.toContain('\r');
  });

  it('quotes only what the reader would not take as written', () => {
    expect(yamlScalar('Hội nghị tổng kết')).toBe('Hội nghị tổng kết');
    expect(yamlScalar('Hội nghị: tổng kết')).toBe('"Hội nghị: tổng kết"');
    expect(yamlScalar('2023')).toBe('"2023"');
    expect(yamlScalar('Nói "không"')).toBe('Nói "không"');
    expect(yamlScalar('"Dân vận"')).toBe('"\\"Dân vận\\""');
  });
});

describe('cleanTitle', () => {
  it('joins a title pasted across lines, trims it and composes it (NFC)', () => {
    expect(cleanTitle('  Hội nghị\r\ntổng kết\t2024 '.normalize('NFD'))).toEqual({ title: 'Hội nghị tổng kết 2024' });
  });
  it('refuses an empty title and control characters the reader would drop', () => {
    expect(cleanTitle(' \n ')).toEqual({ problem: 'empty' });
    expect(cleanTitle('Tin\u0007 nhanh')).toMatchObject({ problem: 'control' });
  });
});

describe('siteDateText', () => {
  const at = Date.UTC(2024, 6, 23, 2, 30, 59, 900); // 09:30:59.9 in Vietnam

  it('is the minute, as a wall clock in the site zone, in the form of the sample articles', () => {
    expect(siteDateText(at, 'Asia/Ho_Chi_Minh')).toBe('2024-07-23T09:30');
    expect(siteDateText(at, 'Asia/Kathmandu')).toBe('2024-07-23T08:15');
    expect(siteDateText(at, 'Pacific/Kiritimati')).toBe('2024-07-23T16:30');
    expect(siteDateText(at, 'America/New_York')).toBe('2024-07-22T22:30');
  });

  it('reads back as that minute, also in the repeated hour of a DST change (the offset is added)', () => {
    const repeated = Date.UTC(2024, 10, 3, 6, 30); // 01:30 EST, the second 01:30 in New York that night
    for (const [epochMs, zone] of [[at, 'Asia/Ho_Chi_Minh'], [repeated, 'America/New_York'], [repeated - 3_600_000, 'America/New_York']] as const) {
      const text = siteDateText(epochMs, zone);
      const { draft } = readArticle({ contentPath: 'a.md', file: 'content/a.md', text: articleText({ title: 'Tin', date: text, category: 'tin-hoat-dong' }) }, { ...ctx, timeZone: zone });
      expect(draft!.meta.date.epochMs, text).toBe(Math.floor(epochMs / 60_000) * 60_000);
    }
    expect(siteDateText(repeated, 'America/New_York')).toBe('2024-11-03T01:30-05:00');
  });
});
