import type { InputReader } from '../../lib/action/inputs';

export interface AnalyzeInputs {
  path: string;
  outputDir: string;
}

export function getInputs(inputs: InputReader): AnalyzeInputs {
  return {
    path: inputs.path('path', { required: true, mustExist: 'directory' })!,
    outputDir: inputs.path('output-dir', { required: true })!,
  };
}
