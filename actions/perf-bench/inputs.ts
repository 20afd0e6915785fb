import type { InputReader } from '../../lib/action/inputs';
import { artifactNameInput } from '../../lib/artifacts/stage-artifact';

export type HistoryChoice = { kind: 'none' } | { kind: 'branch'; branch: string; repository: string | undefined } | { kind: 'file'; file: string };

export interface PerfBenchInputs {
  config: string;
  outputDir: string;
  baseline: string | undefined;
  baselineArtifact: string | undefined;
  history: HistoryChoice;
  maxHistory: number;
  minEffect: number;
  failOnRegression: boolean;
  token: string | undefined;
  /** Upload performance.json and its charts as an artifact (on a runner). */
  uploadArtifact: boolean;
  artifactName: string;
}

export function getInputs(inputs: InputReader): PerfBenchInputs {
  const history = inputs.string('history') || 'none';
  const branch = inputs.string('history-branch', { required: true });
  const repository = inputs.optionalString('history-repository');
  return {
    config: inputs.path('config', { required: true, mustExist: 'file' })!,
    outputDir: inputs.path('output-dir', { required: true })!,
    baseline: inputs.path('baseline', { mustExist: 'file' }),
    baselineArtifact: inputs.optionalString('baseline-artifact'),
    history:
      history === 'none'
        ? { kind: 'none' }
        : history === 'branch'
          ? { kind: 'branch', branch, repository }
          : { kind: 'file', file: inputs.path('history')! },
    maxHistory: inputs.integer('max-history', { min: 1, max: 10_000 }) ?? 100,
    minEffect: (inputs.number('min-effect', { min: 0, max: 100 }) ?? 5) / 100,
    failOnRegression: inputs.boolean('fail-on-regression'),
    token: inputs.optionalString('github-token'),
    uploadArtifact: inputs.boolean('upload-artifact'),
    artifactName: artifactNameInput(inputs.string('artifact-name', { required: true })),
  };
}
