import type { ActionHost } from './host';

/** A host for running one stage in-process inside another action (the pipeline). */
export interface StageHost extends ActionHost {
  readonly outputs: Map<string, string>;
  readonly failures: string[];
}

/**
 * Gives a stage its own inputs (already merged with its action.yml defaults) and keeps its
 * outputs and failure apart from the parent's, so one stage failing is the pipeline's decision
 * to report, not a side effect on the whole job. Logs, secrets and the summary are shared.
 */
export function createStageHost(parent: ActionHost, inputs: Readonly<Record<string, string>>): StageHost {
  const outputs = new Map<string, string>();
  const failures: string[] = [];
  return {
    kind: parent.kind,
    input: (name) => inputs[name] ?? '',
    log: parent.log,
    workspace: parent.workspace,
    tempDir: parent.tempDir,
    env: parent.env,
    outputs,
    failures,
    setOutput: (name, value) => void outputs.set(name, String(value)),
    setSecret: (value) => parent.setSecret(value),
    ...(parent.getIdToken ? { getIdToken: parent.getIdToken } : {}),
    appendSummary: (markdown) => parent.appendSummary(markdown),
    fail: (message) => {
      failures.push(message);
      parent.log.error(message);
    },
  };
}
