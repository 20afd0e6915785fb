import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';

export interface DirLockOptions {
  /** A lock older than this is taken to belong to a run that died without releasing it. */
  staleMs?: number;
  pollMs?: number;
  /** Waiting stops (rejects) when this is aborted. */
  signal?: AbortSignal;
  /** Called once when the lock is held by someone else and we start waiting. */
  onWait?: (owner: LockOwner | undefined) => void;
}

export interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

const OWNER_FILE = 'owner.json';

/**
 * Runs `fn` while holding a lock on `lockDir`, across processes: `mkdir` is atomic, so of two
 * runs that share a tool cache (parallel jobs on one self-hosted runner, parallel test files)
 * exactly one installs while the other waits. A lock left by a dead process (same host, pid
 * gone) or older than `staleMs` is broken so a crash never blocks later runs for good.
 */
export async function withDirLock<T>(lockDir: string, fn: () => Promise<T>, options: DirLockOptions = {}): Promise<T> {
  await acquire(lockDir, options);
  try {
    return await fn();
  } finally {
    await fs.rm(lockDir, { recursive: true, force: true });
  }
}

async function acquire(lockDir: string, options: DirLockOptions): Promise<void> {
  const staleMs = options.staleMs ?? 15 * 60_000;
  const pollMs = options.pollMs ?? 250;
  let told = false;
  for (;;) {
    options.signal?.throwIfAborted();
    try {
      await fs.mkdir(lockDir);
      const owner: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
      await fs.writeFile(path.join(lockDir, OWNER_FILE), JSON.stringify(owner));
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = await readOwner(lockDir);
    if (await isStale(lockDir, owner, staleMs)) {
      // Rename first so two waiters that both see the stale lock don't remove a fresh one.
      const doomed = `${lockDir}.stale-${process.pid}-${Date.now()}`;
      await fs.rename(lockDir, doomed).then(
        () => fs.rm(doomed, { recursive: true, force: true }),
        () => undefined,
      );
      continue;
    }
    if (!told) {
      options.onWait?.(owner);
      told = true;
    }
    await sleep(pollMs, options.signal);
  }
}

async function readOwner(lockDir: string): Promise<LockOwner | undefined> {
  try {
    return JSON.parse(await fs.readFile(path.join(lockDir, OWNER_FILE), 'utf8')) as LockOwner;
  } catch {
    return undefined; // being written right now, or the lock was just released
  }
}

async function isStale(lockDir: string, owner: LockOwner | undefined, staleMs: number): Promise<boolean> {
  let age: number;
  try {
    age = Date.now() - (await fs.stat(lockDir)).mtimeMs;
  } catch {
    return false; // released meanwhile; the next mkdir decides
  }
  if (age > staleMs) return true;
  if (owner && owner.host === os.hostname() && owner.pid !== process.pid && !isAlive(owner.pid)) return true;
  return false;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason ?? new Error('aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
