import { ConfigurationError, errorMessage } from '../errors';
import { headerValue, type HeaderSource } from '../http/retryable-status';
import { GitHubApiError } from './api-error';

/**
 * Turns GitHub's terse refusals into what the user has to change. "Resource not accessible by
 * integration" is the classic: the workflow's token lacks a `permissions:` entry, or the run is
 * for a fork's pull request, whose token is read-only whatever the workflow asks for.
 */

export interface ExplainOptions {
  /**
   * The permission the failed call needs, as written under `permissions:` in a workflow,
   * e.g. "security-events: write". Without it, the one GitHub names in
   * `x-accepted-github-permissions` is used, if any.
   */
  permission?: string;
  /** "owner/repo" the call addressed; read from the request URL when absent. */
  repository?: string;
}

interface Facts {
  status?: number;
  message: string;
  headers: HeaderSource;
  url?: string;
}

/** A sentence (or three) saying what to change, or undefined when GitHub's own words suffice. */
export function explainGitHubError(error: unknown, options: ExplainOptions = {}): string | undefined {
  const facts = factsOf(error);
  if (!facts) return undefined;
  const repository = options.repository ?? repositoryOf(facts.url);
  const permission = options.permission ?? acceptedPermissions(facts.headers);
  const quoted = facts.message ? ` ("${facts.message}")` : '';

  if (facts.status === 401) {
    return (
      `GitHub did not accept the token${quoted}: it is missing, expired or revoked. On a runner pass ` +
      '`${{ github.token }}` or a secret holding a valid token.'
    );
  }

  if (facts.status === 403 || facts.status === 429) {
    if (isRateLimitRefusal(facts)) {
      const reset = headerValue(facts.headers, 'x-ratelimit-reset');
      const when = reset && /^\d+$/.test(reset) ? ` It resets at ${new Date(Number(reset) * 1000).toISOString()}.` : '';
      return `GitHub's API rate limit for this token is used up${quoted}.${when} Run fewer API-heavy jobs at once, or use a GitHub App installation token, whose limit is higher.`;
    }
    if (isPermissionRefusal(facts)) {
      const grant = permission
        ? `Add \`${permission}\` under \`permissions:\` in the workflow (or in the job that runs this step)`
        : 'Add the permission this step needs under `permissions:` in the workflow (or in the job that runs this step)';
      const viaPat = /personal access token/i.test(facts.message);
      return (
        `The token is not allowed to do this${quoted}. ` +
        (viaPat
          ? `Give the personal access token ${permission ? `the \`${permission}\` permission` : 'the permission this step needs'}${repository ? ` on ${repository}` : ''}.`
          : `${grant}. A pull request from a fork always gets a read-only token, whatever \`permissions:\` says, ` +
            'so skip this step for fork pull requests (`if: github.event.pull_request.head.repo.fork != true`).')
      );
    }
    return undefined;
  }

  if (facts.status === 404 && repository) {
    return (
      `GitHub answered 404 for ${repository}: the repository (or what the request named in it) does not exist, ` +
      'or this token cannot see the repository (GitHub answers 404, not 403, when a token has no access to a ' +
      'private repository). A workflow\'s ' +
      'GITHUB_TOKEN reaches only the repository the workflow runs in; for another one pass a token that can read it' +
      (permission ? `, and make sure it has \`${permission}\`.` : '.')
    );
  }
  return undefined;
}

/**
 * The error to throw in place of a failed GitHub call: a ConfigurationError (the user's to fix)
 * carrying GitHub's answer and the explanation, or the error unchanged when there is none.
 */
export function explainedGitHubError(error: unknown, options: ExplainOptions = {}): unknown {
  const explanation = explainGitHubError(error, options);
  if (!explanation) return error;
  return new ConfigurationError(`${errorMessage(error)}\n${explanation}`, { cause: error });
}

/** "contents=read; security_events=write,actions=read" → "security-events: write, actions: read" (the first set that asks to write, else the first). */
export function acceptedPermissions(headers: HeaderSource): string | undefined {
  const value = headerValue(headers, 'x-accepted-github-permissions');
  if (!value) return undefined;
  const sets = value
    .split(';')
    .map((set) =>
      set
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry.includes('='))
        .map((entry) => {
          const [name, level] = entry.split('=');
          return `${name!.trim().replace(/_/g, '-')}: ${level!.trim()}`;
        }),
    )
    .filter((set) => set.length > 0);
  const chosen = sets.find((set) => set.some((p) => p.endsWith('write'))) ?? sets[0];
  return chosen?.join(', ');
}

function isRateLimitRefusal(facts: Facts): boolean {
  return (
    headerValue(facts.headers, 'x-ratelimit-remaining') === '0' ||
    headerValue(facts.headers, 'retry-after') !== undefined ||
    /rate limit/i.test(facts.message)
  );
}

function isPermissionRefusal(facts: Facts): boolean {
  return (
    /resource not accessible|not accessible by integration|must have (admin|push|write)|permission/i.test(facts.message) ||
    headerValue(facts.headers, 'x-accepted-github-permissions') !== undefined
  );
}

/** Reads a GitHubApiError, or Octokit's RequestError by its shape. */
function factsOf(error: unknown): Facts | undefined {
  if (error instanceof GitHubApiError) {
    return {
      ...(error.status !== undefined ? { status: error.status } : {}),
      message: error.githubMessage ?? '',
      headers: error.headers,
      ...(error.url ? { url: error.url } : {}),
    };
  }
  if (!(error instanceof Error)) return undefined;
  const e = error as Error & {
    status?: unknown;
    response?: { headers?: Record<string, string>; data?: unknown };
    request?: { url?: unknown };
  };
  if (typeof e.status !== 'number') return undefined;
  const data = e.response?.data;
  const message =
    typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string'
      ? (data as { message: string }).message
      : e.message;
  return {
    status: e.status,
    message,
    headers: e.response?.headers,
    ...(typeof e.request?.url === 'string' ? { url: e.request.url } : {}),
  };
}

/** "https://api.github.com/repos/acme/app/code-scanning/sarifs" → "acme/app". */
function repositoryOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const m = /\/repos\/([^/]+)\/([^/]+)/.exec(path);
  return m ? `${decodeURIComponent(m[1]!)}/${decodeURIComponent(m[2]!)}` : undefined;
}
