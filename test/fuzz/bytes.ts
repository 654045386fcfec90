// Byte-level damage for fuzz cases: what a file can look like after a bad copy, an old editor or a
// legacy Vietnamese encoding. Applied to the article's UTF-8 bytes after the text is generated.
import type { Random } from './random.js';

/** Sequences no valid UTF-8 contains: overlong, surrogate (CESU-8), out of range, stray, truncated. */
const INVALID_UTF8 = [
  [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80], [0xfe], [0xff], [0x80], [0xbf], [0xe1, 0xba], [0xc3],
];

/** A few Vietnamese letters as TCVN3 (ABC) bytes: the encoding of pre-Unicode Vietnamese documents. */
const TCVN3: Record<string, number> = { 'à': 0xb5, 'á': 0xb8, 'â': 0xa9, 'ã': 0xb7, 'è': 0xcc, 'é': 0xd0, 'ê': 0xaa, 'ì': 0xd7,
  'í': 0xdd, 'ò': 0xdf, 'ó': 0xe3, 'ô': 0xab, 'õ': 0xe2, 'ù': 0xef, 'ú': 0xf3, 'ý': 0xfd, 'đ': 0xae, 'Đ': 0xa7, 'ư': 0xad, 'ơ': 0xac,
  'ạ': 0xb9, 'ả': 0xb6, 'ậ': 0xcb, 'ệ': 0xd6, 'ộ': 0xe9, 'ủ': 0xf1, 'ứ': 0xf8, 'ị': 0xde, 'ợ': 0xef };

function utf16(text: string, bigEndian: boolean, bom: boolean): Buffer {
  const le = Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf16le');
  if (bigEndian) le.swap16();
  return le;
}

/** Windows-1252 / Latin-1 bytes: one byte per character below 256, '?' for the rest (as Notepad did). */
function singleByte(text: string, table: Record<string, number> = {}): Buffer {
  const nfc = text.normalize('NFC');
  return Buffer.from(Array.from(nfc, (ch) => {
    const code = ch.codePointAt(0)!;
    return table[ch] ?? (code < 256 ? code : 0x3f);
  }));
}

function flipBytes(r: Random, bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  const flips = r.int(1, 8);
  for (let i = 0; i < flips && out.length > 0; i++) {
    const at = r.int(0, out.length - 1);
    out[at] = out[at]! ^ (1 << r.int(0, 7));
  }
  return out;
}

function insertAt(r: Random, bytes: Buffer, insert: Buffer): Buffer {
  const at = r.int(0, bytes.length);
  return Buffer.concat([bytes.subarray(0, at), insert, bytes.subarray(at)]);
}

/** Named ways to damage a file; each returns new bytes. */
const DAMAGE: Record<string, (r: Random, text: string, bytes: Buffer) => Buffer> = {
  'byte flips': (r, _t, b) => flipBytes(r, b),
  'random bytes inserted': (r, _t, b) => insertAt(r, b, Buffer.from(Array.from({ length: r.int(1, 32) }, () => r.int(0, 255)))),
  'invalid UTF-8': (r, _t, b) => insertAt(r, b, Buffer.from(r.pick(INVALID_UTF8))),
  'truncated': (r, _t, b) => b.subarray(0, r.int(0, b.length)),
  'UTF-16LE with BOM': (_r, t) => utf16(t, false, true),
  'UTF-16BE with BOM': (_r, t) => utf16(t, true, true),
  'UTF-16LE without BOM': (_r, t) => utf16(t, false, false),
  'Windows-1252': (_r, t) => singleByte(t),
  'TCVN3': (_r, t) => singleByte(t, TCVN3),
  'UTF-8 BOM': (_r, _t, b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]),
  'two BOMs': (_r, _t, b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), b]),
  'CRLF line ends': (_r, t) => Buffer.from(t.replace(/\n/g, '\r\n')),
  'CR line ends': (_r, t) => Buffer.from(t.replace(/\n/g, '\r')),
  'NUL bytes': (r, _t, b) => insertAt(r, b, Buffer.alloc(r.int(1, 4))),
  'NFD text': (_r, t) => Buffer.from(t.normalize('NFD')),
};

/** Usually the plain UTF-8 bytes; sometimes damaged one way (named in the returned label). */
export function encodeArticle(r: Random, text: string, damageRate: number): { bytes: Buffer; label?: string } {
  const bytes = Buffer.from(text, 'utf8');
  if (!r.chance(damageRate)) return { bytes };
  const name = r.pick(Object.keys(DAMAGE));
  return { bytes: DAMAGE[name]!(r, text, bytes), label: `bytes: ${name}` };
}
