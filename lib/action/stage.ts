import type { ActionHost } from './host';
import type { Outcome } from './run-action';

/** What the command line and the pipeline need to know of an action. */
export interface Stage {
  readonly name: string;
  /** The issue that implements it. */
  readonly issue: number;
  /** False until that issue lands: the stage then says so and exits 1 instead of pretending. */
  readonly available: boolean;
  run(host?: ActionHost): Promise<Outcome>;
}
