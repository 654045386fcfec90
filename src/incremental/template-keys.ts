// Which template files a page's template uses: a static scan of extends/include/import/from and of
// fragment("…") calls, followed through every file it names. A name that is not a literal (a variable)
// cannot be followed: then the page depends on every template, which is always correct.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hashOf } from './hash.js';
import { listFilesSorted } from './list-files.js';

const TAG = /\{%-?\s*(?:extends|include|import|from)\s+([^\s%]+)/g;
const FRAGMENT = /\bfragment\s*\(\s*([^,)\s]+)/g;
const LITERAL = /^(["'])([^"']+)\1$/;

export interface TemplateKeys {
  /** The key of a template and everything it uses; the same for every page of that template. */
  keyOf(template: string): string;
  /** The key of every template file in every folder. */
  all(): string;
}

export function createTemplateKeys(templateDirs: readonly string[]): TemplateKeys {
  const texts = new Map<string, { file: string; text: string } | null>();
  const load = (name: string) => {
    if (!texts.has(name)) {
      let found: { file: string; text: string } | null = null;
      for (const dir of templateDirs) {
        const file = path.join(dir, name);
        try {
          found = { file, text: readFileSync(file, 'utf8') };
          break;
        } catch {
          // not in this folder: the next one (the built-in theme) may have it
        }
      }
      texts.set(name, found);
    }
    return texts.get(name)!;
  };
  let everything: string | undefined;
  const all = (): string =>
    (everything ??= hashOf(...templateDirs.flatMap((dir) => listFilesSorted(dir).flatMap((f) => [path.join(dir, f), readFileSync(path.join(dir, f))]))));
  const keys = new Map<string, string>();
  return {
    keyOf(template) {
      let key = keys.get(template);
      if (key === undefined) {
        const closure = closureOf(template, load);
        key = closure ? hashOf(...closure.flatMap((name) => { const t = load(name); return [name, t?.file ?? 'missing', t?.text ?? '']; })) : `all:${all()}`;
        keys.set(template, key);
      }
      return key;
    },
    all,
  };
}

/** Every template name reached from `root`, sorted; undefined when a name is not a literal. */
function closureOf(root: string, load: (name: string) => { text: string } | null): string[] | undefined {
  const seen = new Set<string>([root]);
  const queue = [root];
  while (queue.length) {
    const text = load(queue.pop()!)?.text ?? '';
    for (const pattern of [TAG, FRAGMENT]) {
      for (const m of text.matchAll(pattern)) {
        const literal = LITERAL.exec(m[1]!);
        if (!literal) return undefined;
        if (!seen.has(literal[2]!)) {
          seen.add(literal[2]!);
          queue.push(literal[2]!);
        }
      }
    }
  }
  return [...seen].sort();
}
