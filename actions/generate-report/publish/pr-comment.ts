import type { Logger } from '../../../lib/action/logger';
import { ConfigurationError } from '../../../lib/errors';
import type { GitHubClient } from '../../../lib/github/client';
import { fitMarkdown } from './fit-markdown';

/**
 * One report comment per pull request, edited in place on every run, so the PR shows the latest
 * report once instead of a new comment per push.
 *
 * Which comment is ours: its body starts with the hidden marker (we always write it as the first
 * line) and its author is a bot account, or the login given as `author`. The author check is
 * what keeps a person's comment that quotes the marker from being overwritten: only GitHub Apps
 * (GITHUB_TOKEN's github-actions[bot] included) post as type "Bot", and people with write access
 * could otherwise have their words replaced by the report. A workflow that comments with a
 * personal access token passes that account's login as `author`. When several comments qualify
 * (two runs racing to create one), the oldest is updated and the rest are left alone.
 */

export const REPORT_COMMENT_MARKER = '<!-- assay-report -->';
/** GitHub refuses a comment body longer than this (422). */
export const COMMENT_LIMIT_CHARS = 65_536;

export interface UpsertCommentOptions {
  client: GitHubClient;
  owner: string;
  repo: string;
  /** The pull request's number (pull requests are issues for comments). */
  issueNumber: number;
  /** The report's Markdown; the marker is put in front of it. */
  body: string;
  /** A hidden HTML comment telling our comment apart; default REPORT_COMMENT_MARKER. */
  marker?: string;
  log: Logger;
  /** Markdown naming where the full report is, for the note when the body is cut. */
  fullReport?: string;
  /** A login whose comments count as ours too (the account of a personal access token). */
  author?: string;
}

export interface UpsertedComment {
  commentId: number;
  /** The comment on github.com. */
  url: string;
  action: 'created' | 'updated';
}

interface CommentLike {
  id: number;
  body?: string | null;
  user?: { login?: string; type?: string } | null;
}

export async function upsertPullRequestComment(options: UpsertCommentOptions): Promise<UpsertedComment> {
  const { client, owner, repo, issueNumber, log } = options;
  const marker = options.marker ?? REPORT_COMMENT_MARKER;
  if (!/^<!--[\s\S]*-->$/.test(marker) || marker.slice(4, -3).includes('--')) {
    throw new ConfigurationError(`The comment marker ${JSON.stringify(marker)} must be one HTML comment, like "${REPORT_COMMENT_MARKER}", so it stays hidden.`);
  }
  const body = commentBody(options.body, marker, options.fullReport, log);

  const existing = await findMarkedComment(options, marker);
  if (existing) {
    const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    log.info(`Updated the report comment on #${issueNumber}: ${data.html_url}`);
    return { commentId: data.id, url: data.html_url, action: 'updated' };
  }
  const { data } = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  log.info(`Posted the report comment on #${issueNumber}: ${data.html_url}`);
  return { commentId: data.id, url: data.html_url, action: 'created' };
}

/** The marker, then the report, cut at a line boundary to GitHub's limit with a note when too long. */
export function commentBody(report: string, marker: string, fullReport: string | undefined, log?: Logger): string {
  const withMarker = `${marker}\n${report}`;
  const where = fullReport ?? 'the report artifact of this workflow run (report.md, report.html, report.pdf)';
  const fitted = fitMarkdown(withMarker, {
    limit: COMMENT_LIMIT_CHARS,
    unit: 'chars',
    note: ({ keptLines, totalLines }) =>
      `> [!NOTE]\n> This comment was cut after line ${Math.max(0, keptLines - 1)} of ${totalLines - 1} of the report to stay ` +
      `under GitHub's limit of 65,536 characters for a comment. The full report is in ${where}.\n`,
  });
  if (fitted.cut) {
    log?.warning(
      `The report's Markdown (${report.length} characters) is longer than a PR comment may be; the comment shows the ` +
        `first ${Math.max(0, fitted.keptLines - 1)} of ${fitted.totalLines - 1} lines and links to the full report.`,
    );
  }
  return fitted.text;
}

/** Pages through the comments oldest first and stops at the first that is ours. */
async function findMarkedComment(options: UpsertCommentOptions, marker: string): Promise<CommentLike | undefined> {
  const { client, owner, repo, issueNumber, log } = options;
  let seen = 0;
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100,
  })) {
    for (const comment of page.data as CommentLike[]) {
      seen++;
      if (!(comment.body ?? '').trimStart().startsWith(marker)) continue;
      if (isOurAuthor(comment, options.author)) {
        log.debug(`Found the report comment ${comment.id} on #${issueNumber} (after ${seen} comment(s)).`);
        return comment;
      }
      log.debug(
        `Comment ${comment.id} on #${issueNumber} carries the report marker but was written by ${comment.user?.login ?? 'an unknown account'} ` +
          `(${comment.user?.type ?? 'no type'}), not a bot: left alone.`,
      );
    }
  }
  log.debug(`No report comment on #${issueNumber} among ${seen} comment(s): creating one.`);
  return undefined;
}

function isOurAuthor(comment: CommentLike, author: string | undefined): boolean {
  if (comment.user?.type === 'Bot') return true;
  return author !== undefined && comment.user?.login?.toLowerCase() === author.toLowerCase();
}
