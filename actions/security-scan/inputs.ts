import type { InputReader } from '../../lib/action/inputs';

export interface SecurityScanInputs {
  path: string;
  osvDatabase: string | undefined;
  outputDir: string;
}

export function getInputs(inputs: InputReader): SecurityScanInputs {
  return {
    path: inputs.path('path', { required: true, mustExist: 'directory' })!,
    osvDatabase: inputs.path('osv-database', { mustExist: 'any' }),
    outputDir: inputs.path('output-dir', { required: true })!,
  };
}
