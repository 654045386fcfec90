// Percent-decoding of hrefs written by editors, total: `decodeURI` throws a URIError on a malformed
// escape (`bai%zz.md`, `%E0%A4%A.md`); here what cannot be decoded stays as written.

/** Characters decodeURI keeps encoded, because decoded they would change the path's structure. */
const RESERVED = new Set([...';/?:@&=+$,#']);

/** Like decodeURI, but a malformed or incomplete escape is kept as written instead of throwing. */
export function decodeHref(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href.replace(/(?:%[0-9a-f]{2})+/gi, decodeRun);
  }
}

/** A run of escapes (`%E1%BA%A3%zz` is two runs): each complete UTF-8 sequence decoded, the rest kept. */
function decodeRun(run: string): string {
  const bytes = run.length / 3;
  let out = '';
  for (let i = 0; i < bytes; ) {
    const size = sequenceSize(parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16));
    const piece = size > 0 && i + size <= bytes ? tryDecode(run.slice(i * 3, (i + size) * 3)) : undefined;
    if (piece === undefined || (size === 1 && RESERVED.has(piece))) {
      out += run.slice(i * 3, i * 3 + 3);
      i++;
    } else {
      out += piece;
      i += size;
    }
  }
  return out;
}

/** Bytes in the UTF-8 sequence a lead byte starts; 0 for a byte that cannot start one. */
function sequenceSize(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function tryDecode(escapes: string): string | undefined {
  try {
    return decodeURIComponent(escapes);
  } catch {
    return undefined;
  }
}
