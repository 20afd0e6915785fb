/**
 * Named errors of the suite. The top-level catch of every action (lib/action/run-action.ts) maps
 * them to what the user sees: a ConfigurationError is the user's to fix and is reported as such
 * (exit 2 on the command line), anything else is a failure of the run.
 */

/** Base class so callers can tell our errors from library errors. */
export class AssayError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A mistake the user can fix: a bad input, a missing file, a broken config. Say what to change. */
export class ConfigurationError extends AssayError {}

/** The command line was used wrongly (unknown flag, missing value). Exit code 2. */
export class UsageError extends ConfigurationError {}

/** A file failed schema validation. Names the file, the JSON path and the rule broken. */
export class SchemaValidationError extends ConfigurationError {
  constructor(
    readonly file: string,
    readonly violations: readonly SchemaViolation[],
  ) {
    super(
      `${file} does not match the ${violations[0]?.schema ?? 'expected'} schema:\n` +
        violations.map((v) => `  at ${v.path || '/'}: ${v.message} [${v.rule}]`).join('\n'),
    );
  }
}

export interface SchemaViolation {
  /** Schema name, e.g. "analysis". */
  schema: string;
  /** JSON pointer into the document, e.g. "/tools/0/version". */
  path: string;
  /** Human-readable message from the validator. */
  message: string;
  /** The schema keyword broken and where it sits in the schema, e.g. "required (schema #/required)". */
  rule: string;
}

/** A child process could not be started (command missing) or ended badly. */
export class ProcessError extends AssayError {}

/** An HTTP request failed after the retry policy gave up, or with a status that is not retried. */
export class HttpError extends AssayError {
  constructor(
    message: string,
    readonly status: number | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
