// Raw configuration → validated, frozen ResolvedConfig, with messages that name the key and line.
import path from 'node:path';
import { z } from 'zod';
import { diagnostic, type Diagnostic } from './errors.js';
import { closestMatch } from './suggest.js';
import { defaultStrings, type UiStrings } from './ui-strings.js';
import { isValidSlug } from './vi/slug.js';
import { parseYaml } from './yaml-document.js';

export const CONFIG_FILE = 'baotinh.config.yaml';
export const PERMALINK_TOKENS = ['yyyy', 'mm', 'dd', 'slug', 'category'] as const;

export interface CategoryConfig {
  readonly slug: string;
  readonly name: string;
  readonly description: string;
  /** Position in the configuration: listings and the home page follow it. */
  readonly order: number;
}

export interface MenuItem {
  readonly label: string;
  /** Site path (base path applied later by urlFor) or an absolute external URL. */
  readonly href: string;
  readonly category?: string;
}

export interface ResolvedConfig {
  readonly root: string;
  readonly title: string;
  readonly description: string;
  readonly demo: boolean;
  readonly baseUrl: string;
  readonly basePath: string;
  readonly locale: string;
  readonly lang: string;
  readonly timeZone: string;
  readonly permalink: string;
  readonly pageSize: number;
  readonly latestCount: number;
  readonly relatedCount: number;
  readonly homeLatestCount: number;
  readonly homeCategoryCount: number;
  readonly mostReadCount: number;
  readonly feedSize: number;
  /** JSON file of view counts ({"bai-viet/x": 1234} or {"/tin-tuc/…/": 1234}), e.g. refreshed by CI from analytics. */
  readonly viewsFile: string;
  readonly categories: readonly CategoryConfig[];
  readonly menu: readonly MenuItem[];
  readonly contact: Readonly<Record<'organisation' | 'address' | 'phone' | 'email' | 'licence' | 'responsible', string | undefined>>;
  readonly markdown: { readonly html: boolean };
  readonly images: ImageConfig;
  readonly live: LiveConfig;
  readonly strings: UiStrings;
  readonly folders: Readonly<Record<'content' | 'output' | 'templates' | 'public' | 'cache', string>>;
}

export interface ImageConfig {
  /** Widths of body-image variants, in CSS pixels; never more than the original. */
  readonly widths: readonly number[];
  /** Modern formats offered before the JPEG/PNG fallback, best first. */
  readonly formats: readonly ('avif' | 'webp')[];
  readonly quality: number;
  /** Widths of the 16:9 cover thumbnails in listings. */
  readonly thumbnailWidths: readonly number[];
  /** Kept in each output file's EXIF (everything else, GPS above all, is removed). */
  readonly copyright?: string;
  /** Larger images are refused: a 20,000 × 20,000 PNG of a few KB can take gigabytes to decode. */
  readonly maxPixels: number;
}

/** The parts of a page that need a service: all optional, and absent from pages when unset. */
export interface LiveConfig {
  readonly counter?:
    | { readonly type: 'goatcounter'; readonly url: string; readonly timeout: number }
    | { readonly type: 'generic'; readonly url: string; readonly field: string; readonly record?: string; readonly timeout: number };
  readonly stats?: { readonly url: string; readonly timeout: number };
  readonly feedback?: { readonly endpoint: string };
}

