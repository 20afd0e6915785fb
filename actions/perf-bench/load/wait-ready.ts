import * as http from 'node:http';
import * as https from 'node:https';
import { serviceAlive, type ServiceHandle } from './service-process';
import { ServiceExitedError, ServiceNotReadyError } from './service-errors';

export interface WaitReadyOptions {
  timeoutMs: number;
  /** Statuses that mean ready; undefined means any 2xx. */
  expectStatus?: readonly number[];
  /** First pause between attempts; it grows to `maxIntervalMs` so a slow start is not hammered. */
  intervalMs?: number;
  maxIntervalMs?: number;
  signal?: AbortSignal;
  /** For the error message when the service exits first. */
  commandLabel: string;
}

export interface Readiness {
  readyAfterMs: number;
  attempts: number;
}

/**
 * Polls the ready URL until it answers with an expected status. Fails early when the service
 * exits first: with a non-zero code or a signal at once; with code 0 only when nothing of its
 * process group is left (a launcher that exits 0 after starting the real server is fine).
 */
export async function waitUntilReady(url: string, service: ServiceHandle, options: WaitReadyOptions): Promise<Readiness> {
  const started = performance.now();
  const deadline = started + options.timeoutMs;
  let interval = options.intervalMs ?? 100;
  const maxInterval = options.maxIntervalMs ?? 500;
  let attempts = 0;
  // What the last attempt that finished found. An attempt cut short by the deadline did not finish:
  // on a busy machine the final one may get a fraction of a millisecond, and "no answer within
  // 0 ms" would hide the "connection refused" that every attempt before it saw.
  let lastProblem: string | undefined;
  for (;;) {
    options.signal?.throwIfAborted();
    const exit = service.exit();
    if (exit && (exit.code !== 0 || exit.signal !== null || !serviceAlive(service))) {
      throw new ServiceExitedError(options.commandLabel, exit.code, exit.signal, service.outputTail(), `before ${url} answered`);
    }
    const remaining = deadline - performance.now();
    if (remaining <= 0) {
      throw new ServiceNotReadyError(url, Math.round(options.timeoutMs / 100) / 10, lastProblem ?? 'no attempt finished', service.outputTail());
    }
    attempts++;
    const probeTimeout = Math.min(remaining, PROBE_TIMEOUT_MS);
    try {
      const status = await probe(url, probeTimeout, options.signal);
      const ok = options.expectStatus ? options.expectStatus.includes(status) : status >= 200 && status < 300;
      if (ok) return { readyAfterMs: Math.round(performance.now() - started), attempts };
      lastProblem = `answered ${status}, expected ${options.expectStatus ? options.expectStatus.join(' or ') : 'a 2xx status'}`;
    } catch (e) {
      options.signal?.throwIfAborted();
      const cutByDeadline = (e as NodeJS.ErrnoException).code === 'ETIMEDOUT' && probeTimeout < PROBE_TIMEOUT_MS;
      if (!cutByDeadline || lastProblem === undefined) lastProblem = describeProbeError(e);
    }
    const pause = Math.min(interval, Math.max(0, deadline - performance.now()));
    interval = Math.min(maxInterval, interval * 1.5);
    // Wake early on an exit, unless the launcher has exited already (then it would never sleep).
    await sleepUnless(pause, service.exit() ? undefined : service.exited, options.signal);
  }
}

/** The longest one attempt may wait for an answer before the next one starts. */
const PROBE_TIMEOUT_MS = 2000;

/** One GET; resolves with the status, rejects on a connection error or timeout. */
function probe(url: string, timeoutMs: number, signal?: AbortSignal): Promise<number> {
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    // agent: false and Connection: close so no kept-alive socket outlives the check.
    const req = client.get(url, { agent: false, headers: { connection: 'close' }, timeout: timeoutMs, ...(signal ? { signal } : {}) }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer within ${Math.round(timeoutMs)} ms`), { code: 'ETIMEDOUT' })));
    req.on('error', reject);
  });
}

function describeProbeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ECONNREFUSED') return 'connection refused';
  return err.code ? `${err.code}: ${err.message}` : String(err.message ?? e);
}

/** Sleeps, but wakes early when the service exits or the signal aborts. */
function sleepUnless(ms: number, exited: Promise<unknown> | undefined, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    void exited?.then(done);
    signal?.addEventListener('abort', done, { once: true });
  });
}
