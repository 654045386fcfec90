// Front-matter values → ArticleMeta, every problem a diagnostic on the key's line.
import type { CategoryConfig } from '../config.js';
import { diagnostic, type Diagnostic } from '../errors.js';
import { closestMatch } from '../suggest.js';
import { parseDate, type ParsedDate } from '../vi/dates.js';
import { isValidSlug, slugify } from '../vi/slug.js';
import { frontMatterPosition, type FrontMatter } from './front-matter.js';

export interface ArticleMeta {
  readonly title: string;
  readonly date: ParsedDate;
  readonly updated?: ParsedDate;
  readonly author?: string;
  readonly category: string;
  readonly tags: readonly string[];
  readonly summary?: string;
  /** The cover image reference as written (resolved by the image stage). */
  readonly image?: { readonly ref: string; readonly line?: number; readonly column?: number };
  readonly views?: number;
  readonly draft: boolean;
  readonly slug: string;
  readonly aliases: readonly string[];
}

export const KNOWN_KEYS = ['title', 'date', 'category', 'tags', 'author', 'summary', 'image', 'views', 'updated', 'draft', 'slug', 'aliases'] as const;

export interface MetaContext {
  readonly file: string;
  readonly source: string;
  readonly timeZone: string;
  readonly categories: readonly CategoryConfig[];
}

const TYPE_TEXT = { expected: 'một dòng chữ', expectedEn: 'a line of text' };

