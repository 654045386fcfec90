// Combining marks that NFC cannot place: every Vietnamese letter has a precomposed form, so after NFC
// any combining mark left over is not part of a Vietnamese letter. Where the intent is plain it is
// repaired silently: a mark the letter already has (ơ + a second horn), or marks typed in the wrong
// order (e + acute + circumflex → ế). Elsewhere the mark is removed and the line reported: a mark after
// a space or a consonant, a second tone on a toned letter (which tone was meant cannot be known).
// The text that reaches pages and feeds then has no combining mark at all.

const MARK = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/;
/** Vietnamese shape marks (circumflex, breve, horn) go on the letter before its tone. */
const SHAPES = new Set(['\u0302', '\u0306', '\u031B']);
const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

export interface MarkFinding {
  /** 0-based line of the text. */
  readonly line: number;
  /** 1-based column of the mark in the line as written. */
  readonly column: number;
  readonly codePoint: string;
  /** What the mark followed: a space (or line start), a letter that cannot take it, a toned letter. */
  readonly after: 'space' | 'letter' | 'tone';
}

/** One letter (base and marks) as a precomposed Vietnamese letter, if its marks make one in some order. */
function recompose(base: string, marks: readonly string[]): string | undefined {
  const unique = [...new Set(marks)];
  const ordered = [...unique.filter((m) => SHAPES.has(m)), ...unique.filter((m) => TONES.has(m))];
  if (ordered.length !== unique.length || unique.filter((m) => TONES.has(m)).length > 1) return undefined;
  const composed = (base + ordered.join('')).normalize('NFC');
  return [...composed].length === 1 ? composed : undefined;
}

export function repairMarks(text: string): { text: string; findings: MarkFinding[] } {
  if (!MARK.test(text)) return { text, findings: [] };
  const findings: MarkFinding[] = [];
  const lines = text.split('\n').map((line, index) => {
    if (!MARK.test(line)) return line;
    const chars = [...line];
    const out: string[] = [];
    let column = 0;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i]!;
      column += c.length;
      if (!MARK.test(c)) {
        out.push(c);
        continue;
      }
      // The marks in a row after one letter are taken together.
      const marks = [c];
      while (i + 1 < chars.length && MARK.test(chars[i + 1]!)) marks.push(chars[++i]!);
      const previous = out[out.length - 1];
      const parts = previous?.normalize('NFD') ?? '';
      const base = parts[0];
      const isLetter = base !== undefined && /\p{L}/u.test(base);
      const fixed = isLetter ? recompose(base, [...parts.slice(1), ...marks]) : undefined;
      if (fixed) {
        out[out.length - 1] = fixed;
      } else {
        const toned = [...parts.slice(1)].some((m) => TONES.has(m)) && marks.some((m) => TONES.has(m));
        findings.push({ line: index, column, codePoint: `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, after: !isLetter ? 'space' : toned ? 'tone' : 'letter' });
      }
      column += marks.slice(1).reduce((n, m) => n + m.length, 0);
    }
    return out.join('');
  });
  return { text: lines.join('\n'), findings };
}
