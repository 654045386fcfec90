// Vietnamese typed in the 8-bit encodings of the 1990s–2000s and read as Latin-1/Windows-1252: most
// official documents of the period were typed in TCVN3 (TCVN 5712:1993 VN3, the ABC fonts .VnTime…)
// or VNI-Windows (the VNI-Times fonts). Copied into UTF-8 they read "Céng hoµ x· héi" (TCVN3) or
// "Coäng hoøa xaõ hoäi" (VNI). Both tables are public and fixed; a text is said to be in one of them
// only when converting it leaves fewer syllables that cannot be Vietnamese, so Unicode text (and
// "5 µm", "Zürich") is never taken for one.

export type LegacyEncoding = 'tcvn3' | 'vni' | 'viqr';

// TCVN3: one byte per letter (lowercase letters with marks; capitals with marks only Ă Â Ê Ô Ơ Ư Đ,
// the others come from the capital font .VnTimeH, which uses the lowercase codes). ư is 0xAD, a soft
// hyphen once read as Latin-1: invisible.
const TCVN3_PAIRS =
  '¡Ă ¢Â £Ê ¤Ô ¥Ơ ¦Ư §Đ ¨ă ©â ªê «ô ¬ơ \u00ADư ®đ µà ¸á ¶ả ·ã ¹ạ »ằ ¾ắ ¼ẳ ½ẵ Æặ Çầ Êấ Èẩ Éẫ Ëậ ' +
  'Ìè Ðé Îẻ Ïẽ Ñẹ Òề Õế Óể Ôễ Öệ ×ì Ýí Øỉ Üĩ Þị ßò ãó áỏ âõ äọ åồ èố æổ çỗ éộ êờ íớ ëở ìỡ îợ ' +
  'ïù óú ñủ òũ ôụ õừ øứ öử ÷ữ ùự úỳ ýý ûỷ üỹ þỵ';
const TCVN3 = new Map(TCVN3_PAIRS.split(' ').map((pair) => [pair[0]!, pair[1]!] as const));

// VNI-Windows: a base letter, then a byte for its mark (the byte's Latin-1 letter, lowercase after a
// lowercase letter). Tone marks after any vowel; â ê ô marks after a e o; ă marks after a.
const GRAVE = '\u0300';
const ACUTE = '\u0301';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const VNI_TONE = new Map(Object.entries({ ø: GRAVE, ù: ACUTE, û: HOOK, õ: TILDE, ï: DOT }).flatMap(([k, v]) => [[k, v], [k.toUpperCase(), v]] as const));
const VNI_CIRCUMFLEX = new Map(Object.entries({ â: '', à: GRAVE, á: ACUTE, å: HOOK, ã: TILDE, ä: DOT }).flatMap(([k, v]) => [[k, v], [k.toUpperCase(), v]] as const));
const VNI_BREVE = new Map(Object.entries({ ê: '', è: GRAVE, é: ACUTE, ú: HOOK, ü: TILDE, ë: DOT }).flatMap(([k, v]) => [[k, v], [k.toUpperCase(), v]] as const));
/** Bytes that are a letter of their own. í and ì are themselves. */
const VNI_SINGLE = new Map(Object.entries({ ñ: 'đ', Ñ: 'Đ', ô: 'ơ', Ô: 'Ơ', ö: 'ư', Ö: 'Ư', æ: 'ỉ', Æ: 'Ỉ', ó: 'ĩ', Ó: 'Ĩ', ò: 'ị', Ò: 'Ị', î: 'ỵ', Î: 'Ỵ' }));
const CIRCUMFLEX_OF: Record<string, string> = { a: 'â', e: 'ê', o: 'ô', A: 'Â', E: 'Ê', O: 'Ô' };

export function tcvn3ToUnicode(text: string): string {
  let out = '';
  for (const c of text) out += TCVN3.get(c) ?? c;
  return out;
}

