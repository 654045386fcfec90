// `baotinh dev` looks again only at the paths its watcher named (src/incremental/source-scan.ts): after
// any series of changes, reported as the file system reports them, that must be exactly what a full
// scan of the content folder finds, or a full scan must be asked for.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rescan, scanSources, WatchedSources, type SourceScan } from '../../src/incremental/source-scan.js';
import { createRandom } from '../fuzz/random.js';
import { makeTempDir } from '../helpers/temp.js';

const setupFor = (root: string) => ({ projectRoot: root, label: 'content' });
const comparable = (scan: SourceScan) => ({ paths: [...scan.paths], stats: [...scan.stats], diagnostics: scan.diagnostics });

describe('sources looked at again where the watcher saw changes', () => {
  it('equal a full scan after 300 random changes, and need no full scan for most of them', async () => {
    const root = makeTempDir('scan');
    const content = path.join(root, 'content');
    mkdirSync(path.join(content, 'tin-tuc'), { recursive: true });
    const random = createRandom(20261207);
    const folders = ['tin-tuc', 'tin-tuc/2024', 'thong-bao', 'anh'];
    const names = ['bai-1.md', 'bai-2.md', 'Bài Ba.md', 'HOA.MD', 'hoa.md', 'bai-2.MD', '_nhap.md', '.an.md', '~$bai-1.md', 'anh.jpg', 'ghi-chu.txt', 'bai-1.md.tmp'];
    const files = new Set<string>();
    let last = await scanSources(content, setupFor(root));
    let quick = 0;
    for (let step = 0; step < 300; step++) {
      const seen: string[] = [];
      const at = (relative: string): string => path.join(content, relative);
      const kind = random.int(0, 9);
      if (kind <= 4 || files.size === 0) {
        // write (new or edited): the folder first, as an editor's tool makes it
        const folder = random.pick(folders);
        const file = `${folder}/${random.pick(names)}`;
        mkdirSync(at(folder), { recursive: true });
        writeFileSync(at(file), `---\ntitle: Bài ${step}\n---\n${'x'.repeat(random.int(0, 40))}\n`);
        files.add(file);
        seen.push(at(file));
      } else if (kind <= 6) {
        const file = random.pick([...files]);
        rmSync(at(file), { force: true });
        files.delete(file);
        seen.push(at(file));
      } else if (kind === 7) {
        // renamed: the watcher names both the old and the new path
        const file = random.pick([...files]);
        const to = `${path.posix.dirname(file)}/${random.pick(names)}`;
        if (to === file) continue;
        renameSync(at(file), at(to));
        files.delete(file);
        files.add(to);
        seen.push(at(file), at(to));
      } else if (kind === 8) {
        // a folder copied in whole: only the folder is named
        const folder = `moi-${step}`;
        mkdirSync(at(folder));
        for (const name of ['a.md', 'b.md']) {
          writeFileSync(at(`${folder}/${name}`), 'x');
          files.add(`${folder}/${name}`);
        }
        seen.push(at(folder));
      } else {
        // a folder deleted: only the folder is named
        const folder = random.pick(folders);
        rmSync(at(folder), { recursive: true, force: true });
        for (const file of [...files]) if (file.startsWith(`${folder}/`)) files.delete(file);
        seen.push(at(folder));
      }
      const full = await scanSources(content, setupFor(root));
      const again = rescan(last, new Set(seen));
      if (again) {
        quick++;
        expect(comparable(again), `step ${step}: ${seen.join(', ')}`).toEqual(comparable(full));
      }
      last = again ?? full;
    }
    expect(quick).toBeGreaterThan(150);
  });

  it('keeps what the watcher said until a scan uses it, and starts with a full scan', async () => {
    const root = makeTempDir('scan');
    const content = path.join(root, 'content');
    mkdirSync(content);
    writeFileSync(path.join(content, 'a.md'), 'a');
    const watched = new WatchedSources();
    expect((await watched.scan(content, setupFor(root))).paths).toEqual(['a.md']);
    writeFileSync(path.join(content, 'b.md'), 'b');
    watched.saw([path.join(content, 'b.md')]);
    writeFileSync(path.join(content, 'c.md'), 'c'); // never reported: the quick scan cannot know
    expect((await watched.scan(content, setupFor(root))).paths).toEqual(['a.md', 'b.md']);
    // Another content folder (the configuration changed): a full scan.
    const other = path.join(root, 'noi-dung');
    mkdirSync(other);
    writeFileSync(path.join(other, 'x.md'), 'x');
    expect((await watched.scan(other, setupFor(root))).paths).toEqual(['x.md']);
  });

  it("never takes an editor's temporary file for an article (Word's owner file ends in .md)", async () => {
    const root = makeTempDir('scan');
    const content = path.join(root, 'content');
    mkdirSync(content);
    for (const name of ['bai.md', '~$bai.md', '.#bai.md']) writeFileSync(path.join(content, name), 'x');
    expect((await scanSources(content, setupFor(root))).paths).toEqual(['bai.md']);
  });
});
