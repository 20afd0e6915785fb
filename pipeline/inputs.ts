import type { InputReader } from '../lib/action/inputs';

export interface PipelineInputs {
  path: string;
  outputDir: string;
  osvDatabase: string | undefined;
}

export function getInputs(inputs: InputReader): PipelineInputs {
  return {
    path: inputs.path('path', { required: true, mustExist: 'directory' })!,
    outputDir: inputs.path('output-dir', { required: true })!,
    osvDatabase: inputs.path('osv-database', { mustExist: 'any' }),
  };
}
