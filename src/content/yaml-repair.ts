// When the front-matter's YAML does not parse, the editor needs the line to paste, not the parser's
// words. The usual cause in news is a headline with a colon ("Cao Bằng: Hội nghị sơ kết"), quotes
// ('"Dân vận khéo" ở cơ sở') or both, written plain after its key. For each such `key: value` line the
// value is written again so that YAML reads exactly what was typed (plain, else double-quoted), and
// the repair is proposed only if the whole front-matter then parses. The parser's reasons are put in
// Vietnamese. js-yaml reports one error at a time: repairs are tried line after line, up to a bound.
import { parseFrontMatterYaml } from './front-matter.js';

/** js-yaml's reasons, in the words an editor understands. */
const REASONS: readonly (readonly [RegExp, string, string])[] = [
  [/bad indentation of a mapping entry/, 'giá trị có dấu hai chấm, hoặc dòng thụt lề sai', 'a value with a colon in it, or a line indented wrongly'],
  [/end of the stream or a document separator is expected/, 'giá trị có dấu ngoặc kép ở đầu nhưng còn chữ sau dấu đóng ngoặc', 'a value that starts with a quote but goes on after the closing quote'],
  [/duplicated mapping key/, 'một khóa được viết hai lần', 'a key written twice'],
  [/missed comma between flow collection entries/, 'thiếu dấu phẩy giữa các mục trong ngoặc vuông', 'a comma missing between the items in brackets'],
  [/unexpected end of the stream within a flow collection/, 'thiếu dấu đóng ngoặc ] hoặc }', 'a closing ] or } is missing'],
  [/unexpected end of the stream within a (double|single) quoted scalar/, 'thiếu dấu ngoặc kép đóng', 'a closing quote is missing'],
  [/can not read an implicit mapping pair; a colon is missed/, 'thiếu dấu hai chấm sau khóa', 'the colon after a key is missing'],
  [/can not read a block mapping entry; a multiline key may not be an implicit key/, 'thiếu dấu hai chấm sau khóa, hoặc một giá trị bị xuống dòng', 'a colon missing after a key, or a value broken across lines'],
  [/tab characters must not be used in indentation/, 'dùng phím Tab để thụt lề (chỉ được dùng dấu cách)', 'a tab used for indentation (only spaces are allowed)'],
  [/unknown escape sequence|found unknown escape character/, 'trong ngoặc kép có dấu \\ không hợp lệ (viết \\\\ cho một dấu \\)', 'an invalid \\ inside double quotes (write \\\\ for one \\)'],
  [/the stream contains non-printable characters/, 'có ký tự không in được', 'a character that cannot be printed'],
];

export function yamlReason(message: string): { vi: string; en: string } {
  const known = REASONS.find(([pattern]) => pattern.test(message));
  return known ? { vi: known[1], en: known[2] } : { vi: message, en: message };
}

const KEY_LINE = /^([^\s#'"[{:-][^:#]*?):[ \t]+(\S.*?)[ \t]*$/;

/**
 * A value that reads back as exactly `text`: plain when YAML takes it so (what editors write by hand),
 * else double-quoted (a JSON string is YAML; it escapes quotes, backslashes and control characters).
 */
export function yamlScalar(text: string): string {
  for (const written of [text, JSON.stringify(text)]) {
    if (readsBackAs(written, text)) return written;
  }
  throw new Error(`internal: no YAML form reads back as ${JSON.stringify(text)}`);
}

function readsBackAs(written: string, text: string): boolean {
  if (written.includes('\n')) return false;
  const parsed = parseFrontMatterYaml(`value: ${written}\n`);
  const value = (parsed.value as { value?: unknown } | undefined)?.value;
  return parsed.problems.length === 0 && value === text;
}

/** The lines to replace (1-based line in the YAML → the line to paste), if those repairs make it parse. */
export function repairYaml(yamlText: string, firstProblemLine: number): Map<number, string> | undefined {
  const lines = yamlText.split('\n');
  const repairs = new Map<number, string>();
  let line = firstProblemLine;
  for (let attempt = 0; attempt < 20; attempt++) {
    // The error is found on the broken value's line, or (an unclosed quote) on a later one.
    const at = [line, line - 1].find((n) => n >= 1 && !repairs.has(n) && KEY_LINE.test(lines[n - 1] ?? ''));
    if (at === undefined) return undefined;
    const [, key, value] = KEY_LINE.exec(lines[at - 1]!)!;
    // A list or map left open (`[tin-tuc`) is not text to quote: the editor meant something else.
    if (/^[[{]/.test(value!)) return undefined;
    // A quoted value that is already whole is not the problem.
    if (/^(["']).*\1$/.test(value!) && parseFrontMatterYaml(`value: ${value}\n`).problems.length === 0) return undefined;
    const fixed = `${key}: ${yamlScalar(value!)}`;
    repairs.set(at, fixed);
    lines[at - 1] = fixed;
    const next = parseFrontMatterYaml(lines.join('\n')).problems[0];
    if (!next) return repairs;
    line = next.line;
  }
  return undefined;
}
