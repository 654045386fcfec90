// The diagnostics an editor sees, read back from the CLI's stderr. The first line of each one is
//   content/bai-viet/x.md:3:7 DATE_INVALID Ngày "32/01/2023" …        (an error)
//   content/bai-viet/x.md:9:1 IMAGE_ALT_MISSING (cảnh báo) Ảnh …     (a warning)
//   CONFIG_MISSING Không tìm thấy …                                     (no file)
// File names may contain spaces, so the location is whatever comes before the first CODE token.

export interface PrintedDiagnostic {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** The whole first line, for failure messages. */
  readonly text: string;
}

const FIRST_LINE = /^(?:(.+?)(?::(\d+)(?::(\d+))?)? )?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+) (\((?:cảnh báo|warning)\) )?/;

export function readDiagnostics(stderr: string): PrintedDiagnostic[] {
  const found: PrintedDiagnostic[] = [];
  for (const text of stderr.split('\n')) {
    if (text === '' || /^\s/.test(text)) continue; // code frames and hints are indented
    const m = FIRST_LINE.exec(text);
    if (!m) continue;
    const [, file, line, column, code, warning] = m;
    found.push({
      code: code!,
      severity: warning ? 'warning' : 'error',
      ...(file !== undefined && { file }),
      ...(line !== undefined && { line: Number(line) }),
      ...(column !== undefined && { column: Number(column) }),
      text,
    });
  }
  return found;
}
