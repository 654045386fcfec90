// Folder snapshots for the fuzz checks: every file's hash (to prove content/ and an old build were left
// alone) and the generated text files of a build (to look for NaN, undefined and friends).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Forward-slash paths of the files under dir, sorted by code point; [] when dir does not exist. */
export function listTree(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** path → sha256 of every file under dir, as one comparable string. */
export function hashTree(dir: string): string {
  return listTree(dir)
    .map((f) => `${f} ${createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')}`)
    .join('\n');
}

const TEXT_EXTENSIONS = new Set(['.html', '.xml', '.json', '.txt', '.map', '.conf', '.webmanifest', '']);

/** The files a build generated as text (pages, feeds, sitemaps, redirects), not the copied theme assets. */
export function generatedTextFiles(outDir: string): string[] {
  return listTree(outDir).filter((f) => !f.startsWith('assets/') && !f.startsWith('media/') && TEXT_EXTENSIONS.has(path.extname(f)));
}
