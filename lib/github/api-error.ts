import { STATUS_CODES } from 'node:http';
import { HttpError } from '../errors';

/** What GitHub put in an error body: `{ message, errors, documentation_url }`. */
export interface GitHubErrorDetail {
  resource?: string;
  field?: string;
  code?: string;
  message?: string;
}

export interface GitHubApiErrorInit {
  method: string;
  /** The route template, e.g. "/repos/{owner}/{repo}/statuses/{sha}". */
  route: string;
  /** The URL requested, parameters filled in (credentials redacted by Octokit). */
  url?: string;
  /** Absent when no response arrived (network error). */
  status?: number;
  /** Why no response arrived, e.g. "connect ECONNREFUSED 127.0.0.1:443". */
  networkError?: string;
  /** GitHub's own words, from the response body. */
  githubMessage?: string;
  errors?: readonly GitHubErrorDetail[];
  documentationUrl?: string;
  /** Response headers, lower-case names: x-accepted-github-permissions, x-github-request-id, … */
  headers?: Readonly<Record<string, string>>;
  /** What the retry policy did, in words. */
  tried: string;
  attempts: number;
}

/**
 * A GitHub API request failed for good. Carries what lib/github/explain-error.ts needs to tell
 * the user what to change (status, GitHub's message, the permissions GitHub says it wanted).
 */
export class GitHubApiError extends HttpError {
  readonly method: string;
  readonly route: string;
  readonly url: string | undefined;
  readonly githubMessage: string | undefined;
  readonly errors: readonly GitHubErrorDetail[];
  readonly documentationUrl: string | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly tried: string;
  readonly attempts: number;

  constructor(init: GitHubApiErrorInit, options?: { cause?: unknown }) {
    super(formatMessage(init), init.status, options);
    this.method = init.method;
    this.route = init.route;
    this.url = init.url;
    this.githubMessage = init.githubMessage;
    this.errors = init.errors ?? [];
    this.documentationUrl = init.documentationUrl;
    this.headers = init.headers ?? {};
    this.tried = init.tried;
    this.attempts = init.attempts;
  }
}

function formatMessage(init: GitHubApiErrorInit): string {
  const where = `GitHub API ${init.method} ${init.route}${init.url ? ` (${init.url})` : ''}`;
  const details = (init.errors ?? [])
    .map((e) => e.message ?? [e.resource, e.field, e.code].filter(Boolean).join(' '))
    .filter((text) => text !== '');
  const said = init.githubMessage
    ? `: ${init.githubMessage}${details.length > 0 ? ` (${details.join('; ')})` : ''}`
    : '';
  const outcome =
    init.status === undefined
      ? `could not reach GitHub (${init.networkError ?? 'network error'})`
      : `answered ${init.status} ${STATUS_CODES[init.status] ?? ''}`.trimEnd() + said;
  return `${where} ${outcome}; ${init.tried}`;
}
