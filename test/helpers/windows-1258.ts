// Our own Windows-1258 encoder for tests (Node has a decoder for that code page, no encoder).

/** Our own encoder: the code page's byte for each character (inverted from its decoder), letters
 *  split into base + shape (ă â ê ô ơ ư precomposed) and a separate tone byte. */
export function toWindows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const byteOf = new Map<string, number>();
  for (let b = 0; b < 256; b++) byteOf.set(decoder.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  const chars = [...text.normalize('NFD')];
  const isMark = (c: string | undefined): boolean => c !== undefined && /\p{M}/u.test(c);
  for (let i = 0; i < chars.length; i++) {
    const marks: string[] = [];
    while (isMark(chars[i + 1])) marks.push(chars[++i]!);
    const shapes = marks.filter((m) => ['\u0302', '\u0306', '\u031B'].includes(m));
    const letter = (chars[i - marks.length]! + shapes.join('')).normalize('NFC');
    for (const c of [letter, ...marks.filter((m) => !shapes.includes(m))]) {
      const b = byteOf.get(c);
      if (b === undefined) throw new Error(`no Windows-1258 byte for ${c}`);
      out.push(b);
    }
  }
  return Uint8Array.from(out);
}
