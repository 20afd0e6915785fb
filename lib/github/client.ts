import { getOctokit } from '@actions/github';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import type { Logger } from '../action/logger';
import { errorMessage } from '../errors';
import {
  isNetworkError,
  isRetryableFailure,
  networkErrorCode,
  requestedWaitMs,
  type HttpFailure,
} from '../http/retryable-status';
import { SUITE_RETRY_POLICY, retry, type RetryPolicy, type RetrySummary, type Sleep } from '../retry';
import { GitHubApiError, type GitHubErrorDetail } from './api-error';

/** The Octokit of @actions/github (REST methods, paginate) with the suite's retry policy. */
export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** API root; defaults to githubApiUrl(process.env) (GitHub Enterprise sets GITHUB_API_URL). */
  baseUrl?: string;
  log: Logger;
  /** Injected so tests record the waits instead of sleeping. */
  sleep?: Sleep;
  /** Clock for `x-ratelimit-reset` and Retry-After dates (ms since epoch). */
  now?: () => number;
  userAgent?: string;
  /**
   * The fetch Octokit calls. By default @actions/github's, which goes through the runner's
   * proxy (HTTPS_PROXY / NO_PROXY) as decided for GITHUB_API_URL.
   */
  fetch?: typeof globalThis.fetch;
  /** Only tests and callers with a documented reason change the suite policy. */
  policy?: Partial<RetryPolicy>;
}

/** The REST API root for this run: GITHUB_API_URL (set on runners, GHES included) or github.com's. */
export function githubApiUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.GITHUB_API_URL?.trim();
  return (url ? url : 'https://api.github.com').replace(/\/+$/, '');
}

/**
 * Creates the suite's GitHub client. Every request (REST, paginate, graphql) goes through one
 * retry policy, applied with a `request` hook so it sees each attempt. @actions/github's Octokit
 * carries no retry or throttling plugin, and none is added here, so nothing else retries behind
 * the policy's back (two layers of retries would multiply attempts and waits).
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const log = options.log;
  const now = options.now ?? Date.now;
  const octokit = getOctokit(options.token, {
    baseUrl: options.baseUrl ?? githubApiUrl(),
    userAgent: options.userAgent ?? 'assay',
    // Octokit's own warnings (deprecated endpoints) belong in the same log as ours.
    log: {
      debug: (m: string) => log.debug(m),
      info: (m: string) => log.debug(m),
      warn: (m: string) => log.warning(m),
      error: (m: string) => log.error(m),
    },
    // Passing `request` replaces @actions/github's defaults wholesale, so keep its proxy agent.
    ...(options.fetch ? { request: { ...actionsDefaults.request, fetch: options.fetch } } : {}),
  });

  octokit.hook.wrap('request', async (request, endpoint) => {
    const method = String(endpoint.method ?? 'GET').toUpperCase();
    const route = String(endpoint.url ?? '');
    return retry(async () => request(endpoint), {
      ...SUITE_RETRY_POLICY,
      ...options.policy,
      label: `GitHub API ${method} ${route}`,
      log,
      ...(options.sleep ? { sleep: options.sleep } : {}),
      shouldRetry: (error) => isRetryableFailure(failureOf(error)),
      retryAfterMs: (error) => {
        const failure = failureOf(error);
        return failure.status === undefined ? undefined : requestedWaitMs(failure.headers, now());
      },
      describe: describeFailure,
      onGiveUp: (error, summary) => toGitHubApiError(error, method, route, summary),
    });
  });

  return octokit;
}

/** Octokit's RequestError, read by shape: the package is a transitive dependency only. */
interface RequestErrorLike {
  status?: number;
  message: string;
  request?: { method?: string; url?: string };
  response?: { status: number; headers?: Record<string, string>; data?: unknown };
}

function asRequestError(error: unknown): RequestErrorLike | undefined {
  return error instanceof Error && ('request' in error || 'response' in error) ? (error as RequestErrorLike) : undefined;
}

/**
 * Octokit reports a failed connection as a RequestError with status 500 and no response. Only a
 * response counts as an answer here, so "no response" stays a network error, not a 500.
 */
function failureOf(error: unknown): HttpFailure {
  const requestError = asRequestError(error);
  if (requestError?.response) return { status: requestError.response.status, headers: requestError.response.headers };
  if (isNetworkError(error) || requestError) return {};
  // Neither an answer nor a known network failure (a bug in a hook, a bad argument): final.
  return { status: 0 };
}

function describeFailure(error: unknown): string {
  const failure = failureOf(error);
  if (failure.status === undefined) return networkErrorCode(error) ?? 'network error';
  if (failure.status === 0) return errorMessage(error);
  const rateLimited = failure.status === 403 && isRetryableFailure(failure);
  return rateLimited ? `${failure.status} (rate limit)` : String(failure.status);
}

function toGitHubApiError(error: unknown, method: string, route: string, summary: RetrySummary): unknown {
  const requestError = asRequestError(error);
  if (!requestError) return error; // not an HTTP exchange: let the original error through
  const response = requestError.response;
  const body = response?.data;
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const githubMessage =
    typeof fields.message === 'string' ? fields.message : typeof body === 'string' && body.trim() ? shorten(body) : undefined;
  return new GitHubApiError(
    {
      method,
      route,
      ...(requestError.request?.url ? { url: requestError.request.url } : {}),
      ...(response ? { status: response.status } : { networkError: networkCause(error) }),
      ...(githubMessage !== undefined ? { githubMessage } : {}),
      ...(Array.isArray(fields.errors) ? { errors: (fields.errors as unknown[]).map(toDetail) } : {}),
      ...(typeof fields.documentation_url === 'string' ? { documentationUrl: fields.documentation_url } : {}),
      headers: response?.headers ?? {},
      tried: summary.text,
      attempts: summary.attempts,
    },
    { cause: error },
  );
}

/** GitHub's `errors` entries are objects, or sometimes bare strings. */
function toDetail(entry: unknown): GitHubErrorDetail {
  if (typeof entry === 'string') return { message: entry };
  if (typeof entry !== 'object' || entry === null) return { message: String(entry) };
  const e = entry as Record<string, unknown>;
  const text = (key: string) => (typeof e[key] === 'string' ? { [key]: e[key] as string } : {});
  return { ...text('resource'), ...text('field'), ...text('code'), ...text('message') };
}

/** The innermost message: "connect ECONNREFUSED 127.0.0.1:443" rather than "fetch failed". */
function networkCause(error: unknown): string {
  let message = errorMessage(error);
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) {
    if (e.message && e.message !== 'fetch failed') message = e.message;
  }
  return message;
}

/** An HTML error page (a 502 from a proxy) is no message; keep a readable start of it. */
function shorten(text: string): string {
  const plain = text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return plain.length > 200 ? `${plain.slice(0, 200)}…` : plain;
}
