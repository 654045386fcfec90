// Reading one front-matter value of an expected type. Total: every surprise is a diagnostic on the
// key's line, never a silent conversion. YAML's core schema reads `.nan`, `.inf`, `1.5`, `0x10` as
// numbers; only a whole number in plain digits (`title: 2023`) is taken as its written form.
import { diagnostic, type Diagnostic, type Location } from '../errors.js';
import { readDate, YEAR_MAX, YEAR_MIN, type DateRefusal, type ParsedDate } from '../vi/dates.js';
import { frontMatterPosition, type FrontMatter } from './front-matter.js';
import { cleanField } from './field-text.js';
import { ownString } from './own-string.js';
import { yamlScalar } from './yaml-repair.js';
import { isPlainDigits, writtenValues } from './written-values.js';

const TYPE_TEXT = { expected: 'một dòng chữ', expectedEn: 'a line of text' };
const TYPE_LIST = { expected: 'một danh sách chữ', expectedEn: 'a list of text' };
const TYPE_COUNT = { expected: 'một số nguyên không âm, viết liền không dấu chấm', expectedEn: 'a whole number ≥ 0 without separators' };

export interface FieldReader {
  readonly fields: Readonly<Record<string, unknown>>;
  where(key: string, atKey?: boolean): Location;
  /** A line of text, trimmed; undefined when absent or empty. */
  text(key: string, example: string): string | undefined;
  required(key: string, label: string, labelEn: string, example: string): string | undefined;
  date(key: string, isRequired: boolean): ParsedDate | undefined;
  list(key: string, example: string): string[];
  /** A count: plain decimal digits only (`0x10`, `1e3`, `+5`, `12.0` are refused). */
  count(key: string, example: string): number | undefined;
  flag(key: string, example: string): boolean | undefined;
}

