// Find, read and decode baotinh.config.yaml (the I/O edge of config.ts). Whatever sits at that path
// (a folder, a pipe, a huge file, bytes that are not UTF-8, a file the account may not read) ends as
// a diagnostic, never as a stack trace or a build that hangs.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ConfigResult } from './config.js';
import { CONFIG_FILE, DEFAULT_CACHE } from './config-name.js';
import { deepFreeze } from './deep-freeze.js';
import { diagnostic } from './errors.js';
import { hashOf } from './incremental/hash.js';
import { loadState, saveState } from './incremental/state-store.js';
import { decodeSource } from './sources/read-text.js';

/** A configuration is a few kilobytes; past this it is something else saved under its name. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** The two file operations used, replaceable in tests (permissions cannot be tested as root). */
export interface ConfigFs {
  stat(file: string): Promise<{ isFile(): boolean; isDirectory(): boolean; size: number }>;
  readFile(file: string): Promise<Uint8Array>;
}

const nodeFs: ConfigFs = { stat, readFile: (file) => readFile(file) };

/** A configuration once resolved, remembered by the bytes it came from (codeKey: the code that resolved it). */
interface ConfigMemo {
  readonly codeKey: string;
  readonly key: string;
  readonly result: ConfigResult;
}

export async function loadConfig(root: string, fs: ConfigFs = nodeFs, memo?: { readonly codeKey: string }): Promise<ConfigResult & { remember?: () => Promise<void> }> {
  const file = path.join(root, CONFIG_FILE);
  let bytes: Uint8Array;
  try {
    // stat first: reading a folder throws EISDIR, and reading a FIFO would wait for ever.
    const info = await fs.stat(file);
    if (!info.isFile()) return notFile(info.isDirectory() ? 'directory' : 'special');
    if (info.size > MAX_CONFIG_BYTES) return notFile('too-large', { size: info.size, max: MAX_CONFIG_BYTES });
    bytes = await fs.readFile(file);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    // ENOTDIR: --root names a file, so there is no configuration inside it.
    if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return { diagnostics: [diagnostic('CONFIG_MISSING', { file: CONFIG_FILE })] };
    if (e.code === 'EISDIR') return notFile('directory');
    if (e.code === undefined) throw error; // not the file system speaking: an internal error
    return { diagnostics: [diagnostic('CONFIG_UNREADABLE', { path: file, error: e.code, detail: osMessage(e) }, { file: CONFIG_FILE })] };
  }
  const source = decodeSource(bytes);
  if (source === undefined) return { diagnostics: [encodingDiagnostic(bytes)] };
  // Parsing and checking the file loads a YAML parser and a schema library (~0.2 s): a build with
  // nothing to do would spend most of its time there, so the result is remembered by the file's
  // bytes, in the default cache folder only (where a configuration naming no other one keeps its cache).
  const memoFile = path.join(root, DEFAULT_CACHE, 'state', 'config.bin');
  const key = hashOf(root, source);
  if (memo) {
    const saved = (await loadState<ConfigMemo>(memoFile, memo.codeKey)).state;
    if (saved?.key === key) return saved.result.config ? { ...saved.result, config: deepFreeze(saved.result.config) } : saved.result;
  }
  const { resolveConfig } = await import('./config.js');
  const result = resolveConfig(source, root);
  // Saved by the build once it succeeded: a refused or failed build leaves the cache folder as it was.
  if (memo && result.config?.folders.cache === DEFAULT_CACHE) return { ...result, remember: () => saveState(memoFile, { codeKey: memo.codeKey, key, result } satisfies ConfigMemo) };
  return result;
}

function notFile(reason: 'directory' | 'special' | 'too-large', extra: Record<string, number> = {}): ConfigResult {
  return { diagnostics: [diagnostic('CONFIG_NOT_FILE', { file: CONFIG_FILE, reason, ...extra }, { file: CONFIG_FILE })] };
}

/** "permission denied", from "EACCES: permission denied, open '/x/baotinh.config.yaml'". */
function osMessage(e: NodeJS.ErrnoException): string {
  return /^[A-Z]+: ([^,]+)/.exec(e.message)?.[1] ?? e.message;
}

/** FILE_ENCODING at the line of the first byte that is not UTF-8, with that line (shown with �) as the frame. */
function encodingDiagnostic(bytes: Uint8Array) {
  const offset = firstInvalidUtf8(bytes);
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  const shown = new TextDecoder('utf-8').decode(bytes);
  return diagnostic('FILE_ENCODING', {}, { file: CONFIG_FILE, line, source: shown });
}

/**
 * Offset of the first invalid byte sequence. A streaming decode of a prefix fails exactly when the
 * prefix holds a complete invalid sequence, so the shortest failing prefix is found by bisection.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const fails = (n: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (fails(mid + 1)) high = mid;
    else low = mid + 1;
  }
  return low;
}
