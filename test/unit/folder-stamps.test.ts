// The spare version is checked folder by folder: a folder whose time and inode are on record is
// trusted, any other is listed, so whatever was added to it or put in place of a file is found.
import { lstatSync, mkdirSync, renameSync, rmdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutputRecord } from '../../src/incremental/build-state.js';
import { carryStamps, checkSpare, folderLayout, stampNewFolders } from '../../src/output/folder-stamps.js';
import { recordColumns } from '../../src/output/version-scan.js';
import { makeTempDir } from '../helpers/temp.js';

const OUTPUTS = ['index.html', 'tin-tuc/2024/01/mot/index.html', 'tin-tuc/2024/01/hai/index.html', 'chuyen-muc/dan-van/index.html', 'assets/site.css'];
const HOUR_AGO = new Date(Date.now() - 3_600_000);

/** A version folder holding OUTPUTS, every folder dated an hour ago (so its time can be trusted), and its record. */
function version(): { folder: string; records: Map<string, OutputRecord> } {
  const folder = path.join(makeTempDir('folder-stamps'), 'v1');
  const records = new Map<string, OutputRecord>();
  for (const output of OUTPUTS) {
    const file = path.join(folder, output);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `<p>${output}</p>`);
    const s = lstatSync(file);
    records.set(output, { key: output, hash: output, size: s.size, mtimeMs: s.mtimeMs, ino: s.ino });
  }
  backdate(folder);
  return { folder, records };
}

function backdate(folder: string): void {
  for (const name of folderLayout(OUTPUTS).folders) utimesSync(path.join(folder, name), HOUR_AGO, HOUR_AGO);
}

describe('checking the version kept beside the published one', () => {
  it('lists every folder without stamps, finds what was added, and returns stamps for the next check', () => {
    const { folder, records } = version();
    writeFileSync(path.join(folder, 'tin-tuc/2024/01/mot/them.html'), 'thêm bằng tay');
    mkdirSync(path.join(folder, 'chuyen-muc/la'));
    writeFileSync(path.join(folder, 'chuyen-muc/la/a.html'), 'lạ');
    const check = checkSpare(recordColumns(folder, records))!;
    expect(check.extra.sort()).toEqual(['chuyen-muc/la/a.html', 'tin-tuc/2024/01/mot/them.html']);
    expect(check.missing).toEqual([]);
    // The folders changed just now are not trusted yet; those an hour old are.
    const { folders } = folderLayout(OUTPUTS);
    const trusted = folders.filter((_, f) => !Number.isNaN(check.stamps![2 * f]));
    expect(trusted).toContain('tin-tuc/2024/01/hai');
    expect(trusted).not.toContain('tin-tuc/2024/01/mot');
    expect(trusted).not.toContain('chuyen-muc');
  });

  it('with stamps on record, finds a file added, one deleted and one replaced in folders that changed', () => {
    const { folder, records } = version();
    const stamps = checkSpare(recordColumns(folder, records))!.stamps!;
    writeFileSync(path.join(folder, 'tin-tuc/2024/01/hai/them.html'), 'thêm');
    // Replaced by another file (a new inode), as an editor's save-by-rename does.
    writeFileSync(path.join(folder, 'assets/new.css'), 'body{}');
    renameSync(path.join(folder, 'assets/new.css'), path.join(folder, 'assets/site.css'));
    renameSync(path.join(folder, 'chuyen-muc/dan-van/index.html'), path.join(folder, 'chuyen-muc/dan-van/cu.html'));
    const check = checkSpare({ ...recordColumns(folder, records), stamps })!;
    expect(check.extra.sort()).toEqual(['chuyen-muc/dan-van/cu.html', 'tin-tuc/2024/01/hai/them.html']);
    expect(check.missing.sort()).toEqual(['assets/site.css', 'chuyen-muc/dan-van/index.html']);
  });

  it('trusts a folder whose time and inode are on record, and lists it again once its inode differs', () => {
    const { folder, records } = version();
    const stamps = checkSpare(recordColumns(folder, records))!.stamps!;
    const unchanged = path.join(folder, 'tin-tuc/2024/01/mot');
    writeFileSync(path.join(unchanged, 'them.html'), 'thêm');
    utimesSync(unchanged, HOUR_AGO, HOUR_AGO); // the time put back by hand: the folder looks unchanged
    expect(checkSpare({ ...recordColumns(folder, records), stamps })!.extra).toEqual([]);
    // The same folder made anew (another inode) with the same names, every time put back: listed.
    renameSync(unchanged, `${unchanged}-cu`);
    mkdirSync(unchanged);
    for (const name of ['index.html', 'them.html']) renameSync(`${unchanged}-cu/${name}`, `${unchanged}/${name}`);
    rmdirSync(`${unchanged}-cu`);
    backdate(folder);
    const check = checkSpare({ ...recordColumns(folder, records), stamps })!;
    expect(check.extra).toEqual(['tin-tuc/2024/01/mot/them.html']);
    expect(check.missing).toEqual([]);
  });

  it('says the folder cannot be taken over when it is gone', () => {
    const { folder, records } = version();
    expect(checkSpare(recordColumns(path.join(folder, 'khong-co'), records))).toBeUndefined();
  });

  it('carries the stamps seen over to the version made from the spare, by folder name', () => {
    const { folder, records } = version();
    const check = checkSpare(recordColumns(folder, records))!;
    const next = [...OUTPUTS.filter((o) => o !== 'chuyen-muc/dan-van/index.html'), 'the/khen-thuong/index.html'].reverse();
    const stamps = carryStamps(next, OUTPUTS, check.stamps)!;
    const { folders } = folderLayout(next);
    const at = (name: string): number => stamps[2 * folders.indexOf(name)]!;
    expect(at('tin-tuc/2024/01/mot')).toBe(check.stamps![2 * folderLayout(OUTPUTS).folders.indexOf('tin-tuc/2024/01/mot')]);
    expect(at('the/khen-thuong')).toBeNaN();
    expect(carryStamps(OUTPUTS, OUTPUTS, check.stamps)).toBe(check.stamps);
  });

  it('trusts the folders of a copy it just made, and still finds a file added to one later', () => {
    const { folder, records } = version();
    for (const name of folderLayout(OUTPUTS).folders) utimesSync(path.join(folder, name), new Date(), new Date()); // just made
    const stamps = stampNewFolders(folder, OUTPUTS);
    const check = checkSpare({ ...recordColumns(folder, records), stamps })!;
    expect(check.extra).toEqual([]);
    expect(check.stamps!.filter((n) => Number.isNaN(n))).toHaveLength(0);
    writeFileSync(path.join(folder, 'chuyen-muc/dan-van/them.html'), 'thêm');
    expect(checkSpare({ ...recordColumns(folder, records), stamps })!.extra).toEqual(['chuyen-muc/dan-van/them.html']);
  });
});
