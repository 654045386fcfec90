// The preview server's pure parts: which request path names which file of the site (never one
// outside it), where the live script goes in a page, and which files editors' tools save beside
// the real ones (a rebuild for each would be noise).
import { describe, expect, it } from 'vitest';
import { siteFileOf, withLiveScript } from '../../src/dev/dev-server.js';
import { isEditorTemporary } from '../../src/sources/editor-files.js';

describe('preview paths', () => {
  it('maps a request under the base path to a file of the site, decoded', () => {
    expect(siteFileOf('/', '/')).toBe('');
    expect(siteFileOf('/tin-tuc/2023/01/bai/', '/')).toBe('tin-tuc/2023/01/bai');
    expect(siteFileOf('/portal/assets/site.css', '/portal/')).toBe('assets/site.css');
    expect(siteFileOf('/portal/anh/%E1%BA%A2nh.jpg', '/portal/')).toBe('anh/Ảnh.jpg');
  });

  it('refuses paths outside the base path and every path trick', () => {
    expect(siteFileOf('/khac/', '/portal/')).toBeUndefined();
    for (const trick of ['/../etc/passwd', '/a/%2e%2e/%2e%2e/etc/passwd', '/a/..%2f..%2fetc', '/%00', '/a%5c..%5cb', '/%E0%A4%A', '/./a']) {
      expect(siteFileOf(trick, '/'), trick).toBeUndefined();
    }
  });

  it('puts the live script at the end of the head, once, and after the text of a page without one', () => {
    const page = withLiveScript('<!DOCTYPE html><html><head><title>x</title></head><body></body></html>');
    expect(page).toMatch(/^<!DOCTYPE html><html><head><title>x<\/title><script src="\/__baotinh\/live\.js\?v=[0-9a-f]{10}" defer><\/script><\/head><body><\/body><\/html>$/);
    expect(withLiveScript('<p>x</p>')).toMatch(/^<p>x<\/p><script src="\/__baotinh\/live\.js\?v=[0-9a-f]{10}" defer><\/script>$/);
  });
});

describe("editors' temporary files", () => {
  it('are told apart from articles, templates and photos', () => {
    for (const name of ['~$bai-viet.md', '.bai-viet.md.swp', '.bai.md.swx', '4913', 'bai.md~', '.#bai.md', 'anh.jpg.crdownload', '.~lock.bai.docx#', 'x.tmp']) {
      expect(isEditorTemporary(`/site/content/${name}`), name).toBe(true);
    }
    for (const name of ['bai-viet.md', 'site.css', 'Ảnh ra quân.JPG', 'base.njk', 'luot-xem.json', '4913-bao-cao.md']) {
      expect(isEditorTemporary(`/site/content/${name}`), name).toBe(false);
    }
  });
});
