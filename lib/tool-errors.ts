import { AssayError } from './errors';

/** The tool cannot run on this machine (missing and not installable, no files it applies to). */
export class ToolSkippedError extends AssayError {}

/** The tool ran but failed: it crashed, printed something that is not its report, or rejected its config. */
export class ToolFailedError extends AssayError {
  constructor(
    message: string,
    /** What the tool printed on stderr, cut to a readable length, for the summary. */
    readonly detail?: string,
  ) {
    super(message);
  }
}

/** The last lines of a tool's stderr, for an error message that shows what the tool said. */
export function tail(text: string, lines = 15): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