export function createFieldReader(fm: FrontMatter, file: string, source: string, timeZone: string, diagnostics: Diagnostic[]): FieldReader {
  const fields = fm.yaml.value as Record<string, unknown>;
  const writtenAs = writtenValues(fm.yamlText);
  const written: typeof writtenAs = (path) => writtenAs(fm.keyAsWritten ? [fm.keyAsWritten(path[0]!), ...path.slice(1)] : path);
  const where = (key: string, atKey = false): Location => ({ file, source, ...frontMatterPosition(fm, key, atKey) });
  const fail = (d: Diagnostic): undefined => {
    diagnostics.push(d);
    return undefined;
  };
  /** Text with HTML entities decoded and control characters removed (each with a warning), odd spaces normalised (field-text.ts). */
  const clean = (key: string, value: string): string => {
    const c = cleanField(value);
    if (c.entities) diagnostics.push(diagnostic('FIELD_HTML_ENTITY', { key, entities: c.entities.join(' '), value: c.text.trim() }, where(key), 'warning'));
    if (c.controlCodePoint) diagnostics.push(diagnostic('FIELD_CONTROL_CHAR', { key, codePoint: c.controlCodePoint }, where(key), 'warning'));
    // Kept for the whole build (listings, feeds): not a view into the article's front-matter.
    return ownString(c.text);
  };
  /** A number where text is expected: its written form if plain digits, else a diagnostic asking for quotes. */
  const numberAsText = (key: string, path: readonly (string | number)[], value: number, typeParams: object, quoted: (w: string) => string): string | undefined => {
    const w = written(path);
    if (w && isPlainDigits(w)) return w.text;
    const shown = w?.text ?? String(value);
    return fail(diagnostic('FIELD_TYPE', { key, example: quoted(shown), ...typeParams, written: shown, quote: 1 }, where(key)));
  };

  const text = (key: string, example: string): string | undefined => {
    const v = fields[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'number') return numberAsText(key, [key], v, TYPE_TEXT, (w) => `${key}: "${w}"`);
    if (typeof v !== 'string') return fail(diagnostic('FIELD_TYPE', { key, example, ...TYPE_TEXT }, where(key)));
    commentCut(key, v);
    return clean(key, v).trim() || undefined;
  };
  /** `title: Gương sáng #1 của xã`: YAML takes " #…" for a comment and keeps "Gương sáng". Said, with the line that keeps it all. */
  const commentCut = (key: string, value: string): void => {
    const asWritten = String(fm.keyAsWritten?.(key) ?? key);
    const line = fm.yamlText.split('\n').find((l) => l.startsWith(`${asWritten}:`));
    const raw = line?.slice(asWritten.length + 1).trim();
    if (!raw || /^["'|>]/.test(raw) || !/\s#/.test(raw) || raw === value) return;
    diagnostics.push(diagnostic('FIELD_COMMENT_CUT', { key: asWritten, kept: value, fix: `${asWritten}: ${yamlScalar(raw)}` }, where(key), 'warning'));
  };
  const required = (key: string, label: string, labelEn: string, example: string): string | undefined => {
    const before = diagnostics.length;
    const v = text(key, example);
    if (v === undefined && diagnostics.length === before) {
      const pos = fields[key] === undefined ? { file, source, line: 2, column: 1 } : where(key);
      fail(diagnostic('FIELD_REQUIRED', { key, label, labelEn, example }, pos));
    }
    return v;
  };
  const date = (key: string, isRequired: boolean): ParsedDate | undefined => {
    const example = `${key}: 11/01/2023 08:30`;
    // A number here is a date typed wrong (`date: 2023`): say so as a date, with the accepted forms.
    const v = fields[key];
    const raw = typeof v === 'number' ? (written([key])?.text ?? String(v)) : isRequired ? required(key, 'ngày đăng', 'publication date', example) : text(key, example);
    if (raw === undefined) return undefined;
    const r = readDate(raw, timeZone);
    return 'date' in r ? r.date : fail(diagnostic('DATE_INVALID', { key, value: raw, ...dateProblemParams(r) }, where(key)));
  };
  const list = (key: string, example: string): string[] => {
    const v = fields[key];
    if (v === undefined || v === null) return [];
    const items = typeof v === 'string' || typeof v === 'number' ? [v] : Array.isArray(v) ? (v as unknown[]) : undefined;
    if (!items || items.some((x) => typeof x !== 'string' && typeof x !== 'number')) {
      fail(diagnostic('FIELD_TYPE', { key, example, ...TYPE_LIST }, where(key)));
      return [];
    }
    // Numbers in the list are kept as written when plain digits; the others are named in one message.
    const entries = items.map((x, i) => {
      if (typeof x === 'string') return { text: clean(key, x).trim(), ok: true };
      const w = written(Array.isArray(v) ? [key, i] : [key]);
      return w && isPlainDigits(w) ? { text: w.text, ok: true } : { text: w?.text ?? String(x), ok: false };
    });
    const wrong = entries.filter((e) => !e.ok).map((e) => e.text);
    if (wrong.length) {
      const example = `${key}: [${entries.map((e) => (e.ok ? e.text : `"${e.text}"`)).join(', ')}]`;
      fail(diagnostic('FIELD_TYPE', { key, example, ...TYPE_LIST, written: wrong.join(', '), quote: 1 }, where(key)));
      return [];
    }
    return [...new Set(entries.map((e) => e.text).filter(Boolean))];
  };
  const count = (key: string, example: string): number | undefined => {
    const v = fields[key];
    if (v === undefined || v === null) return undefined;
    const w = typeof v === 'number' ? written([key]) : undefined;
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && isPlainDigits(w)) return v;
    return fail(diagnostic('FIELD_TYPE', { key, example, ...TYPE_COUNT, ...(w && { written: w.text }) }, where(key)));
  };
  const flag = (key: string, example: string): boolean | undefined => {
    const v = fields[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'boolean') return v;
    return fail(diagnostic('FIELD_TYPE', { key, example, expected: 'true hoặc false', expectedEn: 'true or false' }, where(key)));
  };
  return { fields, where, text, required, date, list, count, flag };
}

/** Extra message parameters saying why a date was refused, for the cases the form alone does not explain. */
function dateProblemParams(refusal: DateRefusal): Record<string, string | number> {
  const { problem } = refusal;
  if (problem === 'year') return { yearMin: YEAR_MIN, yearMax: YEAR_MAX };
  if (problem === 'offset') return { offset: 'invalid' };
  if (problem === 'weekday' || problem === 'us-order' || problem === 'number') return { problem, suggestion: refusal.suggestion!, ...(refusal.weekday && { weekday: refusal.weekday }) };
  return {};
}
