// argv → command. Prints diagnostics and summaries, and decides the exit code (new and init in
// src/commands/ return theirs): 0 success, 1 content errors (the output folder is untouched) or a
// refusal to overwrite, 2 usage errors, and the codes of EXIT below.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { build, PACKAGE_ROOT, type BuildReport } from './build.js';
import { buildAndVerify } from './incremental/verify.js';
import { formatNumberVi } from './vi/numbers.js';
import { InfrastructureError, osErrorText, UsageError, type Diagnostic } from './errors.js';
import { formatDiagnostic } from './format-diagnostic.js';
import { canonicalBaseUrl, isValidBasePath, isValidBaseUrl } from './config-values.js';
import type { Lang } from './messages.js';
import { guessLanguage, parseCommandLine, UsageErrorWithHelp, type OptionValues } from './commands/command-line.js';
import { HELP } from './commands/help-text.js';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}
const processIo: Io = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) };

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let lang: Lang = guessLanguage(argv);
  try {
    const { values, command, words, ...line } = parseCommandLine(argv);
    lang = line.lang;
    if (values.version) {
      io.out(JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')).version);
      return 0;
    }
    if (command === undefined) {
      (values.help ? io.out : io.err)(HELP[lang].main);
      return values.help ? 0 : 2;
    }
    if (values.help) {
      io.out(HELP[lang][command]);
      return 0;
    }
    if (command === 'new') {
      const request = { root: path.resolve(values.root ?? '.'), title: words.join(' '), category: values.category, folder: values.folder, date: values.date };
      const { newArticle } = await import('./commands/new-article.js');
      return await newArticle(request, { lang, io });
    }
    if (command === 'init') return await (await import('./commands/init-site.js')).initSite(words, { lang, io });
    if (command === 'convert') return await (await import('./commands/convert.js')).convertFiles({ root: path.resolve(values.root ?? '.'), paths: words, write: values.write ?? false }, { lang, io });
    if (command === 'dev') return await runDevCommand(values, words, lang, io);
    return await runBuild(values, words, lang, io);
  } catch (error) {
    if (error instanceof UsageErrorWithHelp) {
      io.err(`${lang === 'vi' ? 'Lỗi dùng lệnh' : 'Usage error'}: ${error.message}\n`);
      io.err(HELP[lang][error.command]);
      return EXIT.usage;
    }
    return reportFailure(error, lang, io);
  }
}

