// A site made of articles as migrations bring them builds at once, with exactly the expected
// warnings, and nothing it publishes carries text the reader should not see: every HTML and XML file
// is NFC, without combining marks left over, control characters or undecoded entities of its text,
// and no title or heading carries an invisible character.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { makeMessySite, MESSY_WARNINGS } from '../fixtures/messy-site.js';
import { listTree } from '../fuzz/tree.js';

describe('a site of messy real-world articles', () => {
  it('builds with exactly the expected warnings, and every HTML and XML file is clean text', async () => {
    const root = await makeMessySite();
    const report = await build({ root, now: Date.UTC(2024, 5, 1) });
    expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
    expect(report.diagnostics.map((d) => `${d.file}:${d.line ?? ''} ${d.code}`).sort()).toEqual([...MESSY_WARNINGS].sort());
    const out = path.join(root, 'dist');
    const files = listTree(out).filter((f) => /\.(html|xml)$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(path.join(out, file), 'utf8');
      expect(text.normalize('NFC') === text, `${file} is not NFC`).toBe(true);
      expect(text.match(/[\u0300-\u036F]/)?.[0], `${file}: a combining mark left over`).toBeUndefined();
      expect(text.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/)?.[0], `${file}: a control character`).toBeUndefined();
      // Titles, tags and authors have no invisible characters left (a body's no-break space may be meant).
      for (const m of text.matchAll(/<(title|h1|h2|h3)[^>]*>([^<]*)</g)) expect(m[2]!.match(/[\u00A0\u200B\u00AD\uFEFF\u202F]/)?.[0], `${file}: an invisible character in <${m[1]}>`).toBeUndefined();
      expect(text.match(/&amp;(ocirc|aacute|acirc|#039);/)?.[0], `${file}: an entity shown as text`).toBeUndefined();
    }
    // What readers see where it went wrong before.
    expect(report.urls!.get('entities.md')).toBe('/tin-tuc/2024/01/hoi-nghi-cong-tac-dan-van/');
    expect(report.urls!.get('lich-2.md')).toBe('/tin-tuc/2024/01/lich-cong-tac-tuan-ngay-22/');
    const marks = readFileSync(path.join(out, report.urls!.get('marks.md')!, 'index.html'), 'utf8');
    expect(marks).toContain('Hơp tác xã kiểu mới');
    expect(marks).toContain('có tiếng nói riêng');
    const document = readFileSync(path.join(out, report.urls!.get('van-ban.md')!, 'index.html'), 'utf8');
    expect(document).toContain('Quyết định số 12</a> <span class="attachment">(PDF, 1 KB)</span>');
    expect(document).toContain('<figcaption>Toàn cảnh hội nghị Ảnh: TTXVN</figcaption>');
  });
});
