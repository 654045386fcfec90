// Runs the baotinh CLI (`node bin/baotinh.js build ...`) synchronously from the repo root.
// bin/baotinh.js imports lib/cli.js, which `npm ci` / `npm test` compile (`tsc -p tsconfig.json`).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = path.join(REPO_ROOT, 'bin', 'baotinh.js');

export interface BuildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The command line, for failure messages. */
  command: string;
}

export function buildSite(opts: { root: string; out: string; args?: string[]; timeoutMs?: number; env?: Record<string, string> }): BuildResult {
  const args = [CLI, 'build', '--root', opts.root, '--out', opts.out, ...(opts.args ?? [])];
  const res = spawnSync(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...opts.env }, // LANG etc. untouched
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: opts.timeoutMs ?? 240_000,
  });
  return {
    code: res.status,
    signal: res.signal,
    stdout: res.stdout ?? '',
    stderr: (res.stderr ?? '') + (res.error ? `\n[spawn error] ${res.error.message}` : ''),
    command: `node ${args.map((a) => (/[\s"']/.test(a) ? JSON.stringify(a) : a)).join(' ')}`,
  };
}

/** Failure message for a build that did not exit 0. */
export function describeBuild(r: BuildResult): string {
  return (
    `${r.command}\n  exit code: ${r.code}${r.signal ? ` (signal ${r.signal})` : ''}\n` +
    `--- stdout ---\n${r.stdout.slice(-6000)}\n--- stderr ---\n${r.stderr.slice(-6000)}`
  );
}
