// Text as editors save it → text as the pipeline sees it: UTF-8 checked, BOM stripped,
// CRLF/CR → LF, NFC (macOS and some Windows keyboards write decomposed Vietnamese).
const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeSource(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return undefined;
  }
  return normalizeText(text);
}

export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}
