// Vietnamese alphabetical order (a ă â b c d đ e ê …), which plain .sort() gets wrong.
const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Compare two strings the way a Vietnamese reader sorts them; ties broken by code points for stability. */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
