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

/**
 * The machine failed, not the content: a disk full, a permission, a file system that refuses an
 * operation. Names the path and the OS error; never blames the editor. Exit code 74 (EX_IOERR).
 */
export class InfrastructureError extends Error {
  override name = 'InfrastructureError';
  constructor(
    /** What baotinh was doing, in Vietnamese and English: "ghi bộ nhớ đệm ảnh" / "writing the image cache". */
    readonly action: { readonly vi: string; readonly en: string },
    readonly path: string,
    cause: unknown,
  ) {
    super(`${action.en}: ${path}: ${osErrorText(cause)}`, { cause });
  }
}

/** "ENOSPC: no space left on device" from a Node error, or the message of anything else. */
export function osErrorText(error: unknown): string {
  const e = error as NodeJS.ErrnoException | undefined;
  if (e && typeof e === 'object' && typeof e.code === 'string' && typeof e.message === 'string') {
    return e.message.startsWith(e.code) ? e.message.split(', ')[0]! : `${e.code}: ${e.message}`;
  }
  return String((error as Error | undefined)?.message ?? error);
}

/** Run an I/O step; any failure becomes an InfrastructureError naming `file`. */
export function onDisk<T>(action: InfrastructureError['action'], file: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw new InfrastructureError(action, file, error);
  }
}

/** Lines `line-2 .. line+2` with a gutter and a caret under `column` (both 1-based). */
export function codeFrame(source: string, line: number, column?: number): string {
  const lines = linesOf(source);
  const first = Math.max(1, line - 2);
  const last = Math.min(lines.length, line + 2);
  const width = String(last).length;
  // A long line (a pasted paragraph, a row of links) is cut to a window around the column, so
  // a thousand problems on one line print a thousand short frames, not a thousand copies of it.
  const start = column !== undefined && column > FRAME_WIDTH / 2 ? column - 1 - FRAME_WIDTH / 2 : 0;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const marker = n === line ? '>' : ' ';
    out.push(`${marker} ${String(n).padStart(width)} | ${visibleControls(clip(lines[n - 1] ?? '', start))}`);
    if (n === line && column !== undefined && column > 0) {
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(column - 1 - start + (start > 0 ? 1 : 0))}^`);
    }
  }
  return out.join('\n');
}

const FRAME_WIDTH = 120;

function clip(text: string, start: number): string {
  const end = start + FRAME_WIDTH;
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${text.length > end ? '…' : ''}`;
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

// One article can produce thousands of diagnostics (20,000 broken links): splitting its text once,
// not once per diagnostic, keeps reporting linear. Pure and bounded (one entry), so allowed at module level.
let lastSource: string | undefined;
let lastLines: readonly string[] = [];
function linesOf(source: string): readonly string[] {
  if (source !== lastSource) {
    lastSource = source;
    lastLines = source.split(/\r?\n/);
  }
  return lastLines;
}

/**
 * Source lines are printed to a terminal: a control character (an escape sequence, a bell, a
 * right-to-left override) in an editor's file must show as itself, not act on the terminal.
 * C0 controls become their Unicode control pictures (␛), others a visible code point.
 */
export function visibleControls(line: string): string {
  return line.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}
