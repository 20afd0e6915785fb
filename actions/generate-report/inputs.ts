import type { InputReader } from '../../lib/action/inputs';

export const REPORT_KINDS = ['code-review', 'security', 'consultation', 'full'] as const;
export const REPORT_FORMATS = ['md', 'html', 'pdf'] as const;

export interface GenerateReportInputs {
  inputDir: string;
  outputDir: string;
  kind: (typeof REPORT_KINDS)[number];
  formats: (typeof REPORT_FORMATS)[number][];
  mode: 'draft' | 'final';
  title: string | undefined;
  templates: string | undefined;
  previousReport: string | undefined;
  gates: string[];
  failOnGates: boolean;
  downloadArtifacts: boolean;
  uploadArtifact: boolean;
  artifactName: string;
  prComment: boolean;
  jobSummary: boolean;
  token: string | undefined;
}

export function getInputs(inputs: InputReader): GenerateReportInputs {
  const downloadArtifacts = inputs.boolean('download-artifacts');
  return {
    // When the results come from artifacts, the folder is created by the download.
    inputDir: inputs.path('input-dir', { required: true, ...(downloadArtifacts ? {} : { mustExist: 'directory' as const }) })!,
    outputDir: inputs.path('output-dir', { required: true })!,
    kind: inputs.choice('kind', REPORT_KINDS),
    formats: inputs.choices('format', REPORT_FORMATS),
    mode: inputs.choice('mode', ['draft', 'final'] as const),
    title: inputs.optionalString('title'),
    templates: inputs.path('templates', { mustExist: 'directory' }),
    previousReport: inputs.path('previous-report', { mustExist: 'file' }),
    gates: inputs.raw('quality-gates').split('\n').map((l) => l.trim()).filter(Boolean),
    failOnGates: inputs.boolean('fail-on-gates'),
    downloadArtifacts,
    uploadArtifact: inputs.boolean('upload-artifact'),
    artifactName: inputs.string('artifact-name', { required: true }),
    prComment: inputs.boolean('pr-comment'),
    jobSummary: inputs.boolean('job-summary'),
    token: inputs.optionalString('github-token'),
  };
}