const text = z.string().trim().min(1);
const serviceUrl = z.string().refine((v) => /^https?:\/\/[^\s"'<>]+$/.test(v), { message: 'serviceUrl' });
const timeout = z.number().int().min(100).max(30_000).default(2000);
const count = (def: number, max: number) => z.number().int().min(1).max(max).default(def);

const schema = z.object({
  title: text,
  description: z.string().default(''),
  demo: z.boolean().default(false),
  baseUrl: z.string().refine((v) => /^https?:\/\/[^/\s]+\/?$/.test(v), { message: 'url' }),
  basePath: z.string().default('/').refine((v) => /^\/([A-Za-z0-9._~-]+\/)*$/.test(v), { message: 'basePath' }),
  locale: z.string().default('vi-VN'),
  timeZone: z.string().default('Asia/Ho_Chi_Minh').refine(isKnownTimeZone, { message: 'timeZone' }),
  permalink: z.string().default('/tin-tuc/{yyyy}/{mm}/{slug}/').refine(isValidPermalink, { message: 'permalink' }),
  pageSize: count(10, 500),
  latestCount: count(6, 50),
  relatedCount: count(5, 50),
  homeLatestCount: count(6, 50),
  homeCategoryCount: count(4, 50),
  mostReadCount: count(5, 50),
  feedSize: count(50, 1000),
  viewsFile: z.string().default('data/luot-xem.json'),
  categories: z
    .array(z.object({ slug: z.string().refine(isValidSlug, { message: 'slug' }), name: text, description: z.string().default('') }))
    .min(1),
  menu: z
    .array(z.union([z.object({ label: text, url: text }), z.object({ category: text, label: text.optional() })]))
    .default([]),
  contact: z
    .object({
      organisation: text.optional(), address: text.optional(), phone: text.optional(),
      email: text.optional(), licence: text.optional(), responsible: text.optional(),
    })
    .default({}),
  markdown: z.object({ html: z.boolean().default(false) }).default({ html: false }),
  images: z
    .object({
      widths: z.array(z.number().int().min(16).max(8192)).min(1).default([480, 800, 1200, 1600]),
      formats: z.array(z.enum(['avif', 'webp'])).default(['webp']),
      quality: z.number().int().min(1).max(100).default(80),
      thumbnailWidths: z.array(z.number().int().min(16).max(4096)).min(1).default([320, 480, 640]),
      copyright: text.optional(),
      maxPixels: z.number().int().min(1_000_000).default(100_000_000),
    })
    .default({ widths: [480, 800, 1200, 1600], formats: ['webp'], quality: 80, thumbnailWidths: [320, 480, 640], maxPixels: 100_000_000 }),
  strings: z.partialRecord(z.enum(Object.keys(defaultStrings) as [keyof UiStrings]), z.string()).default({}),
  live: z
    .object({
      counter: z
        .discriminatedUnion('type', [
          z.object({ type: z.literal('goatcounter'), url: serviceUrl, timeout }),
          z.object({ type: z.literal('generic'), url: serviceUrl, field: text, record: serviceUrl.optional(), timeout }),
        ])
        .optional(),
      stats: z.object({ url: serviceUrl, timeout }).optional(),
      feedback: z.object({ endpoint: serviceUrl }).optional(),
    })
    .default({}),
  folders: z
    .object({
      content: z.string().default('content'), output: z.string().default('dist'), templates: z.string().default('templates'),
      public: z.string().default('public'), cache: z.string().default('.baotinh'),
    })
    .default({ content: 'content', output: 'dist', templates: 'templates', public: 'public', cache: '.baotinh' }),
});
type RawConfig = z.infer<typeof schema>;

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function isValidPermalink(pattern: string): boolean {
  const tokens = [...pattern.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
  return (
    pattern.startsWith('/') && (pattern.endsWith('/') || pattern.endsWith('.html')) && !pattern.includes('..') &&
    tokens.includes('slug') && tokens.every((t) => (PERMALINK_TOKENS as readonly string[]).includes(t!)) &&
    /^[A-Za-z0-9/_.{}-]+$/.test(pattern)
  );
}

// Vietnamese (and English) wording of why a value was refused, keyed by our refine messages.
const PROBLEMS: Record<string, { vi: string; en: string; hintVi?: string; hintEn?: string }> = {
  url: { vi: 'phải là địa chỉ đầy đủ của tên miền, ví dụ https://danvan.caobang.gov.vn', en: 'must be the full address of the domain, e.g. https://example.gov.vn', hintVi: 'Đường dẫn con (như /portal/) đặt ở basePath.', hintEn: 'Put a sub-path (like /portal/) in basePath.' },
  basePath: { vi: 'phải bắt đầu và kết thúc bằng “/”, ví dụ / hoặc /portal/', en: 'must start and end with "/", e.g. / or /portal/' },
  timeZone: { vi: 'không phải múi giờ IANA, ví dụ Asia/Ho_Chi_Minh', en: 'is not an IANA time zone, e.g. Asia/Ho_Chi_Minh' },
  permalink: { vi: `phải bắt đầu bằng “/”, kết thúc bằng “/” hoặc “.html”, chứa {slug} và chỉ dùng ${PERMALINK_TOKENS.map((t) => `{${t}}`).join(', ')}`, en: `must start with "/", end with "/" or ".html", contain {slug} and use only ${PERMALINK_TOKENS.map((t) => `{${t}}`).join(', ')}` },
  slug: { vi: 'chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang', en: 'use only lowercase ASCII letters, digits and hyphens' },
  serviceUrl: { vi: 'phải là địa chỉ http:// hoặc https:// đầy đủ', en: 'must be a full http:// or https:// address' },
};

function describeIssue(issue: z.core.$ZodIssue): { vi: string; en: string; hintVi?: string; hintEn?: string } {
  const known = PROBLEMS[issue.message];
  if (known) return known;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { vi: 'bắt buộc phải có', en: 'is required' }
        : { vi: `phải là ${typeNameVi(issue.expected)}`, en: `must be ${issue.expected}` };
    case 'too_small':
      return issue.origin === 'string' ? { vi: 'không được để trống', en: 'must not be empty' } : { vi: `phải ít nhất ${issue.minimum}`, en: `must be at least ${issue.minimum}` };
    case 'too_big':
      return { vi: `phải nhiều nhất ${issue.maximum}`, en: `must be at most ${issue.maximum}` };
    case 'invalid_union':
      return { vi: 'mỗi mục menu cần “label” và “url”, hoặc “category”', en: 'each menu item needs "label" and "url", or "category"' };
    case 'invalid_key':
    case 'invalid_value':
      return { vi: 'không phải giá trị được hỗ trợ', en: 'is not a supported value' };
    default:
      return { vi: issue.message, en: issue.message };
  }
}

function typeNameVi(t: string): string {
  return ({ string: 'chuỗi chữ', number: 'số', boolean: 'true hoặc false', array: 'danh sách', object: 'nhóm khóa: giá trị' } as Record<string, string>)[t] ?? t;
}

const KNOWN_TOP_KEYS = Object.keys(schema.shape);

export interface ConfigResult {
  config?: ResolvedConfig;
  diagnostics: Diagnostic[];
}

/** Validate the text of baotinh.config.yaml. Pure: the caller reads the file. */
export function resolveConfig(source: string, root: string, file = CONFIG_FILE): ConfigResult {
  const yaml = parseYaml(source.replace(/^\uFEFF/, '').normalize('NFC'));
  if (yaml.problems.length) {
    return { diagnostics: yaml.problems.map((p) => diagnostic('CONFIG_YAML', { detail: p.message }, { file, line: p.line, column: p.column, source })) };
  }
  const raw = yaml.value ?? {};
  const at = (p: readonly PropertyKey[], key = false) => yaml.positionOf(p.map((k) => (typeof k === 'symbol' ? String(k) : k)), key) ?? {};
  const diagnostics: Diagnostic[] = [];
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const key of Object.keys(raw)) {
      if (!KNOWN_TOP_KEYS.includes(key)) {
        const suggestion = closestMatch(key, KNOWN_TOP_KEYS);
        diagnostics.push(diagnostic('CONFIG_UNKNOWN_KEY', { key, ...(suggestion && { suggestion }) }, { file, ...at([key], true), source }, 'warning'));
      }
    }
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const d = describeIssue(issue);
      const key = issue.path.map((k) => (typeof k === 'number' ? `[${k}]` : String(k))).join('.').replace(/\.\[/g, '[') || '(gốc)';
      diagnostics.push(diagnostic('CONFIG_INVALID', { key, problem: d.vi, problemEn: d.en, ...(d.hintVi && { hintVi: d.hintVi }), ...(d.hintEn && { hintEn: d.hintEn }) }, { file, ...closestPosition(issue.path, at), source }));
    }
    return { diagnostics };
  }
  const crossCheck = checkReferences(parsed.data, file, source, at);
  if (crossCheck.length) return { diagnostics: [...diagnostics, ...crossCheck] };
  return { config: freeze(parsed.data, root), diagnostics };
}

