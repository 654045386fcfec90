// The optional views file: counts CI may refresh from an analytics export, keyed by article id
// ("bai-viet/hoi-nghi") or URL ("/tin-tuc/2023/01/hoi-nghi/"). A missing file means no counts.
import { readFile } from 'node:fs/promises';
import { diagnostic, type Diagnostic } from '../errors.js';

export async function readViews(file: string, label: string): Promise<{ views: Map<string, number>; diagnostics: Diagnostic[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { views: new Map(), diagnostics: [] };
    throw error;
  }
  const fail = (detail: string) => ({ views: new Map<string, number>(), diagnostics: [diagnostic('VIEWS_FILE_INVALID', { detail }, { file: label })] });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail((error as Error).message);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return fail('không phải một đối tượng JSON {"khóa": số}');
  const views = new Map<string, number>();
  for (const [key, value] of Object.entries(data)) {
    if (!Number.isSafeInteger(value) || (value as number) < 0) return fail(`giá trị của "${key}" không phải số nguyên không âm`);
    views.set(key, value as number);
  }
  return { views, diagnostics: [] };
}
