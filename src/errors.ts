// Diagnostics are for editors: a permanent code, where, what is wrong, how to fix it.
// Internal bugs are ordinary Errors and keep their cause and stack.
import type { MessageCode, MessageParams } from './messages.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  readonly code: MessageCode;
  readonly severity: Severity;
  readonly params: MessageParams;
  /** Project-relative path with forward slashes. */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** A few lines of source around `line`, already formatted. */
  readonly frame?: string;
}

export interface Location {
  file?: string;
  line?: number;
  column?: number;
  /** Source text the frame is cut from (the whole file). */
  source?: string;
}

export function diagnostic(
  code: MessageCode,
  params: MessageParams,
  where: Location = {},
  severity: Severity = 'error',
): Diagnostic {
  const frame =
    where.source !== undefined && where.line !== undefined
      ? codeFrame(where.source, where.line, where.column)
      : undefined;
  return {
    code,
    severity,
    params,
    ...(where.file !== undefined && { file: where.file }),
    ...(where.line !== undefined && { line: where.line }),
    ...(where.column !== undefined && { column: where.column }),
    ...(frame !== undefined && { frame }),
  };
}

/** Thrown to stop a build because of user errors; carries every diagnostic collected. */
export class BuildFailure extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(`${diagnostics.filter((d) => d.severity === 'error').length} error(s)`);
    this.name = 'BuildFailure';
  }
}

/** A wrong command line: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Lines `line-2 .. line+2` with a gutter and a caret under `column` (both 1-based). */
export function codeFrame(source: string, line: number, column?: number): string {
  const lines = source.split(/\r?\n/);
  const first = Math.max(1, line - 2);
  const last = Math.min(lines.length, line + 2);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const marker = n === line ? '>' : ' ';
    out.push(`${marker} ${String(n).padStart(width)} | ${lines[n - 1] ?? ''}`);
    if (n === line && column !== undefined && column > 0) {
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(column - 1)}^`);
    }
  }
  return out.join('\n');
}

/** Stable order: by file, then line, then code, so output never depends on discovery order. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file ?? '').localeCompare(b.file ?? '', 'en') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.code.localeCompare(b.code, 'en')
  );
}
