import type { Logger } from '../../../lib/action/logger';
import { requestedWaitMs } from '../../../lib/http/retryable-status';
import { retry, type RetrySummary, type Sleep } from '../../../lib/retry';
import { describeSdkFailure, isRetryableSdkFailure, sdkFailure } from './sdk-failure';

/**
 * The suite's one retry policy (lib/retry.ts: 3 attempts, 1 s doubling up to 8 s, Retry-After
 * honoured, 4xx other than 408/429 final) for AWS SDK clients. The clients are built with
 * `maxAttempts: 1`, so the SDK's own retry strategy makes a single attempt and this is the only
 * layer that tries again.
 *
 * It sits as a middleware at the end of the "build" step, so it wraps every HTTP request a client
 * sends (each part of a multipart upload too) and each attempt goes through signing afresh.
 */

export interface SdkRetryOptions {
  log: Logger;
  sleep?: Sleep;
  now?: () => number;
}

/** What the middleware tells the retry loop about one call. */
export interface SdkCallDescription {
  /** Prefix of log lines: "S3 PutObject s3://bucket/key". */
  label: string;
  /** Builds the error thrown when the policy gives up. */
  onGiveUp: (error: unknown, summary: RetrySummary) => unknown;
}

/** The middleware's view of the SDK's handler arguments (the shape of BuildHandlerArguments). */
interface BuildArgs {
  input: object;
  request: unknown;
}

/**
 * Returns the middleware and its placement for `client.middlewareStack.add(...)`. `describe`
 * names the call from the operation ("PutObject") and the command's input.
 */
export function suiteRetryMiddleware(options: SdkRetryOptions, describe: (operation: string, input: Record<string, unknown>) => SdkCallDescription) {
  const middleware =
    <Output>(next: (args: BuildArgs) => Promise<Output>, context: { commandName?: string }) =>
    async (args: BuildArgs): Promise<Output> => {
      const operation = String(context.commandName ?? 'Request').replace(/Command$/, '');
      const call = describe(operation, args.input as Record<string, unknown>);
      const replayable = !isStream((args.request as { body?: unknown } | undefined)?.body);
      const now = options.now ?? Date.now;
      return retry(() => next({ ...args, request: cloneRequest(args.request) }), {
        label: call.label,
        log: options.log,
        ...(options.sleep ? { sleep: options.sleep } : {}),
        // A stream body is spent after one attempt; every body this destination sends is a buffer.
        shouldRetry: (error) => replayable && isRetryableSdkFailure(error),
        retryAfterMs: (error) => {
          const failure = sdkFailure(error);
          return failure.status === undefined || failure.status === 0 ? undefined : requestedWaitMs(failure.headers, now());
        },
        describe: describeSdkFailure,
        onGiveUp: call.onGiveUp,
      });
    };
  return {
    middleware,
    options: { step: 'build' as const, priority: 'low' as const, name: 'assaySuiteRetry', override: true },
  };
}

function isStream(body: unknown): boolean {
  return typeof body === 'object' && body !== null && typeof (body as { pipe?: unknown }).pipe === 'function';
}

/** Each attempt gets its own copy of the request: later middlewares add headers to it in place. */
function cloneRequest(request: unknown): unknown {
  if (typeof request !== 'object' || request === null) return request;
  const r = request as { headers?: Record<string, string>; query?: Record<string, unknown> };
  return Object.assign(Object.create(Object.getPrototypeOf(request) as object) as object, request, {
    headers: { ...r.headers },
    query: { ...r.query },
  });
}