async function runDevCommand(values: OptionValues, rest: readonly string[], lang: Lang, io: Io): Promise<number> {
  if (rest.length) throw new UsageError(lang === 'vi' ? `đối số thừa: ${rest.join(' ')}` : `unexpected arguments: ${rest.join(' ')}`);
  const port = Number(values.port ?? 4000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(lang === 'vi' ? '--port phải là số nguyên từ 1 đến 65535' : '--port must be a whole number from 1 to 65535');
  const jobs = Number(values.jobs ?? Math.min(availableParallelism(), 4));
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(lang === 'vi' ? '--jobs phải là số nguyên từ 1 đến 64' : '--jobs must be a whole number from 1 to 64');
  // Ctrl-C (or a service manager's SIGTERM) stops the watcher, waits for a build under way, closes the server.
  const stop = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  const { runDev } = await import('./dev/dev-command.js');
  return runDev({
    root: path.resolve(values.root ?? '.'), port, host: values.host ? '0.0.0.0' : '127.0.0.1', lang, jobs, autoJobs: values.jobs === undefined, stop, timings: values.timings ?? false,
    out: io.out, err: io.err,
    describeFailure: (error) => {
      const lines: string[] = [];
      reportFailure(error, lang, { out: (t) => lines.push(t), err: (t) => lines.push(t) });
      return lines.join('\n');
    },
  });
}

async function runBuild(values: OptionValues, rest: readonly string[], lang: Lang, io: Io): Promise<number> {
  if (rest.length) throw new UsageError(lang === 'vi' ? `đối số thừa: ${rest.join(' ')}` : `unexpected arguments: ${rest.join(' ')}`);
  const basePath = values['base-path'];
  if (basePath !== undefined && !isValidBasePath(basePath)) {
    throw new UsageError(lang === 'vi' ? `--base-path phải bắt đầu và kết thúc bằng "/", không có đoạn rỗng, "." hay "..", ví dụ /portal/` : `--base-path must start and end with "/", with no empty, "." or ".." segments, e.g. /portal/`);
  }
  const baseUrl = values['base-url'];
  if (baseUrl !== undefined && !isValidBaseUrl(baseUrl)) {
    throw new UsageError(lang === 'vi' ? '--base-url phải là tên miền đầy đủ, ví dụ https://danvan.example.vn' : '--base-url must be a full domain, e.g. https://danvan.example.vn');
  }
  const jobs = values.jobs === undefined ? Math.min(availableParallelism(), 4) : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(lang === 'vi' ? '--jobs phải là số nguyên từ 1 đến 64' : '--jobs must be a whole number from 1 to 64');
  const wait = values.wait === undefined ? undefined : Number(values.wait);
  if (wait !== undefined && (!Number.isFinite(wait) || wait < 0 || wait > 3600)) {
    throw new UsageError(lang === 'vi' ? '--wait phải là số giây từ 0 đến 3600' : '--wait must be a number of seconds from 0 to 3600');
  }
  if (values.clean && values.verify) throw new UsageError(lang === 'vi' ? '--clean và --verify không dùng cùng nhau (--verify đã gồm một bản dựng sạch)' : '--clean and --verify cannot be used together (--verify includes a clean build)');
  const report = await (values.verify ? buildAndVerify : build)({
    jobs,
    ...(values.jobs === undefined && { autoJobs: true }),
    ...(values.clean && { state: 'rebuild' as const }),
    onImageProgress: imageProgressPrinter(lang, io, values.quiet ?? false),
    root: path.resolve(values.root ?? '.'),
    ...(values.out !== undefined && { outDir: path.resolve(values.out) }),
    ...(basePath !== undefined && { basePath }),
    ...(baseUrl !== undefined && { baseUrl: canonicalBaseUrl(baseUrl) }),
    drafts: values.drafts ?? false,
    future: values.future ?? false,
    ...(wait !== undefined && { lockWaitMs: wait * 1000 }),
    // Printed at once (e.g. "waiting for build pid N"), not with the report at the end.
    onNotice: (d) => io.err(formatDiagnostic(d, lang)),
  });
  printReport(report, lang, values.quiet ?? false, io);
  if (values.timings) io.out(Object.entries(report.millis).map(([stage, ms]) => `${stage.padEnd(10)} ${String(ms).padStart(7)} ms`).join('\n'));
  return report.ok ? EXIT.ok : EXIT.content;
}

/** Exit codes beyond 0/1/2, from sysexits.h so scripts can tell them apart. */
export const EXIT = { ok: 0, content: 1, usage: 2, internal: 70, io: 74, busy: 75 } as const;

/**
 * The error boundary: whatever escaped the build becomes a message and an exit code. A wrong command
 * line is 2; a refusal that carries its own diagnostic (an output folder baotinh will not replace,
 * another build running) uses the code it carries; a failing disk is 74 and names the path and the OS
 * error; anything else is a bug in baotinh: 70, with the cause chain, and never blamed on the content.
 */
export function reportFailure(error: unknown, lang: Lang, io: Io): number {
  const vi = lang === 'vi';
  if (error instanceof UsageError || (error as { code?: string } | null)?.code?.startsWith?.('ERR_PARSE_ARGS')) {
    io.err(`${vi ? 'Lỗi dùng lệnh' : 'Usage error'}: ${(error as Error).message}`);
    io.err(vi ? 'Xem: baotinh --help' : 'See: baotinh --help');
    return EXIT.usage;
  }
  const carried = error as { diagnostic?: Diagnostic; exitCode?: number } | null;
  if (carried?.diagnostic && typeof carried.exitCode === 'number') {
    io.err(formatDiagnostic(carried.diagnostic, lang));
    return carried.exitCode;
  }
  if (error instanceof InfrastructureError) {
    io.err(vi
      ? `Lỗi hệ thống khi ${error.action.vi}: ${error.path}\n  ${osErrorText(error.cause)}\n  Nội dung bài viết không có lỗi. Kiểm tra ổ đĩa (còn chỗ trống?) và quyền ghi của thư mục trên, rồi dựng lại.`
      : `System error while ${error.action.en}: ${error.path}\n  ${osErrorText(error.cause)}\n  The content is not at fault. Check the disk (space left?) and the permissions of that path, then build again.`);
    return EXIT.io;
  }
  io.err(vi
    ? 'Lỗi nội bộ của baotinh (không phải lỗi của nội dung). Vui lòng báo lỗi, gửi kèm toàn bộ thông báo dưới đây:'
    : 'Internal error in baotinh (not a problem in the content). Please report it with the whole text below:');
  io.err(causeChain(error));
  return EXIT.internal;
}

/** The error's stack, then each `cause` in turn, with the path of any OS error. */
function causeChain(error: unknown): string {
  const parts: string[] = [];
  const seen = new Set<unknown>();
  for (let e: unknown = error, depth = 0; e !== undefined && e !== null && !seen.has(e) && depth < 8; depth++) {
    seen.add(e);
    const err = e as NodeJS.ErrnoException;
    const text = err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : String(e);
    parts.push(`${depth ? 'Nguyên nhân / cause: ' : ''}${text}${err?.path ? `\n  path: ${err.path}` : ''}`);
    e = err instanceof Error ? err.cause : undefined;
  }
  return parts.join('\n');
}

/** Past this many of one code in one file, the rest are counted, not printed (they are all errors still). */
const PRINT_PER_FILE_AND_CODE = 50;

function printDiagnostics(diagnostics: readonly Diagnostic[], lang: Lang, io: Io): void {
  const printed = new Map<string, number>();
  const hidden = new Map<string, { file: string; code: string; count: number }>();
  for (const d of diagnostics) {
    const key = `${d.file ?? ''}\u0000${d.code}`;
    const n = (printed.get(key) ?? 0) + 1;
    printed.set(key, n);
    if (n <= PRINT_PER_FILE_AND_CODE) io.err(`${formatDiagnostic(d, lang)}\n`);
    else hidden.set(key, { file: d.file ?? '', code: d.code, count: n - PRINT_PER_FILE_AND_CODE });
  }
  for (const { file, code, count } of hidden.values()) {
    io.err(lang === 'vi' ? `${file} ${code}: còn ${count} chỗ cùng loại trong tệp này (không in ra).\n` : `${file} ${code}: ${count} more of the same kind in this file (not printed).\n`);
  }
}

function printReport(report: BuildReport, lang: Lang, quiet: boolean, io: Io): void {
  printDiagnostics(report.diagnostics, lang, io);
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = report.diagnostics.length - errors;
  if (!report.ok) {
    io.err(lang === 'vi'
      ? `Dựng trang thất bại: ${errors} lỗi, ${warnings} cảnh báo. Thư mục đầu ra giữ nguyên như trước.`
      : `Build failed: ${errors} error(s), ${warnings} warning(s). The output folder was left as it was.`);
    return;
  }
  if (quiet) return;
  const img = report.images;
  if (img && img.photos > 0) {
    io.out(lang === 'vi'
      ? `Ảnh: ${img.photos} ảnh gốc → ${img.files} tệp; mã hóa ${img.encoded}, dùng lại ${img.reused} từ bộ nhớ đệm${img.encoded === 0 ? ' (không có ảnh nào phải mã hóa lại)' : ''}.`
      : `Images: ${img.photos} photos → ${img.files} files; ${img.encoded} encoded, ${img.reused} reused from the cache${img.encoded === 0 ? ' (nothing to encode)' : ''}.`);
  }
  const seconds = Object.values(report.millis).reduce((a, b) => a + b, 0) / 1000;
  const mb = (report.bytes / 1_048_576).toFixed(1);
  const out = path.relative(process.cwd(), report.outDir ?? '') || '.';
  const c = report.changes;
  if (c) {
    io.out(lang === 'vi'
      ? `${formatNumberVi(c.rendered)} trang dựng lại, ${formatNumberVi(c.kept)} giữ nguyên, ${formatNumberVi(c.removed)} xóa.`
      : `${c.rendered.toLocaleString('en')} pages rebuilt, ${c.kept.toLocaleString('en')} kept, ${c.removed.toLocaleString('en')} removed.`);
  }
  io.out(lang === 'vi'
    ? `Đã dựng ${report.articles} bài viết, ${report.pages} trang (${report.files} tệp, ${mb.replace('.', ',')} MB) vào ${out} trong ${seconds.toFixed(2).replace('.', ',')} giây${warnings ? `, ${warnings} cảnh báo` : ''}.`
    : `Built ${report.articles} articles, ${report.pages} pages (${report.files} files, ${mb} MB) into ${out} in ${seconds.toFixed(2)} s${warnings ? `, ${warnings} warning(s)` : ''}.`);
}

/**
 * Progress while photos are processed, when there are more than a handful: a bar redrawn in place
 * on a terminal; in CI logs (no terminal), a plain line at every tenth.
 */
function imageProgressPrinter(lang: Lang, io: Io, quiet: boolean): ((p: { done: number; total: number; encoded: number }) => void) | undefined {
  if (quiet) return undefined;
  const label = lang === 'vi' ? 'Ảnh' : 'Images';
  const tty = process.stderr.isTTY === true && io === processIo;
  let lastTenth = 0;
  return ({ done, total, encoded }) => {
    // Nothing to show when there are only a few photos, or when all so far came from the cache.
    if (total <= 5 || encoded === 0) return;
    if (tty) {
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stderr.write(`\r${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} (${encoded})${done === total ? '\n' : ''}`);
      return;
    }
    const tenth = Math.floor((done * 10) / total);
    if (tenth > lastTenth || done === total) {
      lastTenth = tenth;
      io.err(`${label}: ${done}/${total}`);
    }
  };
}
