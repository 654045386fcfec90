// An old address (front-matter `aliases`) → its one normal form, or why it cannot be redirected.
// Normal form: %-escapes decoded (UTF-8, then NFC), "." segments dropped, "//" merged; the query
// kept as browsers send it (%XX upper-case, other letters %-encoded). Every server decodes and
// merges the same way, so two aliases a server would answer with one file get one output path,
// and collisions are found on that, not on the text as written.

export interface AliasProblem {
  readonly vi: string;
  readonly en: string;
}

export interface NormalAlias {
  /** Decoded site path: "/tin-tức/bài-cũ.html", "/chuyen-muc/x/index.html". */
  readonly path: string;
  /** Query without "?", %XX upper-case: "option=com_content&id=123". */
  readonly query?: string;
}

/** Common file-system limits: a file or folder name, and the whole path under the output folder. */
export const MAX_SEGMENT_BYTES = 255;
export const MAX_PATH_BYTES = 1000;

const problem = (vi: string, en: string): { problem: AliasProblem } => ({ problem: { vi, en } });
const SPACE = /\s/u;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Characters no alias may hold, written or %-encoded, with the reason. */
function characterProblem(text: string, encoded: boolean): { problem: AliasProblem } | undefined {
  const how = encoded ? { vi: ' (kể cả viết dạng %xx)', en: ' (also when written as %xx)' } : { vi: '', en: '' };
  if (LONE_SURROGATE.test(text) || INVISIBLE.test(text)) {
    return problem(`có ký tự điều khiển hoặc ký tự vô hình (như NUL, U+200B)${how.vi}`, `it contains a control or invisible character (such as NUL, U+200B)${how.en}`);
  }
  if (SPACE.test(text)) return problem(`có khoảng trắng${how.vi}`, `it contains a space${how.en}`);
  if (text.includes('\\')) return problem(`có dấu \\${how.vi}`, `it contains a backslash${how.en}`);
  if (text.includes('*')) {
    return problem(`có dấu * (ký tự đại diện, nghĩa là “mọi địa chỉ”)${how.vi}`, `it contains * (a wildcard, meaning "every address")${how.en}`);
  }
  if (/[#"<>`]/.test(text)) return problem(`có ký tự #, ", <, > hoặc \`${how.vi}`, `it contains #, ", <, > or \`${how.en}`);
  return undefined;
}

/** %XX escapes → the text (UTF-8); undefined when an escape is malformed or not UTF-8 (never a throw). */
function percentDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

const MALFORMED = problem(
  'có mã % không hợp lệ (phải là % và hai chữ số hex của chữ UTF-8, ví dụ %C3%A0)',
  'it has a malformed % escape (it must be % and two hex digits of UTF-8, e.g. %C3%A0)',
);
const ENCODED_QUESTION_MARK = problem('có %3F (dấu ? viết mã hóa)', 'it contains %3F (an encoded ?)');
const placeholder = (part: string): { problem: AliasProblem } =>
  problem(`có “${part}” bắt đầu bằng dấu : (chỗ giữ chỗ, nghĩa là “mọi giá trị”)`, `it has "${part}" starting with : (a placeholder, meaning "any value")`);

/** The decoded path: dot segments resolved, empty segments merged, a trailing slash kept. */
function normalisePath(rawPath: string): { path: string } | { problem: AliasProblem } {
  if (/%2f/i.test(rawPath)) return problem('có %2F (dấu / viết mã hóa)', 'it contains %2F (an encoded /)');
  const decoded = percentDecode(rawPath);
  if (decoded === undefined) return MALFORMED;
  const bad = characterProblem(decoded, true) ?? (decoded.includes('?') ? ENCODED_QUESTION_MARK : undefined);
  if (bad) return bad;
  const parts = decoded.normalize('NFC').split('/').slice(1);
  const segments: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') return problem('có “..”', 'it contains ".."');
    if (part.startsWith(':')) return placeholder(part);
    if (part.startsWith('.')) return problem(`có “${part}” bắt đầu bằng dấu chấm (tệp ẩn)`, `it has "${part}" starting with a dot (a hidden file)`);
    segments.push(part);
  }
  const last = parts[parts.length - 1];
  const trailing = segments.length > 0 && (last === '' || last === '.');
  return { path: `/${segments.join('/')}${trailing ? '/' : ''}` };
}

/** The query as a browser sends it: %XX upper-case, letters outside ASCII %-encoded. */
function normaliseQuery(rawQuery: string): { query: string } | { problem: AliasProblem } {
  if (percentDecode(rawQuery) === undefined) return MALFORMED;
  for (const pair of rawQuery.split('&')) {
    const [key = '', value = ''] = pair.split('=', 2);
    if (key.startsWith(':') || value.startsWith(':')) return placeholder(pair);
  }
  const query = rawQuery
    .normalize('NFC')
    .replace(/%[0-9a-f]{2}/gi, (e) => e.toUpperCase())
    .replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));
  return { query };
}