export function readArticleMeta(fm: FrontMatter, ctx: MetaContext): { meta?: ArticleMeta; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const data = fm.yaml.value ?? {};
  const where = (key: string, atKey = false) => ({ file: ctx.file, source: ctx.source, ...frontMatterPosition(fm, key, atKey) });
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { diagnostics: [diagnostic('FRONTMATTER_NOT_MAP', {}, { file: ctx.file, line: 2, column: 1, source: ctx.source })] };
  }
  const fields = data as Record<string, unknown>;
  const fail = (d: Diagnostic): undefined => {
    diagnostics.push(d);
    return undefined;
  };

  for (const key of Object.keys(fields)) {
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) {
      const suggestion = closestMatch(key, KNOWN_KEYS);
      diagnostics.push(diagnostic('FIELD_UNKNOWN', { key, ...(suggestion && { suggestion }) }, where(key, true), 'warning'));
    }
  }

  const text = (key: string, example: string): string | undefined => {
    const v = fields[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'number') return String(v);
    if (typeof v !== 'string') return fail(diagnostic('FIELD_TYPE', { key, example, ...TYPE_TEXT }, where(key)));
    return v.trim() || undefined;
  };
  const required = (key: string, label: string, labelEn: string, example: string): string | undefined => {
    const v = text(key, example);
    if (v === undefined && !diagnostics.some((d) => d.params.key === key)) {
      const pos = fields[key] === undefined ? { file: ctx.file, source: ctx.source, line: 2, column: 1 } : where(key);
      fail(diagnostic('FIELD_REQUIRED', { key, label, labelEn, example }, pos));
    }
    return v;
  };
  const date = (key: string, isRequired: boolean): ParsedDate | undefined => {
    const raw = isRequired ? required(key, 'ngày đăng', 'publication date', `${key}: 11/01/2023 08:30`) : text(key, `${key}: 11/01/2023 08:30`);
    if (raw === undefined) return undefined;
    return parseDate(raw, ctx.timeZone) ?? fail(diagnostic('DATE_INVALID', { key, value: raw }, where(key)));
  };
  const list = (key: string, example: string): string[] => {
    const v = fields[key];
    if (v === undefined || v === null) return [];
    const items = typeof v === 'string' ? [v] : Array.isArray(v) ? v : undefined;
    if (!items || items.some((x) => typeof x !== 'string' && typeof x !== 'number')) {
      fail(diagnostic('FIELD_TYPE', { key, example, expected: 'một danh sách chữ', expectedEn: 'a list of text' }, where(key)));
      return [];
    }
    return [...new Set(items.map((x) => String(x).trim()).filter(Boolean))];
  };

  const title = required('title', 'tiêu đề bài viết', 'article title', 'title: Hội nghị tổng kết công tác dân vận năm 2022');
  const published = date('date', true);
  const updated = date('updated', false);
  const categoryRaw = required('category', 'chuyên mục', 'category', `category: ${ctx.categories[0]?.slug ?? 'tin-tuc'}`);
  const category = categoryRaw === undefined ? undefined : findCategory(categoryRaw, ctx.categories);
  if (categoryRaw !== undefined && category === undefined) {
    const suggestion = closestMatch(categoryRaw, ctx.categories.flatMap((c) => [c.slug, c.name]));
    const suggestedSlug = ctx.categories.find((c) => c.slug === suggestion || c.name === suggestion)?.slug;
    fail(diagnostic('CATEGORY_UNKNOWN', { value: categoryRaw, known: ctx.categories.map((c) => c.slug).join(', '), ...(suggestedSlug && { suggestion: suggestedSlug }) }, where('category')));
  }
  const tags = list('tags', 'tags: [dân vận, hội nghị]');
  const aliases = list('aliases', 'aliases: [/index.php?option=com_content&id=123]');
  for (const alias of aliases) {
    const problem = aliasProblem(alias);
    if (problem) fail(diagnostic('ALIAS_INVALID', { alias, reason: problem.vi, reasonEn: problem.en }, where('aliases')));
  }
  const author = text('author', 'author: Dương Liễu');
  const summary = text('summary', 'summary: Sáng 11/01/2023, Ban Dân vận Tỉnh ủy tổ chức hội nghị…');
  const imageRef = text('image', 'image: /anh/hoi-nghi.jpg');

  let views: number | undefined;
  if (fields.views !== undefined && fields.views !== null) {
    if (typeof fields.views === 'number' && Number.isSafeInteger(fields.views) && fields.views >= 0) views = fields.views;
    else fail(diagnostic('FIELD_TYPE', { key: 'views', example: 'views: 2238', expected: 'một số nguyên không âm, viết liền không dấu chấm', expectedEn: 'a whole number ≥ 0 without separators' }, where('views')));
  }
  let draft = false;
  if (fields.draft !== undefined && fields.draft !== null) {
    if (typeof fields.draft === 'boolean') draft = fields.draft;
    else fail(diagnostic('FIELD_TYPE', { key: 'draft', example: 'draft: true', expected: 'true hoặc false', expectedEn: 'true or false' }, where('draft')));
  }

  let slug: string | undefined;
  const slugRaw = text('slug', 'slug: hoi-nghi-dan-van-2023');
  if (slugRaw !== undefined) {
    slug = isValidSlug(slugRaw) ? slugRaw : fail(diagnostic('SLUG_INVALID', { value: slugRaw }, where('slug')));
  } else if (title !== undefined) {
    slug = slugify(title) || fail(diagnostic('SLUG_EMPTY', {}, where('title')));
  }

  if (published && updated && updated.epochMs < published.epochMs) {
    diagnostics.push(diagnostic('UPDATED_BEFORE_DATE', {}, where('updated'), 'warning'));
  }
  if (diagnostics.some((d) => d.severity === 'error') || !title || !published || !category || !slug) return { diagnostics };
  const imagePos = frontMatterPosition(fm, 'image');
  return {
    meta: {
      title, date: published, category, tags, draft, slug, aliases,
      ...(updated && { updated }),
      ...(author !== undefined && { author }),
      ...(summary !== undefined && { summary }),
      ...(views !== undefined && { views }),
      ...(imageRef !== undefined && { image: { ref: imageRef, ...imagePos } }),
    },
    diagnostics,
  };
}

/** A category by slug, or by its exact Vietnamese name (editors copy it from the menu). */
function findCategory(value: string, categories: readonly CategoryConfig[]): string | undefined {
  const v = value.normalize('NFC');
  return categories.find((c) => c.slug === v)?.slug ?? categories.find((c) => c.name === v)?.slug;
}

/** Why an old address cannot be redirected, if it cannot. */
function aliasProblem(alias: string): { vi: string; en: string } | undefined {
  if (!alias.startsWith('/') || alias.startsWith('//')) return { vi: 'phải bắt đầu bằng một dấu /', en: 'it must start with a single /' };
  if (/[\s#"<>\\]/.test(alias)) return { vi: 'có khoảng trắng hoặc ký tự #, ", <, >, \\', en: 'it contains spaces or #, ", <, >, \\' };
  if (alias.split('?')[0]!.split('/').includes('..')) return { vi: 'có “..”', en: 'it contains ".."' };
  return undefined;
}
