import { spawn } from 'node:child_process';
import { CommandNotFoundError } from '../../../lib/process/run-process';
import { ProcessError } from '../../../lib/errors';
import { liveGroupMembers, stopGroup } from './process-group';

/**
 * A long-running service started for a load test. lib/process/run-process.ts runs a program to
 * completion and hands back its output at the end; a service instead needs a live handle: its
 * pid (the process group to stop), its stderr while it runs (to explain a crash before it was
 * ready), and a stop that reaches the whole group even after the launcher itself has exited.
 * Same rules as runProcess otherwise: argv without a shell, a process group of its own.
 */
export interface ServiceHandle {
  pid: number;
  /** Settles when the spawned process (the group leader) exits. */
  readonly exited: Promise<ServiceExit>;
  /** The exit, once it happened. */
  exit(): ServiceExit | undefined;
  /** The last few KB the service wrote to stderr (or stdout when stderr is empty). */
  outputTail(): string;
  /** SIGTERM to the group, SIGKILL after the grace; resolves when no member is alive. Idempotent. */
  stop(graceMs: number): Promise<StopReport>;
}

export interface ServiceExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface StopReport {
  /** What it took: nothing (already gone), SIGTERM, or SIGKILL after the grace. */
  signal: 'none' | 'SIGTERM' | 'SIGKILL';
  /** Processes of the group still alive after SIGKILL; empty unless something is badly stuck. */
  survivors: number[];
}

export interface StartServiceOptions {
  cwd?: string;
  /** The full environment of the service. */
  env: NodeJS.ProcessEnv;
  /** Bytes of stderr and stdout kept, each. */
  tailBytes?: number;
}

const DEFAULT_TAIL = 8 * 1024;

/** Starts the service; rejects with CommandNotFoundError when the program cannot be started. */
export async function startService(command: string, args: readonly string[], options: StartServiceOptions): Promise<ServiceHandle> {
  const tailBytes = options.tailBytes ?? DEFAULT_TAIL;
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    shell: false,
    detached: true,
    // stdin closed: a service must not wait on our terminal. Both outputs are drained so a chatty
    // server never blocks on a full pipe, and only their tails are kept.
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tails = { out: new TailBuffer(tailBytes), err: new TailBuffer(tailBytes) };
  child.stdout.on('data', (c: Buffer) => tails.out.push(c));
  child.stderr.on('data', (c: Buffer) => tails.err.push(c));

  let exit: ServiceExit | undefined;
  const exited = new Promise<ServiceExit>((resolve) => {
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      resolve(exit);
    });
  });
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', () => resolve());
    child.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT' || e.code === 'EACCES') reject(new CommandNotFoundError(command));
      else reject(new ProcessError(`could not start "${command}": ${e.message}`, { cause: e }));
    });
  });
  const pid = child.pid!;
  let stopping: Promise<StopReport> | undefined;

  return {
    pid,
    exited,
    exit: () => exit,
    outputTail: () => tails.err.text() || tails.out.text(),
    stop(graceMs: number) {
      stopping ??= (async () => {
        const report = await stopGroup(pid, graceMs);
        // The leader is in the group, so it is dead now; let node reap it and close the pipes.
        if (!exit) await Promise.race([exited, new Promise((r) => setTimeout(r, 1000))]);
        child.stdout.destroy();
        child.stderr.destroy();
        return report;
      })();
      return stopping;
    },
  };
}

/** True while any process of the service's group is alive (the launcher may have exited). */
export function serviceAlive(handle: Pick<ServiceHandle, 'pid'>): boolean {
  return liveGroupMembers(handle.pid).length > 0;
}

/** The last `limit` bytes written, decoded leniently, starting at a line boundary when it can. */
class TailBuffer {
  private chunks: Buffer[] = [];
  private size = 0;
  private dropped = false;
  constructor(private readonly limit: number) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size - (this.chunks[0]?.length ?? 0) >= this.limit && this.chunks.length > 1) {
      this.size -= this.chunks.shift()!.length;
      this.dropped = true;
    }
  }

  text(): string {
    let buf = Buffer.concat(this.chunks);
    let cut = this.dropped;
    if (buf.length > this.limit) {
      buf = buf.subarray(buf.length - this.limit);
      cut = true;
    }
    let s = buf.toString('utf8');
    if (cut) {
      const nl = s.indexOf('\n');
      s = `…${nl >= 0 && nl < s.length - 1 ? s.slice(nl + 1) : s}`;
    }
    return s.trim();
  }
}
