// Code frames print editors' lines to a terminal: control characters must show, not act.
import { describe, expect, it } from 'vitest';
import { codeFrame, visibleControls } from '../../src/errors.js';

describe('code frames', () => {
  it('an escape sequence in a source line is shown as ␛, never sent to the terminal raw', () => {
    const frame = codeFrame('title: a\ndate: \u001b[2J\u001b]0;owned\u0007x\n', 2, 7);
    expect(frame).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(frame).toContain('␛[2J');
    expect(frame).toContain('␇');
  });

  it('right-to-left overrides and C1 controls are named by code point', () => {
    expect(visibleControls('a\u202Eb\u0085c')).toBe('a<U+202E>b<U+0085>c');
  });

  it('Vietnamese text and tabs are left as they are', () => {
    expect(visibleControls('Đảng ủy\ttỉnh')).toBe('Đảng ủy\ttỉnh');
  });

  it('frames of two different sources never mix their lines', () => {
    expect(codeFrame('một\nhai\nba', 2)).toContain('> 2 | hai');
    expect(codeFrame('bốn\nnăm\nsáu', 2)).toContain('> 2 | năm');
    expect(codeFrame('một\nhai\nba', 3)).toContain('> 3 | ba');
  });
});

describe('long lines', () => {
  it('a frame of a 4,000-character line shows a window around the column, with the caret under it', () => {
    const line = Array.from({ length: 250 }, (_, i) => `[l${i}](./x${i}.md)`).join(' ');
    const column = line.indexOf('[l200]') + 1;
    const frame = codeFrame(`title: x\n${line}\n`, 2, column);
    expect(frame.length).toBeLessThan(400);
    const [text, caret] = frame.split('\n').slice(1, 3) as [string, string];
    expect(text.charAt(caret.indexOf('^'))).toBe('[');
    expect(text.slice(caret.indexOf('^'))).toMatch(/^\[l200\]/);
  });
});
