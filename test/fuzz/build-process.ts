// The parent side of fuzz-child.mjs: one long-lived build process, a real timer per case (the test
// worker's event loop stays free even when a build spins), and a fresh process after a hang or a death.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface ProcessRun {
  /** The CLI's exit code; 'timeout' when it ran past the limit; 'died' when its process ended;
   *  'threw' when main() itself threw instead of returning a code. */
  readonly code: number | 'timeout' | 'died' | 'threw';
  readonly stdout: string;
  readonly stderr: string;
  /** The length of stderr before it was clipped for the trip between processes. */
  readonly stderrLength: number;
  /** What the process printed outside the CLI's own output (console.log in a library, a crash). */
  readonly stray: string;
  readonly ms: number;
}

interface Reply {
  id?: number;
  ready?: boolean;
  code?: number | 'threw';
  stdout?: string;
  stderr?: string;
  stderrLength?: number;
  ms?: number;
}

const CHILD = path.join(import.meta.dirname, 'fuzz-child.mjs');
const STARTUP_MS = 60_000;

export interface BuildProcess {
  run(args: readonly string[], timeoutMs: number): Promise<ProcessRun>;
  close(): void;
}

/** `childScript` speaks fuzz-child.mjs's protocol; the harness's own tests pass a fake one. */
export function createBuildProcess(childScript = CHILD): BuildProcess {
  let child: ChildProcess | undefined;
  let ready: Promise<void> | undefined;
  let stray = '';
  let nextId = 0;

  const start = (): Promise<void> => {
    const c = fork(childScript, [], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'], execArgv: [], serialization: 'advanced' });
    child = c;
    c.stdout!.on('data', (b: Buffer) => (stray += b.toString('utf8')));
    c.stderr!.on('data', (b: Buffer) => (stray += b.toString('utf8')));
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`fuzz build process did not start in ${STARTUP_MS} ms:\n${stray}`)), STARTUP_MS);
      c.once('message', (m: Reply) => {
        clearTimeout(timer);
        if (m.ready) resolve();
        else reject(new Error(`fuzz build process said ${JSON.stringify(m)}`));
      });
      c.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`fuzz build process exited (${code}) while starting:\n${stray}`));
      });
    });
  };

  const stop = (): void => {
    child?.kill('SIGKILL');
    child = undefined;
    ready = undefined;
  };

  return {
    async run(args, timeoutMs) {
      ready ??= start();
      await ready;
      const c = child!;
      const id = nextId++;
      // Stray output is taken when a run ends, not cleared when one starts: the pipe may deliver a
      // case's late output after its reply, and it must then count for the next run, not vanish.
      const take = (): string => {
        const text = stray;
        stray = '';
        return text;
      };
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      return new Promise<ProcessRun>((resolve) => {
        const finish = (run: ProcessRun): void => {
          clearTimeout(timer);
          c.off('message', onMessage);
          c.off('exit', onExit);
          resolve(run);
        };
        const onMessage = (m: Reply): void => {
          if (m.id !== id) return;
          finish({ code: m.code ?? 'threw', stdout: m.stdout ?? '', stderr: m.stderr ?? '', stderrLength: m.stderrLength ?? 0, stray: take(), ms: m.ms ?? elapsed() });
        };
        const onExit = (code: number | null, signal: string | null): void => {
          child = undefined;
          ready = undefined;
          const stderr = `build process exited: code ${code}, signal ${signal}`;
          finish({ code: 'died', stdout: '', stderr, stderrLength: stderr.length, stray: take(), ms: elapsed() });
        };
        const timer = setTimeout(() => {
          stop();
          const stderr = `no answer in ${timeoutMs} ms`;
          finish({ code: 'timeout', stdout: '', stderr, stderrLength: stderr.length, stray: take(), ms: elapsed() });
        }, timeoutMs);
        c.on('message', onMessage);
        c.on('exit', onExit);
        c.send({ id, args });
      });
    },
    close: stop,
  };
}
