// Characters no Vietnamese news text means and no page may carry: C0 and C1 control characters
// (a paste from a terminal, Windows-1252 bytes read wrongly; NUL would become "�"), noncharacters,
// and halves of emoji (lone surrogates, only reachable through YAML escapes). Tabs and line ends stay.
// HTML calls the others parse errors and XML (feeds, sitemaps) forbids them, so they are removed,
// with a warning saying where: the editor should know the text was damaged.
import { codePointName } from '../vi/look-alike.js';

const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

export interface ControlFinding {
  /** 0-based line of the text. */
  readonly line: number;
  /** 1-based column of the first such character on that line, in the text as written. */
  readonly column: number;
  readonly codePoint: string;
}

/** The text without unsafe characters, and the first one of each line that had some. */
export function removeControlCharacters(text: string): { text: string; findings: ControlFinding[] } {
  if (!UNSAFE.test(text)) return { text, findings: [] };
  const findings: ControlFinding[] = [];
  const lines = text.split('\n').map((line, index) => {
    const m = UNSAFE.exec(line);
    if (!m) return line;
    findings.push({ line: index, column: m.index + 1, codePoint: codePointName(m[0].charCodeAt(0)) });
    return line.replace(UNSAFE_ALL, '');
  });
  return { text: lines.join('\n'), findings };
}

/** A front-matter value without unsafe characters, and the first one removed, if any. */
export function cleanFieldText(value: string): { text: string; codePoint?: string } {
  const m = UNSAFE.exec(value);
  return m ? { text: value.replace(UNSAFE_ALL, ''), codePoint: codePointName(m[0].charCodeAt(0)) } : { text: value };
}
