// A cold build leaves new sources' digests to the thread that reads them (it hashes the bytes it
// parses) instead of reading every source twice; a memo is reused only against a known digest.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reusableReads } from '../../src/incremental/article-memos.js';
import type { BuildState, SeenFile } from '../../src/incremental/build-state.js';
import { hashOf } from '../../src/incremental/hash.js';
import { digestSources, statSources } from '../../src/incremental/source-digests.js';
import { makeTempDir } from '../helpers/temp.js';

function content(): string {
  const dir = makeTempDir('source-digests');
  writeFileSync(path.join(dir, 'cu.md'), '---\ntitle: Bài cũ\n---\nCũ.');
  writeFileSync(path.join(dir, 'sua.md'), '---\ntitle: Bài sửa\n---\nĐã sửa.');
  writeFileSync(path.join(dir, 'moi.md'), '---\ntitle: Bài mới\n---\nMới.');
  return dir;
}

describe('source digests', () => {
  it('hash here only what the last build saw and has changed since; a new source waits for its reader', () => {
    const dir = content();
    const stats = statSources(dir, ['cu.md', 'sua.md', 'moi.md']);
    const cu = { ...stats.get('cu.md')!, digest: 'digest-of-cu' };
    const sua = { ...stats.get('sua.md')!, mtimeMs: 1, digest: 'digest-before-the-edit' };
    const seen = digestSources(dir, stats, new Map<string, SeenFile>([['cu.md', cu], ['sua.md', sua]]), { fromReader: true });
    expect(seen.get('cu.md')).toBe(cu);
    expect(seen.get('sua.md')!.digest).toBe(hashOf(Buffer.from('---\ntitle: Bài sửa\n---\nĐã sửa.')));
    expect(seen.get('moi.md')!.digest).toBe('');
    // Without fromReader (a one-article edit), every changed source is hashed here, as before.
    expect(digestSources(dir, stats, undefined).get('moi.md')!.digest).toBe(hashOf(Buffer.from('---\ntitle: Bài mới\n---\nMới.')));
  });

  it('never reuses a reading against an empty digest (not known yet, or a file that could not be read)', () => {
    const stats = { size: 1, mtimeMs: 1, ctimeMs: 1, ino: 1 };
    const previous = { reads: new Map([['a.md', { digest: '', diagnostics: [] }], ['b.md', { digest: 'x', diagnostics: [] }]]) } as unknown as BuildState;
    const seen = new Map<string, SeenFile>([['a.md', { ...stats, digest: '' }], ['b.md', { ...stats, digest: 'x' }]]);
    const reuse = reusableReads(['a.md', 'b.md'], seen, previous);
    expect(reuse.misses).toEqual(['a.md']);
    expect([...reuse.hits.keys()]).toEqual(['b.md']);
  });
});
