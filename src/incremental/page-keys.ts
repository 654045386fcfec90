// The key of every output file: exactly what it is made from. Two builds that give a page the same
// key give it the same bytes, so a page whose key is unchanged is kept, not rendered.
import type { OutputSpec } from '../routes/output-spec.js';
import { hashOf } from './hash.js';
import type { TemplateKeys } from './template-keys.js';
import { byCodePoint } from '../compare.js';

/** What every page shares: code, configuration, the site's chrome (menus, sidebars), assets, photos. */
export function sharedPageKey(parts: { codeKey: string; configKey: string; chrome: unknown; assetHashes: unknown; images: ReadonlyMap<string, unknown> }): string {
  // Photos finish in any order (they are processed side by side): the key takes them sorted.
  const images = [...parts.images].sort(([a], [b]) => byCodePoint(a, b));
  return hashOf(parts.codeKey, parts.configKey, JSON.stringify(parts.chrome), JSON.stringify(parts.assetHashes), JSON.stringify(images));
}

/** The text that page data's key is made of, while the known objects stand as their keys. */
export interface ValueKeys {
  (value: unknown): string;
  /** Put the known objects back as they were (call when every key is made). */
  done(): void;
}

/**
 * The text a value's key is made of: its JSON, in which an object whose key is known already (an
 * article summary: the key of its rendering and its view count) stands as `{"\u0000": key}`. An
 * article's summary appears on its own page, in listings, feeds and the related lists of others:
 * serialising it for each of those thirty pages cost seconds at 10,000 articles. No route builds an
 * object with a property named U+0000, so a stand-in is never taken for real data. The stand-in is
 * a `toJSON` the known objects carry only until `done()` (not enumerable: templates, threads and
 * the saved state never see it); a replacer function would make JSON.stringify several times slower.
 */
export function createValueKeys(known: Iterable<readonly [object, string]> = []): ValueKeys {
  const marked: object[] = [];
  for (const [value, key] of known) {
    if (Object.prototype.hasOwnProperty.call(value, 'toJSON') || !Object.isExtensible(value)) continue;
    const standIn = { '\u0000': key };
    Object.defineProperty(value, 'toJSON', { value: () => standIn, enumerable: false, configurable: true });
    marked.push(value);
  }
  const keyOf = ((value: unknown) => JSON.stringify(value) ?? '') as ValueKeys;
  keyOf.done = () => {
    for (const value of marked) delete (value as { toJSON?: unknown }).toJSON;
    marked.length = 0;
  };
  return keyOf;
}

/**
 * A page's key: the shared key, its template and every template that one uses, where it goes, its
 * data, and the body it shows. Route data is plain (no Maps, no classes), so its JSON shows all of it.
 */
export function pageKeyOf(spec: OutputSpec, shared: string, templates: TemplateKeys, dataKey: ValueKeys, bodyKey: string | undefined): string {
  if (spec.content !== undefined) return hashOf('content', spec.output, spec.content);
  return hashOf(shared, spec.template ? templates.keyOf(spec.template) : '', spec.url, spec.output, dataKey(spec.data), bodyKey ?? '');
}

/** The key of a plan: what it was made from but the articles (plan-site.ts pagesRestKey), and the
 *  keys of their summaries in site order. */
export function pagesKeyOf(pagesRestKey: string, summaryKeysInSiteOrder: readonly string[]): string {
  return hashOf(pagesRestKey, JSON.stringify(summaryKeysInSiteOrder));
}

/**
 * Whether page data shows one of these article summaries (the very objects: routes put summaries in
 * page data as they are) or one of these texts (what a route copied out of one: its address, its
 * headline). Other summaries are not looked into.
 */
export function showsAny(data: unknown, summaries: ReadonlySet<object>, texts: ReadonlySet<string>, known: ReadonlySet<object>): boolean {
  if (typeof data === 'string') return texts.has(data);
  if (data === null || typeof data !== 'object') return false;
  if (summaries.has(data)) return true;
  if (known.has(data)) return false;
  if (Array.isArray(data)) {
    for (const item of data) if (showsAny(item, summaries, texts, known)) return true;
    return false;
  }
  const record = data as Record<string, unknown>;
  for (const key in record) if (showsAny(record[key], summaries, texts, known)) return true;
  return false;
}
