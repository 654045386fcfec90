// Orders that never depend on the machine: by UTF-16 code unit, the same under any locale and on any
// file system, for everything whose order reaches the output or a key.

export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
