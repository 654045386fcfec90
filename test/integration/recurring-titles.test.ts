// Recurring titles ("Lịch công tác tuần", "Thông báo") in one month: every one is published, the
// earliest keeps the plain address, the others get their day (then their time, then a number), and
// publishing a later one never moves an earlier one.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type BuildReport } from '../../src/build.js';
import { article, makeSite } from '../fixtures/make-site.js';

const NOW = Date.UTC(2024, 5, 1);

async function buildOk(root: string): Promise<BuildReport> {
  const report = await build({ root, now: NOW });
  expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
  return report;
}

const weekly = (date: string, body = 'Lịch làm việc của lãnh đạo.\n'): string => article({ title: 'Lịch công tác tuần', date, category: 'tin-tuc' }, body);
const page = (root: string, url: string): string => path.join(root, 'dist', url, 'index.html');

describe('recurring titles', () => {
  it('are all published: the earliest keeps the plain address, the others get their day, then their time', async () => {
    const root = makeSite({
      'content/c.md': weekly('15/01/2024 08:00'),
      'content/a.md': weekly('08/01/2024 08:00'),
      'content/b.md': weekly('22/01/2024 08:00'),
      'content/d.md': weekly('22/01/2024 14:30'),
      'content/e.md': weekly('22/01/2024 14:30', 'Bản thứ hai cùng giờ.\n'),
    });
    const report = await buildOk(root);
    expect(report.diagnostics.filter((d) => d.code === 'URL_DUPLICATE')).toEqual([]);
    expect(Object.fromEntries(report.urls!)).toEqual({
      'a.md': '/tin-tuc/2024/01/lich-cong-tac-tuan/',
      'c.md': '/tin-tuc/2024/01/lich-cong-tac-tuan-ngay-15/',
      'b.md': '/tin-tuc/2024/01/lich-cong-tac-tuan-ngay-22/',
      'd.md': '/tin-tuc/2024/01/lich-cong-tac-tuan-ngay-22-1430/',
      'e.md': '/tin-tuc/2024/01/lich-cong-tac-tuan-2/',
    });
    for (const url of report.urls!.values()) expect(existsSync(page(root, url)), url).toBe(true);
    // The page says where it is (canonical address), and the listing links to each one.
    expect(readFileSync(page(root, '/tin-tuc/2024/01/lich-cong-tac-tuan-ngay-15/'), 'utf8')).toContain('/tin-tuc/2024/01/lich-cong-tac-tuan-ngay-15/');
  });

  it('publishing a later one never changes the address of the earlier one', async () => {
    const root = makeSite({ 'content/tuan-1.md': weekly('08/01/2024 08:00') });
    const first = await buildOk(root);
    const before = first.urls!.get('tuan-1.md');
    expect(before).toBe('/tin-tuc/2024/01/lich-cong-tac-tuan/');
    writeFileSync(path.join(root, 'content/tuan-2.md'), weekly('15/01/2024 08:00'));
    const second = await buildOk(root);
    expect(second.urls!.get('tuan-1.md')).toBe(before);
    expect(second.urls!.get('tuan-2.md')).toBe('/tin-tuc/2024/01/lich-cong-tac-tuan-ngay-15/');
    // Nor does a file name that sorts first: the order is by date.
    writeFileSync(path.join(root, 'content/0-tuan-3.md'), weekly('29/01/2024 08:00'));
    const third = await buildOk(root);
    expect(third.urls!.get('tuan-1.md')).toBe(before);
    expect(third.urls!.get('tuan-2.md')).toBe('/tin-tuc/2024/01/lich-cong-tac-tuan-ngay-15/');
    expect(third.urls!.get('0-tuan-3.md')).toBe('/tin-tuc/2024/01/lich-cong-tac-tuan-ngay-29/');
  });

  it('a slug the editor wrote keeps its address; the title-made one moves aside', async () => {
    const root = makeSite({
      'content/a.md': weekly('08/01/2024 08:00'),
      'content/b.md': article({ title: 'Lịch tuần này', date: '20/01/2024', category: 'tin-tuc', slug: 'lich-cong-tac-tuan' }),
    });
    const report = await buildOk(root);
    expect(report.urls!.get('b.md')).toBe('/tin-tuc/2024/01/lich-cong-tac-tuan/');
    expect(report.urls!.get('a.md')).toBe('/tin-tuc/2024/01/lich-cong-tac-tuan-ngay-08/');
  });

  it('a link to a recurring article leads to its own address, also after an incremental build', async () => {
    const root = makeSite({
      'content/a.md': weekly('08/01/2024 08:00'),
      'content/b.md': weekly('15/01/2024 08:00'),
      'content/c.md': article({ title: 'Tin khác', date: '20/01/2024', category: 'tin-tuc' }, 'Xem [lịch tuần](b.md).\n'),
    });
    await buildOk(root);
    const linking = (): string => readFileSync(page(root, '/tin-tuc/2024/01/tin-khac/'), 'utf8');
    expect(linking()).toContain('<a href="/tin-tuc/2024/01/lich-cong-tac-tuan-ngay-15/">lịch tuần</a>');
    // An earlier one added: b keeps its address, a moves to its day... unless it is the earliest;
    // here a new article dated before a takes the plain address, and the link follows a's new one.
    writeFileSync(path.join(root, 'content/truoc.md'), weekly('01/01/2024 08:00'));
    const report = await buildOk(root);
    expect(report.urls!.get('truoc.md')).toBe('/tin-tuc/2024/01/lich-cong-tac-tuan/');
    expect(report.urls!.get('a.md')).toBe('/tin-tuc/2024/01/lich-cong-tac-tuan-ngay-08/');
    expect(linking()).toContain('<a href="/tin-tuc/2024/01/lich-cong-tac-tuan-ngay-15/">lịch tuần</a>');
    const clean = await build({ root, now: NOW, outDir: path.join(root, 'clean'), state: 'none' });
    expect(clean.ok).toBe(true);
    expect(readFileSync(path.join(root, 'clean/tin-tuc/2024/01/lich-cong-tac-tuan-ngay-08/index.html'), 'utf8')).toBe(readFileSync(page(root, '/tin-tuc/2024/01/lich-cong-tac-tuan-ngay-08/'), 'utf8'));
  });
});
