// The shape of baotinh.config.yaml for zod: types, ranges, defaults. Refinement messages are keys
// of config-issues.ts, which words them for editors.
import { z } from 'zod';
import { canonicalLocale, isKnownTimeZone, isValidBasePath, isValidSearchPath, isValidBaseUrl, isValidPermalink, parseUrl } from './config-values.js';
import { defaultStrings, type UiStrings } from './ui-strings.js';
import { isValidSlug } from './vi/slug.js';

const text = z.string().trim().min(1);
const serviceUrl = z.string().refine((v) => /^https?:\/\/[^\s"'<>\\]+$/i.test(v) && !!parseUrl(v)?.hostname, { message: 'serviceUrl' });
const timeout = z.number().int().min(100).max(30_000).default(2000);
const count = (def: number, max: number) => z.number().int().min(1).max(max).default(def);

export const schema = z.object({
  title: text,
  description: z.string().default(''),
  demo: z.boolean().default(false),
  baseUrl: z.string().refine(isValidBaseUrl, { message: 'url' }),
  basePath: z.string().default('/').refine(isValidBasePath, { message: 'basePath' }),
  locale: z.string().default('vi-VN').refine((v) => canonicalLocale(v) !== undefined, { message: 'locale' }),
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
  // Text typed in TCVN3 or VNI and read as Latin-1 (content/legacy-text.ts): a warning, or an error that stops the build.
  legacyEncoding: z.enum(['warning', 'error']).default('warning'),
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
  // Site search (src/search/): its page's address, or off.
  search: z
    .object({ enabled: z.boolean().default(true), path: z.string().default('/tim-kiem/').refine(isValidSearchPath, { message: 'searchPath' }) })
    .default({ enabled: true, path: '/tim-kiem/' }),
  images: z
    .object({
      // Every width is one more encoding of every photo: a dozen is already generous.
      widths: z.array(z.number().int().min(16).max(8192)).min(1).max(12).default([480, 800, 1200, 1600]),
      formats: z.array(z.enum(['avif', 'webp'])).default(['webp']),
      quality: z.number().int().min(1).max(100).default(80),
      thumbnailWidths: z.array(z.number().int().min(16).max(4096)).min(1).max(8).default([320, 480, 640]),
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
export type RawConfig = z.infer<typeof schema>;
