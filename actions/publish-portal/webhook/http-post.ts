import { HttpError, errorMessage } from '../../../lib/errors';
import { isNetworkError, isRetryableFailure, networkErrorCode, requestedWaitMs } from '../../../lib/http/retryable-status';
import { formatWait, retry } from '../../../lib/retry';
import type { PublishContext } from '../model';

/**
 * One POST through the suite's retry policy (lib/retry.ts, lib/http/retryable-status.ts), shared
 * by the webhook destination and the Slack notification: network failures, timeouts, 408, 429
 * and 5xx are tried again (3 attempts, 1 s then 2 s, or what Retry-After asks); any other answer
 * is final. Redirects are not followed: fetch would turn a POST into a GET on 301/302 and send
 * the signed body to wherever the Location points.
 */

export const DEFAULT_TIMEOUT_MS = 30_000;

export interface PostOptions {
  url: URL;
  body: string;
  /** Built for each attempt (a signature carries the time of sending). */
  headers: (attempt: number) => Record<string, string>;
  /** What is being sent, for log lines and errors; must not hold a secret. */
  label: string;
  ctx: PublishContext;
  fetch?: typeof globalThis.fetch;
  /** Deadline of one attempt, in ms; a timeout is a retryable failure. */
  timeoutMs?: number;
  /** Statuses besides 2xx that count as delivered (409 for an idempotent receiver). */
  accept?: (status: number) => boolean;
  /** What to tell the user about a final answer, appended to the error. */
  hint?: (status: number | undefined, body: string) => string | undefined;
  /** Values that must never appear in an error message (a secret the server may echo). */
  redact?: readonly string[];
}

export interface PostResult {
  status: number;
  headers: Headers;
  text: string;
  attempts: number;
}

/** A response that is not a success, carried through the retry loop. */
export class HttpAnswer extends Error {
  constructor(
    readonly status: number,
    readonly headers: Headers,
    readonly text: string,
  ) {
    super(`HTTP ${status}`);
  }
}

export async function postWithRetry(options: PostOptions): Promise<PostResult> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const { ctx } = options;
  let attempts = 0;
  const redact = (text: string) => (options.redact ?? []).filter((s) => s !== '').reduce((t, s) => t.split(s).join('***'), text);
  const describe = (error: unknown): string => {
    if (error instanceof HttpAnswer) return String(error.status);
    if (isTimeout(error)) return `timeout after ${formatWait(timeoutMs)}`;
    return networkErrorCode(error) ?? errorMessage(error);
  };

  return retry(
    async (attempt) => {
      attempts = attempt;
      const response = await fetchImpl(options.url, {
        method: 'POST',
        headers: options.headers(attempt),
        body: options.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text();
      const ok = (response.status >= 200 && response.status < 300) || (options.accept?.(response.status) ?? false);
      if (!ok) throw new HttpAnswer(response.status, response.headers, text);
      return { status: response.status, headers: response.headers, text, attempts };
    },
    {
      label: options.label,
      log: ctx.log,
      ...(ctx.sleep ? { sleep: ctx.sleep } : {}),
      shouldRetry: (error) =>
        error instanceof HttpAnswer ? isRetryableFailure({ status: error.status, headers: error.headers }) : isNetworkError(error),
      retryAfterMs: (error) => (error instanceof HttpAnswer ? requestedWaitMs(error.headers, ctx.now().getTime()) : undefined),
      describe,
      onGiveUp: (error, summary) => {
        const answer = error instanceof HttpAnswer ? error : undefined;
        let what: string;
        if (answer) {
          const location = answer.status >= 300 && answer.status < 400 ? answer.headers.get('location') : null;
          const body = answer.text.trim().replace(/\s+/g, ' ').slice(0, 300);
          what = `answered ${answer.status}${location ? ` (redirect to ${location}; set the final URL, redirects are not followed)` : body ? `: ${body}` : ''}`;
        } else {
          what = `failed: ${describe(error)}`;
        }
        const hint = options.hint?.(answer?.status, answer?.text ?? '');
        return new HttpError(redact(`${options.label} ${what} (${summary.text}).${hint ? ` ${hint}` : ''}`), answer?.status, { cause: error });
      },
    },
  );
}

function isTimeout(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) {
    if (e.name === 'TimeoutError') return true;
  }
  return false;
}
