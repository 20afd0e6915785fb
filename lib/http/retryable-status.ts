/**
 * Which HTTP failures the suite retries, and how long a server asked us to wait.
 *
 * One policy for every destination (GitHub, S3, webhooks): transient failures are retried
 * (no response at all, 408, 429, 5xx, and 403s that are rate-limit answers); everything else
 * the server said on purpose (400, 401, a permission 403, 404, 410, 422, 451, …) is final,
 * because asking again cannot change the answer and only delays the error the user must read.
 */

/** Response headers as fetch (`Headers`), node:http or Octokit (plain object) hand them over. */
export type HeaderSource =
  | Headers
  | Readonly<Record<string, string | number | readonly string[] | undefined>>
  | undefined;

/** A failed exchange in neutral terms. `status` is absent when no response arrived at all. */
export interface HttpFailure {
  status?: number;
  headers?: HeaderSource;
}

/** Reads one header case-insensitively; a repeated header yields its first value. */
export function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    return Array.isArray(value) ? String(value[0]) : String(value);
  }
  return undefined;
}

/**
 * Statuses that say "try again later" whatever the headers: request timeout, too many requests
 * and server-side failures. 403 is not here: it needs the headers (see isRateLimited).
 */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/**
 * GitHub answers both its primary and its secondary rate limit with 403 (sometimes 429). What
 * tells them from a permission 403 is a `retry-after` header or `x-ratelimit-remaining: 0`.
 */
export function isRateLimited(failure: HttpFailure): boolean {
  if (failure.status !== 403 && failure.status !== 429) return false;
  return (
    headerValue(failure.headers, 'retry-after') !== undefined || headerValue(failure.headers, 'x-ratelimit-remaining') === '0'
  );
}

/** The suite's retry test for an HTTP exchange. No status means no response: a network error. */
export function isRetryableFailure(failure: HttpFailure): boolean {
  if (failure.status === undefined) return true;
  return isRetryableStatus(failure.status) || isRateLimited(failure);
}

/** Error codes of Node and undici for a connection that failed or broke: worth another try. */
const NETWORK_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'EAI_AGAIN',
  'ENOTFOUND',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

/**
 * True when the error (or one of its causes) is a failed or broken connection rather than an
 * answer. fetch reports these as `TypeError: fetch failed` with the system error as `cause`;
 * a deadline from `AbortSignal.timeout` is a `TimeoutError`. A plain `AbortError` is a caller's
 * deliberate cancel and is not retried.
 */
export function isNetworkError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_ERROR_CODES.has(code)) return true;
    if (e.name === 'TimeoutError') return true;
    if (e.name === 'TypeError' && e.message === 'fetch failed') return true;
  }
  return false;
}

/** The system error code behind a network error ("ECONNREFUSED"), for messages. */
export function networkErrorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/**
 * Parses a `Retry-After` value, which RFC 9110 allows as delay-seconds or as an HTTP date.
 * Returns milliseconds from `now` (never negative), or undefined when the value is neither.
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // Only a real date, not any string Date.parse happens to accept (e.g. "1" or "-5").
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/**
 * How long the server asked us to wait before the next attempt, in milliseconds, or undefined
 * when it did not say. `Retry-After` wins; otherwise GitHub's exhausted primary rate limit
 * (`x-ratelimit-remaining: 0`) is over at `x-ratelimit-reset` (epoch seconds).
 */
export function requestedWaitMs(headers: HeaderSource, now: number = Date.now()): number | undefined {
  const retryAfter = parseRetryAfter(headerValue(headers, 'retry-after'), now);
  if (retryAfter !== undefined) return retryAfter;
  if (headerValue(headers, 'x-ratelimit-remaining') !== '0') return undefined;
  const reset = headerValue(headers, 'x-ratelimit-reset');
  if (reset === undefined || !/^\d+$/.test(reset.trim())) return undefined;
  return Math.max(0, Number(reset) * 1000 - now);
}
