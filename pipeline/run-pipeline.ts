import * as fs from 'node:fs';
import type { ActionHost } from '../lib/action/host';
import { actionMetadataFile, inputsWithDefaults, readActionMetadata } from '../lib/action/metadata';
import type { Outcome } from '../lib/action/run-action';
import type { Stage } from '../lib/action/stage';
import { createStageHost } from '../lib/action/stage-host';
import type { PipelineInputs } from './inputs';

export type StageStatus = Outcome | 'skipped';

export interface StageResult {
  stage: string;
  status: StageStatus;
  /** Why it was skipped or how it failed. */
  reason?: string;
  outputs: Record<string, string>;
  durationMs: number;
}

export interface PipelineOptions {
  stages: readonly Stage[];
  inputs: PipelineInputs;
  host: ActionHost;
  /** Repository root, where actions/<name>/action.yml give each stage its defaults. */
  root: string;
}

/**
 * Which inputs each stage gets from the pipeline's, or why it does not run. Stages read and
 * write the same output folder, so each finds the files of those before it.
 */
function stagePlan(stage: string, inputs: PipelineInputs): { inputs: Record<string, string> } | { skip: string } {
  const out = inputs.outputDir;
  const given = inputs.stageInputs[stage as keyof PipelineInputs['stageInputs']] ?? {};
  switch (stage) {
    // In one job nothing crosses to another job: the report artifact is the only one worth uploading.
    case 'analyze':
      return { inputs: { ...given, path: inputs.path, 'output-dir': out, 'upload-artifact': 'false' } };
    case 'security-scan':
      return { inputs: { ...given, path: inputs.path, 'output-dir': out, 'upload-artifact': 'false' } };
    case 'perf-bench':
      if (!fs.existsSync(inputs.benchmarkConfig)) return { skip: `no benchmark file (${inputs.benchmarkConfig})` };
      return { inputs: { ...given, config: inputs.benchmarkConfig, 'output-dir': out, 'upload-artifact': 'false' } };
    case 'generate-report':
      return { inputs: { ...given, 'input-dir': out, 'output-dir': out } };
    case 'publish-portal':
      if (!given.destination) return { skip: 'no destination set (input "destination")' };
      return { inputs: { ...given, 'input-dir': out, 'output-dir': out } };
    default:
      return { skip: 'unknown stage' };
  }
}

/** Runs every stage that exists, in order, each in-process with its own inputs and outputs. */
export async function runPipeline(options: PipelineOptions): Promise<StageResult[]> {
  const { host, inputs } = options;
  fs.mkdirSync(inputs.outputDir, { recursive: true });
  const results: StageResult[] = [];
  for (const stage of options.stages) {
    const started = performance.now();
    const plan = stagePlan(stage.name, inputs);
    if (!stage.available || 'skip' in plan) {
      const reason = !stage.available ? `not available yet (issue #${stage.issue} has not landed)` : (plan as { skip: string }).skip;
      host.log.info(`skip ${stage.name}: ${reason}`);
      results.push({ stage: stage.name, status: 'skipped', reason, outputs: {}, durationMs: 0 });
      continue;
    }
    const meta = readActionMetadata(actionMetadataFile(options.root, stage.name));
    const stageHost = createStageHost(host, inputsWithDefaults(meta, plan.inputs));
    const outcome = await host.log.group(stage.name, () => stage.run(stageHost));
    results.push({
      stage: stage.name,
      status: outcome,
      ...(stageHost.failures.length > 0 ? { reason: stageHost.failures.join('; ') } : {}),
      outputs: Object.fromEntries(stageHost.outputs),
      durationMs: Math.round(performance.now() - started),
    });
  }
  return results;
}
