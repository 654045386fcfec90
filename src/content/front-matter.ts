// Split an article into front-matter and body. gray-matter finds the fences; our YAML engine
// (positions, timestamps kept as strings) parses. Options are always passed: without them
// gray-matter caches results in a module-global and shares parsed objects between calls.
import matter from 'gray-matter';
import { diagnostic, type Diagnostic } from '../errors.js';
import { parseYaml, type ParsedYaml } from '../yaml-document.js';

export interface FrontMatter {
  yaml: ParsedYaml;
  /** The Markdown after the closing fence. */
  body: string;
  /** File line number of the body's first line, so Markdown token lines map back to the file. */
  bodyLine: number;
}

/** File line of the first front-matter line (the one after the opening `---`). */
const YAML_FIRST_LINE = 2;

export function splitFrontMatter(source: string, file: string): { frontMatter?: FrontMatter; diagnostics: Diagnostic[] } {
  if (!/^---[^\n]*\n/.test(source)) {
    return { diagnostics: [diagnostic('FRONTMATTER_MISSING', {}, { file, line: 1, column: 1, source })] };
  }
  const language = /^---([^\n]*)\n/.exec(source)![1]!.trim();
  if (language !== '' && language !== 'yaml') {
    return { diagnostics: [diagnostic('FRONTMATTER_LANGUAGE', { language }, { file, line: 1, column: 4, source })] };
  }
  if (!/\n---[ \t]*(\n|$)/.test(source.slice(3))) {
    return { diagnostics: [diagnostic('FRONTMATTER_UNCLOSED', {}, { file, line: 1, column: 1, source })] };
  }
  let yaml: ParsedYaml | undefined;
  const refuse = (): never => {
    throw new Error('unreachable: only YAML front-matter is accepted');
  };
  const parsed = matter(source, {
    language: 'yaml',
    delimiters: '---',
    engines: {
      yaml: (text: string) => {
        yaml = parseYaml(text);
        return {};
      },
      js: refuse,
      javascript: refuse,
      coffee: refuse,
    },
  } as unknown as Parameters<typeof matter>[1]);
  yaml ??= parseYaml('');
  const diagnostics = yaml.problems.map((p) =>
    diagnostic('FRONTMATTER_YAML', { detail: p.message }, { file, line: p.line + YAML_FIRST_LINE - 1, column: p.column, source }),
  );
  if (diagnostics.length) return { diagnostics };
  const prefix = source.slice(0, source.length - parsed.content.length);
  const bodyLine = prefix.split('\n').length;
  return { frontMatter: { yaml, body: parsed.content, bodyLine }, diagnostics: [] };
}

/** File line/column of a front-matter key's value (or the key itself), for diagnostics. */
export function frontMatterPosition(fm: FrontMatter, key: string, atKey = false): { line?: number; column?: number } {
  const pos = fm.yaml.positionOf([key], atKey);
  return pos ? { line: pos.line + YAML_FIRST_LINE - 1, column: pos.column } : {};
}
