// Diagnostic → the text an editor reads in the terminal or the CI log:
//   content/bai-viet/x.md:3:7 DATE_INVALID Ngày "32/01/2023" không hợp lệ (date).
//   > 3 | date: 32/01/2023
//       |       ^
//   Gợi ý: Viết theo dạng 11/01/2023 …
import type { Diagnostic } from './errors.js';
import { messageText, type Lang } from './messages.js';

const LABELS = {
  vi: { hint: 'Gợi ý', warning: 'cảnh báo' },
  en: { hint: 'Hint', warning: 'warning' },
} as const;

export function formatDiagnostic(d: Diagnostic, lang: Lang): string {
  const { message, hint } = messageText(d.code, d.params, lang);
  const where = d.file ? `${d.file}${d.line ? `:${d.line}${d.column ? `:${d.column}` : ''}` : ''} ` : '';
  const severity = d.severity === 'warning' ? `(${LABELS[lang].warning}) ` : '';
  const lines = [`${where}${d.code} ${severity}${message}`];
  if (d.frame) lines.push(d.frame.split('\n').map((l) => `  ${l}`).join('\n'));
  if (hint) lines.push(`  ${LABELS[lang].hint}: ${hint}`);
  return lines.join('\n');
}
