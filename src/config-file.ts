// Find and read baotinh.config.yaml (I/O edge of config.ts).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE, resolveConfig, type ConfigResult } from './config.js';
import { diagnostic } from './errors.js';

export async function loadConfig(root: string): Promise<ConfigResult> {
  const file = path.join(root, CONFIG_FILE);
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return { diagnostics: [diagnostic('CONFIG_MISSING', { file: CONFIG_FILE })] };
  }
  return resolveConfig(source, root);
}
