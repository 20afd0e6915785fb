import type { ActionHost } from '../lib/action/host';
import { ACTION_NAMES, actionMetadataFile } from '../lib/action/metadata';
import type { Outcome } from '../lib/action/run-action';
import { run as runPipeline } from '../pipeline/main';
import { STAGES } from '../pipeline/stages';

export interface Command {
  name: string;
  /** The action.yml whose inputs are this command's flags. */
  metadataFile(root: string): string;
  run(host: ActionHost): Promise<Outcome>;
  available: boolean;
  issue?: number;
}

/** One command per action, plus `pipeline` (the root action.yml). */
export const COMMANDS: readonly Command[] = [
  ...ACTION_NAMES.map((name): Command => {
    const stage = STAGES.find((s) => s.name === name)!;
    return { name, metadataFile: (root) => actionMetadataFile(root, name), run: (h) => stage.run(h), available: stage.available, issue: stage.issue };
  }),
  { name: 'pipeline', metadataFile: (root) => actionMetadataFile(root), run: (h) => runPipeline(h), available: true },
];
