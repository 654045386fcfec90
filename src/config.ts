// Raw configuration → validated, frozen ResolvedConfig, with messages that name the key and line.
// Every value here reaches every page, feed and sitemap: text is cleaned of characters pages cannot
// carry, and values that become URLs or attributes are checked for what they would do once published.
import type { z } from 'zod';
import { checkReferences, checkServiceAddresses } from './config-checks.js';
import { schema, type RawConfig } from './config-schema.js';
import { describeIssue } from './config-issues.js';
import { printable, stripUnsafeCharacters, type ConfigPath } from './config-text.js';
import { canonicalBaseUrl, canonicalLocale } from './config-values.js';
import { diagnostic, type Diagnostic } from './errors.js';
import { normalizeText } from './sources/read-text.js';
import { closestMatch } from './suggest.js';
import { defaultStrings, type UiStrings } from './ui-strings.js';
import { parseYaml } from './yaml-document.js';

import { CONFIG_FILE } from './config-name.js';
import { deepFreeze } from './deep-freeze.js';
export { CONFIG_FILE } from './config-name.js';
export { isValidBasePath, isValidBaseUrl, PERMALINK_TOKENS } from './config-values.js';
export type { RawConfig } from './config-schema.js';

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
  /** Set by `baotinh dev` only: drafts and articles not yet due carry a visible badge. Never from the file. */
  readonly preview: boolean;
  readonly baseUrl: string;
  readonly basePath: string;
  readonly locale: string;
  readonly lang: string;
  readonly timeZone: string;
  readonly permalink: string;
  /** How text typed in TCVN3 or VNI (read as Latin-1) is reported: a warning, or an error. */
  readonly legacyEncoding: 'warning' | 'error';
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
  /** Site search: its page's site path ("/tim-kiem/"), when on. */
  readonly search: { readonly enabled: boolean; readonly path: string };
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

const KNOWN_TOP_KEYS = Object.keys(schema.shape);

export interface ConfigResult {
  config?: ResolvedConfig;
  diagnostics: Diagnostic[];
}

/** "menu[2].url": a path as editors read it; characters that cannot be printed are escaped. */
function keyName(p: readonly PropertyKey[]): string {
  return printable(p.map((k) => (typeof k === 'number' ? `[${k}]` : String(k))).join('.').replace(/\.\[/g, '[')) || '(gốc)';
}

/** Validate the text of baotinh.config.yaml. Pure: the caller reads (and decodes) the file. */
export function resolveConfig(input: string, root: string, file = CONFIG_FILE): ConfigResult {
  const source = normalizeText(input);
  const yaml = parseYaml(source);
  if (yaml.problems.length) {
    return { diagnostics: yaml.problems.map((p) => diagnostic('CONFIG_YAML', { detail: p.message, ...(p.messageVi && { detailVi: p.messageVi }) }, { file, line: p.line, column: p.column, source })) };
  }
  const at = (p: readonly PropertyKey[], key = false) => yaml.positionOf(p.map((k) => (typeof k === 'symbol' ? String(k) : k)), key) ?? {};
  const diagnostics: Diagnostic[] = [];
  const raw = stripUnsafeCharacters(yaml.value ?? {}, (p: ConfigPath, characters: string) => {
    diagnostics.push(diagnostic('CONFIG_CONTROL_CHAR', { key: keyName(p), characters }, { file, ...at(p), source }, 'warning'));
  });
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const key of Object.keys(raw)) {
      if (!KNOWN_TOP_KEYS.includes(key)) {
        const suggestion = closestMatch(key, KNOWN_TOP_KEYS);
        diagnostics.push(diagnostic('CONFIG_UNKNOWN_KEY', { key: printable(key), ...(suggestion && { suggestion }) }, { file, ...at([key], true), source }, 'warning'));
      }
    }
  }
  // reportInput: the messages say what YAML made of a value (`title: 2023` is a number).
  const parsed = schema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { diagnostics: [...diagnostics, ...issueDiagnostics(parsed.error.issues, { file, source, at })] };
  const where = { file, source, at };
  const errors = checkReferences(parsed.data, where);
  if (errors.length) return { diagnostics: [...diagnostics, ...errors] };
  return { config: freeze(parsed.data, root), diagnostics: [...diagnostics, ...checkServiceAddresses(parsed.data, where)] };
}

/** One CONFIG_INVALID per key (zod may report `1e300` as both too big for an integer and too big). */
function issueDiagnostics(issues: readonly z.core.$ZodIssue[], { file, source, at }: { file: string; source: string; at: (p: readonly PropertyKey[], key?: boolean) => { line?: number; column?: number } }): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    const key = keyName(issue.path);
    if (seen.has(key)) continue;
    seen.add(key);
    const d = describeIssue(issue);
    out.push(diagnostic('CONFIG_INVALID', { key, problem: d.vi, problemEn: d.en, ...(d.hintVi && { hintVi: d.hintVi }), ...(d.hintEn && { hintEn: d.hintEn }) }, { file, ...closestPosition(issue.path, at), source }));
  }
  return out;
}

/** The deepest path prefix that exists in the YAML (a missing key points at its parent). */
function closestPosition(p: readonly PropertyKey[], at: (p: readonly PropertyKey[], key?: boolean) => { line?: number; column?: number }) {
  for (let n = p.length; n > 0; n--) {
    const pos = at(p.slice(0, n), n < p.length);
    if (pos.line !== undefined) return pos;
  }
  return {};
}

function freeze(c: RawConfig, root: string): ResolvedConfig {
  const categoryName = new Map(c.categories.map((x) => [x.slug, x.name]));
  const locale = canonicalLocale(c.locale)!;
  return deepFreeze({
    root,
    title: c.title,
    description: c.description,
    demo: c.demo,
    preview: false,
    baseUrl: canonicalBaseUrl(c.baseUrl),
    basePath: c.basePath,
    locale,
    lang: locale.split('-')[0]!,
    timeZone: c.timeZone,
    permalink: c.permalink,
    legacyEncoding: c.legacyEncoding,
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
    search: { enabled: c.search.enabled, path: c.search.path },
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
