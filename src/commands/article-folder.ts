// Where `baotinh new` puts an article: a sub-folder of the content folder, given or guessed, that
// the build will read (not hidden, not `_`-prefixed, not behind a link leading out of the project).
import { mkdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { InfrastructureError, UsageError } from '../errors.js';
import type { Lang } from '../messages.js';
import { discoverMarkdown } from '../sources/discover.js';
import { isInsideReal } from '../sources/real-paths.js';

/** Used when the site has no article yet: the folder of the sample site and of `baotinh init`. */
export const DEFAULT_ARTICLE_FOLDER = 'bai-viet';

/**
 * The folder holding most articles (forward slashes, relative to the content folder, '' for the
 * content folder itself); on a tie `bai-viet` if it is one of them, else the first by name.
 */
export async function likelyArticleFolder(contentDir: string, projectRoot: string, contentLabel: string): Promise<string> {
  const { paths } = await discoverMarkdown(contentDir, { projectRoot, label: contentLabel });
  const counts = new Map<string, number>();
  for (const file of paths) {
    const folder = path.posix.dirname(file);
    const key = folder === '.' ? '' : folder;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const most = Math.max(0, ...counts.values());
  const tied = [...counts].filter(([, n]) => n === most).map(([folder]) => folder).sort();
  if (tied.length === 0 || tied.includes(DEFAULT_ARTICLE_FOLDER)) return DEFAULT_ARTICLE_FOLDER;
  return tied[0]!;
}

/** `--folder` as forward-slash segments the build reads; a UsageError saying why not otherwise. */
export function checkedFolder(folder: string, lang: Lang): string {
  const segments = folder.replace(/\\/g, '/').replace(/\/+$/, '').split('/');
  const bad = folder.includes('\0') || path.isAbsolute(folder) || segments.some((s) => s === '' || s === '.' || s === '..');
  if (bad) {
    throw new UsageError(lang === 'vi'
      ? `--folder "${folder}" phải là một thư mục con trong thư mục nội dung, ví dụ --folder bai-viet (không bắt đầu bằng "/", không có "..").`
      : `--folder "${folder}" must be a sub-folder of the content folder, e.g. --folder bai-viet (no leading "/", no "..").`);
  }
  const skipped = segments.find((s) => s.startsWith('.') || s.startsWith('_'));
  if (skipped) {
    throw new UsageError(lang === 'vi'
      ? `--folder "${folder}": bản dựng bỏ qua thư mục bắt đầu bằng "." hoặc "_" ("${skipped}"), bài viết trong đó sẽ không được đăng.`
      : `--folder "${folder}": the build skips folders starting with "." or "_" ("${skipped}"), so an article there would never be published.`);
  }
  return segments.join('/');
}

/** Creates `dir` if needed, and refuses it when a link makes it lead outside the project. */
export async function ensureFolderInProject(dir: string, projectRoot: string, lang: Lang): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new InfrastructureError({ vi: 'tạo thư mục bài viết', en: 'creating the article folder' }, dir, error);
  }
  const [realRoot, realDir] = await Promise.all([realpath(projectRoot), realpath(dir)]);
  if (!isInsideReal(realRoot, realDir)) {
    throw new UsageError(lang === 'vi'
      ? `thư mục "${dir}" dẫn qua một liên kết ra ngoài thư mục của trang (tới "${realDir}"); bài viết ở đó sẽ không được đăng.`
      : `the folder "${dir}" leads through a link outside the site folder (to "${realDir}"); an article there would never be published.`);
  }
}
