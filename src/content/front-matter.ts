// Split an article into front-matter and body. gray-matter finds the fences; js-yaml parses with the
// core schema, so `date: 2023-01-11 08:00` stays text (the default schema would make it a UTC Date).
// Options are always passed: without them gray-matter caches results in a module-global and shares
// parsed objects between calls.
//
// Why js-yaml here and the `yaml` package for the configuration: front-matter is parsed once per
// article (js-yaml: 12 µs, yaml: 90 µs per article, 0.8 s per 10,000 articles), and its keys are flat,
// so a line scan finds their positions; the configuration is one nested file where exact node
// positions matter more than speed.
import { createRequire } from 'node:module';
import type GrayMatter from 'gray-matter';
import { diagnostic, type Diagnostic } from '../errors.js';
import type JsYaml from 'js-yaml';
import type { ParsedYaml, YamlProblem } from '../yaml-document.js';
import { repairYaml, yamlReason } from './yaml-repair.js';

// Loaded on first use (a pure, bounded module cache): gray-matter brings js-yaml 3 and esprima, a
// tenth of a second that a build reading no article (nothing changed, --version) never needs.
const requireCjs = createRequire(import.meta.url);
let libraries: { matter: typeof GrayMatter; yaml: typeof JsYaml } | undefined;
const lib = (): { matter: typeof GrayMatter; yaml: typeof JsYaml } => (libraries ??= { matter: requireCjs('gray-matter'), yaml: requireCjs('js-yaml') });

export interface FrontMatter {
  yaml: ParsedYaml;
  /** The YAML text between the fences, for what an editor typed (see written-values.ts). */
  yamlText: string;
  /** The Markdown after the closing fence. */
  body: string;
  /** YAML line n is file line n + yamlLineOffset. */
  yamlLineOffset: number;
  /** File line number of the body's first line, so Markdown token lines map back to the file. */
  bodyLine: number;
  /** A key as the editor wrote it (a Vietnamese alias: key-aliases.ts), for looking at its text. */
  keyAsWritten?: (key: string | number) => string | number;
}

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
  let parsedYaml: ParsedYaml | undefined;
  let yamlText = '';
  let yamlLineOffset = 1;
  const refuse = (): never => {
    throw new Error('unreachable: only YAML front-matter is accepted');
  };
  // gray-matter is given the block up to its closing fence, found as it finds it (the first "\n---"
  // after the opening line, which has no line break; there is one, checked above), and the body is
  // what follows, cut as it cuts it. Given the whole file, it copies the file into a Buffer and looks
  // the whole text up in its cache: 0.3 s of CPU per 10,000 articles, for a body it only slices off.
  const closing = source.indexOf('\n---', 3);
  lib().matter(source.slice(0, closing + 4), {
    language: 'yaml',
    delimiters: '---',
    engines: {
      yaml: (text: string) => {
        parsedYaml = parseFrontMatterYaml(text);
        yamlText = text;
        // Where the YAML text starts in the file, whatever gray-matter kept of the fence line.
        yamlLineOffset = source.slice(0, source.indexOf(text)).split('\n').length - 1;
        return {};
      },
      js: refuse,
      javascript: refuse,
      coffee: refuse,
    },
  } as unknown as Parameters<typeof GrayMatter>[1]);
  const yamlResult = parsedYaml ?? parseFrontMatterYaml('');
  if (yamlResult.problems.length) return { diagnostics: yamlDiagnostics(yamlResult.problems[0]!, yamlText, yamlLineOffset, file, source) };
  const body = bodyAfterFence(source.slice(closing + 4));
  const prefix = source.slice(0, source.length - body.length);
  const bodyLine = prefix.split('\n').length;
  return { frontMatter: { yaml: yamlResult, yamlText, yamlLineOffset, body, bodyLine }, diagnostics: [] };
}

/** The text after the closing fence without the line break that ends the fence's line (gray-matter's cut). */
function bodyAfterFence(rest: string): string {
  const afterReturn = rest.startsWith('\r') ? rest.slice(1) : rest;
  return afterReturn.startsWith('\n') ? afterReturn.slice(1) : afterReturn;
}

/** File line/column of a front-matter key's value (or the key itself), for diagnostics. */
export function frontMatterPosition(fm: FrontMatter, key: string, atKey = false): { line?: number; column?: number } {
  const pos = fm.yaml.positionOf([key], atKey);
  return pos ? { line: pos.line + fm.yamlLineOffset, column: pos.column } : {};
}

/** Front-matter YAML: js-yaml for the value, a line scan for where each top-level key sits. */
export function parseFrontMatterYaml(text: string): ParsedYaml {
  let value: unknown;
  const problems: YamlProblem[] = [];
  try {
    value = lib().yaml.load(text, { schema: lib().yaml.CORE_SCHEMA, json: false });
  } catch (error) {
    const e = error as { mark?: { line: number; column: number }; reason?: string; message: string };
    problems.push({ message: e.reason ?? e.message.split('\n')[0]!, line: (e.mark?.line ?? 0) + 1, column: (e.mark?.column ?? 0) + 1 });
  }
  const lines = text.split('\n');
  return {
    value,
    problems,
    positionOf(path, key = false) {
      const name = String(path[0]);
      const line = lines.findIndex((l) => l.startsWith(name) && /^\s*:/.test(l.slice(name.length)));
      if (line < 0) return undefined;
      const valueColumn = /^[^:]*:\s*/.exec(lines[line]!)![0].length + 1;
      const atValue = !key && path.length === 1 && valueColumn <= lines[line]!.length;
      return { line: line + 1, column: atValue ? valueColumn : 1 };
    },
  };
}

/** The YAML error in Vietnamese; where quoting values repairs it, one diagnostic per line to replace, with the line to paste. */
function yamlDiagnostics(problem: YamlProblem, yamlText: string, yamlLineOffset: number, file: string, source: string): Diagnostic[] {
  const reason = yamlReason(problem.message);
  const repairs = repairYaml(yamlText, problem.line);
  if (!repairs) return [diagnostic('FRONTMATTER_YAML', { detail: reason.vi, detailEn: reason.en }, { file, line: problem.line + yamlLineOffset, column: problem.column, source })];
  return [...repairs].map(([line, fixed]) => diagnostic('FRONTMATTER_YAML', { detail: reason.vi, detailEn: reason.en, fix: fixed }, { file, line: line + yamlLineOffset, column: 1, source }));
}
