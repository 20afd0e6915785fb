import { StageNotAvailableError } from '../errors';
import { createRunnerHost, type ActionHost } from './host';
import { InputReader } from './inputs';
import { runAction, type Outcome } from './run-action';

/** What the command line and the pipeline need to know of an action. */
export interface Stage {
  readonly name: string;
  /** The issue that implements it. */
  readonly issue: number;
  /** False until that issue lands: the stage then says so and exits 1 instead of pretending. */
  readonly available: boolean;
  run(host?: ActionHost): Promise<Outcome>;
}

/**
 * An action whose implementation has not landed. It still reads and validates its declared
 * inputs (so `assay <action> --bad-flag` and bad values fail the same way they will later),
 * then stops with StageNotAvailableError: exit 1 and a sentence saying why.
 */
export function unavailableStage(name: string, issue: number, getInputs: (inputs: InputReader) => unknown): Stage {
  return {
    name,
    issue,
    available: false,
    run: (host = createRunnerHost()) =>
      runAction(name, host, async () => {
        getInputs(new InputReader(host.input, host.workspace));
        throw new StageNotAvailableError(name, issue);
      }),
  };
}
