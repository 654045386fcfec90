// What migrated articles really carry in their front-matter (issue: real Vietnamese content):
// HTML entities from RSS and old CMS exports, invisible characters pasted from Word or the web.
// Each is repaired the way an editor would want, and said where it changes what was written.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { article, makeSite } from '../fixtures/make-site.js';

const NOW = Date.UTC(2024, 5, 1);

async function buildSite(files: Record<string, string>) {
  const root = makeSite(files);
  const report = await build({ root, now: NOW });
  return { root, report, codes: report.diagnostics.map((d) => `${d.file}:${d.line ?? ''} ${d.code}`) };
}

describe('HTML entities in front-matter', () => {
  it('are decoded once, with a warning on the line, and never shown or put in the address', async () => {
    const { root, report, codes } = await buildSite({
      'content/a.md': article({ title: 'Hội nghị c&ocirc;ng t&aacute;c d&acirc;n vận', date: '2024-01-11', category: 'tin-tuc', summary: '"&#039;Dân vận khéo&#039; &amp; hiệu quả"' }),
    });
    expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
    expect(codes).toEqual(['content/a.md:2 FIELD_HTML_ENTITY', 'content/a.md:5 FIELD_HTML_ENTITY']);
    const warning = report.diagnostics.find((d) => d.line === 2)!;
    expect(warning.params).toMatchObject({ key: 'title', entities: '&ocirc; &aacute; &acirc;', value: 'Hội nghị công tác dân vận' });
    expect(report.urls!.get('a.md')).toBe('/tin-tuc/2024/01/hoi-nghi-cong-tac-dan-van/');
    const html = readFileSync(path.join(root, 'dist/tin-tuc/2024/01/hoi-nghi-cong-tac-dan-van/index.html'), 'utf8');
    expect(html).toContain('Hội nghị công tác dân vận');
    expect(html).not.toMatch(/&amp;(ocirc|aacute|acirc|#039);/);
    expect(html).toMatch(/Dân vận khéo/);
  });

  it('text that only looks like an entity (AT&T, R&D) is left alone, without a warning', async () => {
    const { report } = await buildSite({ 'content/a.md': article({ title: 'Hợp tác R&D với AT&T', date: '2024-01-11', category: 'tin-tuc' }) });
    expect(report.ok).toBe(true);
    expect(report.diagnostics).toEqual([]);
    expect(report.urls!.get('a.md')).toBe('/tin-tuc/2024/01/hop-tac-r-d-voi-at-t/');
  });
});

describe('invisible characters in front-matter', () => {
  it('no-break, zero-width and other odd spaces, soft hyphens and BOMs are normalised in titles, tags and authors', async () => {
    const { root, report } = await buildSite({
      'content/a.md': article({ title: '"Tổng\\u00A0Bí thư\\u200B làm việc\\u00AD tại\\u2028 tỉnh\\uFEFF"', date: '2024-01-11', category: 'tin-tuc', tags: '["Tổng\\u00A0Bí thư"]', author: '"Dương\\u202FLiễu"' }),
      'content/b.md': article({ title: 'Bài khác', date: '2024-01-12', category: 'tin-tuc', tags: '[Tổng Bí thư]', author: 'Dương Liễu' }),
    });
    expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
    expect(report.diagnostics).toEqual([]);
    expect(report.urls!.get('a.md')).toBe('/tin-tuc/2024/01/tong-bi-thu-lam-viec-tai-tinh/');
    const html = readFileSync(path.join(root, 'dist/tin-tuc/2024/01/tong-bi-thu-lam-viec-tai-tinh/index.html'), 'utf8');
    expect(html).toContain('Tổng Bí thư làm việc tại tỉnh');
    expect(html).not.toMatch(/[\u00A0\u200B\u00AD\u2028\uFEFF\u202F]/);
    const tagPage = readFileSync(path.join(root, 'dist/the/tong-bi-thu/index.html'), 'utf8');
    expect(tagPage).toContain('Bài khác');
    expect(tagPage).toContain('Tổng Bí thư làm việc tại tỉnh');
  });
});
