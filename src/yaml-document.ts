// YAML with positions. We use the `yaml` package's YAML 1.2 core schema: timestamps stay
// strings (js-yaml would turn `date: 2023-01-11 08:00` into a UTC Date), duplicate keys are errors,
// and every node keeps its source range so diagnostics can name the line.
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';

export interface YamlProblem {
  message: string;
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
  const problems = doc.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return { message: firstLine(e.message), line: pos.line, column: pos.col };
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
  return { value: problems.length ? undefined : doc.toJS({ maxAliasCount: 50 }), problems, positionOf };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
