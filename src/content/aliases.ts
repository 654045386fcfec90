// Front-matter `aliases` → the article's old addresses in normal form, each with the line it is on,
// or an ALIAS_INVALID diagnostic on that line.
import { diagnostic, type Diagnostic } from '../errors.js';
import { aliasOutputPath, normaliseAlias } from './alias-path.js';

export interface Alias {
  /** As the editor wrote it. */
  readonly written: string;
  /** Decoded, normalised site path: "/tin-tức/bài-cũ.html". */
  readonly path: string;
  /** Normalised query without "?", when the old address had one. */
  readonly query?: string;
  /** Where it is written in the article's file. */
  readonly line?: number;
  readonly column?: number;
}

export interface AliasSource {
  readonly file?: string;
  /** The whole article text, for the lines and the code frame. */
  readonly source?: string;
  /** Line and column of the `aliases` key's value. */
  readonly line?: number;
  readonly column?: number;
}

const EXAMPLE = 'aliases: [/index.php?option=com_content&id=123]';

export function readAliases(value: unknown, at: AliasSource): { aliases: Alias[]; diagnostics: Diagnostic[] } {
  if (value === undefined || value === null) return { aliases: [], diagnostics: [] };
  const items = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
  const { file, source, line, column } = at;
  const where = { file, source, line, column };
  if (!items || items.some((x) => typeof x !== 'string')) {
    return { aliases: [], diagnostics: [diagnostic('FIELD_TYPE', { key: 'aliases', example: EXAMPLE, expected: 'một danh sách đường dẫn', expectedEn: 'a list of paths' }, where)] };
  }
  const locate = itemLocator(at, items.length);
  const aliases: Alias[] = [];
  const diagnostics: Diagnostic[] = [];
  // Two spellings of one address in one article (/x/ and /x/index.html) are one redirect.
  const seen = new Set<string>();
  (items as string[]).forEach((item, index) => {
    const written = item.trim();
    if (!written) return;
    const position = locate(written, index);
    const normal = normaliseAlias(written);
    if ('problem' in normal) {
      diagnostics.push(diagnostic('ALIAS_INVALID', { alias: visible(written), reason: normal.problem.vi, reasonEn: normal.problem.en }, { ...where, ...position }));
      return;
    }
    const key = normal.alias.query === undefined ? aliasOutputPath(normal.alias.path).toLowerCase() : `${normal.alias.path}?${normal.alias.query}`.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    aliases.push({ written, ...normal.alias, ...position });
  });
  return { aliases, diagnostics };
}

/** The alias with control and invisible characters spelled out ("/a<U+0000>b"), so a message never carries them raw. */
function visible(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]|(?! )\s/gu, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

/**
 * Where each item is written: in a block list (`- /x`, one per line) the n-th item line; in a flow
 * list (`[/x, /y]`) the item's text, searched in order from the `aliases` key to the next key or
 * the closing fence. An item whose text differs from its YAML spelling gets the key's position.
 */
function itemLocator(at: AliasSource, count: number): (written: string, index: number) => { line?: number; column?: number } {
  const fallback = { ...(at.line !== undefined && { line: at.line }), ...(at.column !== undefined && { column: at.column }) };
  if (at.line === undefined || at.source === undefined) return () => fallback;
  const lines = at.source.split('\n');
  const end = lines.findIndex((l, i) => i >= at.line! && (/^---\s*$/.test(l) || /^[^\s#-][^:]*:/.test(l)));
  const last = end < 0 ? lines.length : end;
  const blockItems: number[] = [];
  for (let n = at.line; n < last; n++) if (/^\s*-(\s|$)/.test(lines[n]!)) blockItems.push(n);
  if (blockItems.length === count) {
    return (_written, index) => {
      const n = blockItems[index]!;
      return { line: n + 1, column: /^\s*-\s*/.exec(lines[n]!)![0].length + 1 };
    };
  }
  let line = at.line - 1;
  let from = 0;
  return (written) => {
    for (let n = line; n < last; n++) {
      const index = lines[n]!.indexOf(written, n === line ? from : 0);
      if (index >= 0) {
        line = n;
        from = index + written.length;
        return { line: n + 1, column: index + 1 };
      }
    }
    return fallback;
  };
}
