import type { InputReader } from '../../lib/action/inputs';

export const REPORT_KINDS = ['code-review', 'security', 'consultation', 'full'] as const;
export const REPORT_FORMATS = ['md', 'html', 'pdf'] as const;

export interface GenerateReportInputs {
  inputDir: string;
  outputDir: string;
  kind: (typeof REPORT_KINDS)[number];
  formats: (typeof REPORT_FORMATS)[number][];
}

export function getInputs(inputs: InputReader): GenerateReportInputs {
  return {
    inputDir: inputs.path('input-dir', { required: true, mustExist: 'directory' })!,
    outputDir: inputs.path('output-dir', { required: true })!,
    kind: inputs.choice('kind', REPORT_KINDS),
    formats: inputs.choices('format', REPORT_FORMATS),
  };
}
