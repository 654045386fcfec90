// Find the article sources under content/. Sorted by code point so discovery order never leaks into output.
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Markdown files under `dir` as forward-slash paths relative to it; hidden and `_`-prefixed entries are skipped. */
export async function discoverMarkdown(dir: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(rel: string): Promise<void> {
    const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) found.push(child);
    }
  }
  await walk('');
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
