import { spawn } from 'node:child_process';
import { ProcessError } from '../errors';

export interface RunProcessOptions {
  cwd?: string;
  /** The full environment of the child; defaults to this process's. */
  env?: NodeJS.ProcessEnv;
  /** Kill the whole process tree after this many milliseconds. */
  timeoutMs?: number;
  /** Text written to the child's stdin (stdin is closed either way, so nothing waits on it). */
  stdin?: string;
  /** Output beyond this many bytes per stream is dropped (and flagged), so a chatty tool can't exhaust memory. */
  maxOutputBytes?: number;
  /** Time between SIGTERM and SIGKILL on timeout. */
  killGraceMs?: number;
  /** Aborting kills the process tree like a timeout. */
  signal?: AbortSignal;
  /** How long the pipes may stay open after the child exited (held by a stray grandchild). */
  drainMs?: number;
}

export interface ProcessResult {
  command: string;
  args: readonly string[];
  /** null when the process was killed by a signal. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  durationMs: number;
  timedOut: boolean;
  outputTruncated: boolean;
}

/** The command does not exist or is not executable; the message says which. */
export class CommandNotFoundError extends ProcessError {
  constructor(readonly command: string) {
    super(`command "${command}" was not found on PATH (or is not executable)`);
  }
}

const DEFAULT_MAX_OUTPUT = 64 * 1024 * 1024;

/**
 * Runs a program with arguments and no shell, so nothing in an argument (a file name, a
 * finding, a branch name) is ever interpreted. Resolves with the result whatever the exit code;
 * rejects only when the program could not be started. The child gets its own process group so a
 * timeout kills the tools it started too (npx → node → eslint).
 */
export function runProcess(command: string, args: readonly string[], options: RunProcessOptions = {}): Promise<ProcessResult> {
  const maxBytes = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      shell: false,
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const sizes = { out: 0, err: 0 };
    let truncated = false;
    let timedOut = false;
    let killTimer: NodeJS.Timeout | undefined;

    const collect = (chunks: Buffer[], key: 'out' | 'err') => (chunk: Buffer) => {
      if (sizes[key] >= maxBytes) {
        truncated = true;
        return;
      }
      const room = maxBytes - sizes[key];
      const piece = chunk.length > room ? chunk.subarray(0, room) : chunk;
      if (piece.length < chunk.length) truncated = true;
      chunks.push(piece);
      sizes[key] += piece.length;
    };
    child.stdout.on('data', collect(out, 'out'));
    child.stderr.on('data', collect(err, 'err'));

    // The whole group, also after the child itself ended: what it started may still run.
    const killTree = (sig: NodeJS.Signals) => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, sig);
      } catch {
        if (child.exitCode === null && child.signalCode === null) child.kill(sig);
      }
    };
    const stop = () => {
      killTree('SIGTERM');
      killTimer = setTimeout(() => killTree('SIGKILL'), options.killGraceMs ?? 2000);
      killTimer.unref();
    };
    const timer =
      options.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true;
            stop();
          }, options.timeoutMs)
        : undefined;
    const onAbort = () => stop();
    // A signal that is already aborted never fires 'abort' again: stop at once.
    if (options.signal?.aborted) queueMicrotask(onAbort);
    else options.signal?.addEventListener('abort', onAbort, { once: true });

    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (e.code === 'ENOENT' || e.code === 'EACCES') reject(new CommandNotFoundError(command));
      else reject(new ProcessError(`could not start "${command}": ${e.message}`, { cause: e }));
    });
    // 'close' waits for every holder of the child's stdout/stderr; a grandchild that left the
    // process group (setsid, a daemon) would keep the pipes open and us waiting long after the
    // child itself ended. Once the child has exited, give the pipes a moment to drain, then stop
    // whatever is left in its group and stop waiting for the pipes.
    child.on('exit', () => {
      const drain = setTimeout(() => {
        killTree('SIGKILL');
        child.stdout.destroy();
        child.stderr.destroy();
      }, options.drainMs ?? 1000);
      drain.unref();
      child.once('close', () => clearTimeout(drain));
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      clearTimeout(killTimer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve({
        command,
        args,
        exitCode,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        durationMs: performance.now() - started,
        timedOut,
        outputTruncated: truncated,
      });
    });
    child.stdin.on('error', () => {
      /* the child may exit without reading stdin; that is not our error */
    });
    child.stdin.end(options.stdin ?? '');
  });
}

/** One line that says how a process ended, for error messages and summaries. */
export function describeExit(result: ProcessResult, timeoutMs?: number): string {
  if (result.timedOut) return `timed out after ${Math.round((timeoutMs ?? result.durationMs) / 1000)} s and was stopped`;
  if (result.signal) return `was killed by ${result.signal}`;
  return `exited with code ${result.exitCode}`;
}
