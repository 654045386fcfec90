// The content folder's watcher (src/dev/watch-tree.ts): it names what changed, in folders made after
// it started too, and stops looking into a folder that is gone.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchTree, type TreeWatcher } from '../../src/dev/watch-tree.js';
import { isEditorTemporary } from '../../src/sources/editor-files.js';
import { makeTempDir } from '../helpers/temp.js';

let watcher: TreeWatcher | undefined;
afterEach(() => watcher?.close());

async function until(check: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > end) throw new Error(`never saw ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('the content watcher', () => {
  it('names edited, added and removed files, in new folders too, and never temporary files', async () => {
    const content = makeTempDir('tree');
    mkdirSync(path.join(content, 'tin-tuc'));
    writeFileSync(path.join(content, 'tin-tuc', 'bai.md'), 'a');
    const seen = new Set<string>();
    watcher = watchTree(content, isEditorTemporary, (file) => seen.add(file));
    const at = (...parts: string[]): string => path.join(content, ...parts);

    writeFileSync(at('tin-tuc', 'bai.md'), 'b');
    await until(() => seen.has(at('tin-tuc', 'bai.md')), 'the edit');

    mkdirSync(at('moi'));
    await until(() => seen.has(at('moi')), 'the new folder');
    writeFileSync(at('moi', 'bai-moi.md'), 'c');
    await until(() => seen.has(at('moi', 'bai-moi.md')), 'a file in the new folder');

    writeFileSync(at('tin-tuc', '~$bai.md'), 'owner');
    writeFileSync(at('tin-tuc', 'bai.md'), 'd');
    seen.delete(at('tin-tuc', 'bai.md'));
    await until(() => seen.has(at('tin-tuc', 'bai.md')), 'the second edit');
    expect(seen.has(at('tin-tuc', '~$bai.md'))).toBe(false);

    rmSync(at('moi'), { recursive: true });
    seen.clear();
    await until(() => seen.has(at('moi')), 'the removed folder');
    // A folder of the same name made again is watched again; a file written in it at once is seen
    // (by its event, or by the look into the new folder if it came before the watch).
    mkdirSync(at('moi'));
    writeFileSync(at('moi', 'lai.md'), 'e');
    await until(() => seen.has(at('moi', 'lai.md')), 'a file in the folder made again');
  });
});
