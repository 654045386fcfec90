// `baotinh init [folder]`: copies the starter site (starter/ in the package) into an empty or new
// folder. Nothing is written into a folder that already holds anything, nor outside the target.
import { constants } from 'node:fs';
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InfrastructureError, UsageError } from '../errors.js';
import type { Lang } from '../messages.js';
import { resolveInside } from '../paths.js';
import type { CommandIo } from './command-line.js';

/** The starter site shipped with the package (listed in package.json "files"). */
export const STARTER_DIR = fileURLToPath(new URL('../../starter/', import.meta.url));

/** npm drops or renames dotfiles in packages, so they are stored without the dot. */
const DOTFILES: Readonly<Record<string, string>> = { gitignore: '.gitignore' };

export async function initSite(words: readonly string[], { lang, io }: CommandIo): Promise<number> {
  const vi = lang === 'vi';
  if (words.length > 1) throw new UsageError(vi ? `chỉ cần một thư mục, thừa: ${words.slice(1).join(' ')}` : `only one folder is needed; unexpected: ${words.slice(1).join(' ')}`);
  const target = path.resolve(words[0] ?? '.');
  const files = await starterFiles();
  const refusal = await refusalFor(target, lang);
  if (refusal) {
    io.err(refusal);
    return 1;
  }
  for (const file of files) await copyStarterFile(file, target);
  io.out(vi ? `Đã tạo trang mới trong ${target}:` : `New site created in ${target}:`);
  for (const file of files) io.out(`  ${targetName(file)}`);
  const build = words[0] === undefined ? 'baotinh build' : `baotinh build --root ${shellWord(words[0])}`;
  io.out(vi
    ? `Tiếp theo: đọc HUONG-DAN.md, sửa baotinh.config.yaml, rồi chạy: ${build}`
    : `Next: read HUONG-DAN.md, edit baotinh.config.yaml, then run: ${build}`);
  return 0;
}

/** A folder name as it can be typed back into a shell. */
function shellWord(word: string): string {
  return /^[\p{L}\p{N}_./-]+$/u.test(word) ? word : JSON.stringify(word);
}

/** Why nothing may be written at `target` (a file, or a folder holding anything), or undefined. */
async function refusalFor(target: string, lang: Lang): Promise<string | undefined> {
  const vi = lang === 'vi';
  const info = await stat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new InfrastructureError({ vi: 'đọc thư mục đích', en: 'reading the target folder' }, target, error);
  });
  if (!info) return undefined;
  if (!info.isDirectory()) return vi ? `Không tạo được trang: "${target}" là một tệp, không phải thư mục. Chọn tên thư mục khác.` : `Cannot create the site: "${target}" is a file, not a folder. Choose another folder name.`;
  const entries = await readdir(target).catch((error: unknown) => {
    throw new InfrastructureError({ vi: 'đọc thư mục đích', en: 'reading the target folder' }, target, error);
  });
  if (entries.length === 0) return undefined;
  const some = entries.sort().slice(0, 3).join(', ') + (entries.length > 3 ? ', …' : '');
  return vi
    ? `Không tạo được trang: thư mục "${target}" không trống (có ${some}). Không ghi gì cả.\n  Gợi ý: chọn một thư mục mới, ví dụ: baotinh init trang-moi`
    : `Cannot create the site: the folder "${target}" is not empty (it holds ${some}). Nothing was written.\n  Hint: choose a new folder, e.g. baotinh init new-site`;
}

/** Starter files as forward-slash paths relative to STARTER_DIR, sorted by the name they get. */
async function starterFiles(): Promise<string[]> {
  try {
    const entries = await readdir(STARTER_DIR, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(STARTER_DIR, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .sort((a, b) => (targetName(a) < targetName(b) ? -1 : 1));
  } catch (error) {
    throw new InfrastructureError({ vi: 'đọc trang mẫu của baotinh', en: 'reading baotinh\'s starter site' }, STARTER_DIR, error);
  }
}

function targetName(file: string): string {
  const base = path.posix.basename(file);
  return path.posix.join(path.posix.dirname(file), DOTFILES[base] ?? base);
}

async function copyStarterFile(file: string, target: string): Promise<void> {
  const destination = resolveInside(target, targetName(file));
  if (!destination) throw new Error(`internal: starter file ${file} would land outside ${target}`);
  try {
    await mkdir(path.dirname(destination), { recursive: true });
    // COPYFILE_EXCL: a file that appeared meanwhile (or a link planted there) is never written through.
    await copyFile(path.join(STARTER_DIR, file), destination, constants.COPYFILE_EXCL);
  } catch (error) {
    throw new InfrastructureError({ vi: 'tạo trang mới', en: 'creating the new site' }, destination, error);
  }
}