export function vniToUnicode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const next = text[i + 1] ?? '';
    const compose = (base: string, mark: string | undefined): void => {
      out += (base + (mark ?? '')).normalize('NFC');
      i++;
    };
    if (CIRCUMFLEX_OF[c] && VNI_CIRCUMFLEX.has(next)) compose(CIRCUMFLEX_OF[c]!, VNI_CIRCUMFLEX.get(next));
    else if ((c === 'a' || c === 'A') && VNI_BREVE.has(next)) compose(c === 'a' ? 'ă' : 'Ă', VNI_BREVE.get(next));
    else if ('ôÔöÖ'.includes(c) && VNI_TONE.has(next)) compose(VNI_SINGLE.get(c)!, VNI_TONE.get(next));
    else if ('aeiouyAEIOUY'.includes(c) && VNI_TONE.has(next)) compose(c, VNI_TONE.get(next));
    else out += VNI_SINGLE.get(c) ?? c;
  }
  return out.normalize('NFC');
}

export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  return encoding === 'tcvn3' ? tcvn3ToUnicode(text) : encoding === 'vni' ? vniToUnicode(text) : viqrToUnicode(text);
}

// VIQR (RFC 1456): plain ASCII, the marks typed after the letter: shape ( ^ + then tone ' ` ? ~ .,
// and dd for đ: "Vie^.t Nam", "ngu+o+`i", "dda^`u". A tone that could be punctuation (. ?) counts
// where a sentence cannot end: "cho+." is chợ, "chu? nghi~a" is "chủ nghĩa", "ca. Ho^m" ends a sentence.
const VIQR_SHAPE: Record<string, Record<string, string>> = {
  '(': { a: '\u0306' }, '^': { a: '\u0302', e: '\u0302', o: '\u0302' }, '+': { o: '\u031B', u: '\u031B' },
};
const VIQR_TONE: Record<string, string> = { "'": ACUTE, '`': GRAVE, '?': HOOK, '~': TILDE, '.': DOT };

export function viqrToUnicode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const lower = c.toLowerCase();
    if (lower === 'd' && text[i + 1]?.toLowerCase() === 'd' && !/[a-z]/i.test(text[i - 1] ?? '')) {
      out += c === 'd' ? 'đ' : 'Đ';
      i++;
      continue;
    }
    if (!'aeiouy'.includes(lower)) {
      out += c;
      continue;
    }
    let marks = '';
    const shape = VIQR_SHAPE[text[i + 1] ?? '']?.[lower];
    if (shape) {
      marks += shape;
      i++;
    }
    const tone = VIQR_TONE[text[i + 1] ?? ''];
    // ? and . are also punctuation: a tone only inside a word, before , ; : or before a space and a
    // lowercase word ("chu? nghi~a"), or after a shape mark; before the end or a capital, a sentence ends.
    const after = text.slice(i + 2, i + 4);
    const toneHere = '`~\''.includes(text[i + 1] ?? '') || /^(\p{Ll}|\p{Lu}|[,;:]| \p{Ll})/u.test(after) || Boolean(shape);
    if (tone && toneHere) {
      marks += tone;
      i++;
    }
    out += (c + marks).normalize('NFC');
  }
  return out;
}

