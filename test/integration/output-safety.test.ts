// The output folder: a build never destroys what it does not own, never half-publishes, and two
// builds of one output never mix. Each refused location: the exit code, a message naming the folder,
// and the folder byte for byte as it was.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import type { Diagnostic } from '../../src/errors.js';
import { processStart } from '../../src/output/output-lock.js';
import { resolveOutputTarget } from '../../src/output/output-location.js';
import { OutputRefused } from '../../src/output/output-refused.js';
import { recoverOutput } from '../../src/output/recover.js';
import { openOutput } from '../../src/output/versioned-writer.js';
import { createMemoryWriter } from '../../src/output/writer.js';
import { article, makeSite } from '../fixtures/make-site.js';
import { runCli } from './run-cli.js';

const made: string[] = [];
const sleepers: ChildProcess[] = [];
afterEach(() => {
  for (const child of sleepers.splice(0)) child.kill('SIGKILL');
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function site(): string {
  const root = makeSite({
    'content/a.md': article({ title: 'Hội nghị dân vận', date: '2023-01-11', category: 'tin-tuc' }),
    'content/b.md': article({ title: 'Gương dân vận khéo', date: '2023-01-12', category: 'dan-van-kheo' }),
  });
  made.push(root);
  return root;
}
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'baotinh-out-'));
  made.push(dir);
  return dir;
}

/** Every file (and link) under `dir` with its content, without following links: "untouched" means equal. */
/** The version folders in a store, and the one `dist` links to. */
function versions(root: string): { stored: string[]; published: string } {
  const stored = readdirSync(path.join(root, '.dist.baotinh')).filter((name) => /^v\d+$/.test(name)).sort();
  return { stored, published: path.basename(readlinkSync(path.join(root, 'dist'))) };
}

function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  if (!lstatSync(dir).isDirectory()) return { '.': readFileSync(dir, 'utf8') };
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(e.parentPath, e.name);
    const key = path.relative(dir, file);
    if (e.isSymbolicLink()) out[key] = `-> ${readlinkSync(file)}`;
    else if (e.isFile()) out[key] = createHash('sha256').update(readFileSync(file)).digest('hex');
    else out[key] = 'dir';
  }
  return out;
}

async function refusedBuild(args: string[], watched: string) {
  const before = snapshot(watched);
  const r = await runCli(['build', ...args]);
  return { ...r, untouched: JSON.stringify(snapshot(watched)) === JSON.stringify(before) && Object.keys(before).length > 0 };
}

