// Vietnamese slugs: "Đoàn công tác về Hà Quảng" → "doan-cong-tac-ve-ha-quang".
// đ/Đ are letters of their own (not d + a mark), so NFD alone would drop them.

/** A slug made from a title is cut to this many characters (at a hyphen): addresses stay readable
 *  and a folder name stays far below the 255-byte limit of file systems. */
export const TITLE_SLUG_MAX = 80;
/** An explicit `slug:` longer than this is refused rather than cut: the editor chose it. */
export const SLUG_MAX = 100;

/** Remove Vietnamese diacritics: NFD, drop combining marks, map đ→d. Keeps case. */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

export function slugify(text: string): string {
  return stripDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A slug no longer than `max`, cut at the last hyphen that fits, so no syllable is cut in half and
 * no hyphen trails. Only a single word longer than `max` (no hyphen to cut at) is cut mid-word.
 */
export function capSlug(slug: string, max = TITLE_SLUG_MAX): string {
  if (slug.length <= max) return slug;
  const cut = slug.lastIndexOf('-', max);
  return cut > 0 ? slug.slice(0, cut) : slug.slice(0, max);
}

/** The slug of a title: slugify, then capped at a word boundary. */
export function titleSlug(title: string): string {
  return capSlug(slugify(title));
}

/** A slug given by an editor must already be in slug form (no "/", "..", spaces or marks). */
export function isValidSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);
}
