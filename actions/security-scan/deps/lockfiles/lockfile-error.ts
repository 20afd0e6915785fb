import { ConfigurationError } from '../../../../lib/errors';

/**
 * A lockfile that cannot be read (not JSON, TOML or YAML, or not the format its name promises).
 * The message names the file and what is wrong, so the user can regenerate or fix it; the scan
 * goes on with the other lockfiles and reports this one in its notes.
 */
export class LockfileError extends ConfigurationError {
  constructor(
    readonly file: string,
    problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${problem}`, options);
  }
}