/** The deepest path prefix that exists in the YAML (a missing key points at its parent). */
function closestPosition(p: readonly PropertyKey[], at: (p: readonly PropertyKey[], key?: boolean) => { line?: number; column?: number }) {
  for (let n = p.length; n > 0; n--) {
    const pos = at(p.slice(0, n), n < p.length);
    if (pos.line !== undefined) return pos;
  }
  return {};
}

function checkReferences(c: RawConfig, file: string, source: string, at: (p: readonly PropertyKey[]) => { line?: number; column?: number }): Diagnostic[] {
  const out: Diagnostic[] = [];
  const slugs = c.categories.map((x) => x.slug);
  c.categories.forEach((cat, i) => {
    if (slugs.indexOf(cat.slug) !== i) {
      out.push(diagnostic('CONFIG_INVALID', { key: `categories[${i}].slug`, problem: `trùng với chuyên mục trước (“${cat.slug}”)`, problemEn: `duplicates an earlier category ("${cat.slug}")` }, { file, ...at(['categories', i, 'slug']), source }));
    }
  });
  c.menu.forEach((item, i) => {
    if ('category' in item && !slugs.includes(item.category)) {
      const suggestion = closestMatch(item.category, slugs);
      out.push(diagnostic('CONFIG_INVALID', {
        key: `menu[${i}].category`,
        problem: `không có chuyên mục “${item.category}”${suggestion ? `; có phải “${suggestion}”?` : ''}`,
        problemEn: `there is no category "${item.category}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      }, { file, ...at(['menu', i, 'category']), source }));
    }
  });
  for (const [key, folder] of [...Object.entries(c.folders).map(([k, v]) => [`folders.${k}`, v] as const), ['viewsFile', c.viewsFile] as const]) {
    if (path.isAbsolute(folder) || folder.split(/[\\/]/).includes('..') || folder.trim() === '' || folder === '.') {
      out.push(diagnostic('CONFIG_INVALID', { key, problem: 'phải là đường dẫn bên trong dự án (không dùng “..” hay đường dẫn tuyệt đối)', problemEn: 'must be a path inside the project (no ".." or absolute paths)' }, { file, ...at(key.split('.')), source }));
    }
  }
  return out;
}

function freeze(c: RawConfig, root: string): ResolvedConfig {
  const categoryName = new Map(c.categories.map((x) => [x.slug, x.name]));
  return deepFreeze({
    root,
    title: c.title,
    description: c.description,
    demo: c.demo,
    baseUrl: c.baseUrl.replace(/\/$/, ''),
    basePath: c.basePath,
    locale: c.locale,
    lang: c.locale.split('-')[0]!.toLowerCase(),
    timeZone: c.timeZone,
    permalink: c.permalink,
    pageSize: c.pageSize,
    latestCount: c.latestCount,
    relatedCount: c.relatedCount,
    homeLatestCount: c.homeLatestCount,
    homeCategoryCount: c.homeCategoryCount,
    mostReadCount: c.mostReadCount,
    feedSize: c.feedSize,
    viewsFile: c.viewsFile,
    categories: c.categories.map((x, order) => ({ ...x, order })),
    menu: c.menu.map((item) =>
      'category' in item
        ? { label: item.label ?? categoryName.get(item.category)!, href: `/chuyen-muc/${item.category}/`, category: item.category }
        : { label: item.label, href: item.url },
    ),
    contact: {
      organisation: c.contact.organisation, address: c.contact.address, phone: c.contact.phone,
      email: c.contact.email, licence: c.contact.licence, responsible: c.contact.responsible,
    },
    markdown: { html: c.markdown.html },
    images: {
      widths: [...new Set(c.images.widths)].sort((a, b) => a - b),
      formats: [...new Set(c.images.formats)],
      quality: c.images.quality,
      thumbnailWidths: [...new Set(c.images.thumbnailWidths)].sort((a, b) => a - b),
      maxPixels: c.images.maxPixels,
      ...(c.images.copyright !== undefined && { copyright: c.images.copyright }),
    },
    strings: { ...defaultStrings, ...c.strings },
    live: {
      ...(c.live.counter && { counter: c.live.counter.type === 'goatcounter' ? { ...c.live.counter, url: c.live.counter.url.replace(/\/$/, '') } : c.live.counter }),
      ...(c.live.stats && { stats: c.live.stats }),
      ...(c.live.feedback && { feedback: c.live.feedback }),
    },
    folders: c.folders,
  });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Apply command-line overrides (they win over the file), re-validating what they touch. */
export function withOverrides(config: ResolvedConfig, overrides: { basePath?: string; baseUrl?: string }): ResolvedConfig {
  return deepFreeze({ ...config, ...overrides, strings: config.strings, categories: config.categories, menu: config.menu });
}
