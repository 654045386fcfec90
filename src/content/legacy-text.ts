// An article whose text was typed in TCVN3 or VNI and pasted or saved as if it were Latin-1
// ("Céng hoµ x· héi", "Coäng hoøa xaõ hoäi") reads as nonsense to everyone, yet builds. Said once per
// file, on its first such line, with what the line reads as once converted and how many lines are
// affected; `baotinh convert` converts the file (commands/convert.ts). A warning by default, an error
// with `legacyEncoding: error` in the configuration.
import { diagnostic, type Diagnostic } from '../errors.js';
import { legacyLines, lineSample } from '../vi/legacy-encodings.js';

export function legacyTextDiagnostic(text: string, file: string, severity: 'warning' | 'error'): Diagnostic | undefined {
  // Cheap before exact: most articles have no Latin-1 symbol a legacy table leaves, nor a VIQR mark.
  if (!/[\u00A0-\u00FF^`~]/.test(text)) return undefined;
  const found = legacyLines(text.split('\n'));
  const first = found[0];
  if (!first) return undefined;
  return diagnostic('LEGACY_ENCODING', { encoding: first.encoding, before: lineSample(first.before), after: lineSample(first.converted), lines: found.length, file }, { file, line: first.line, source: text }, severity);
}
