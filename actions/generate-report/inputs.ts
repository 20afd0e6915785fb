import type { InputReader } from '../../lib/action/inputs';
import { ConfigurationError } from '../../lib/errors';

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
  /** Download the artifacts of this workflow run of the repository instead of the current run's. */
  artifactsRunId: number | undefined;
  uploadArtifact: boolean;
  artifactName: string;
  prComment: boolean;
  jobSummary: boolean;
  token: string | undefined;
}

export function getInputs(inputs: InputReader): GenerateReportInputs {
  const downloadArtifacts = inputs.boolean('download-artifacts');
  const artifactsRunId = inputs.integer('artifacts-run-id', { min: 1, max: Number.MAX_SAFE_INTEGER });
  const token = inputs.optionalString('github-token');
  if (artifactsRunId !== undefined && !downloadArtifacts) {
    throw new ConfigurationError('input "artifacts-run-id" names a workflow run to download the stages\' artifacts from, but download-artifacts is false: set download-artifacts: true, or leave artifacts-run-id empty.');
  }
  if (artifactsRunId !== undefined && !token) {
    throw new ConfigurationError(
      'input "artifacts-run-id" needs a token to read another run\'s artifacts, and input "github-token" is empty: pass a token that may read this repository\'s Actions data (the default ${{ github.token }} does when the job has permissions actions: read).',
    );
  }
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
    artifactsRunId,
    uploadArtifact: inputs.boolean('upload-artifact'),
    artifactName: inputs.string('artifact-name', { required: true }),
    prComment: inputs.boolean('pr-comment'),
    jobSummary: inputs.boolean('job-summary'),
    token,
  };
}
