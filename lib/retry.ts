import { AssayError, errorMessage } from './errors';
import type { Logger } from './action/logger';

/**
 * The suite's one retry loop. What is worth retrying and how long a server asked to wait are
 * parameters (see lib/http/retryable-status.ts for HTTP), so code scanning uploads, PR comments,
 * statuses, webhooks and S3 all back off the same way and say the same things in the log.
 */

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Wait before the second attempt; each later wait doubles. */
  initialDelayMs: number;
  /** No computed wait exceeds this. */
  maxDelayMs: number;
  /**
   * The longest wait a server may ask for (Retry-After, rate-limit reset). Asked for more, we
   * fail at once and say so: a job that sleeps for an hour looks hung and burns runner minutes.
   */
  maxRetryAfterMs: number;
}

/** 3 attempts, waits of 1 s then 2 s (doubling, at most 8 s), server-requested waits up to 60 s. */
export const SUITE_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  attempts: 3,
  initialDelayMs: 1000,
  maxDelayMs: 8000,
  maxRetryAfterMs: 60_000,
});

export type Sleep = (ms: number) => Promise<void>;

/**
 * Real waiting; tests inject a recorder instead. The timer is deliberately not unref'd: when a
 * wait is all that is pending (a retry, polling code scanning), an unref'd timer would let Node
 * end the process with exit code 0 halfway through the action.
 */
export const realSleep: Sleep = (ms) =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

export interface RetryOptions extends Partial<RetryPolicy> {
  /** Whether this failure may succeed on another try. */
  shouldRetry: (error: unknown) => boolean;
  /** How long the server asked to wait (ms), if it said; overrides the computed backoff. */
  retryAfterMs?: (error: unknown) => number | undefined;
  sleep?: Sleep;
  log?: Logger;
  /** Names the failure in a few words for log lines and the final message: "502", "ECONNREFUSED". */
  describe?: (error: unknown) => string;
  /** What is being tried, prefixed to log lines: "POST /repos/{owner}/{repo}/statuses/{sha}". */
  label?: string;
  /**
   * Builds what is thrown when the policy gives up; by default a RetryError. Callers with a
   * domain error (HttpError for an API) build it here from the summary of what was tried.
   */
  onGiveUp?: (error: unknown, summary: RetrySummary) => unknown;
}

export type GiveUpReason =
  /** The failure is final (shouldRetry said no). */
  | 'not-retryable'
  /** Every attempt failed. */
  | 'attempts-exhausted'
  /** The server asked to wait longer than maxRetryAfterMs. */
  | 'wait-too-long';

/** What the loop did before it gave up; `text` says it in words for error messages. */
export interface RetrySummary {
  reason: GiveUpReason;
  /** Attempts made. */
  attempts: number;
  /** The attempts the policy allowed. */
  maxAttempts: number;
  /** The failure of each attempt, as `describe` named it. */
  failures: string[];
  /** The waits between attempts, in ms. */
  waitsMs: number[];
  /** For 'wait-too-long': what the server asked for and the cap. */
  requestedWaitMs?: number;
  maxRetryAfterMs: number;
  text: string;
}

/** The policy gave up. `cause` is the last failure; `summary` says what was tried. */
export class RetryError extends AssayError {
  constructor(
    readonly summary: RetrySummary,
    cause: unknown,
  ) {
    super(`${errorMessage(cause)} (${summary.text})`, { cause });
  }
}

/** "250 ms", "2 s", "1.5 s", "3600 s (1 h)": waits as a person reads them. */
export function formatWait(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = Math.round(ms / 100) / 10;
  if (seconds < 120) return `${seconds} s`;
  const minutes = seconds / 60;
  const longer = minutes < 120 ? `${Math.round(minutes)} min` : `${Math.round(minutes / 6) / 10} h`;
  return `${Math.round(seconds)} s (${longer})`;
}

