import type { ActionHost } from '../lib/action/host';
import { ACTION_NAMES, actionMetadataFile } from '../lib/action/metadata';
import type { Outcome } from '../lib/action/run-action';

export interface Command {
  name: string;
  /** The action.yml whose inputs are this command's flags. */
  metadataFile(root: string): string;
  run(host: ActionHost): Promise<Outcome>;
}

/**
 * One command per action, plus `pipeline` (the root action.yml). The actions' code is loaded
 * only when one of them runs: `assay sarif merge` and `--help` then start without parsing
 * megabytes of linters' adapters, AWS and Chromium drivers they never call.
 */
export const COMMANDS: readonly Command[] = [
  ...ACTION_NAMES.map(
    (name): Command => ({
      name,
      metadataFile: (root) => actionMetadataFile(root, name),
      run: async (h) => {
        const { STAGES } = await import('../pipeline/stages');
        return STAGES.find((s) => s.name === name)!.run(h);
      },
    }),
  ),
  {
    name: 'pipeline',
    metadataFile: (root) => actionMetadataFile(root),
    run: async (h) => (await import('../pipeline/main')).run(h),
  },
];
