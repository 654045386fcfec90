// One build at a time per output folder: a lock file naming the holder's pid, its start time (so a
// reused pid is not mistaken for the holder) and host. A lock whose holder is gone is taken over with
// a warning; a live holder is waited for, a bounded time, then the build is refused (exit 75).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { diagnostic, type Diagnostic } from '../errors.js';
import { OutputRefused, REFUSAL_EXIT } from './output-refused.js';

interface LockOwner {
  readonly pid: number;
  /** Field 22 of /proc/<pid>/stat (Linux): when the process started, in clock ticks since boot. */
  readonly start?: string;
  readonly host: string;
  readonly token: string;
}

export interface HeldLock {
  release(): Promise<void>;
  /** LOCK_STALE warnings: locks of dead builds taken over on the way. */
  readonly diagnostics: readonly Diagnostic[];
}

export interface LockWait {
  readonly waitMs: number;
  /** Called once when the lock is busy and the build starts waiting: print it. */
  readonly onWait?: (notice: Diagnostic) => void;
}

/** A lock file with no readable owner is a holder killed while writing it, once it is this old. */
const UNREADABLE_STALE_MS = 5_000;
const POLL_MS = 100;

/** When process `pid` started, or undefined where /proc is not available. */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 is the command in parentheses and may contain spaces: count from the last ")".
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function isAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true; // another machine (shared disk): we cannot tell
  if (owner.pid === process.pid) return true; // another build in this process (a dev server, tests)
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const start = processStart(owner.pid);
  return owner.start === undefined || start === undefined || start === owner.start;
}

async function readOwner(file: string): Promise<{ raw: string; owner?: LockOwner; ageMs: number } | undefined> {
  try {
    const [raw, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    let owner: LockOwner | undefined;
    try {
      const parsed = JSON.parse(raw) as LockOwner;
      if (Number.isInteger(parsed.pid) && typeof parsed.host === 'string') owner = parsed;
    } catch {
      owner = undefined;
    }
    return { raw, ...(owner && { owner }), ageMs: Date.now() - info.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function tryCreate(file: string, me: LockOwner): Promise<boolean> {
  try {
    await writeFile(file, JSON.stringify(me), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Remove a stale lock, unless someone else replaced it meanwhile: the breaker lock makes
 *  "check it is still the stale one, then delete it" one step among racing builds. */
async function breakStale(file: string, seen: string): Promise<boolean> {
  const breaker = `${file}.break`;
  if (!(await tryCreate(breaker, { pid: process.pid, host: hostname(), token: randomUUID() }))) {
    const other = await readOwner(breaker);
    if (other && other.ageMs > UNREADABLE_STALE_MS) await rm(breaker, { force: true });
    return false;
  }
  try {
    const now = await readFile(file, 'utf8').catch(() => undefined);
    if (now !== seen) return false;
    await rm(file, { force: true });
    return true;
  } finally {
    await rm(breaker, { force: true });
  }
}

function heldBy(file: string, me: LockOwner, diagnostics: Diagnostic[]): HeldLock {
  return {
    diagnostics,
    async release() {
      const current = await readOwner(file);
      if (current?.owner?.token === me.token) await rm(file, { force: true });
    },
  };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Take the lock, or undefined when a live build holds it (after waiting up to `wait.waitMs`). */
async function lock(file: string, wait: LockWait): Promise<HeldLock | { busy: LockOwner | undefined }> {
  const start = processStart(process.pid);
  const me: LockOwner = { pid: process.pid, ...(start && { start }), host: hostname(), token: randomUUID() };
  const diagnostics: Diagnostic[] = [];
  const deadline = Date.now() + wait.waitMs;
  let told = false;
  for (;;) {
    if (await tryCreate(file, me)) return heldBy(file, me, diagnostics);
    const found = await readOwner(file);
    if (!found) continue; // released just now
    const stale = found.owner ? !isAlive(found.owner) : found.ageMs > UNREADABLE_STALE_MS;
    if (stale) {
      if (await breakStale(file, found.raw)) diagnostics.push(diagnostic('LOCK_STALE', { lock: file, pid: found.owner?.pid ?? '?' }, {}, 'warning'));
      else await sleep(10); // another build is taking it over right now
      continue;
    }
    const left = deadline - Date.now();
    if (left <= 0) return { busy: found.owner };
    if (!told && found.owner) wait.onWait?.(diagnostic('BUILD_WAITING', { pid: found.owner.pid, host: found.owner.host, seconds: Math.ceil(wait.waitMs / 1000) }, {}, 'warning'));
    told = true;
    await sleep(Math.min(POLL_MS, left));
  }
}

/** Take the lock, waiting for a live holder; throws OutputRefused (BUILD_LOCKED, exit 75) past the wait. */
export async function acquireLock(file: string, wait: LockWait): Promise<HeldLock> {
  const got = await lock(file, wait);
  if (!('busy' in got)) return got;
  const params = { pid: got.busy?.pid ?? '?', host: got.busy?.host ?? '?', lock: file, seconds: Math.ceil(wait.waitMs / 1000) };
  throw new OutputRefused(diagnostic('BUILD_LOCKED', params), REFUSAL_EXIT.busy);
}

/** Take the lock only if it is free (or stale) right now. */
export async function tryLock(file: string): Promise<HeldLock | undefined> {
  const got = await lock(file, { waitMs: 0 });
  return 'busy' in got ? undefined : got;
}
