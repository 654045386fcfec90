// Front-matter keys as Vietnamese editors type them: `tiêu đề` (or `tieu_de`, `Tiêu đề`) for `title`,
// `ngày` for `date`, `chuyên mục`, `thẻ`, `tác giả`, `tóm tắt`/`sapo`, `ảnh`, `lượt xem`… Each is read
// as its English key, wherever the rest of baotinh looks for it (values, positions in messages). Both
// spellings of one key in one article is an error: which one was meant cannot be known.
import { diagnostic, type Diagnostic } from '../errors.js';
import { frontMatterPosition, type FrontMatter } from './front-matter.js';

/** The documented aliases of each key (README, docs/huong-dan-bien-tap.md), written as editors type them. */
export const KEY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  title: ['tiêu đề', 'tựa đề'],
  date: ['ngày', 'ngày đăng'],
  updated: ['ngày cập nhật', 'cập nhật'],
  category: ['chuyên mục', 'danh mục'],
  tags: ['thẻ', 'từ khóa', 'từ khoá'],
  author: ['tác giả'],
  summary: ['tóm tắt', 'sapo', 'sa pô'],
  image: ['ảnh', 'ảnh đại diện', 'hình'],
  views: ['lượt xem'],
  draft: ['bản nháp', 'nháp'],
  slug: ['đường dẫn'],
  aliases: ['địa chỉ cũ'],
};

/** A key compared without case, accents or the separator typed between words (space, _ or -). */
function keyForm(key: string): string {
  return key.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().replace(/[\s_-]+/g, ' ').trim();
}

const CANONICAL = new Map<string, string>(Object.entries(KEY_ALIASES).flatMap(([key, aliases]) => aliases.map((a) => [keyForm(a), key] as const)));

/** Every alias, for "did you mean" suggestions. */
export const ALIAS_NAMES: readonly string[] = Object.values(KEY_ALIASES).flat();

/** The front-matter with aliased keys read as their English keys (positions still point at the key as written). */
export function withCanonicalKeys(fm: FrontMatter, file: string, source: string): { frontMatter: FrontMatter; diagnostics: Diagnostic[] } {
  const value = fm.yaml.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { frontMatter: fm, diagnostics: [] };
  const entries = Object.entries(value as Record<string, unknown>);
  if (!entries.some(([key]) => CANONICAL.has(keyForm(key)))) return { frontMatter: fm, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const fields: Record<string, unknown> = {};
  const asWritten = new Map<string, string>();
  for (const [key, v] of entries) {
    const canonical = key in KEY_ALIASES ? key : CANONICAL.get(keyForm(key)) ?? key;
    const other = asWritten.get(canonical) ?? (canonical in fields ? canonical : undefined);
    if (other !== undefined) {
      diagnostics.push(diagnostic('FIELD_DUPLICATE', { key, other, canonical }, { file, source, ...frontMatterPosition(fm, key, true) }));
      continue;
    }
    fields[canonical] = v;
    if (canonical !== key) asWritten.set(canonical, key);
  }
  const writtenKey = (key: string | number): string | number => asWritten.get(String(key)) ?? key;
  return {
    frontMatter: {
      ...fm,
      yaml: { ...fm.yaml, value: fields, positionOf: (path, atKey) => fm.yaml.positionOf([writtenKey(path[0]!), ...path.slice(1)], atKey) },
      keyAsWritten: writtenKey,
    },
    diagnostics,
  };
}
