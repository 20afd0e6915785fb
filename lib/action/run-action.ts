import { ConfigurationError, errorMessage } from '../errors';
import type { ActionHost } from './host';

/** How an action run ended; the command line maps it to an exit code. */
export type Outcome = 'success' | 'configuration-error' | 'failed';

export const EXIT_CODES: Record<Outcome, number> = {
  success: 0,
  failed: 1,
  'configuration-error': 2,
};

/**
 * The one top-level catch of every action. The reason always starts with the action's name so
 * a failed step in a long workflow says which stage failed and why.
 */
export async function runAction(name: string, host: ActionHost, body: () => Promise<void>): Promise<Outcome> {
  try {
    await body();
    return 'success';
  } catch (err) {
    if (err instanceof ConfigurationError) {
      host.fail(`${name}: ${err.message}`);
      return 'configuration-error';
    }
    if (err instanceof Error && err.stack) host.log.debug(err.stack);
    host.fail(`${name} failed: ${errorMessage(err)}`);
    return 'failed';
  }
}
