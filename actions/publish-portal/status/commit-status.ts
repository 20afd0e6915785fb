import type { Logger } from '../../../lib/action/logger';
import { errorMessage } from '../../../lib/errors';
import { GitHubApiError } from '../../../lib/github/api-error';
import type { GitHubClient } from '../../../lib/github/client';
import { explainGitHubError } from '../../../lib/github/explain-error';
import { SEVERITIES } from '../../../lib/severity';
import type { PublishedLocation, ReportSummary } from '../model';

/**
 * The commit status the publish leaves on the commit it reported on (POST
 * /repos/{owner}/{repo}/statuses/{sha}): a line in the pull request's checks with the grade and
 * the findings, linking to the published report.
 *
 * A status is a courtesy, not the publish: when GitHub refuses it (the token lacks
 * `statuses: write`, or the run is for a fork's pull request, whose token is read-only whatever
 * the workflow asks for) the report is still published. Such a refusal is returned as
 * `{ outcome: 'refused', message }` with what to change, for the caller to log as a warning;
 * nothing is thrown and nothing is logged above debug here. Anything else (GitHub still failing
 * after the suite's retries, a network error) is thrown as the client's GitHubApiError.
 */

export type CommitState = 'success' | 'failure' | 'error' | 'pending';

/** GitHub keeps at most this many characters of a status description. */
export const STATUS_DESCRIPTION_LIMIT = 140;
export const DEFAULT_STATUS_CONTEXT = 'assay/report';
/** The permission the call needs, as written under `permissions:` in a workflow. */
export const STATUS_PERMISSION = 'statuses: write';

export interface SetCommitStatusOptions {
  client: GitHubClient;
  owner: string;
  repo: string;
  /** The commit the report is about (GITHUB_SHA, or a pull request's head). */
  sha: string;
  state: CommitState;
  /** Where the status links to: the published report. Only an http(s) URL is sent. */
  targetUrl?: string;
  summary: ReportSummary;
  /** Said before the grade, e.g. "s3 failed"; the description is cut to 140 characters either way. */
  note?: string;
  /** Defaults to "assay/report". */
  context?: string;
  log: Logger;
}

export type CommitStatusResult =
  | {
      outcome: 'set';
      state: CommitState;
      context: string;
      description: string;
      targetUrl: string | undefined;
      /** GitHub's id of the status. */
      id: number | undefined;
    }
  | {
      /** GitHub refused (401, 403, 404, 422): `message` says what GitHub said and what to change. */
      outcome: 'refused';
      state: CommitState;
      context: string;
      description: string;
      status: number | undefined;
      message: string;
    };

/** success when the report is published anywhere; failure when every destination failed. */
export function commitStateFor(result: { published: readonly PublishedLocation[]; failed: readonly unknown[] }): CommitState {
  if (result.published.length > 0) return 'success';
  return result.failed.length > 0 ? 'failure' : 'error';
}

/**
 * "Grade B+ · 2 critical, 3 high, 1 medium", at most 140 characters (code points, so a cut never
 * splits a character). A note goes first: "s3 failed · Grade B+ · …". A report without
 * report.json has no grade and says only the findings it knows of.
 */
export function statusDescription(summary: ReportSummary, note?: string): string {
  const parts: string[] = [];
  if (note?.trim()) parts.push(oneLine(note));
  if (summary.grade && summary.grade !== '?') {
    parts.push(`Grade ${oneLine(summary.grade)}${typeof summary.score === 'number' && Number.isFinite(summary.score) ? ` (${Math.round(summary.score)})` : ''}`);
  }
  const counts = SEVERITIES.filter((s) => (summary.counts[s] ?? 0) > 0).map((s) => {
    const n = summary.counts[s];
    return s === 'note' ? `${n} note${n === 1 ? '' : 's'}` : `${n} ${s}`;
  });
  parts.push(counts.length > 0 ? counts.join(', ') : summary.total > 0 ? `${summary.total} findings` : 'no findings');
  return cut(parts.join(' · '), STATUS_DESCRIPTION_LIMIT);
}

export async function setCommitStatus(options: SetCommitStatusOptions): Promise<CommitStatusResult> {
  const { client, owner, repo, sha, state, log } = options;
  const context = options.context?.trim() || DEFAULT_STATUS_CONTEXT;
  const description = statusDescription(options.summary, options.note);
  const targetUrl = httpUrl(options.targetUrl);
  if (options.targetUrl && !targetUrl) {
    log.debug(`Commit status: "${options.targetUrl}" is not an http(s) URL, so the status links to nothing.`);
  }
  try {
    const response = await client.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
      owner,
      repo,
      sha,
      state,
      context,
      description,
      ...(targetUrl ? { target_url: targetUrl } : {}),
    });
    const id = (response.data as { id?: unknown }).id;
    log.info(`Commit status "${context}" on ${sha.slice(0, 12)}: ${state}, "${description}"${targetUrl ? ` → ${targetUrl}` : ''}`);
    return { outcome: 'set', state, context, description, targetUrl, id: typeof id === 'number' ? id : undefined };
  } catch (error) {
    const status = statusOf(error);
    if (status !== 401 && status !== 403 && status !== 404 && status !== 422) throw error;
    const message = refusalMessage(error, status, `${owner}/${repo}`, sha);
    log.debug(`Commit status "${context}" refused: ${message}`);
    return { outcome: 'refused', state, context, description, status, message };
  }
}

function refusalMessage(error: unknown, status: number, repository: string, sha: string): string {
  const said = `GitHub refused the commit status on ${repository}@${sha.slice(0, 12)}: ${errorMessage(error)}`;
  let explanation: string | undefined;
  if (status === 422) {
    const github = error instanceof GitHubApiError ? `${error.githubMessage ?? ''} ${error.errors.map((e) => e.message ?? '').join(' ')}` : errorMessage(error);
    explanation = /no commit found/i.test(github)
      ? `The commit ${sha} is not in ${repository}: set the status on a commit of the repository the workflow runs in (for a fork's pull request the head commit lives in the fork).`
      : /maximum number of statuses|limit/i.test(github)
        ? 'GitHub keeps at most 1000 statuses per commit and context; use another `context` for further statuses on this commit.'
        : undefined;
  } else {
    explanation = explainGitHubError(error, { permission: STATUS_PERMISSION, repository });
    if (status === 403 || status === 404) {
      // explainGitHubError says this for a 403 it recognises; say it for every refusal of a status.
      const fork =
        'A pull request from a fork always gets a read-only token, whatever `permissions:` says, so its run cannot set a commit status ' +
        '(skip the status for fork pull requests, or accept this warning there).';
      const grant = `Add \`${STATUS_PERMISSION}\` under \`permissions:\` in the workflow (or in the job that runs this step).`;
      explanation = [explanation, ...(explanation?.includes(STATUS_PERMISSION) ? [] : [grant]), ...(explanation?.includes('fork') ? [] : [fork])]
        .filter(Boolean)
        .join(' ');
    }
  }
  return `${said}${explanation ? `\n${explanation}` : ''}\nThe report itself is published; only the commit status is missing.`;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** At most `limit` code points, ending in "…" when cut. */
function cut(text: string, limit: number): string {
  const chars = Array.from(text);
  if (chars.length <= limit) return text;
  return `${chars.slice(0, limit - 1).join('').trimEnd()}…`;
}
