// Two names that look the same on screen but are not the same text: a no-break space pasted from
// Word, a zero-width space from a web page, a letter typed with separate accent marks (e + ̂ + ̃
// instead of ễ). Editors cannot see the difference, so messages must name it.

type Label = readonly [vi: string, en: string];

const NAMED: ReadonlyMap<number, Label> = new Map<number, Label>([
  [0x0009, ['dấu tab', 'tab']],
  [0x0020, ['dấu cách', 'space']],
  [0x00a0, ['khoảng trắng không ngắt dòng', 'no-break space']],
  [0x00ad, ['dấu gạch nối ẩn', 'soft hyphen']],
  [0x2007, ['khoảng trắng chữ số', 'figure space']],
  [0x200b, ['khoảng trắng độ rộng 0', 'zero-width space']],
  [0x200c, ['ký tự ẩn không nối', 'zero-width non-joiner']],
  [0x200d, ['ký tự ẩn nối', 'zero-width joiner']],
  [0x202f, ['khoảng trắng hẹp không ngắt', 'narrow no-break space']],
  [0x2060, ['ký tự ẩn nối từ', 'word joiner']],
  [0x3000, ['khoảng trắng rộng', 'ideographic space']],
  [0xfeff, ['ký tự ẩn BOM', 'zero-width no-break space (BOM)']],
]);

const isCombining = (cp: number): boolean => (cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x1ab0 && cp <= 0x1aff) || (cp >= 0x20d0 && cp <= 0x20ff);
const isOtherSpace = (cp: number): boolean => (cp >= 0x2000 && cp <= 0x200a) || cp === 0x205f;

export const codePointName = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** Whether a character is hard or impossible to see, so it must be spelled out by code point. */
export function isInvisible(cp: number): boolean {
  return NAMED.has(cp) || isCombining(cp) || isOtherSpace(cp) || cp < 0x20 || (cp >= 0x7f && cp <= 0x9f);
}

function label(cp: number | undefined, lang: 0 | 1): string {
  if (cp === undefined) return lang === 0 ? '(hết tên)' : '(end of name)';
  if (!isInvisible(cp)) return `"${String.fromCodePoint(cp)}"`;
  const kind: Label = isCombining(cp) ? ['dấu viết tách', 'combining mark'] : isOtherSpace(cp) ? ['khoảng trắng đặc biệt', 'special space'] : ['ký tự điều khiển', 'control character'];
  const name = NAMED.get(cp)?.[lang] ?? kind[lang];
  return `${codePointName(cp)} (${name})`;
}

/** A letter and the separate accent marks after it: "e + U+0302 + U+0303". */
function cluster(cps: readonly number[], at: number): string {
  const parts = [`"${String.fromCodePoint(cps[at]!)}"`];
  for (let i = at + 1; i < cps.length && isCombining(cps[i]!); i++) parts.push(codePointName(cps[i]!));
  return parts.join(' + ');
}

/**
 * Where `name` differs from `other`, in words, Vietnamese and English; undefined when they are equal.
 * Positions count characters (code points) from 1, as an editor counts them.
 */
export function describeDifference(name: string, other: string): { vi: string; en: string } | undefined {
  const a = [...name].map((c) => c.codePointAt(0)!);
  const b = [...other].map((c) => c.codePointAt(0)!);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return undefined;
  const at = i + 1;
  if (name.normalize('NFC') === other.normalize('NFC')) {
    // Same letters, written with separate accent marks in one of them.
    const [x, y] = [cluster(a, i), cluster(b, i)];
    return {
      vi: `ký tự thứ ${at} được gõ khác nhau: ${x} và ${y} (chữ viết tách dấu)`,
      en: `character ${at} is typed differently: ${x} and ${y} (a letter with separate accent marks)`,
    };
  }
  return {
    vi: `ký tự thứ ${at}: ${label(a[i], 0)} và ${label(b[i], 0)}`,
    en: `character ${at}: ${label(a[i], 1)} and ${label(b[i], 1)}`,
  };
}

/** The text without invisible characters and with every kind of space as a plain space, for "looks the same". */
export function visibleForm(text: string): string {
  let out = '';
  for (const c of text.normalize('NFC')) {
    const cp = c.codePointAt(0)!;
    if (cp === 0x20 || cp === 0x09 || cp === 0xa0 || cp === 0x202f || cp === 0x3000 || isOtherSpace(cp)) out += ' ';
    else if (!isInvisible(cp)) out += c;
  }
  return out.replace(/ +/g, ' ').trim();
}
