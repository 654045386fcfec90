// An article whose text was typed in TCVN3 or VNI and pasted or saved as if it were Latin-1
// ("Céng hoµ x· héi", "Coäng hoøa xaõ hoäi") reads as nonsense to everyone, yet builds. Said once per
// file, on its first such line, with what the line reads as once converted and how many lines are
// affected; `baotinh convert` converts the file (commands/convert.ts). A warning by default, an error
// with `legacyEncoding: error` in the configuration.
import { diagnostic, type Diagnostic } from '../errors.js';
import { detectLegacy, lineSample } from '../vi/legacy-encodings.js';

export function legacyTextDiagnostic(text: string, file: string, severity: 'warning' | 'error'): Diagnostic | undefined {
  // Cheap before exact: most articles have no Latin-1 symbol a legacy table leaves, nor a VIQR mark.
  if (!/[\u00A0-\u00FF^`~]/.test(text)) return undefined;
  const lines = text.split('\n');
  let first: { line: number; before: string; after: string; encoding: string } | undefined;
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    const found = detectLegacy(lines[i]!);
    if (!found) continue;
    count++;
    first ??= { line: i + 1, before: lines[i]!, after: found.converted, encoding: found.encoding };
  }
  if (!first) return undefined;
  return diagnostic('LEGACY_ENCODING', { encoding: first.encoding, before: lineSample(first.before), after: lineSample(first.after), lines: count, file }, { file, line: first.line, source: text }, severity);
}
