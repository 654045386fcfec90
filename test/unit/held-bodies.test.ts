// Rendered bodies wait for their pages in an unlinked file of the cache folder (content/held-bodies.ts).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHeldBodies } from '../../src/content/held-bodies.js';

const made: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'held-bodies-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Bodies of every size around the batch (256 KB): Vietnamese, emoji, and one larger than a batch. */
function bodies(): string[] {
  const para = '<p>Ban Dân vận Tỉnh ủy Cao Bằng tổng kết công tác dân vận năm 2022 — “Dân vận khéo” 🇻🇳.</p>\n';
  return [
    '',
    'x',
    para,
    ...Array.from({ length: 300 }, (_, i) => para.repeat(1 + (i * 37) % 90) + `<p>Bài ${i}</p>`),
    para.repeat(4000), // ~400 KB: more than one batch
    para.repeat(3),
  ];
}

describe('held bodies', () => {
  it('gives every body back exactly, in any order and as often as asked, from a file nobody else can see', () => {
    const cache = path.join(tempDir(), '.baotinh');
    const held = createHeldBodies(cache);
    const texts = bodies();
    const slots = texts.map((t) => held.put(t));
    // No file with a name is left in the cache folder, even while the bodies are held.
    expect(readdirSync(cache)).toEqual([]);
    const order = texts.map((_, i) => (i * 7919) % texts.length);
    for (const i of order) expect(held.get(slots[i]!)).toBe(texts[i]);
    for (const i of order.reverse()) expect(held.get(slots[i]!)).toBe(texts[i]);
    held.close();
    held.close(); // twice is harmless
    // The cache folder it made for the file is gone again (a refused build leaves no trace).
    expect(existsSync(cache)).toBe(false);
  });

  it('leaves a cache folder that was there, with what it holds', () => {
    const cache = path.join(tempDir(), '.baotinh');
    mkdirSync(path.join(cache, 'state'), { recursive: true });
    const held = createHeldBodies(cache);
    expect(held.get(held.put('<p>Đảng ủy</p>'))).toBe('<p>Đảng ủy</p>');
    held.close();
    expect(readdirSync(cache)).toEqual(['state']);
  });

  it('keeps the bodies in memory where the cache folder cannot be made', () => {
    const root = tempDir();
    writeFileSync(path.join(root, 'a-file'), 'not a folder');
    const held = createHeldBodies(path.join(root, 'a-file', '.baotinh'));
    const texts = bodies();
    const slots = texts.map((t) => held.put(t));
    texts.forEach((t, i) => expect(held.get(slots[i]!)).toBe(t));
    held.close();
    expect(readdirSync(root)).toEqual(['a-file']);
  });

  it('makes no file when no body is held', () => {
    const root = tempDir();
    createHeldBodies(path.join(root, '.baotinh')).close();
    expect(readdirSync(root)).toEqual([]);
  });
});
