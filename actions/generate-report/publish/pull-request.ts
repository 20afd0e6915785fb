import type { EventContext } from '../../../lib/action/event';
import { errorMessage } from '../../../lib/errors';
import { explainGitHubError } from '../../../lib/github/explain-error';
import { upsertPullRequestComment, type UpsertCommentOptions, type UpsertedComment } from './pr-comment';

/**
 * The report comment for the run's pull request, if the run has one. The number comes from the
 * event payload, as the runner wrote it to GITHUB_EVENT_PATH; a push or a schedule has no pull
 * request and gets no comment, which is said rather than silently skipped.
 *
 * A refusal (401, 403, 404) does not fail the report: the report files and the artifact already
 * exist, and the usual cause, a pull request from a fork whose token is read-only whatever the
 * workflow asks for, is not something the report can fix. It becomes a warning that says what to
 * change. Anything else (GitHub down after the retries) is thrown.
 */


export type CommentOutcome = UpsertedComment | { action: 'skipped'; reason: string };

export interface CommentOnPullRequestOptions extends Omit<UpsertCommentOptions, 'issueNumber'> {
  event: EventContext;
}

/** The pull request's number: `pull_request.number` (pull_request, pull_request_target, reviews), or an issue comment's issue when it is a PR. */
export function pullRequestNumber(payload: unknown): number | undefined {
  const p = asRecord(payload);
  const number = asRecord(p?.pull_request)?.number;
  if (typeof number === 'number' && Number.isInteger(number) && number > 0) return number;
  const issue = asRecord(p?.issue);
  if (issue && asRecord(issue.pull_request) && typeof issue.number === 'number') return issue.number;
  return undefined;
}

export async function commentOnPullRequest(options: CommentOnPullRequestOptions): Promise<CommentOutcome> {
  const { event, log } = options;
  const number = pullRequestNumber(event.payload);
  if (number === undefined) {
    const reason = `this run was started by a ${event.name || 'non-pull-request'} event, which has no pull request to comment on`;
    log.info(`No PR comment: ${reason}.`);
    return { action: 'skipped', reason };
  }
  try {
    return await upsertPullRequestComment({ ...options, issueNumber: number });
  } catch (err) {
    const status = (err as { status?: unknown }).status;
    if (status !== 401 && status !== 403 && status !== 404) throw err;
    const fork = forkOf(event.payload);
    const explanation =
      (fork ? `This pull request comes from the fork ${fork}, and GitHub gives workflows of fork pull requests a read-only token. ` : '') +
      (explainGitHubError(err, { permission: 'pull-requests: write', repository: `${options.owner}/${options.repo}` }) ?? '');
    const reason = `GitHub refused the report comment on #${number}: ${errorMessage(err)}${explanation ? `\n${explanation}` : ''}`;
    log.warning(`${reason}\nThe report itself is complete; only the PR comment is missing.`);
    return { action: 'skipped', reason };
  }
}


/** "someone/widgets" when the pull request's head is another repository than its base. */
function forkOf(payload: unknown): string | undefined {
  const pr = asRecord(asRecord(payload)?.pull_request);
  const head = asRecord(asRecord(pr?.head)?.repo);
  const base = asRecord(asRecord(pr?.base)?.repo);
  const headName = typeof head?.full_name === 'string' ? head.full_name : undefined;
  if (!headName) return undefined;
  if (typeof base?.full_name === 'string') return base.full_name !== headName ? headName : undefined;
  return head?.fork === true ? headName : undefined;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}
