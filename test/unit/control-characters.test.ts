// Characters no page may carry are removed from bodies and front-matter values, each reported where
// it was; everything else, emoji included, stays exactly as written.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../fuzz/random.js';
import { cleanFieldText, removeControlCharacters } from '../../src/content/control-characters.js';

/** The definition: C0 (but tab and line ends) and C1 controls, noncharacters, lone surrogate halves. */
function unsafeAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c <= 0x08 || c === 0x0b || c === 0x0c || (c >= 0x0e && c <= 0x1f) || (c >= 0x7f && c <= 0x9f)) return true;
  if ((c >= 0xfdd0 && c <= 0xfdef) || c === 0xfffe || c === 0xffff) return true;
  if (c >= 0xd800 && c <= 0xdbff) return !(i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff);
  if (c >= 0xdc00 && c <= 0xdfff) return !(i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff);
  return false;
}

describe('unsafe characters', () => {
  it('are removed, and only they, from any text', () => {
    const next = mulberry32(31);
    const alphabet = ['a', 'đ', 'ễ', ' ', '\t', '\n', '\r', '\u0000', '\u0007', '\u000b', '\u001f', '\u007f', '\u0085', '\u009f', '\u00a0', '\ufdd0', '\ufdef', '\ufdf0', '\ufffe', '\uffff', '\ufffd', '\ud83d', '\ude00', '😀', '\ud800', '\udfff'];
    for (let n = 0; n < 5000; n++) {
      const text = Array.from({ length: Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      let kept = '';
      for (let i = 0; i < text.length; i++) if (!unsafeAt(text, i)) kept += text[i];
      const body = removeControlCharacters(text);
      expect(body.text, JSON.stringify(text)).toBe(kept);
      expect(body.findings.length > 0, JSON.stringify(text)).toBe(kept !== text);
      expect(cleanFieldText(text).text, JSON.stringify(text)).toBe(kept);
    }
  });
  it('are reported on their line and column, the first of each line', () => {
    expect(removeControlCharacters('Đoạn một.\nChữ\u0000\u0000 và\u0007\n😀 đủ').findings).toEqual([{ line: 1, column: 4, codePoint: expect.any(String) }]);
  });
});
