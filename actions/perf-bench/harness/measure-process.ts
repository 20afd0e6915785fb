import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigurationError, ProcessError } from '../../../lib/errors';
import { CommandNotFoundError, runProcess } from '../../../lib/process/run-process';
import type { ProcessSample } from '../model';
import { WAIT4_HELPER } from './wait4-helper';

export interface MeasureOptions {
  cwd?: string;
  /** The complete environment of the benchmark (library code never reads process.env). */
  env: Record<string, string | undefined>;
  /** Per run; past it the process group gets SIGTERM, then SIGKILL after killGraceMs. */
  timeoutMs?: number;
  killGraceMs?: number;
  /** Aborting kills the process group at once and rejects with an AbortError. */
  signal?: AbortSignal;
  /** The Python that runs the measuring helper. Default "python3" on the benchmark's PATH. */
  python?: string;
  /** Output kept per stream (for error messages); the rest is dropped. Default 1 MB. */
  maxOutputBytes?: number;
  /** Platform to assume (tests); default process.platform. */
  platform?: NodeJS.Platform;
}

/** One measured run: the OS accounting of the finished process, and how it ended. */
export interface MeasuredRun extends ProcessSample {
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

/** Measuring is impossible here (no python3, or Windows). The message says what to change. */
export class MeasurementUnavailableError extends ConfigurationError {}

/**
 * Runs argv (no shell) once and measures it as a whole process with the kernel's accounting
 * (see wait4-helper.ts for why a Python helper): wall time from spawn to reap, user and system
 * CPU time, CPU utilisation and peak RSS, exit code or signal. A non-zero exit, a signal or a
 * timeout is a result, not an exception; a missing program throws CommandNotFoundError.
 */
export async function measureProcess(argv: readonly string[], options: MeasureOptions): Promise<MeasuredRun> {
  if (argv.length === 0 || !argv[0]) throw new ProcessError('measureProcess needs a program to run (argv is empty)');
  options.signal?.throwIfAborted();
  const python = await resolvePython(options);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-wait4-'));
  const resultFile = path.join(dir, 'result.json');
  const timeoutMs = options.timeoutMs ?? 0;
  const graceMs = options.killGraceMs ?? 2000;
  const env = definedOnly(options.env);
  try {
    const request = JSON.stringify({ argv, env, result: resultFile, timeoutSeconds: timeoutMs / 1000, graceSeconds: graceMs / 1000 });
    const helper = await runProcess(python, ['-I', '-S', '-c', WAIT4_HELPER], {
      cwd: options.cwd,
      env,
      stdin: request,
      maxOutputBytes: options.maxOutputBytes ?? 1024 * 1024,
      // A backstop only: the helper enforces the timeout itself and reports it.
      timeoutMs: timeoutMs > 0 ? timeoutMs + graceMs + 30_000 : undefined,
      killGraceMs: graceMs,
      signal: options.signal,
    }).catch((err: unknown) => {
      if (err instanceof CommandNotFoundError && err.command === python && options.cwd && !fs.existsSync(options.cwd)) {
        throw new ProcessError(`the working directory ${options.cwd} does not exist`);
      }
      throw err;
    });
    options.signal?.throwIfAborted();
    let raw: HelperResult;
    try {
      raw = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as HelperResult;
    } catch {
      throw new ProcessError(
        `the measuring helper (${python}) ended without a result (${helper.signal ? `killed by ${helper.signal}` : `exit code ${helper.exitCode}`}): ${helper.stderr.trim().split('\n').slice(-3).join(' ')}`,
      );
    }
    if ('error' in raw) {
      if (raw.error === 'not-found') throw new CommandNotFoundError(argv[0]);
      throw new ProcessError(raw.message);
    }
    if (raw.stopped) options.signal?.throwIfAborted();
    const wallMs = raw.wallNs / 1e6;
    const userMs = raw.userUs / 1000;
    const systemMs = raw.systemUs / 1000;
    return {
      wallMs: round3(wallMs),
      userMs: round3(userMs),
      systemMs: round3(systemMs),
      cpuPercent: wallMs > 0 ? Math.round(((userMs + systemMs) / wallMs) * 1000) / 10 : 0,
      peakRssBytes: raw.maxRssBytes,
      exitCode: raw.exitCode,
      ...(raw.signal ? { signal: raw.signal } : {}),
      timedOut: raw.timedOut,
      stdout: helper.stdout,
      stderr: helper.stderr,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

type HelperResult =
  | { error: 'not-found' | 'spawn'; message: string }
  | {
      wallNs: number;
      userUs: number;
      systemUs: number;
      maxRssBytes: number;
      exitCode: number | null;
      signal: string | null;
      timedOut: boolean;
      stopped: string | null;
    };

const resolved = new Map<string, Promise<string>>();

/**
 * The interpreter's real path, asked once per (python, PATH): a pyenv or asdf shim is a shell
 * script that costs 50–100 ms per start, and the answer also tells us early and clearly when
 * there is no Python at all.
 */
function resolvePython(options: MeasureOptions): Promise<string> {
  const platform = options.platform ?? process.platform;
  if (platform === 'win32') {
    return Promise.reject(
      new MeasurementUnavailableError(
        'perf-bench measures command benchmarks with the POSIX wait4 call (CPU time and peak memory of the finished process), which Windows does not have; run this job on a Linux or macOS runner (runs-on: ubuntu-latest).',
      ),
    );
  }
  const python = options.python ?? 'python3';
  const key = `${python}\0${options.env.PATH ?? ''}`;
  let found = resolved.get(key);
  if (!found) {
    found = runProcess(python, ['-I', '-S', '-c', 'import os, sys; print(sys.executable if hasattr(os, "wait4") and hasattr(os, "posix_spawn") else "")'], {
      env: definedOnly(options.env),
      timeoutMs: 60_000,
    }).then(
      (r) => {
        const exe = r.stdout.trim();
        if (r.exitCode !== 0 || !exe) {
          throw new MeasurementUnavailableError(
            `"${python}" cannot run perf-bench's measuring helper (it needs Python 3.8 or later with os.wait4 and os.posix_spawn): ${r.stderr.trim() || `exit code ${r.exitCode}`}. Install Python 3 (actions/setup-python) before this step.`,
          );
        }
        return exe;
      },
      (err: unknown) => {
        if (err instanceof CommandNotFoundError) {
          throw new MeasurementUnavailableError(
            `perf-bench measures each run with a small ${python} helper (os.wait4 gives the kernel's CPU time and peak memory of a finished process, which Node does not expose), and "${python}" was not found on PATH. Install Python 3 before this step (actions/setup-python, or apt-get install python3 in a container).`,
          );
        }
        throw err;
      },
    );
    resolved.set(key, found);
    // A failure is not cached: the next call may run with another PATH or after an install.
    found.catch(() => resolved.delete(key));
  }
  return found;
}

function definedOnly(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
