import { AssayError } from '../../../lib/errors';

/**
 * Why a load test's service could not be used. They become the benchmark's own error (status
 * failed or timed-out) so one broken service does not take the other benchmarks down.
 */
export class ServiceError extends AssayError {}

/** The service exited (or crashed) before its ready URL answered; carries its output's tail. */
export class ServiceExitedError extends ServiceError {
  constructor(
    readonly command: string,
    readonly exitCode: number | null,
    readonly signal: NodeJS.Signals | null,
    readonly outputTail: string,
    when: string,
  ) {
    const how = signal ? `was killed by ${signal}` : `exited with code ${exitCode}`;
    super(
      `the service "${command}" ${how} ${when}` +
        (outputTail ? `; the end of its output:\n${indent(outputTail)}` : ' and wrote nothing to stderr or stdout'),
    );
  }
}

/** The ready URL did not answer as expected within the timeout; the service was stopped. */
export class ServiceNotReadyError extends ServiceError {
  constructor(
    readonly url: string,
    readonly timeoutS: number,
    readonly lastProblem: string,
    readonly outputTail: string,
  ) {
    super(
      `the service did not become ready: ${url} did not answer as expected within ${timeoutS} s (last attempt: ${lastProblem}). ` +
        `It was stopped. Raise start.ready.timeout if it needs longer, or check start.ready.url and expect-status` +
        (outputTail ? `; the end of its output:\n${indent(outputTail)}` : '.'),
    );
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}
