// Front-matter values → ArticleMeta, every problem a diagnostic on the key's line.
import type { CategoryConfig } from '../config.js';
import { diagnostic, type Diagnostic, type Location } from '../errors.js';
import { closestMatch } from '../suggest.js';
import type { ParsedDate } from '../vi/dates.js';
import { describeDifference, visibleForm } from '../vi/look-alike.js';
import { isValidSlug, SLUG_MAX, titleSlug } from '../vi/slug.js';
import { readAliases, type Alias } from './aliases.js';
import { frontMatterPosition, type FrontMatter } from './front-matter.js';
import { ALIAS_NAMES } from './key-aliases.js';
import { curlQuotes } from './field-text.js';
import { createFieldReader } from './meta-fields.js';

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
  /** The slug was written by the editor (`slug:`), not made from the title: it is never changed. */
  readonly slugGiven?: true;
  readonly aliases: readonly Alias[];
  /** File lines of the `tags:` and `author:` keys, for messages of the site stage (name collisions). */
  readonly keyLines?: { readonly tags?: number; readonly author?: number };
}

/** A headline longer than this (characters) is said to be one: see TITLE_LONG. */
export const TITLE_LONG = 150;
const curled = (text: string | undefined): string | undefined => (text === undefined ? undefined : curlQuotes(text));

export const KNOWN_KEYS = ['title', 'date', 'category', 'tags', 'author', 'summary', 'image', 'views', 'updated', 'draft', 'slug', 'aliases'] as const;

export interface MetaContext {
  readonly file: string;
  readonly source: string;
  readonly timeZone: string;
  readonly categories: readonly CategoryConfig[];
}

export function readArticleMeta(fm: FrontMatter, ctx: MetaContext): { meta?: ArticleMeta; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const data = fm.yaml.value ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { diagnostics: [diagnostic('FRONTMATTER_NOT_MAP', {}, { file: ctx.file, line: 2, column: 1, source: ctx.source })] };
  }
  const read = createFieldReader({ ...fm, yaml: { ...fm.yaml, value: data } }, ctx.file, ctx.source, ctx.timeZone, diagnostics);
  const { where } = read;
  const fail = (d: Diagnostic): undefined => {
    diagnostics.push(d);
    return undefined;
  };

  for (const key of Object.keys(read.fields)) {
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) {
      const suggestion = closestMatch(key, [...KNOWN_KEYS, ...ALIAS_NAMES]);
      diagnostics.push(diagnostic('FIELD_UNKNOWN', { key, ...(suggestion && { suggestion }) }, where(key, true), 'warning'));
    }
  }

  const title = curled(read.required('title', 'tiêu đề bài viết', 'article title', 'title: Hội nghị tổng kết công tác dân vận năm 2022'));
  // A headline this long is nearly always the headline with the lead glued on (old CMS exports).
  if (title !== undefined && [...title].length > TITLE_LONG) diagnostics.push(diagnostic('TITLE_LONG', { length: [...title].length, max: TITLE_LONG }, where('title'), 'warning'));
  const published = read.date('date', true);
  const updated = read.date('updated', false);
  const categoryRaw = read.required('category', 'chuyên mục', 'category', `category: ${ctx.categories[0]?.slug ?? 'tin-tuc'}`);
  const category = categoryRaw === undefined ? undefined : findCategory(categoryRaw, ctx.categories);
  if (categoryRaw !== undefined && category === undefined) fail(unknownCategory(categoryRaw, ctx.categories, where('category')));
  const tags = read.list('tags', 'tags: [dân vận, hội nghị]');
  const { aliases, diagnostics: aliasDiagnostics } = readAliases(read.fields.aliases, where('aliases'));
  diagnostics.push(...aliasDiagnostics);
  const author = read.text('author', 'author: Dương Liễu');
  const summary = curled(read.text('summary', 'summary: Sáng 11/01/2023, Ban Dân vận Tỉnh ủy tổ chức hội nghị…'));
  const imageRef = read.text('image', 'image: /anh/hoi-nghi.jpg');
  const views = read.count('views', 'views: 2238');
  const draft = read.flag('draft', 'draft: true') ?? false;

  let slug: string | undefined;
  const slugRaw = read.text('slug', 'slug: hoi-nghi-dan-van-2023');
  if (slugRaw !== undefined) {
    const tooLong = slugRaw.length > SLUG_MAX;
    slug = isValidSlug(slugRaw) && !tooLong ? slugRaw : fail(diagnostic('SLUG_INVALID', { value: slugRaw, ...(tooLong && { length: slugRaw.length, max: SLUG_MAX }) }, where('slug')));
  } else if (title !== undefined) {
    slug = titleSlug(title) || fail(diagnostic('SLUG_EMPTY', {}, where('title')));
  }

  if (published && updated && updated.epochMs < published.epochMs) {
    diagnostics.push(diagnostic('UPDATED_BEFORE_DATE', {}, where('updated'), 'warning'));
  }
  if (diagnostics.some((d) => d.severity === 'error') || !title || !published || !category || !slug) return { diagnostics };
  const imagePos = frontMatterPosition(fm, 'image');
  const tagsLine = tags.length ? frontMatterPosition(fm, 'tags', true).line : undefined;
  const authorLine = author !== undefined ? frontMatterPosition(fm, 'author', true).line : undefined;
  return {
    meta: {
      title, date: published, category, tags, draft, slug, aliases,
      ...(slugRaw !== undefined && { slugGiven: true as const }),
      ...(updated && { updated }),
      ...(author !== undefined && { author }),
      ...(summary !== undefined && { summary }),
      ...(views !== undefined && { views }),
      ...(imageRef !== undefined && { image: { ref: imageRef, ...imagePos } }),
      ...((tagsLine !== undefined || authorLine !== undefined) && { keyLines: { ...(tagsLine !== undefined && { tags: tagsLine }), ...(authorLine !== undefined && { author: authorLine }) } }),
    },
    diagnostics,
  };
}

/** A category by slug, or by its exact Vietnamese name (editors copy it from the menu). */
function findCategory(value: string, categories: readonly CategoryConfig[]): string | undefined {
  const v = value.normalize('NFC');
  return categories.find((c) => c.slug === v)?.slug ?? categories.find((c) => c.name === v)?.slug;
}

/** CATEGORY_UNKNOWN with the closest match; when it only looks the same, the invisible difference. */
function unknownCategory(value: string, categories: readonly CategoryConfig[], where: Location): Diagnostic {
  const lookAlike = categories.flatMap((c) => [c.slug, c.name]).find((n) => visibleForm(n) === visibleForm(value));
  const suggestion = lookAlike ?? closestMatch(value, categories.flatMap((c) => [c.slug, c.name]));
  const suggestedSlug = categories.find((c) => c.slug === suggestion || c.name === suggestion)?.slug;
  const difference = lookAlike !== undefined ? describeDifference(value, lookAlike) : undefined;
  return diagnostic('CATEGORY_UNKNOWN', {
    value,
    known: categories.map((c) => c.slug).join(', '),
    ...(suggestedSlug && { suggestion: suggestedSlug }),
    ...(difference && { difference: difference.vi, differenceEn: difference.en, lookAlike: lookAlike! }),
  }, where);
}

