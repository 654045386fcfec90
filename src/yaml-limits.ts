// Bounds on what a YAML document may expand to, checked on the parsed nodes before any value is
// built. Aliases let a few lines stand for billions of values ("billion laughs"), refer to the node
// that contains them (a cycle), or name an anchor that does not exist; the `yaml` package throws on
// some of these with no position. Here each becomes a problem at the alias's (or node's) offset.
import { isAlias, isCollection, isPair, type Document } from 'yaml';

/** Values (scalars, lists, maps) once aliases are expanded: a site's configuration has a few hundred. */
export const MAX_YAML_NODES = 10_000;
/** Levels of lists and maps: a configuration needs four. */
export const MAX_YAML_DEPTH = 20;

export interface YamlLimitProblem {
  readonly offset: number;
  readonly message: string;
  readonly messageVi: string;
}

interface Measure {
  readonly size: number;
  readonly height: number;
}

const NOTHING: Measure = { size: 0, height: 0 };

export function checkYamlLimits(doc: Document): YamlLimitProblem | undefined {
  const anchors = new Map<string, unknown>(); // name → the latest node with it, in document order
  const measured = new Map<unknown, Measure>();
  const open = new Set<unknown>();
  let total = 0;
  let problem: YamlLimitProblem | undefined;
  const fail = (node: unknown, message: string, messageVi: string): Measure => {
    problem ??= { offset: offsetOf(node), message, messageVi };
    return NOTHING;
  };
  const tooMany = (node: unknown): Measure =>
    fail(node, `aliases expand to more than ${MAX_YAML_NODES} values (a "billion laughs" document)`, `các bí danh (*) nhân lên thành hơn ${MAX_YAML_NODES} giá trị (kiểu tấn công “billion laughs”)`);

  const visit = (node: unknown, depth: number): Measure => {
    if (problem) return NOTHING;
    if (isPair(node)) {
      const key = visit(node.key, depth);
      const value = visit(node.value, depth);
      return { size: key.size + value.size, height: Math.max(key.height, value.height) };
    }
    if (depth > MAX_YAML_DEPTH) return fail(node, `nesting deeper than ${MAX_YAML_DEPTH} levels`, `lồng nhau sâu quá ${MAX_YAML_DEPTH} cấp`);
    if (isAlias(node)) {
      const source = anchors.get(node.source);
      if (source === undefined) return fail(node, `alias *${node.source} has no anchor &${node.source} before it`, `bí danh *${node.source} không có neo &${node.source} ở phía trước`);
      if (open.has(source)) return fail(node, `alias *${node.source} is inside the node it refers to (a loop)`, `bí danh *${node.source} nằm bên trong chính giá trị nó trỏ tới (vòng lặp)`);
      const m = measured.get(source) ?? NOTHING;
      if (depth + m.height - 1 > MAX_YAML_DEPTH) return fail(node, `alias *${node.source} makes the nesting deeper than ${MAX_YAML_DEPTH} levels`, `bí danh *${node.source} làm giá trị lồng sâu quá ${MAX_YAML_DEPTH} cấp`);
      total += m.size;
      if (total > MAX_YAML_NODES) return tooMany(node);
      return m;
    }
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) anchors.set(anchor, node);
    open.add(node);
    total += 1;
    let size = 1;
    let height = 0;
    for (const child of isCollection(node) ? node.items : []) {
      const m = visit(child, depth + 1);
      size += m.size;
      height = Math.max(height, m.height);
    }
    open.delete(node);
    const m = { size, height: height + 1 };
    measured.set(node, m);
    return total > MAX_YAML_NODES ? tooMany(node) : m;
  };

  if (doc.contents !== null) visit(doc.contents, 1);
  return problem;
}

function offsetOf(node: unknown): number {
  if (isPair(node)) return offsetOf(node.key ?? node.value);
  return (node as { range?: readonly number[] } | null)?.range?.[0] ?? 0;
}
