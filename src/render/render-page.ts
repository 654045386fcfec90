// One OutputSpec → HTML. A template error becomes a diagnostic naming the template file and line.
import { readFileSync } from 'node:fs';
import type nunjucks from 'nunjucks';
import { diagnostic, type Diagnostic } from '../errors.js';
import type { OutputSpec } from '../routes/output-spec.js';
import type { Chrome } from '../site/site.js';

export class TemplateFailure extends Error {
  constructor(readonly diagnostic: Diagnostic, cause: unknown) {
    super('template failure', { cause });
  }
}

/**
 * Template errors of many pages, each distinct one (template, line, column, text) kept once with the
 * number of pages it broke: a typo in the base template is one message, not 13,000.
 */
export class TemplateFailures {
  private readonly byKey = new Map<string, { diagnostic: Diagnostic; pages: number }>();
  get size(): number {
    return this.byKey.size;
  }
  /** `pages` defaults to what an already merged diagnostic carries (threads report their own counts). */
  add(d: Diagnostic, pages = Number(d.params.pages ?? 1)): void {
    const key = `${d.file}:${d.line}:${d.column}:${d.code}:${String(d.params.detail)}`;
    const known = this.byKey.get(key);
    if (known) known.pages += pages;
    else this.byKey.set(key, { diagnostic: d, pages });
  }
  list(): Diagnostic[] {
    return [...this.byKey.values()].map(({ diagnostic: d, pages }) => (pages > 1 ? { ...d, params: { ...d.params, pages } } : d));
  }
}

export function renderPage(env: nunjucks.Environment, spec: OutputSpec, chrome: Chrome, projectRoot: string): string {
  if (spec.content !== undefined) return spec.content;
  try {
    return env.render(spec.template!, { ...spec.data, site: chrome, pageUrl: spec.url });
  } catch (error) {
    throw new TemplateFailure(templateDiagnostic(error as Error, spec, projectRoot), error);
  }
}

/** Nunjucks puts "(file) [Line n, Column m]" in the message text; turn that into a location. */
export function templateDiagnostic(error: Error, spec: OutputSpec, projectRoot: string): Diagnostic {
  const message = error.message ?? String(error);
  // Nunjucks stacks one "(file) [Line, Column]" per frame, outermost first; the last is where it failed.
  const where = [...message.matchAll(/\(([^()\n]+)\) \[Line (\d+), Column (\d+)\]/g)].pop() ?? /\(([^()\n]+)\)/.exec(message);
  const detail = message.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('Template render error') && !/^\(.*\)( \[Line.*)?$/.test(l)).pop() ?? message;
  const undefinedValue = /undefined|null/.test(detail) && /output/.test(detail);
  const file = where?.[1] ? relativeTo(projectRoot, where[1]) : (spec.template ?? spec.output);
  return diagnostic(undefinedValue ? 'TEMPLATE_UNDEFINED' : 'TEMPLATE_ERROR', { page: spec.url, detail }, {
    file,
    ...(where?.[2] !== undefined && { line: Number(where[2]), column: Number(where[3]), source: readTemplate(where[1]!) }),
  });
}

/** The template's text for the code frame; this runs only on the error path. */
function readTemplate(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function relativeTo(root: string, file: string): string {
  return file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
}
