// `baotinh new "Tiêu đề" --category <slug>`: writes content/<folder>/<slug>.md with its front-matter
// filled in, never over an existing file, and prints where it is and the address it will have.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CategoryConfig, ResolvedConfig } from '../config.js';
import { loadConfig } from '../config-file.js';
import { permalinkFor } from '../content/permalink.js';
import { InfrastructureError, UsageError } from '../errors.js';
import { formatDiagnostic } from '../format-diagnostic.js';
import type { Lang } from '../messages.js';
import { absoluteUrl, resolveInside, toPosixRelative } from '../paths.js';
import { closestMatch } from '../suggest.js';
import { readDate, type ParsedDate } from '../vi/dates.js';
import { titleSlug } from '../vi/slug.js';
import { checkedFolder, ensureFolderInProject, likelyArticleFolder } from './article-folder.js';
import { articleText, cleanTitle, siteDateText } from './article-text.js';
import { UsageErrorWithHelp, type CommandIo } from './command-line.js';

export interface NewArticleRequest {
  readonly root: string;
  /** The words after `new`, joined: an unquoted title still works. */
  readonly title: string;
  readonly category?: string;
  readonly folder?: string;
  readonly date?: string;
}

export async function newArticle(request: NewArticleRequest, { lang, io }: CommandIo, now = Date.now()): Promise<number> {
  const vi = lang === 'vi';
  const { title, category: givenCategory } = titleAndCategory(request, lang);
  const slug = titleSlug(title);
  if (!slug) throw new UsageError(vi ? `không tạo được tên tệp từ tiêu đề "${title}": tiêu đề cần có chữ cái hoặc chữ số.` : `cannot make a file name from the title "${title}": it needs letters or digits.`);

  const loaded = await loadConfig(request.root);
  if (!loaded.config) {
    for (const d of loaded.diagnostics.filter((x) => x.severity === 'error')) io.err(formatDiagnostic(d, lang));
    return 1;
  }
  const config = loaded.config;
  const category = findCategory(givenCategory, config.categories, lang);
  const date = publicationDate(request.date, config.timeZone, now, lang);
  const file = await articleFile(config, request, slug, lang);
  const text = articleText({ title, date: date.text, category });
  if (!(await writeNew(file, text))) {
    io.err(vi
      ? `Đã có tệp ${shown(file)}: không ghi đè. Đặt tiêu đề khác, hoặc mở tệp đó để sửa.`
      : `${shown(file)} already exists: not overwritten. Choose another title, or open that file to edit it.`);
    return 1;
  }
  const url = absoluteUrl(config, permalinkFor(config.permalink, { title, date: date.parsed, category, slug, tags: [], draft: false, aliases: [] }, config.timeZone));
  io.out(vi ? `Đã tạo bài viết: ${shown(file)}` : `Article created: ${shown(file)}`);
  io.out(vi ? `Địa chỉ sau khi dựng: ${url}` : `Address once built: ${url}`);
  if (date.parsed.epochMs > now) io.out(vi ? 'Ngày đăng ở tương lai: bài được đăng ở lần dựng đầu tiên sau ngày đó.' : 'The date is in the future: the first build after it publishes the article.');
  return 0;
}

/** The title to publish and the category asked for; a missing one is answered with the help of `new`. */
function titleAndCategory(request: NewArticleRequest, lang: Lang): { title: string; category: string } {
  const vi = lang === 'vi';
  const cleaned = cleanTitle(request.title);
  if ('problem' in cleaned && cleaned.problem === 'empty') throw new UsageErrorWithHelp('new', vi ? 'thiếu tiêu đề bài viết.' : 'the article title is missing.');
  if (request.category === undefined) throw new UsageErrorWithHelp('new', vi ? 'thiếu chuyên mục (--category).' : 'the category (--category) is missing.');
  if ('problem' in cleaned) throw new UsageError(vi ? `tiêu đề chứa ký tự điều khiển ${cleaned.codePoint}; gõ lại tiêu đề.` : `the title contains the control character ${cleaned.codePoint}; type it again.`);
  return { title: cleaned.title, category: request.category };
}

/** A category by slug or by its exact name (as the article reader accepts it), as its slug. */
function findCategory(given: string, categories: readonly CategoryConfig[], lang: Lang): string {
  const value = given.normalize('NFC').trim();
  const found = categories.find((c) => c.slug === value) ?? categories.find((c) => c.name === value);
  if (found) return found.slug;
  const suggestion = closestMatch(value, categories.flatMap((c) => [c.slug, c.name]));
  const suggested = categories.find((c) => c.slug === suggestion || c.name === suggestion)?.slug;
  const known = categories.map((c) => `${c.slug} (${c.name})`).join(', ');
  throw new UsageError(lang === 'vi'
    ? `không có chuyên mục "${given}" trong baotinh.config.yaml.${suggested ? ` Có phải ý bạn là '${suggested}'?` : ''} Các chuyên mục: ${known}.`
    : `there is no category "${given}" in baotinh.config.yaml.${suggested ? ` Did you mean '${suggested}'?` : ''} Categories: ${known}.`);
}

/** `--date` as the editor wrote it (checked by the reader), else now in the site's time zone. */
function publicationDate(given: string | undefined, timeZone: string, now: number, lang: Lang): { text: string; parsed: ParsedDate } {
  const text = given?.trim() ?? siteDateText(now, timeZone);
  const read = readDate(text, timeZone);
  if ('date' in read) return { text, parsed: read.date };
  throw new UsageError(lang === 'vi'
    ? `--date "${given}" không phải ngày hợp lệ. Viết theo dạng 11/01/2023, "11/01/2023 08:30", 2023-01-11 hoặc 2023-01-11T08:30.`
    : `--date "${given}" is not a valid date. Write 11/01/2023, "11/01/2023 08:30", 2023-01-11 or 2023-01-11T08:30.`);
}

async function articleFile(config: ResolvedConfig, request: NewArticleRequest, slug: string, lang: Lang): Promise<string> {
  const contentDir = resolveInside(request.root, config.folders.content);
  if (!contentDir) throw new UsageError(`folders.content "${config.folders.content}": ${lang === 'vi' ? 'nằm ngoài thư mục của trang' : 'is outside the site folder'}`);
  const folder = request.folder !== undefined
    ? checkedFolder(request.folder, lang)
    : await likelyArticleFolder(contentDir, request.root, toPosixRelative(request.root, contentDir));
  const dir = path.join(contentDir, ...folder.split('/').filter(Boolean));
  await ensureFolderInProject(dir, request.root, lang);
  return path.join(dir, `${slug}.md`);
}

/** Writes only a file that does not exist yet (O_EXCL: also never through a link); false if it does. */
async function writeNew(file: string, text: string): Promise<boolean> {
  try {
    await writeFile(file, text, { encoding: 'utf8', flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new InfrastructureError({ vi: 'ghi bài viết mới', en: 'writing the new article' }, file, error);
  }
}

/** A path as the editor finds it: relative to where they are, when it is below it. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
