// What an editor typed for a front-matter value, for the checks where the value YAML reads is not
// enough: `views: 0x10` reads as 16, `tags: [0012]` as 12, `author: .nan` as NaN. The YAML is parsed
// again with positions (the `yaml` package) only when such a value turns up, which is rare.
import { createRequire } from 'node:module';
import type { Document } from 'yaml';

// Loaded on first use: the `yaml` package is a twentieth of a second to load, and a build that reads
// only plain values (an edited article, most builds) never needs it.
const requireCjs = createRequire(import.meta.url);
let yamlLibrary: typeof import('yaml') | undefined;
const yaml = (): typeof import('yaml') => (yamlLibrary ??= requireCjs('yaml') as typeof import('yaml'));

export interface WrittenScalar {
  /** The value exactly as written, without a trailing comment. */
  readonly text: string;
  /** Unquoted: only then can YAML have read it as a number. */
  readonly plain: boolean;
}

export type WrittenValues = (path: readonly (string | number)[]) => WrittenScalar | undefined;

export function writtenValues(yamlText: string): WrittenValues {
  let doc: Document | undefined;
  return (path) => {
    // The common case (`views: 2238`) is read off the key's line: a full parse costs ~90 µs an article.
    const simple = path.length === 1 ? plainDigitsOnKeyLine(yamlText, String(path[0])) : undefined;
    if (simple !== undefined) return { text: simple, plain: true };
    doc ??= yaml().parseDocument(yamlText, { version: '1.2', schema: 'core', uniqueKeys: false, prettyErrors: false });
    const node = doc.getIn(path, true);
    if (!yaml().isScalar(node) || !node.range) return undefined;
    return { text: yamlText.slice(node.range[0], node.range[1]), plain: node.type === 'PLAIN' };
  };
}

/** `2238` from a top-level line `key: 2238` (optionally with a comment); undefined for anything else. */
function plainDigitsOnKeyLine(yamlText: string, key: string): string | undefined {
  const at = yamlText.startsWith(`${key}:`) ? 0 : yamlText.indexOf(`\n${key}:`) + 1;
  if (at === 0 && !yamlText.startsWith(`${key}:`)) return undefined;
  const end = yamlText.indexOf('\n', at);
  const line = yamlText.slice(at + key.length + 1, end < 0 ? undefined : end);
  return /^[ \t]+(\d+)[ \t]*(?:#.*)?$/.exec(line)?.[1];
}

/** A whole number in plain decimal digits, the only way a count or a numeric name is written. */
export function isPlainDigits(written: WrittenScalar | undefined): boolean {
  return written !== undefined && written.plain && /^\d+$/.test(written.text);
}
