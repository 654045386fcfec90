// Numbers as Vietnamese readers write them: 13.550 (a dot between thousands).
export function formatNumberVi(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
