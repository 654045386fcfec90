// The pages of a build and their keys: planned in full, or taken over from the last build when
// everything pages are planned from is the same (every article's summary, the configuration, photos,
// public files, templates) and only bodies changed. Then only the pages of the articles whose body
// changed are planned (their data, related lists included, is what a full plan would give), and the
// other pages keep the keys on record. A page that must be rendered for another reason (its
// published file was edited by hand) plans the whole site after all: the fallback is always there.
import type { Diagnostic } from '../errors.js';
import type { OutputSpec } from '../routes/output-spec.js';
import type { OutputRecord, PagesMemo } from './build-state.js';

export interface PagePlan {
  /** Output paths of the pages, in plan order. */
  readonly outputs: readonly string[];
  readonly keys: readonly string[];
  /** Page `index`'s spec; a page not planned alone makes the whole plan (once). */
  spec(index: number): OutputSpec;
  readonly diagnostics: readonly Diagnostic[];
  /** Taken over from the last build, or planned in full now. */
  readonly reused: boolean;
  /** What the next build needs to take this plan over. */
  memo(): PagesMemo;
}

export interface PlanInputs {
  /** Everything the plan and the pages' keys are made from, except the bodies. */
  readonly key: string;
  readonly remembered: PagesMemo | undefined;
  /** The last build's output records (their keys, in plan order, then the copied files). */
  readonly records: ReadonlyMap<string, OutputRecord> | undefined;
  /** Article id → the key of its body now. */
  readonly bodyKeys: { get(id: string): string | undefined };
  readonly planAll: () => { specs: OutputSpec[]; diagnostics: Diagnostic[] };
  readonly planArticle: (id: string) => OutputSpec | undefined;
  readonly keyOf: (spec: OutputSpec) => string;
}

export function planPages(inputs: PlanInputs): PagePlan {
  return reusePlan(inputs) ?? fullPlan(inputs, inputs.planAll());
}

function fullPlan(inputs: PlanInputs, planned: { specs: OutputSpec[]; diagnostics: Diagnostic[] }): PagePlan {
  const { specs, diagnostics } = planned;
  const keys = specs.map(inputs.keyOf);
  return {
    outputs: specs.map((s) => s.output),
    keys,
    spec: (index) => specs[index]!,
    diagnostics,
    reused: false,
    memo: () => ({
      key: inputs.key,
      pageCount: specs.length,
      articles: specs.flatMap((s, index) => (s.articleId === undefined ? [] : [[index, s.articleId, inputs.bodyKeys.get(s.articleId) ?? ''] as const])),
      diagnostics,
    }),
  };
}

/** The plan of the published version with the pages of the articles whose body changed planned again; undefined if it cannot be taken over. */
export function reusePlan(inputs: PlanInputs): PagePlan | undefined {
  const { remembered, records } = inputs;
  if (!remembered || remembered.key !== inputs.key || !records || records.size < remembered.pageCount) return undefined;
  const outputs: string[] = [];
  const keys: string[] = [];
  for (const [output, record] of records) {
    if (outputs.length === remembered.pageCount) break;
    outputs.push(output);
    keys.push(record.key);
  }
  const alone = new Map<number, OutputSpec>();
  for (const [index, id, bodyKey] of remembered.articles) {
    if (inputs.bodyKeys.get(id) === bodyKey) continue;
    const spec = inputs.planArticle(id);
    if (!spec || spec.output !== outputs[index]) return undefined;
    alone.set(index, spec);
    keys[index] = inputs.keyOf(spec);
  }
  let all: OutputSpec[] | undefined;
  return {
    outputs,
    keys,
    spec(index) {
      const planned = alone.get(index);
      if (planned) return planned;
      all ??= inputs.planAll().specs;
      if (all[index]?.output !== outputs[index]) throw new Error(`internal: the plan taken over differs from the full plan at ${outputs[index]}`);
      return all[index]!;
    },
    diagnostics: remembered.diagnostics,
    reused: true,
    memo: () => ({ ...remembered, articles: remembered.articles.map(([index, id]) => [index, id, inputs.bodyKeys.get(id) ?? ''] as const) }),
  };
}

/** The records with the pages first, in plan order (what reusePlan reads back), then the copied files. */
export function recordsInPlanOrder(pages: readonly string[], records: ReadonlyMap<string, OutputRecord>): Map<string, OutputRecord> {
  const ordered = new Map<string, OutputRecord>();
  for (const output of pages) ordered.set(output, records.get(output)!);
  for (const [output, record] of records) if (!ordered.has(output)) ordered.set(output, record);
  return ordered;
}