/** The normal form of an alias as written, or why it cannot be one. */
export function normaliseAlias(written: string): { alias: NormalAlias } | { problem: AliasProblem } {
  if (!written.startsWith('/') || written.startsWith('//')) return problem('phải bắt đầu bằng một dấu /', 'it must start with a single /');
  const literal = characterProblem(written, false);
  if (literal) return literal;
  const cut = written.indexOf('?');
  const normal = normalisePath(cut < 0 ? written : written.slice(0, cut));
  if ('problem' in normal) return normal;
  const rawQuery = cut < 0 ? '' : written.slice(cut + 1);
  const query = rawQuery === '' ? undefined : normaliseQuery(rawQuery);
  if (query && 'problem' in query) return query;
  const tooLong = lengthProblem(aliasOutputPath(normal.path), query?.query ?? '');
  if (tooLong) return tooLong;
  return { alias: { path: normal.path, ...(query && { query: query.query }) } };
}

/** The file a static server answers the alias's path with: "/x/" and "/x" → "x/index.html". */
export function aliasOutputPath(path: string): string {
  const clean = path.slice(1);
  if (clean === '' || clean.endsWith('/')) return `${clean}index.html`;
  const name = clean.slice(clean.lastIndexOf('/') + 1);
  return /\.[a-z0-9]+$/i.test(name) ? clean : `${clean}/index.html`;
}

/** Only HTML files can answer as a redirect page; /index.php and the like are left to the server rules. */
export function writesRedirectPage(output: string): boolean {
  return /\.html?$/i.test(output);
}

const bytesOf = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Why an output path is over the file-system limits, if it is. */
export function outputPathProblem(output: string): AliasProblem | undefined {
  const long = output.split('/').find((segment) => bytesOf(segment) > MAX_SEGMENT_BYTES);
  if (long !== undefined) {
    const shown = `${[...long].slice(0, 40).join('')}…`;
    return {
      vi: `đoạn “${shown}” dài ${bytesOf(long)} byte, quá giới hạn ${MAX_SEGMENT_BYTES} byte của tên tệp`,
      en: `the segment "${shown}" is ${bytesOf(long)} bytes, over the ${MAX_SEGMENT_BYTES}-byte limit of a file name`,
    };
  }
  const total = bytesOf(output);
  if (total > MAX_PATH_BYTES) {
    return { vi: `đường dẫn dài ${total} byte, quá giới hạn ${MAX_PATH_BYTES} byte`, en: `the path is ${total} bytes, over the ${MAX_PATH_BYTES}-byte limit` };
  }
  return undefined;
}

function lengthProblem(output: string, query: string): { problem: AliasProblem } | undefined {
  const pathProblem = outputPathProblem(output);
  if (pathProblem) return { problem: { vi: `quá dài: ${pathProblem.vi}`, en: `it is too long: ${pathProblem.en}` } };
  const bytes = bytesOf(query);
  if (bytes > MAX_PATH_BYTES) {
    return problem(`quá dài: phần sau dấu ? dài ${bytes} byte, quá giới hạn ${MAX_PATH_BYTES} byte`, `it is too long: the query is ${bytes} bytes, over the ${MAX_PATH_BYTES}-byte limit`);
  }
  return undefined;
}
