// The optional views file: counts CI may refresh from an analytics export, keyed by article id
// ("bai-viet/hoi-nghi") or URL ("/tin-tuc/2023/01/hoi-nghi/"). A missing file means no counts.
// Only a regular UTF-8 file inside the project is read: a link leading outside it is refused before
// reading, so nothing of a file outside the project ever reaches a message.
import { readFile, stat } from 'node:fs/promises';
import { diagnostic, InfrastructureError, type Diagnostic } from '../errors.js';
import { resolveInside } from '../paths.js';
import { realLocation, realProjectRoot } from './real-paths.js';
import { decodeSource } from './read-text.js';

export interface Views {
  readonly views: Map<string, number>;
  readonly diagnostics: Diagnostic[];
}

/** `viewsFile` is the configured path, relative to the project (also the name in messages). */
export async function readViews(projectRoot: string, viewsFile: string): Promise<Views> {
  const none = (...diagnostics: Diagnostic[]): Views => ({ views: new Map(), diagnostics });
  const where = { file: viewsFile };
  const invalid = (detail: string, detailEn: string) => none(diagnostic('VIEWS_FILE_INVALID', { detail, detailEn }, where));
  const file = resolveInside(projectRoot, viewsFile);
  if (!file) return none(diagnostic('SOURCE_OUTSIDE_PROJECT', { path: viewsFile }, where));

  const s = await stat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
    throw new InfrastructureError({ vi: 'đọc tệp lượt xem', en: 'reading the views file' }, file, error);
  });
  if (!s) return none();
  const location = await realLocation(await realProjectRoot(projectRoot), file);
  if (!location?.inside) return none(diagnostic('SOURCE_OUTSIDE_PROJECT', { path: viewsFile }, where));
  if (s.isDirectory()) return invalid('đây là một thư mục, không phải tệp JSON', 'it is a folder, not a JSON file');
  if (!s.isFile()) return invalid('đây không phải một tệp thường', 'it is not a regular file');

  const bytes = await readFile(file).catch((error: unknown) => {
    throw new InfrastructureError({ vi: 'đọc tệp lượt xem', en: 'reading the views file' }, file, error);
  });
  const text = decodeSource(bytes);
  if (text === undefined) return none(diagnostic('FILE_ENCODING', {}, where));
  return parseViews(text, viewsFile);
}

/** The counts of a views file's text; every problem a diagnostic, with its line where JSON says. */
export function parseViews(text: string, file: string): Views {
  const none = (d: Diagnostic): Views => ({ views: new Map(), diagnostics: [d] });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // V8's message quotes the text around the error; keep only what is wrong, and point at it.
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const reason = message.replace(/ in JSON at position \d+.*$/s, '').replace(/, ".*$/s, '').replace(/, \.\.\..*$/s, '');
    const at = position ? lineAndColumn(text, Number(position[1])) : {};
    return none(diagnostic('VIEWS_FILE_INVALID', { detail: `JSON sai cú pháp (${reason})`, detailEn: `invalid JSON (${reason})` }, { file, ...at, source: text }));
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return none(diagnostic('VIEWS_FILE_INVALID', { detail: 'không phải một đối tượng JSON {"khóa": số}', detailEn: 'not a JSON object {"key": number}' }, { file }));
  }
  const views = new Map<string, number>();
  for (const [key, value] of Object.entries(data)) {
    if (!Number.isSafeInteger(value) || (value as number) < 0) {
      return none(diagnostic('VIEWS_FILE_INVALID', { detail: `giá trị của "${key}" không phải số nguyên không âm`, detailEn: `the value of "${key}" is not a whole number ≥ 0` }, { file }));
    }
    views.set(key, value as number);
  }
  return { views, diagnostics: [] };
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
