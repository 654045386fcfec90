// YAML with positions. We use the `yaml` package's YAML 1.2 core schema: timestamps stay
// strings (js-yaml would turn `date: 2023-01-11 08:00` into a UTC Date), duplicate keys are errors,
// and every node keeps its source range so diagnostics can name the line. Aliases and nesting are
// bounded (yaml-limits.ts) before the value is built, so no document can hang or crash the build.
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { checkYamlLimits, MAX_YAML_DEPTH, MAX_YAML_NODES } from './yaml-limits.js';

const tooDeep = { message: `nesting deeper than ${MAX_YAML_DEPTH} levels`, messageVi: `lồng nhau sâu quá ${MAX_YAML_DEPTH} cấp` };

export interface YamlProblem {
  message: string;
  /** Vietnamese wording, for the problems we find ourselves (the parser's own are English only). */
  messageVi?: string;
  /** 1-based, relative to the YAML text. */
  line: number;
  column: number;
}

export interface ParsedYaml {
  value: unknown;
  problems: YamlProblem[];
  /** 1-based line (and column) of the value (or, with `key`, the key) at `path`, if present. */
  positionOf(path: readonly (string | number)[], key?: boolean): { line: number; column: number } | undefined;
}

export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false, lineCounter });
  const problems: YamlProblem[] = doc.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    // The parser runs out of stack on thousands of nested brackets and says so in those words.
    if (/call stack/i.test(e.message)) return { ...tooDeep, line: pos.line, column: pos.col };
    return { message: firstLine(e.message).replace(/ at line \d+, column \d+:?$/, ''), line: pos.line, column: pos.col };
  });
  const positionOf: ParsedYaml['positionOf'] = (path, key = false) => {
    const parentPath = path.slice(0, -1);
    const last = path[path.length - 1];
    const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
    let offset: number | undefined;
    if (isMap(parent) && last !== undefined) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
      const node = key ? pair?.key : (pair?.value ?? pair?.key);
      offset = (node as { range?: [number, number] } | undefined)?.range?.[0];
    } else {
      const node = doc.getIn(path, true) as { range?: [number, number] } | undefined;
      offset = node?.range?.[0];
    }
    if (offset === undefined) return undefined;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const value = problems.length ? undefined : buildValue(doc, lineCounter, problems);
  return { value, problems, positionOf };
}

/** The plain value, or undefined with a problem pushed when the document exceeds the limits. */
function buildValue(doc: Document, lineCounter: LineCounter, problems: YamlProblem[]): unknown {
  const limit = checkYamlLimits(doc);
  if (limit) {
    const pos = lineCounter.linePos(limit.offset);
    problems.push({ message: limit.message, messageVi: limit.messageVi, line: pos.line, column: pos.col });
    return undefined;
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_YAML_NODES });
  } catch (error) {
    // Not expected after the checks above; still a problem of the document, not a crash.
    problems.push({ message: firstLine((error as Error).message), line: 1, column: 1 });
    return undefined;
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
