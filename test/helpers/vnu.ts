// Runs the Nu Html Checker (vnu.jar from the `vnu-jar` devDependency) on many files in
// ONE java process (the JVM is slow to start) and returns its errors.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface NuMessage {
  /** The file as passed in (absolute or as given), or the checker's URL if unmapped. */
  file: string;
  /** 1-based line of the problem (0 when the checker gave none). */
  line: number;
  column: number;
  message: string;
  /** Source excerpt around the problem, if the checker gave one. */
  extract?: string;
  /** 'error', 'error/fatal', or 'non-document-error/<subType>'. */
  type: string;
}

interface VnuJsonMessage {
  type?: string;
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message?: string;
  extract?: string;
}

const require = createRequire(import.meta.url);

/** Absolute path of vnu.jar: the vnu-jar package exports it (as a String object). */
export function vnuJarPath(): string {
  let jar: string | undefined;
  try {
    jar = String(require('vnu-jar') as unknown);
  } catch {
    // Fall back to the package folder layout.
    jar = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
  }
  if (!jar || !existsSync(jar)) {
    throw new Error(`vnu.jar not found (looked at ${jar}); run \`npm ci\` to install the vnu-jar devDependency.`);
  }
  return jar;
}

function fileUrlToPathLoose(url: string): string | null {
  // vnu prints `file:/abs/path%20with%20spaces.html` (non-ASCII left as is).
  const m = /^file:(?:\/\/)?(\/.*)$/.exec(url);
  if (!m || m[1] === undefined) return null;
  try {
    return path.resolve(decodeURIComponent(m[1]));
  } catch {
    return path.resolve(m[1]);
  }
}

/** Splits the file list so one command line stays well under ARG_MAX (normally one chunk). */
function chunkArgs(files: string[], maxChars = 1_000_000): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const f of files) {
    if (current.length > 0 && size + f.length + 1 > maxChars) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(f);
    size += f.length + 1;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function runJava(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; error?: Error }> {
  return new Promise((resolve) => {
    const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (error) => resolve({ code: null, stdout: '', stderr: '', error }));
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

/**
 * Validates `files` with the Nu Html Checker and returns every error: type "error"
 * (including parse fatals) and "non-document-error" (the checker could not read or
 * process a file). Warnings/info are not returned (`--errors-only`).
 * Throws (a failure, not a skip) if Java is missing or the checker output is not JSON.
 */
export async function runNuHtmlChecker(files: string[]): Promise<NuMessage[]> {
  if (files.length === 0) return [];
  const abs = files.map((f) => path.resolve(f));
  // vnu silently ignores files that do not exist; refuse them instead.
  const missing = abs.filter((f) => !existsSync(f) || !statSync(f).isFile());
  if (missing.length > 0) {
    throw new Error(`runNuHtmlChecker: not regular files: ${missing.slice(0, 10).join(', ')}`);
  }
  const byAbs = new Map<string, string>();
  abs.forEach((a, i) => byAbs.set(a, files[i] ?? a));

  const jar = vnuJarPath();
  const results: NuMessage[] = [];
  for (const chunk of chunkArgs(abs)) {
    const run = await runJava(['-jar', jar, '--errors-only', '--format', 'json', ...chunk]);
    if (run.error) {
      const code = (run.error as NodeJS.ErrnoException).code;
      throw new Error(
        code === 'ENOENT'
          ? 'Java is not installed (no `java` on PATH). The Nu Html Checker needs Java 11+: ' +
              'run `bash scripts/ensure-test-system-deps.sh` (apt-get install default-jre-headless).'
          : `Could not start java: ${run.error.message}`,
      );
    }
    // The JSON report goes to stderr; anything before the first `{` (JVM warnings) is ignored.
    const text = run.stderr;
    const start = text.indexOf('{');
    let parsed: { messages?: VnuJsonMessage[] };
    try {
      if (start < 0) throw new Error('no JSON object');
      parsed = JSON.parse(text.slice(start)) as { messages?: VnuJsonMessage[] };
    } catch (e) {
      throw new Error(
        `Nu Html Checker output is not JSON (exit code ${run.code}): ${String(e)}\n` +
          `stderr:\n${text.slice(0, 4000)}\nstdout:\n${run.stdout.slice(0, 2000)}`,
      );
    }
    if (!Array.isArray(parsed.messages)) {
      throw new Error(`Nu Html Checker JSON has no "messages" array: ${text.slice(0, 2000)}`);
    }
    for (const m of parsed.messages) {
      if (m.type !== 'error' && m.type !== 'non-document-error') continue;
      const url = m.url ?? '';
      const p = fileUrlToPathLoose(url);
      results.push({
        file: (p && byAbs.get(p)) ?? p ?? url,
        line: m.lastLine ?? m.firstLine ?? 0,
        column: m.firstColumn ?? m.lastColumn ?? 0,
        message: m.message ?? '(no message)',
        ...(m.extract !== undefined ? { extract: m.extract } : {}),
        type: m.subType ? `${m.type}/${m.subType}` : m.type,
      });
    }
    // Exit code 1 just means "errors found"; anything else with no messages is suspicious.
    if (run.code !== 0 && run.code !== 1) {
      throw new Error(`Nu Html Checker exited with code ${run.code}:\n${text.slice(0, 4000)}`);
    }
  }
  return results;
}

/** One line per message, for assertion failure output. */
export function formatNuMessages(messages: NuMessage[], relativeTo?: string): string {
  return messages
    .map((m) => {
      const f = relativeTo ? path.relative(relativeTo, m.file) || m.file : m.file;
      const extract = m.extract ? `\n      near: ${JSON.stringify(m.extract)}` : '';
      return `  ${f}:${m.line}:${m.column} [${m.type}] ${m.message}${extract}`;
    })
    .join('\n');
}
