// The fuzz harness itself can fail: a hang is a timeout (and the next case gets a fresh process), a
// dying build is counted, stray output is seen, and diagnostics are read back with their locations.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBuildProcess } from '../fuzz/build-process.js';
import { readDiagnostics } from '../fuzz/read-diagnostics.js';

const FAKE = path.join(import.meta.dirname, '../fuzz/fake-child.mjs');

describe('fuzz build process', () => {
  const proc = createBuildProcess(FAKE);
  afterAll(() => proc.close());

  it('a build that never answers is a timeout, and the next case runs in a fresh process', async () => {
    const hung = await proc.run(['hang'], 300);
    expect(hung.code).toBe('timeout');
    expect((await proc.run(['ok', '1'], 5_000)).code).toBe(1);
  });

  it('a build that ends its process is counted as died, and the next case still runs', async () => {
    expect((await proc.run(['die'], 5_000)).code).toBe('died');
    expect((await proc.run(['ok', '0'], 5_000)).code).toBe(0);
  });

  it('output outside the CLI’s own channels is caught', async () => {
    const r = await proc.run(['chatter', '0'], 5_000);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the pipe may deliver after the reply
    expect(r.stray + (await proc.run(['ok', '0'], 5_000)).stray).toContain('a library printing on its own');
  });
});

describe('reading diagnostics back from stderr', () => {
  it('reads file (with spaces), line, column, code and severity; skips frames and hints', () => {
    const stderr = [
      'content/bai-viet/Bài Viết Mới.md:3:7 DATE_INVALID Ngày "32/01/2023" không hợp lệ (date).',
      '  > 3 | date: 32/01/2023',
      '  Gợi ý: Viết theo dạng 11/01/2023',
      'content/a.md:9:1 IMAGE_ALT_MISSING (cảnh báo) Ảnh thiếu mô tả.',
      'CONFIG_MISSING Không tìm thấy tệp cấu hình "baotinh.config.yaml".',
      'Dựng trang thất bại: 2 lỗi, 1 cảnh báo. Thư mục đầu ra giữ nguyên như trước.',
    ].join('\n');
    expect(readDiagnostics(stderr).map(({ text: _text, ...d }) => d)).toEqual([
      { code: 'DATE_INVALID', severity: 'error', file: 'content/bai-viet/Bài Viết Mới.md', line: 3, column: 7 },
      { code: 'IMAGE_ALT_MISSING', severity: 'warning', file: 'content/a.md', line: 9, column: 1 },
      { code: 'CONFIG_MISSING', severity: 'error' },
    ]);
  });
});
