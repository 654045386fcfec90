// The folder writer hands its system calls to the thread pool while the caller renders on: every file
// must still be there, in its folder, by the time `settle` says so; a spare mirrored while writing
// holds the very same files; a failure names its path and never goes unnoticed.
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InfrastructureError } from '../../src/errors.js';
import { createFolderWriter } from '../../src/output/writer.js';
import { makeTempDir } from '../helpers/temp.js';

/** 300 pages in month folders, as a news site has them, plus a public file. */
const PAGES = Array.from({ length: 300 }, (_, i) => `tin-tuc/20${10 + (i % 5)}/${String(1 + (i % 12)).padStart(2, '0')}/bai-${i}/index.html`);

function folders(): { version: string; spare: string; source: string } {
  const root = makeTempDir('folder-writer');
  const [version, spare] = [path.join(root, 'v1'), path.join(root, 'v2')];
  mkdirSync(version);
  mkdirSync(spare);
  const source = path.join(root, 'site.css');
  writeFileSync(source, 'body{}');
  return { version, spare, source };
}

describe('the folder writer', () => {
  it('has every file in place, and linked into the mirror, once settled', async () => {
    const { version, spare, source } = folders();
    const writer = createFolderWriter(version, { mirror: spare });
    for (const [i, page] of PAGES.entries()) await writer.write(page, `<p>Bài ${i} – Đảng ủy</p>`);
    await writer.copy(source, 'assets/site.css');
    expect(await writer.settle()).toBe(true);
    for (const [i, page] of PAGES.entries()) {
      expect(readFileSync(path.join(version, page), 'utf8')).toBe(`<p>Bài ${i} – Đảng ủy</p>`);
      expect(statSync(path.join(spare, page)).ino).toBe(statSync(path.join(version, page)).ino);
    }
    expect(readFileSync(path.join(spare, 'assets/site.css'), 'utf8')).toBe('body{}');
    expect(writer.summary()).toEqual({ files: 301, bytes: PAGES.reduce((n, _, i) => n + Buffer.byteLength(`<p>Bài ${i} – Đảng ủy</p>`), 0) });
  });

  it('says the mirror is incomplete when a link cannot be made, and still writes the version whole', async () => {
    const { version, spare } = folders();
    const writer = createFolderWriter(version, { mirror: spare });
    rmSync(spare, { recursive: true }); // its folders can no longer be made
    for (const page of PAGES) await writer.write(page, 'x');
    expect(await writer.settle()).toBe(false);
    expect(PAGES.every((page) => readFileSync(path.join(version, page), 'utf8') === 'x')).toBe(true);
  });

  it('fails with the path it could not write, and refuses to go on after that', async () => {
    const { version } = folders();
    writeFileSync(path.join(version, 'tin-tuc'), 'a file where a folder must go');
    const writer = createFolderWriter(version);
    await writer.write(PAGES[0]!, 'x');
    const failure = await writer.settle().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InfrastructureError);
    expect((failure as InfrastructureError).path).toContain(path.join(version, 'tin-tuc'));
    await expect(writer.write(PAGES[1]!, 'x')).rejects.toBe(failure);
  });

  it('replaces a name in a recycled folder instead of writing through it (a hard link shared with the live site)', async () => {
    const { version, spare } = folders();
    const live = path.join(spare, 'index.html');
    writeFileSync(live, 'published');
    const writer = createFolderWriter(version, { replaces: true });
    await writer.link(live, 'index.html');
    expect(await writer.settle()).toBe(true);
    expect(statSync(path.join(version, 'index.html')).ino).toBe(statSync(live).ino);
    await writer.write('index.html', 'new');
    await writer.settle();
    expect(readFileSync(live, 'utf8')).toBe('published');
    expect(readFileSync(path.join(version, 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(version)).toEqual(['index.html']);
  });
});
