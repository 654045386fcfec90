// XML text for machine formats, escaped here and nowhere else. Characters XML 1.0 forbids are dropped,
// and so are lone surrogates (UTF-8 cannot encode them: they would reach readers as U+FFFD).
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\p{Cs}]/gu;

export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** <name attr="…">text</name>, or nothing when the text is undefined. */
export function element(name: string, text: string | number | undefined, attrs: Record<string, string | number> = {}): string {
  if (text === undefined) return '';
  const a = Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`).join('');
  return `<${name}${a}>${escapeXml(String(text))}</${name}>`;
}

export function emptyElement(name: string, attrs: Record<string, string | number>): string {
  return `<${name}${Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`).join('')}/>`;
}

const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;
const SCRIPT_ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** JSON for a <script> element: "</script>", "<!--" and line separators cannot end or break it.
 *  One pass over the text (it runs for every page: two JSON-LD blocks each). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(SCRIPT_UNSAFE, (c) => SCRIPT_ESCAPES[c]!);
}
