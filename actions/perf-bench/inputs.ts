import type { InputReader } from '../../lib/action/inputs';

export interface PerfBenchInputs {
  config: string;
  baseline: string | undefined;
  outputDir: string;
}

export function getInputs(inputs: InputReader): PerfBenchInputs {
  return {
    config: inputs.path('config', { required: true, mustExist: 'file' })!,
    baseline: inputs.path('baseline', { mustExist: 'file' }),
    outputDir: inputs.path('output-dir', { required: true })!,
  };
}
