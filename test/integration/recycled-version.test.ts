// A rebuild takes over the version kept beside the published one instead of starting from an empty
// folder: only the files that differ are touched, and the result is still exactly a clean build,
// whatever was added to or deleted from that version while it was published.
import { existsSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { treeDifferences } from '../helpers/compare-trees.js';
import { article, makeSite } from '../fixtures/make-site.js';
import { makeTempDir } from '../helpers/temp.js';
import { runCli } from './run-cli.js';

const site = (): string =>
  makeSite({
    'content/bai-viet/mot.md': article({ title: 'Bài một', date: '01/02/2023', category: 'tin-tuc', tags: '[Dân vận]' }),
    'content/bai-viet/hai.md': article({ title: 'Bài hai', date: '02/02/2023', category: 'tin-tuc' }),
    'content/bai-viet/ba.md': article({ title: 'Bài ba', date: '03/02/2023', category: 'dan-van-kheo', tags: '[Khen thưởng]' }),
  });

async function build(root: string, ...more: string[]): Promise<void> {
  const r = await runCli(['build', '--root', root, ...more]);
  expect(r.code, r.stderr).toBe(0);
}

function edit(root: string, file: string, text: string): void {
  writeFileSync(path.join(root, 'content/bai-viet', file), article({ title: text, date: '02/02/2023', category: 'tin-tuc' }, `${text}: nội dung mới.\n`));
}

const versions = (root: string): string[] => readdirSync(path.join(root, '.dist.baotinh')).filter((n) => /^[vp]\d+$/.test(n)).sort();
/** The published version's folder (dist is a link to it). */
const live = (root: string): string => realpathSync(path.join(root, 'dist'));

/** Folders under dir with nothing in them (a clean build never has one). */
function emptyFolders(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isDirectory() && readdirSync(path.join(e.parentPath, e.name)).length === 0)
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

async function expectClean(root: string): Promise<void> {
  const clean = path.join(makeTempDir('recycled-clean'), 'out');
  await build(root, '--clean', '--out', clean);
  expect(treeDifferences(path.join(root, 'dist'), clean)).toEqual([]);
  expect(emptyFolders(path.join(root, 'dist'))).toEqual([]);
}

describe('a rebuild starts from the version before the published one', () => {
  it('takes that folder over, touches only what differs, and removes what the new version lacks', async () => {
    const root = site();
    await build(root);
    const first = statSync(live(root)).ino;
    edit(root, 'hai.md', 'Bài hai đã sửa');
    await build(root);
    const kept = statSync(path.join(root, 'dist/chuyen-muc/dan-van-kheo/index.html')).ino;
    // Delete an article (its page, its folder and its tag go) and edit another.
    rmSync(path.join(root, 'content/bai-viet/ba.md'));
    edit(root, 'mot.md', 'Bài một đã sửa');
    await build(root);
    expect(statSync(live(root)).ino).toBe(first); // the first version's folder, renamed
    expect(versions(root)).toHaveLength(2);
    expect(existsSync(path.join(root, 'dist/the/khen-thuong'))).toBe(false);
    expect(statSync(path.join(root, 'dist/chuyen-muc/tin-tuc/index.html')).ino).not.toBe(kept);
    await expectClean(root);
  });

  it('drops a file added to the published site by hand and restores one deleted from it', async () => {
    const root = site();
    await build(root);
    edit(root, 'hai.md', 'Bài hai, lần một');
    await build(root);
    // While this version is published, someone adds a file to dist/ and deletes a page from it.
    writeFileSync(path.join(root, 'dist/them-bang-tay.html'), '<p>thêm bằng tay</p>');
    const page = readdirSync(path.join(root, 'dist/tin-tuc'), { recursive: true }).map(String).find((f) => f.endsWith('index.html'))!;
    unlinkSync(path.join(root, 'dist/tin-tuc', page));
    edit(root, 'hai.md', 'Bài hai, lần hai');
    await build(root);
    edit(root, 'hai.md', 'Bài hai, lần ba');
    await build(root); // takes over the version that was edited by hand
    expect(existsSync(path.join(root, 'dist/them-bang-tay.html'))).toBe(false);
    await expectClean(root);
  });

  it('drops a file added by hand deep in a folder the builds never touched, once folder times are trusted', async () => {
    const root = site();
    await build(root);
    edit(root, 'hai.md', 'Bài hai, lần một');
    await build(root);
    // An hour later: every folder's time is old enough to be trusted (output/folder-stamps.ts).
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const version of versions(root)) {
      const dir = path.join(root, '.dist.baotinh', version);
      for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) if (e.isDirectory()) utimesSync(path.join(e.parentPath, e.name), hourAgo, hourAgo);
    }
    edit(root, 'hai.md', 'Bài hai, lần hai');
    await build(root); // the kept version's folders are listed once, and their times recorded
    writeFileSync(path.join(root, 'dist/chuyen-muc/dan-van-kheo/them-bang-tay.html'), '<p>thêm bằng tay</p>');
    edit(root, 'hai.md', 'Bài hai, lần ba');
    await build(root);
    edit(root, 'hai.md', 'Bài hai, lần bốn');
    await build(root); // takes over the version with the added file
    expect(existsSync(path.join(root, 'dist/chuyen-muc/dan-van-kheo/them-bang-tay.html'))).toBe(false);
    await expectClean(root);
  });

  it('after a build with no record of the version before it (state lost, an upgrade), keeps a spare of the new one instead', async () => {
    const root = site();
    await build(root);
    edit(root, 'hai.md', 'Bài hai, lần một');
    await build(root);
    rmSync(path.join(root, '.baotinh'), { recursive: true, force: true }); // the cache folder lost
    edit(root, 'hai.md', 'Bài hai, lần hai');
    await build(root);
    expect(versions(root)).toHaveLength(2);
    const spare = versions(root).find((v) => path.join(root, '.dist.baotinh', v) !== live(root))!;
    const spareIno = statSync(path.join(root, '.dist.baotinh', spare)).ino;
    // A hard-linked copy of the new version: the same files.
    expect(statSync(path.join(root, '.dist.baotinh', spare, 'index.html')).ino).toBe(statSync(path.join(live(root), 'index.html')).ino);
    edit(root, 'hai.md', 'Bài hai, lần ba');
    await build(root);
    expect(statSync(live(root)).ino).toBe(spareIno); // taken over, not made anew
    await expectClean(root);
  });

  it('starts from an empty folder when the kept version is not the one on record', async () => {
    const root = site();
    await build(root);
    const [older] = versions(root);
    edit(root, 'hai.md', 'Bài hai, lần một');
    await build(root);
    // The marker made again: another folder as far as the record knows.
    const marker = path.join(root, '.dist.baotinh', older!, '.baotinh-output');
    const text = readFileSync(marker);
    unlinkSync(marker);
    writeFileSync(marker, text);
    const before = statSync(path.join(root, '.dist.baotinh', older!)).ino;
    edit(root, 'hai.md', 'Bài hai, lần hai');
    await build(root);
    expect(statSync(live(root)).ino).not.toBe(before);
    expect(versions(root)).toHaveLength(2);
    await expectClean(root);
  });
});