/** Exponential backoff: initialDelayMs × 2^(retry − 1), capped at maxDelayMs. `retry` counts from 1. */
export function backoffDelayMs(retry: number, policy: Pick<RetryPolicy, 'initialDelayMs' | 'maxDelayMs'>): number {
  return Math.min(policy.initialDelayMs * 2 ** (retry - 1), policy.maxDelayMs);
}

/**
 * Calls `fn(attempt)` (attempt counts from 1) until it resolves or the policy gives up. Waits
 * between attempts double from initialDelayMs up to maxDelayMs, unless the failure carries a
 * server-requested wait, which is honoured as asked (up to maxRetryAfterMs).
 */
export async function retry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const policy: RetryPolicy = {
    attempts: options.attempts ?? SUITE_RETRY_POLICY.attempts,
    initialDelayMs: options.initialDelayMs ?? SUITE_RETRY_POLICY.initialDelayMs,
    maxDelayMs: options.maxDelayMs ?? SUITE_RETRY_POLICY.maxDelayMs,
    maxRetryAfterMs: options.maxRetryAfterMs ?? SUITE_RETRY_POLICY.maxRetryAfterMs,
  };
  if (!Number.isInteger(policy.attempts) || policy.attempts < 1) {
    throw new RangeError(`retry: attempts must be a whole number of at least 1, got ${policy.attempts}`);
  }
  const sleep = options.sleep ?? realSleep;
  const describe = options.describe ?? errorMessage;
  const prefix = options.label ? `${options.label}: ` : '';
  const failures: string[] = [];
  const waitsMs: number[] = [];

  const giveUp = (error: unknown, reason: GiveUpReason, requestedWaitMs?: number): unknown => {
    const summary: RetrySummary = {
      reason,
      attempts: failures.length,
      maxAttempts: policy.attempts,
      failures: [...failures],
      waitsMs: [...waitsMs],
      maxRetryAfterMs: policy.maxRetryAfterMs,
      text: '',
      ...(requestedWaitMs !== undefined ? { requestedWaitMs } : {}),
    };
    summary.text = summarize(summary);
    return options.onGiveUp ? options.onGiveUp(error, summary) : new RetryError(summary, error);
  };

  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      failures.push(describe(error));
      if (!options.shouldRetry(error)) throw giveUp(error, 'not-retryable');
      if (attempt >= policy.attempts) throw giveUp(error, 'attempts-exhausted');
      const requested = options.retryAfterMs?.(error);
      if (requested !== undefined && requested > policy.maxRetryAfterMs) {
        throw giveUp(error, 'wait-too-long', requested);
      }
      const waitMs = requested !== undefined ? Math.max(0, requested) : backoffDelayMs(attempt, policy);
      options.log?.info(
        `${prefix}attempt ${attempt + 1} of ${policy.attempts} after ${failures[failures.length - 1]}, waiting ${formatWait(waitMs)}` +
          (requested !== undefined ? ' as the server asked' : ''),
      );
      waitsMs.push(waitMs);
      await sleep(waitMs);
    }
  }
}

function summarize(s: RetrySummary): string {
  const waited = s.waitsMs.length > 0 ? `, waiting ${s.waitsMs.map(formatWait).join(' then ')}` : '';
  const tried = `${s.attempts} attempt${s.attempts === 1 ? '' : 's'} (${s.failures.join(', ')}${waited})`;
  switch (s.reason) {
    case 'not-retryable':
      return s.attempts === 1
        ? `not retried: ${s.failures[0]} is not a transient failure`
        : `${tried}; ${s.failures[s.failures.length - 1]} is not transient, so no further attempt`;
    case 'attempts-exhausted':
      return `gave up after ${tried}`;
    case 'wait-too-long':
      return (
        `the server asked to wait ${formatWait(s.requestedWaitMs ?? 0)} before trying again, longer than the ` +
        `${formatWait(s.maxRetryAfterMs)} this run will wait, so it failed at once` +
        (s.attempts > 1 ? ` after ${tried}` : '')
      );
  }
}
