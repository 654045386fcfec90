// `baotinh convert <file|folder>… [--write]`: Markdown typed in TCVN3 or VNI (files saved in those
// 8-bit encodings, or UTF-8 files whose text was pasted from them) to UTF-8 NFC. Without --write it
// only shows, per file, the encoding and the first lines as they are and as they will be; with
// --write each file is replaced whole (written beside, then renamed over). Only lines that read as a
// legacy encoding are converted: Unicode lines in the same file are left as they are. Paths must be
// inside the site folder (--root); links are not followed.
import { lstatSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { resolveInside } from '../paths.js';
import { normalizeText } from '../sources/read-text.js';
import { decodeWindows1258, legacyLines, type LegacyEncoding } from '../vi/legacy-encodings.js';
import type { CommandIo } from './command-line.js';

const decoder = new TextDecoder('utf-8', { fatal: true });
const SHOWN_LINES = 3;

export interface ConvertRequest {
  readonly root: string;
  readonly paths: readonly string[];
  readonly write: boolean;
}

interface FilePlan {
  readonly file: string;
  readonly encoding: LegacyEncoding | 'windows-1258';
  /** The file's bytes were not UTF-8 (saved in the legacy encoding), not just its text. */
  readonly bytes: boolean;
  readonly changes: readonly { readonly line: number; readonly before: string; readonly after: string }[];
  readonly text: string;
}

export async function convertFiles(request: ConvertRequest, { lang, io }: CommandIo): Promise<number> {
  const vi = lang === 'vi';
  if (request.paths.length === 0) throw new UsageError(vi ? 'cần ít nhất một tệp hoặc thư mục: baotinh convert content/bai-viet' : 'at least one file or folder is needed: baotinh convert content/bai-viet');
  const files: string[] = [];
  for (const given of request.paths) {
    const absolute = resolveInside(request.root, path.resolve(given));
    if (!absolute) throw new UsageError(vi ? `"${given}" nằm ngoài thư mục của trang (${request.root}); chỉ chuyển tệp trong trang.` : `"${given}" is outside the site folder (${request.root}); only files of the site are converted.`);
    const info = lstatOrNull(absolute);
    if (!info) throw new UsageError(vi ? `không có tệp hay thư mục "${given}".` : `no such file or folder: "${given}".`);
    if (info.isDirectory()) files.push(...markdownUnder(absolute));
    else if (info.isFile()) files.push(absolute);
  }
  const plans = files.sort().flatMap((file) => planFile(file) ?? []);
  const shown = (file: string): string => path.relative(process.cwd(), file) || file;
  for (const plan of plans) {
    const name = { tcvn3: 'TCVN3 (.VnTime)', vni: 'VNI (VNI-Times)', viqr: 'VIQR', 'windows-1258': 'Windows-1258' }[plan.encoding];
    io.out(`${shown(plan.file)}: ${vi ? `${plan.changes.length} dòng gõ bằng ${name}` : `${plan.changes.length} line(s) in ${name}`}${plan.bytes ? (vi ? ', tệp không phải UTF-8' : ', file not UTF-8') : ''}`);
    for (const c of plan.changes.slice(0, SHOWN_LINES)) io.out(`  ${c.line}: ${c.before}\n  ${' '.repeat(String(c.line).length)}→ ${c.after}`);
    if (plan.changes.length > SHOWN_LINES) io.out(vi ? `  … và ${plan.changes.length - SHOWN_LINES} dòng khác` : `  … and ${plan.changes.length - SHOWN_LINES} more`);
    if (request.write) {
      const temporary = `${plan.file}.${process.pid}.baotinh-convert.tmp`;
      writeFileSync(temporary, plan.text);
      renameSync(temporary, plan.file);
    }
  }
  if (plans.length === 0) io.out(vi ? `Không có tệp nào cần chuyển (${files.length} tệp .md đã xem).` : `Nothing to convert (${files.length} .md file(s) looked at).`);
  else if (request.write) io.out(vi ? `Đã chuyển ${plans.length} tệp sang UTF-8.` : `Converted ${plans.length} file(s) to UTF-8.`);
  else io.out(vi ? `Chưa ghi gì. Chạy lại với --write để chuyển ${plans.length} tệp trên.` : `Nothing written. Run again with --write to convert the ${plans.length} file(s) above.`);
  return 0;
}

function lstatOrNull(file: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

/** Markdown files under a folder, not following links, hidden entries skipped. */
function markdownUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...markdownUnder(file));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) found.push(file);
  }
  return found;
}

/** What converting a file changes, or undefined when nothing in it reads as a legacy encoding. */
function planFile(file: string): FilePlan | undefined {
  const raw = readFileSync(file);
  let text: string;
  let bytes = false;
  try {
    text = decoder.decode(raw);
  } catch {
    text = raw.toString('latin1');
    bytes = true;
  }
  const lines = normalizeText(text).split('\n');
  const found = legacyLines(lines);
  if (found.length === 0) {
    // Not UTF-8, and no line reads as TCVN3, VNI or VIQR: the whole file may be in Windows-1258.
    const cp1258 = bytes ? decodeWindows1258(raw) : undefined;
    if (!cp1258) return undefined;
    const after = normalizeText(cp1258).split('\n');
    const changes = after.flatMap((line, i) => (line !== lines[i] ? [{ line: i + 1, before: lines[i] ?? '', after: line }] : []));
    return { file, encoding: 'windows-1258', bytes, changes, text: normalizeText(cp1258) };
  }
  const out = [...lines];
  const counts = { tcvn3: 0, vni: 0, viqr: 0 };
  for (const f of found) {
    out[f.line - 1] = f.converted;
    counts[f.encoding]++;
  }
  const encoding = (Object.entries(counts) as [LegacyEncoding, number][]).reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const changes = found.map((f) => ({ line: f.line, before: f.before, after: f.converted }));
  return { file, encoding, bytes, changes, text: out.join('\n').normalize('NFC') };
}
