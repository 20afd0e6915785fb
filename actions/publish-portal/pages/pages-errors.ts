import { AssayError, ConfigurationError } from '../../../lib/errors';
import { isPermissionFailure } from '../../../lib/git/git-failure';
import { scrub } from '../../../lib/git/redact';
import type { ProcessResult } from '../../../lib/process/run-process';

/** What the token is needed for, in the advice of a refused fetch or push. */
export const PAGES_PURPOSE = 'publish reports to its Pages branch (in the workflow: `permissions: contents: write`)';

/** The push lost a race: another run updated the branch after our fetch. Retried on the new tip. */
export class PushRejectedError extends AssayError {}

/**
 * A push that failed for another reason than a race: refused credentials or a missing
 * permission, a protected branch, a size limit. Says what to change.
 */
export function pushFailure(result: ProcessResult, where: string, secrets: readonly string[]): Error {
  const said = scrub(`${result.stderr}\n${result.stdout}`.trim(), secrets).split('\n').filter(Boolean).slice(-5).join('\n');
  if (isPermissionFailure(said)) {
    return new ConfigurationError(
      `The push to ${where} was refused: ${said}\nThe token needs \`contents: write\` on that repository: ` +
        'add `permissions: contents: write` to the job, or pass a token (github-token) that may push there.',
    );
  }
  if (/protected branch|GH006|pre-receive hook declined|required status check/i.test(said)) {
    return new ConfigurationError(
      `The push to ${where} was refused by a branch protection rule or hook: ${said}\n` +
        'Allow this workflow to push to that branch, or publish to another branch (pages-branch).',
    );
  }
  if (/too large|exceeds|GH001|pack exceeds/i.test(said)) {
    return new ConfigurationError(`The push to ${where} was refused as too large: ${said}\nPublish a smaller bundle (GitHub refuses files over 100 MB), or lower max-reports.`);
  }
  return new AssayError(`The push to ${where} failed (${result.timedOut ? 'timed out' : `exit ${result.exitCode}`}): ${said}`);
}
