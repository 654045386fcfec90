// `baotinh init`: a site that builds at once with no error and no warning, written only inside the
// target folder, and never into a folder that already holds something.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { STARTER_DIR } from '../../src/commands/init-site.js';
import { CLI } from '../helpers/build-site.js';
import { makeTempDir } from '../helpers/temp.js';
import { runCli } from './run-cli.js';

/** Every file under `dir`, as sorted forward-slash paths. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

const STARTER_ARTICLE = 'content/bai-viet/trang-thong-tin-dien-tu-di-vao-hoat-dong.md';

describe('baotinh init', () => {
  it('creates a missing folder with a site that builds at once, with no error and no warning', async () => {
    const parent = makeTempDir('init');
    const site = path.join(parent, 'cac-trang', 'trang-moi');
    const r = await runCli(['init', site]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Đã tạo trang mới trong ${site}:`);
    expect(r.stdout).toContain(`baotinh build --root ${site}`);
    expect(filesUnder(site)).toEqual(['.gitignore', 'HUONG-DAN.md', 'baotinh.config.yaml', 'content/anh/nha-san-ban-lang.jpg', 'content/bai-viet/lich-tiep-cong-dan.md', STARTER_ARTICLE]);

    const built = await runCli(['build', '--root', site]);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toBe('');
    const page = readFileSync(path.join(site, 'dist/tin-tuc/2025/01/trang-thong-tin-dien-tu-di-vao-hoat-dong/index.html'), 'utf8');
    expect(page).toMatch(/<figure[\s\S]*<picture>[\s\S]*<figcaption>Ảnh minh họa: một bản làng vùng cao<\/figcaption>/);
    expect(existsSync(path.join(site, 'dist/index.html'))).toBe(true);
  });

  it('copies the starter files as they are, the photo a real JPEG, and writes nothing beside the folder', async () => {
    const parent = makeTempDir('init');
    writeFileSync(path.join(parent, 'ghi-chu.txt'), 'của người dùng\n');
    const site = path.join(parent, 'trang');
    expect((await runCli(['init', site])).code).toBe(0);
    expect(readdirSync(parent).sort()).toEqual(['ghi-chu.txt', 'trang']);
    for (const file of filesUnder(STARTER_DIR)) {
      const written = path.join(site, file === 'gitignore' ? '.gitignore' : file);
      expect(readFileSync(written).equals(readFileSync(path.join(STARTER_DIR, file))), file).toBe(true);
    }
    const photo = await sharp(path.join(site, 'content/anh/nha-san-ban-lang.jpg')).metadata();
    expect(photo).toMatchObject({ format: 'jpeg', width: 1200, height: 800 });
    expect(readFileSync(path.join(site, 'HUONG-DAN.md'), 'utf8')).toContain('baotinh new "');
  });

  it('refuses a folder that holds anything, naming it and what is in it; nothing is written (exit 1)', async () => {
    const site = makeTempDir('init');
    writeFileSync(path.join(site, 'ghi-chu.txt'), 'của người dùng\n');
    mkdirSync(path.join(site, '.git'));
    const r = await runCli(['init', site]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Không tạo được trang: thư mục "${site}" không trống (có .git, ghi-chu.txt). Không ghi gì cả.`);
    expect(r.stderr).toContain('Gợi ý: chọn một thư mục mới');
    expect(readdirSync(site).sort()).toEqual(['.git', 'ghi-chu.txt']);
    const en = await runCli(['init', site, '--lang', 'en']);
    expect(en.stderr).toContain(`Cannot create the site: the folder "${site}" is not empty (it holds .git, ghi-chu.txt). Nothing was written.`);
  });

  it('refuses a file in place of the folder (exit 1), and more than one folder (exit 2)', async () => {
    const parent = makeTempDir('init');
    const file = path.join(parent, 'trang');
    writeFileSync(file, 'không phải thư mục\n');
    const r = await runCli(['init', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`"${file}" là một tệp, không phải thư mục`);
    const two = await runCli(['init', path.join(parent, 'a'), path.join(parent, 'b')]);
    expect(two.code).toBe(2);
    expect(readdirSync(parent)).toEqual(['trang']);
  });

  it('without a folder, fills the current folder (the real command, run where the editor is)', () => {
    const site = makeTempDir('init');
    const r = spawnSync(process.execPath, [CLI, 'init'], { cwd: site, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toContain('rồi chạy: baotinh build\n');
    expect(existsSync(path.join(site, 'baotinh.config.yaml'))).toBe(true);
    expect(existsSync(path.join(site, STARTER_ARTICLE))).toBe(true);
  });
});
