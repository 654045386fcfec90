// Characters no configuration string may carry into pages: control characters (C0 but tab and
// newline, DEL, C1 such as U+0085), lone surrogates and noncharacters. XML 1.0 forbids most of
// them, the HTML checker reports the rest, and copied text (Word, PDF) brings them in unseen.
const UNSAFE = /(?![\t\n])[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/gu;

export type ConfigPath = readonly (string | number)[];

/** "U+0001, U+0085": how the characters are named in messages (they cannot be shown). */
export function describeCharacters(text: string): string | undefined {
  const found = [...new Set(text.match(UNSAFE) ?? [])];
  return found.length ? found.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ') : undefined;
}

/** Text safe to print in a terminal message: the characters become \u escapes. */
export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

/**
 * A copy of the parsed YAML with those characters removed from every string value; `found` is
 * told where each was. Keys stay as written (a key with such characters is unknown anyway).
 * The input is bounded by the YAML limits (yaml-limits.ts), so copying aliased parts is cheap.
 */
export function stripUnsafeCharacters(value: unknown, found: (path: ConfigPath, characters: string) => void, at: ConfigPath = []): unknown {
  if (typeof value === 'string') {
    const characters = describeCharacters(value);
    if (characters === undefined) return value;
    found(at, characters);
    return value.replace(UNSAFE, '');
  }
  if (Array.isArray(value)) return value.map((item, i) => stripUnsafeCharacters(item, found, [...at, i]));
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      // defineProperty: a key named "__proto__" stays an ordinary key, as the YAML parser made it.
      Object.defineProperty(copy, key, { value: stripUnsafeCharacters(item, found, [...at, key]), enumerable: true, writable: true, configurable: true });
    }
    return copy;
  }
  return value;
}