const TONE_MARKS = new Set([GRAVE, ACUTE, HOOK, TILDE, DOT]);
const SHAPE_MARKS = new Set(['\u0302', '\u0306', '\u031B']);
const WORD = /[^\s\d.,;:!?()[\]{}"'“”‘’/\\\-–—…%+=<>*#@&_|`~^$]+/g;

/** A letter that Vietnamese (or plain ASCII) can have: a base vowel with at most one tone and its shape marks. */
function isVietnameseLetter(c: string): boolean {
  if (c.charCodeAt(0) < 0x80 || c === 'đ' || c === 'Đ') return true;
  const parts = c.normalize('NFD');
  if (!/^[aeiouyAEIOUY]/.test(parts)) return false;
  let tones = 0;
  for (const mark of parts.slice(1)) {
    if (TONE_MARKS.has(mark)) tones++;
    else if (!SHAPE_MARKS.has(mark)) return false;
  }
  return tones <= 1;
}

/** Words that cannot be Vietnamese: a letter outside it (µ, ø, ¸, Ö…), or two tone marks. */
export function badSyllables(text: string): number {
  let bad = 0;
  for (const word of text.match(WORD) ?? []) {
    if (/^[\x20-\x7e]*$/.test(word)) continue;
    let tones = 0;
    let ok = true;
    for (const c of word) {
      if (!isVietnameseLetter(c)) {
        ok = false;
        break;
      }
      for (const mark of c.normalize('NFD').slice(1)) if (TONE_MARKS.has(mark)) tones++;
    }
    if (!ok || tones > 1) bad++;
  }
  return bad;
}

/** Letters only Unicode Vietnamese has (neither table ever makes them): a line with them is Unicode. */
const UNICODE_VIETNAMESE = /[\u1EA0-\u1EF9ĂăĐđƠơƯưĨĩŨũ]/;

// What each table leaves that the other does not: TCVN3 puts marked lowercase letters on codes that
// read as symbols (µ ¸ ¶ · © ª « ®…) or as capitals after a lowercase letter ("ViÖt", "kÕt"); VNI
// puts a mark byte after a vowel ("Vieät", "hoøa", "chuû") and "ñ" for đ at the start of a word.
const TCVN3_SIGNAL = /[¡¢£¤¥¦§¨©ª«¬®µ¸¶·¹»¾¼½Ç×Þßç÷þ]|[a-zà-ÿ][À-Þ]/g;
const VNI_SIGNAL = /[aeouyAEOUY][øùûõïØÙÛÕÏ]|[aeoAEO][âàáåãäÂÀÁÅÃÄ]|[aA][êèéúüëÊÈÉÚÜË]|[ôÔöÖ][øùûõïØÙÛÕÏ]|(?<![\p{L}])[ñÑ]/gu;

/**
 * The legacy encoding `text` (a line, say) was typed in: the table whose traces it shows most, if
 * converting by it leaves clearly fewer words that cannot be Vietnamese (two fewer at least, and at
 * most a third as many).
 */
export function detectLegacy(text: string): { encoding: LegacyEncoding; converted: string } | undefined {
  if (UNICODE_VIETNAMESE.test(text)) return undefined;
  if (!/[\u00A0-\u00FF]/.test(text)) return detectViqr(text);
  const tcvn3 = text.match(TCVN3_SIGNAL)?.length ?? 0;
  const vni = text.match(VNI_SIGNAL)?.length ?? 0;
  if (tcvn3 === 0 && vni === 0) return undefined;
  const encoding: LegacyEncoding = tcvn3 >= vni ? 'tcvn3' : 'vni';
  const before = badSyllables(text);
  if (before < 2) return undefined;
  const converted = convertLegacy(text, encoding);
  const after = badSyllables(converted);
  return before - after >= 2 && after * 3 <= before ? { encoding, converted } : undefined;
}

/** The lines of `text` in a legacy encoding: 1-based line, the line, the encoding and the line converted. */
export function legacyLines(lines: readonly string[]): { line: number; before: string; encoding: LegacyEncoding; converted: string }[] {
  return lines.flatMap((before, i) => {
    const found = detectLegacy(before);
    return found ? [{ line: i + 1, before, ...found }] : [];
  });
}

/** A line as shown in a message: at most 90 characters. */
export function lineSample(line: string): string {
  return (line.length > 90 ? `${line.slice(0, 90)}…` : line).trim();
}

/**
 * The text of a file that is not UTF-8, read as Windows-1258 (Microsoft's Vietnamese code page: base
 * letters, ă â ê ô ơ ư đ precomposed, tone marks as separate bytes), when it reads as Vietnamese that
 * way: it has Vietnamese letters only that code page makes and no more impossible words than one in
 * twenty. Undefined otherwise.
 */
export function decodeWindows1258(bytes: Uint8Array): string | undefined {
  const text = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  if (!UNICODE_VIETNAMESE.test(text)) return undefined;
  const words = text.match(WORD)?.length ?? 0;
  return badSyllables(text) * 20 <= words ? text : undefined;
}

/** VIQR's own traces: a shape mark after its vowel (a( a^ e^ o^ o+ u+), or ` or ~ right after a vowel. */
const VIQR_SIGNAL = /[aA]\(|[aeoAEO]\^|[ouOU]\+|[aeiouyAEIOUY][\^(+]?[`~]/g;

/** A line in VIQR: at least three of its traces, in at least a fifth of its words, and the
 *  conversion leaves Vietnamese (no impossible word). */
function detectViqr(text: string): { encoding: LegacyEncoding; converted: string } | undefined {
  const signals = text.match(VIQR_SIGNAL)?.length ?? 0;
  const words = text.split(/\s+/).filter(Boolean).length;
  if (signals < 3 || signals * 5 < words) return undefined;
  const converted = viqrToUnicode(text);
  return badSyllables(converted) === 0 && UNICODE_VIETNAMESE.test(converted) ? { encoding: 'viqr', converted } : undefined;
}
