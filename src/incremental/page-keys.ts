// The key of every output file: exactly what it is made from. Two builds that give a page the same
// key give it the same bytes, so a page whose key is unchanged is kept, not rendered.
import type { OutputSpec } from '../routes/output-spec.js';
import { hashOf } from './hash.js';
import type { TemplateKeys } from './template-keys.js';

/** What every page shares: code, configuration, the site's chrome (menus, sidebars), assets, photos. */
export function sharedPageKey(parts: { codeKey: string; configKey: string; chrome: unknown; assetHashes: unknown; images: ReadonlyMap<string, unknown> }): string {
  // Photos finish in any order (they are processed side by side): the key takes them sorted.
  const images = [...parts.images].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return hashOf(parts.codeKey, parts.configKey, JSON.stringify(parts.chrome), JSON.stringify(parts.assetHashes), JSON.stringify(images));
}

/**
 * A page's key: the shared key, its template and every template that one uses, where it goes, its
 * data, and the body it shows. Route data is plain (no Maps, no classes), so JSON shows all of it.
 */
export function pageKeyOf(spec: OutputSpec, shared: string, templates: TemplateKeys, bodyKey: string | undefined): string {
  if (spec.content !== undefined) return hashOf('content', spec.output, spec.content);
  return hashOf(shared, spec.template ? templates.keyOf(spec.template) : '', spec.url, spec.output, JSON.stringify(spec.data), bodyKey ?? '');
}
