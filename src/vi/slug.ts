// Vietnamese slugs: "Đoàn công tác về Hà Quảng" → "doan-cong-tac-ve-ha-quang".
// đ/Đ are letters of their own (not d + a mark), so NFD alone would drop them.

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

/** A slug given by an editor must already be in slug form (no "/", "..", spaces or marks). */
export function isValidSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);
}
