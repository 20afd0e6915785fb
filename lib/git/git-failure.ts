import { AssayError, ConfigurationError } from '../errors';
import type { ProcessResult } from '../process/run-process';
import { redact, scrub } from './redact';

export interface GitFailureContext {
  /** The remote, as given (credentials in it are redacted). */
  remote: string;
  /** What the token is needed for, ending "The token needs `contents: write` … to <purpose>." */
  purpose: string;
  /** Values never to show (the token, its header form). */
  secrets?: readonly string[];
}

/** Output of git that means the credentials were refused or lack a permission. */
export function isPermissionFailure(output: string): boolean {
  return /Authentication failed|could not read Username|\b40[13]\b|Permission to .* denied|access denied|denied to|write access .* not granted/i.test(output);
}

/**
 * The error for a git command that failed: which command, against which remote, the last lines
 * git said (credentials removed) and, when the server refused the credentials, what to change.
 * That one is a ConfigurationError: the workflow's `permissions:` or the token is the user's.
 */
export function gitFailure(args: readonly string[], result: ProcessResult, context: GitFailureContext): Error {
  const said = scrub(`${result.stderr}${result.stdout}`.trim(), context.secrets).split('\n').slice(-5).join('\n');
  const hint = isPermissionFailure(said) ? ` The token needs \`contents: write\` on the repository to ${context.purpose}.` : '';
  const command = args.filter((a) => !a.includes('=')).slice(0, 3).join(' ');
  const message = `git ${command} failed for ${redact(context.remote)} (${result.timedOut ? 'timed out' : `exit ${result.exitCode}`}): ${said}${hint}`;
  return hint ? new ConfigurationError(message) : new AssayError(message);
}
