// The configuration `baotinh init` writes: valid with no warning, only keys the schema knows (zod
// drops unknown nested keys without a word, so a misspelt one would be silently ignored), and every
// key explained in Vietnamese on the line above it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { STARTER_DIR } from '../../src/commands/init-site.js';
import { resolveConfig } from '../../src/config.js';
import { schema } from '../../src/config-schema.js';

const CONFIG_TEXT = readFileSync(path.join(STARTER_DIR, 'baotinh.config.yaml'), 'utf8');
const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

interface KeyLine {
  /** Keys from the top, list items left out: "categories.slug". */
  readonly path: string;
  readonly line: number;
}

/** Every `key:` line of the YAML text with its path, found by indentation (list items count as 2 more). */
function keyLines(text: string): KeyLine[] {
  const stack: { indent: number; key: string }[] = [];
  const found: KeyLine[] = [];
  text.split('\n').forEach((line, index) => {
    const m = /^(\s*)(- )?([A-Za-z][\w-]*):/.exec(line);
    if (!m) return;
    const indent = m[1]!.length + (m[2] ? 2 : 0);
    while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop();
    stack.push({ indent, key: m[3]! });
    found.push({ path: stack.map((s) => s.key).join('.'), line: index });
  });
  return found;
}

/** Whether the schema has a place for this key path (through defaults, optionals, arrays, unions). */
function schemaAccepts(node: z.ZodType, keys: readonly string[]): boolean {
  const def = (node as unknown as { def: { type: string; innerType?: z.ZodType; element?: z.ZodType; options?: z.ZodType[]; shape?: Record<string, z.ZodType> } }).def;
  if (def.type === 'default' || def.type === 'optional') return schemaAccepts(def.innerType!, keys);
  if (keys.length === 0) return true;
  if (def.type === 'array') return schemaAccepts(def.element!, keys);
  if (def.type === 'union') return def.options!.some((o) => schemaAccepts(o, keys));
  if (def.type === 'object') {
    const child = def.shape![keys[0]!];
    return child !== undefined && schemaAccepts(child, keys.slice(1));
  }
  return false;
}

describe('the starter configuration', () => {
  it('resolves with no error and no warning', () => {
    const result = resolveConfig(CONFIG_TEXT, '/site');
    expect(result.diagnostics).toEqual([]);
    expect(result.config?.categories.map((c) => c.slug)).toContain('tin-hoat-dong');
  });

  it('uses only keys the configuration schema accepts, at every level', () => {
    const paths = keyLines(CONFIG_TEXT).map((k) => k.path);
    expect(paths).toContain('categories.slug');
    expect(paths).toContain('contact.responsible');
    expect(paths.filter((p) => !schemaAccepts(schema, p.split('.')))).toEqual([]);
  });

  it('explains every key in Vietnamese on the line above it (at its first use)', () => {
    const lines = CONFIG_TEXT.split('\n');
    const firstUse = new Map<string, number>();
    for (const k of keyLines(CONFIG_TEXT)) if (!firstUse.has(k.path)) firstUse.set(k.path, k.line);
    const unexplained = [...firstUse].filter(([, line]) => {
      const above = lines[line - 1] ?? '';
      return !/^\s*#/.test(above) || !VIETNAMESE_LETTER.test(above);
    });
    expect(unexplained.map(([p, line]) => `${p} (dòng ${line + 1})`)).toEqual([]);
  });
});