describe('refused output locations', () => {
  it('--out naming .git is refused and .git is untouched', async () => {
    const root = site();
    mkdirSync(path.join(root, '.git/objects'), { recursive: true });
    writeFileSync(path.join(root, '.git/HEAD'), 'ref: refs/heads/main\n');
    const r = await refusedBuild(['--root', root, '--out', path.join(root, '.git')], path.join(root, '.git'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`OUTPUT_UNSAFE Không dùng được "${path.join(root, '.git')}" làm thư mục đầu ra: đó chính là .git/.`);
    expect(r.untouched).toBe(true);
  });

  it.each([
    ['templates', 'templates/404.njk', '{% extends "base.njk" %}', 'templates/'],
    ['public', 'public/logo.txt', 'logo', 'public/'],
    ['data', 'data/luot-xem.json', '{}', 'data/'],
    ['.baotinh', '.baotinh/images/x.webp', 'ảnh', '.baotinh/'],
    ['content', 'content/ghi-chu.txt', 'ghi chú', 'content/'],
  ])('--out naming the project folder %s is refused and it is untouched', async (folder, file, text, label) => {
    const root = site();
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
    const r = await refusedBuild(['--root', root, '--out', path.join(root, folder)], path.join(root, folder));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`OUTPUT_UNSAFE .*"${path.join(root, folder)}".*đó chính là ${label.replace('.', '\\.')}`));
    expect(r.untouched).toBe(true);
  });

  it('--out naming the configuration file is refused and the file is untouched', async () => {
    const root = site();
    const config = path.join(root, 'baotinh.config.yaml');
    const r = await refusedBuild(['--root', root, '--out', config], config);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('đó chính là baotinh.config.yaml');
    expect(r.untouched).toBe(true);
  });

  it('folders.output naming templates in the configuration is refused, naming the configuration file (exit 1)', async () => {
    const root = site();
    writeFileSync(path.join(root, 'baotinh.config.yaml'), `${readFileSync(path.join(root, 'baotinh.config.yaml'), 'utf8')}folders:\n  output: templates\n`);
    mkdirSync(path.join(root, 'templates'));
    writeFileSync(path.join(root, 'templates/home.njk'), 'trang chủ riêng');
    const r = await refusedBuild(['--root', root], path.join(root, 'templates'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^baotinh\.config\.yaml OUTPUT_UNSAFE .*templates/m);
    expect(r.untouched).toBe(true);
  });

  it('--out naming a folder inside content/ or data/ is refused', async () => {
    const root = site();
    const r = await refusedBuild(['--root', root, '--out', path.join(root, 'content/dist')], path.join(root, 'content'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nó nằm trong content/');
    expect(r.untouched).toBe(true);
  });

  it('--out naming the project itself through a symlink is refused and the project is untouched', async () => {
    const root = site();
    const link = path.join(tempDir(), 'lien-ket');
    symlinkSync(root, link);
    const r = await refusedBuild(['--root', root, '--out', link], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`"${link}" (tức là "${root}") làm thư mục đầu ra: đó chính là thư mục của trang`);
    expect(r.untouched).toBe(true);
  });

  it('--out naming a folder that contains the project is refused', async () => {
    const outer = tempDir();
    const root = path.join(outer, 'trang');
    spawnSync('cp', ['-r', site(), root]);
    const r = await refusedBuild(['--root', root, '--out', outer], outer);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nó chứa thư mục của trang');
    expect(r.untouched).toBe(true);
  });

  it('--out / is refused before anything is renamed or written', async () => {
    const root = site();
    // A memory writer: even a broken check could not reach the disk here.
    const refused = await build({ root, outDir: '/', writer: createMemoryWriter() }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(OutputRefused);
    expect((refused as OutputRefused).diagnostic.code).toBe('OUTPUT_UNSAFE');
    expect((refused as OutputRefused).diagnostic.params.rule).toBe('filesystem-root');
    expect((refused as OutputRefused).exitCode).toBe(2);
  });

  it('an unrelated folder holding a user\'s documents is refused, untouched, and nothing is created beside it', async () => {
    const root = site();
    const parent = tempDir();
    const docs = path.join(parent, 'tai-lieu');
    mkdirSync(docs);
    writeFileSync(path.join(docs, 'bao-cao.docx'), 'báo cáo quý');
    const r = await refusedBuild(['--root', root, '--out', docs], docs);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`OUTPUT_NOT_OURS Thư mục đầu ra "${docs}" đã có nội dung không phải do baotinh tạo ra`);
    expect(r.stderr).toContain('xoá thư mục đó một lần');
    expect(r.untouched).toBe(true);
    expect(readdirSync(parent)).toEqual(['tai-lieu']);
  });

  it('a dist/ that is a link baotinh did not make is refused, and the folder it points to is untouched', async () => {
    const root = site();
    const elsewhere = tempDir();
    writeFileSync(path.join(elsewhere, 'index.html'), 'trang của người khác');
    symlinkSync(elsewhere, path.join(root, 'dist'));
    const r = await refusedBuild(['--root', root], elsewhere);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`là một liên kết (symlink) tới "${elsewhere}" mà baotinh không tạo ra`);
    expect(r.untouched).toBe(true);
    expect(readlinkSync(path.join(root, 'dist'))).toBe(elsewhere);
  });

  it('an output path that is a file is refused and the file is untouched', async () => {
    const root = site();
    const file = path.join(tempDir(), 'ghi-chu.txt');
    writeFileSync(file, 'đừng xoá');
    const r = await refusedBuild(['--root', root, '--out', file], file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('là một tệp, không phải thư mục');
    expect(r.untouched).toBe(true);
  });

  it('a folder named like the version store but holding other files is refused and untouched', async () => {
    const root = site();
    mkdirSync(path.join(root, '.dist.baotinh'));
    writeFileSync(path.join(root, '.dist.baotinh/so-tay.txt'), 'sổ tay');
    const r = await refusedBuild(['--root', root], path.join(root, '.dist.baotinh'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nơi baotinh giữ các phiên bản của trang');
    expect(r.untouched).toBe(true);
  });
});

describe('the output layout', () => {
  it('dist is a relative link to a complete version with the marker; the next build keeps only two versions', async () => {
    const root = site();
    // --clean: these builds must write a new version even though nothing changed.
    const published: string[] = [];
    for (let i = 0; i < 3; i++) {
      expect((await runCli(['build', '--root', root, '--clean'])).code).toBe(0);
      published.push(readlinkSync(path.join(root, 'dist')));
    }
    expect(published.every((link) => /^\.dist\.baotinh\/v\d+$/.test(link))).toBe(true);
    expect(new Set(published).size).toBe(3);
    expect(readFileSync(path.join(root, 'dist/index.html'), 'utf8')).toContain('Hội nghị dân vận');
    expect(existsSync(path.join(root, 'dist/.baotinh-output'))).toBe(true);
    const { stored } = versions(root);
    expect(stored).toHaveLength(2);
    expect(stored).toContain(path.basename(published[2]!));
    expect(readdirSync(path.join(root, '.dist.baotinh')).filter((name) => !stored.includes(name))).toEqual(['.baotinh-store']);
  });

  it('a first build leaves a spare beside the published version: the same files, hard-linked, taken over by the next build', async () => {
    const root = site();
    expect((await runCli(['build', '--root', root])).code).toBe(0);
    const first = versions(root);
    expect(first.stored).toHaveLength(2);
    const spare = first.stored.find((v) => v !== first.published)!;
    const [live, kept] = [path.join(root, '.dist.baotinh', first.published), path.join(root, '.dist.baotinh', spare)];
    expect(existsSync(path.join(kept, '.baotinh-output'))).toBe(true);
    const { '.baotinh-output': _a, ...liveFiles } = snapshot(live);
    const { '.baotinh-output': _b, ...keptFiles } = snapshot(kept);
    expect(keptFiles).toEqual(liveFiles);
    // Hard links: the spare costs folders and names, not a second copy of every page.
    expect(lstatSync(path.join(kept, 'index.html')).ino).toBe(lstatSync(path.join(live, 'index.html')).ino);
    writeFileSync(path.join(root, 'content/b.md'), article({ title: 'Bài mới', date: '02/02/2023', category: 'tin-tuc' }));
    expect((await runCli(['build', '--root', root])).code).toBe(0);
    const second = versions(root);
    // The spare became the new version (renamed); the first version is kept beside it.
    expect(second.stored).toEqual([first.published, second.published].sort());
    expect(existsSync(kept)).toBe(false);
    expect(readFileSync(path.join(root, 'dist/index.html'), 'utf8')).toContain('Bài mới');
  });

  it('an empty dist/ folder is replaced', async () => {
    const root = site();
    mkdirSync(path.join(root, 'dist'));
    expect((await runCli(['build', '--root', root])).code).toBe(0);
    expect(existsSync(path.join(root, 'dist/index.html'))).toBe(true);
  });

  it('the published site is identical whichever version folder it is in (no build numbers or times in files)', async () => {
    const root = site();
    await runCli(['build', '--root', root]);
    const before = versions(root).published;
    const first = snapshot(path.join(root, '.dist.baotinh', before));
    await runCli(['build', '--root', root, '--clean']);
    const after = versions(root).published;
    expect(after).not.toBe(before);
    expect(snapshot(path.join(root, '.dist.baotinh', after))).toEqual(first);
  });
});

/** A process that is alive for the test, and its lock file content as a build would write it. */
function liveHolder(): { pid: number; lock: string } {
  const child = spawn('sleep', ['30'], { stdio: 'ignore' });
  sleepers.push(child);
  const pid = child.pid!;
  return { pid, lock: JSON.stringify({ pid, start: processStart(pid), host: hostname(), token: 'khac' }) };
}

describe('two builds of one output', () => {
  it('two builds started at once on the same output both publish a complete site, one after the other', async () => {
    const root = site();
    let halfPublished = 0;
    const sampler = setInterval(() => {
      if (existsSync(path.join(root, 'dist')) && !existsSync(path.join(root, 'dist/index.html'))) halfPublished++;
    }, 2);
    const [a, b] = await Promise.all([build({ root }), build({ root })]).finally(() => clearInterval(sampler));
    expect([a.ok, b.ok]).toEqual([true, true]);
    expect(halfPublished).toBe(0);
    expect(existsSync(path.join(root, 'dist/index.html'))).toBe(true);
    const { stored, published } = versions(root);
    expect(stored).toHaveLength(2);
    expect(stored).toContain(published);
  });

  it('a build waits for a running build, saying so once with its pid, then refuses with BUILD_LOCKED (exit 75)', async () => {
    const root = site();
    await build({ root });
    const holder = liveHolder();
    writeFileSync(path.join(root, '.dist.baotinh/lock'), holder.lock);
    const before = snapshot(path.join(root, '.dist.baotinh'));
    const notices: Diagnostic[] = [];
    const refused = await build({ root, state: 'rebuild', lockWaitMs: 400, onNotice: (d) => notices.push(d) }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(OutputRefused);
    expect((refused as OutputRefused).exitCode).toBe(75);
    expect((refused as OutputRefused).diagnostic).toMatchObject({ code: 'BUILD_LOCKED', params: { pid: holder.pid } });
    expect(notices.map((n) => [n.code, n.params.pid])).toEqual([['BUILD_WAITING', holder.pid]]);
    expect(snapshot(path.join(root, '.dist.baotinh'))).toEqual(before);
  });

  it('a waiting build goes on when the running build finishes', async () => {
    const root = site();
    await build({ root });
    const lock = path.join(root, '.dist.baotinh/lock');
    writeFileSync(lock, liveHolder().lock);
    setTimeout(() => rmSync(lock), 300);
    const before = versions(root).published;
    const report = await build({ root, state: 'rebuild', lockWaitMs: 10_000 });
    expect(report.ok).toBe(true);
    expect(versions(root).published).not.toBe(before);
  });

  it('a stale lock naming a dead pid is taken over with a warning', async () => {
    const root = site();
    await build({ root });
    const dead = spawnSync('true').pid;
    writeFileSync(path.join(root, '.dist.baotinh/lock'), JSON.stringify({ pid: dead, host: hostname(), token: 'cu' }));
    const r = await runCli(['build', '--root', root, '--clean']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`LOCK_STALE (cảnh báo) Tệp khoá "${path.join(root, '.dist.baotinh/lock')}" còn lại từ một bản dựng đã dừng (pid ${dead} không còn chạy)`);
    expect(existsSync(path.join(root, '.dist.baotinh/lock'))).toBe(false);
  });

  it('a lock naming a live pid that started at another time (a reused pid) is stale', async () => {
    const root = site();
    await build({ root });
    const holder = liveHolder();
    writeFileSync(path.join(root, '.dist.baotinh/lock'), holder.lock.replace(/"start":"\d+"/, '"start":"1"'));
    const report = await build({ root, state: 'rebuild', lockWaitMs: 200 });
    expect(report.ok).toBe(true);
    expect(report.diagnostics.map((d) => d.code)).toContain('LOCK_STALE');
  });
});

describe('recovering an interrupted build', () => {
  it('a missing dist with a complete version in the store is restored, even by a build that then fails', async () => {
    const root = site();
    await runCli(['build', '--root', root]);
    rmSync(path.join(root, 'dist')); // as a fallback swap killed between its two renames leaves it
    writeFileSync(path.join(root, 'content/c.md'), article({ title: 'Lỗi', date: 'hôm qua', category: 'tin-tuc' }));
    const r = await runCli(['build', '--root', root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('OUTPUT_RESTORED');
    expect(r.stderr).toContain('Thư mục đầu ra giữ nguyên như trước');
    expect(readFileSync(path.join(root, 'dist/index.html'), 'utf8')).toContain('Hội nghị dân vận');
  });

  it('unfinished versions and a leftover temporary link are removed by the next build', async () => {
    const root = site();
    await runCli(['build', '--root', root]);
    const store = path.join(root, '.dist.baotinh');
    mkdirSync(path.join(store, 'v7/tin-tuc'), { recursive: true }); // killed while writing: no marker
    writeFileSync(path.join(store, 'v7/index.html'), 'dở dang');
    symlinkSync('.dist.baotinh/v7', path.join(store, 'next-link'));
    mkdirSync(path.join(store, 'deleting-v0'));
    const r = await runCli(['build', '--root', root, '--clean']);
    expect(r.code).toBe(0);
    const { stored, published } = versions(root);
    expect(readdirSync(store).sort()).toEqual(['.baotinh-store', ...stored]);
    expect(stored).toHaveLength(2);
    expect(stored).toContain(published);
    expect(stored).not.toContain('v7');
    expect(readFileSync(path.join(root, 'dist/index.html'), 'utf8')).toContain('Hội nghị dân vận');
  });

  it('a build that fails after the output was opened deletes only its own version; dist still shows the old site', async () => {
    const root = site();
    await runCli(['build', '--root', root]);
    const before = snapshot(path.join(root, 'dist/'));
    mkdirSync(path.join(root, 'templates'));
    writeFileSync(path.join(root, 'templates/404.njk'), '{% extends "base.njk" %}{% block content %}{{ site.khongCo }}{% endblock %}');
    const r = await runCli(['build', '--root', root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('TEMPLATE_UNDEFINED');
    expect(snapshot(path.join(root, 'dist/'))).toEqual(before);
    expect(readdirSync(path.join(root, '.dist.baotinh')).sort()).toEqual(['.baotinh-store', 'v1']);
  });
});

describe('the fallback layout, where links cannot be made', () => {
  it('dist is a real folder with the marker, swapped by two renames; a build killed between them is repaired', async () => {
    const parent = tempDir();
    const dist = path.join(parent, 'dist');
    const store = path.join(parent, '.dist.baotinh');
    const target = resolveOutputTarget(dist, 'option', []);
    const publish = async (text: string) => {
      const writer = await openOutput(target, { links: false });
      await writer.write('index.html', text);
      return writer.commit();
    };
    await publish('một');
    expect(lstatSync(dist).isDirectory()).toBe(true);
    expect(existsSync(path.join(dist, '.baotinh-output'))).toBe(true);
    await publish('hai');
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('hai');
    // The previous version is kept, as p1: "the version that v1 replaced" (dist itself has no number).
    expect(readFileSync(path.join(store, 'p1/index.html'), 'utf8')).toBe('một');
    // A third build (v2) killed between its renames: v2 complete in the store, the old dist moved aside as p2.
    cpSync(dist, path.join(store, 'v2'), { recursive: true });
    writeFileSync(path.join(store, 'v2/index.html'), 'ba');
    renameSync(dist, path.join(store, 'p2'));
    const restored = await recoverOutput(target, false);
    expect(restored.map((d) => d.code)).toEqual(['OUTPUT_RESTORED']);
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('ba');
    await publish('bốn');
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('bốn');
    expect(readdirSync(store).sort()).toEqual(['.baotinh-store', 'p3']);
  });
});
