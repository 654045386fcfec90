// The text a page's key is hashed from: every difference in the data shows in it, and a summary whose
// key is known stands as that key without being looked at again.
import { describe, expect, it } from 'vitest';
import { hashOf, utf8Bytes } from '../../src/incremental/hash.js';
import { createValueKeys } from '../../src/incremental/page-keys.js';

describe('page data keys', () => {
  it('is the JSON of plain data', () => {
    const data = { title: 'Dân vận khéo', list: [1, 'hai', null, undefined], nested: { a: undefined, b: true } };
    expect(createValueKeys()(data)).toBe(JSON.stringify(data));
  });

  it('shows a known summary as its key, wherever it appears, and leaves it as it was afterwards', () => {
    const summary = { id: 'a', title: 'Bài một', excerpt: 'x'.repeat(5000) };
    const keyOf = createValueKeys([[summary, 'KEY1']]);
    const page = keyOf({ article: summary, related: [summary] });
    expect(page).not.toContain('xxxx');
    expect(page).toBe(JSON.stringify({ article: { '\u0000': 'KEY1' }, related: [{ '\u0000': 'KEY1' }] }));
    keyOf.done();
    expect(JSON.stringify(summary)).toContain('xxxx');
    expect(Object.keys(summary)).toEqual(['id', 'title', 'excerpt']);
    // Another summary with the same fields but another key is another value.
    const copy = { ...summary };
    expect(createValueKeys([[copy, 'KEY2']])({ article: copy, related: [copy] })).not.toBe(page);
  });

  it('never takes a string for a stand-in', () => {
    const summary = { id: 'a' };
    const keyOf = createValueKeys([[summary, 'K']]);
    expect(keyOf({ x: summary })).not.toBe(keyOf({ x: 'K' }));
    expect(keyOf({ x: summary })).not.toBe(keyOf({ x: '{"\u0000":"K"}' }));
  });

  it('changes with any field of data that is not a known summary', () => {
    const summary = { id: 'a' };
    const keyOf = createValueKeys([[summary, 'K']]);
    const base = keyOf({ article: summary, breadcrumb: [{ label: 'Tin tức', url: '/chuyen-muc/tin-tuc/' }] });
    expect(keyOf({ article: summary, breadcrumb: [{ label: 'Tin tức', url: '/chuyen-muc/tin-tuc/trang/2/' }] })).not.toBe(base);
    expect(keyOf({ article: summary, breadcrumb: [{ label: 'Tin tức', url: '/chuyen-muc/tin-tuc/' }] })).toBe(base);
  });
});

describe('content keys (hashOf)', () => {
  it('tell apart parts split differently, text from bytes, and any change of one character', () => {
    const keys = [
      hashOf('ab', 'c'),
      hashOf('a', 'bc'),
      hashOf('abc'),
      hashOf('1:a', ''),
      hashOf(Buffer.from('ab'), 'c'),
      hashOf('ab', Buffer.from('c')),
      hashOf('Dân vận', 'khéo'),
      hashOf('Dân vận', 'khéọ'),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(hashOf('Dân vận', Buffer.from([1, 2]), 'khéo')).toBe(hashOf('Dân vận', Buffer.from([1, 2]), 'khéo'));
    expect(hashOf('x')).toMatch(/^[A-Za-z0-9_-]{27}$/);
  });
});

describe('page hashes', () => {
  it('encodes a page once, as the UTF-8 bytes of its file, in a buffer the next page reuses', () => {
    // A published file is checked by hashing its bytes: the bytes a page is hashed as must be those.
    for (const text of ['', 'a', '<p>Dân vận khéo – Đảng ủy xã Đàm Thủy</p>', '🇻🇳 '.repeat(1000), 'ư'.repeat(70_000), 'a']) {
      const bytes = utf8Bytes(text);
      expect(bytes.equals(Buffer.from(text))).toBe(true);
      expect(hashOf(bytes)).toBe(hashOf(Buffer.from(text)));
    }
    expect(hashOf(utf8Bytes('Đảng'))).not.toBe(hashOf(utf8Bytes('Dang')));
  });
});
