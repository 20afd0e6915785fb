import * as nodePath from 'node:path';
import type { InputReader } from '../lib/action/inputs';
import { PASSTHROUGH, type PassthroughStage } from './passthrough';

export interface PipelineInputs {
  path: string;
  outputDir: string;
  /** perf-bench runs only when this file exists. */
  benchmarkConfig: string;
  /** Per stage, the root inputs it gets (non-empty values only, under the stage's own names). */
  stageInputs: Record<PassthroughStage, Record<string, string>>;
}

export function getInputs(inputs: InputReader): PipelineInputs {
  const path = inputs.path('path', { required: true, mustExist: 'directory' })!;
  const stageInputs: PipelineInputs['stageInputs'] = { analyze: {}, 'security-scan': {}, 'perf-bench': {}, 'generate-report': {}, 'publish-portal': {} };
  for (const p of PASSTHROUGH) {
    const value = inputs.raw(p.root);
    if (value !== '') stageInputs[p.stage][p.input] = value;
  }
  return {
    path,
    outputDir: inputs.path('output-dir', { required: true })!,
    // Relative to the audited folder: the file belongs to the project, wherever it is checked out.
    benchmarkConfig: nodePath.resolve(path, inputs.string('benchmark-config', { required: true })),
    stageInputs,
  };
}
