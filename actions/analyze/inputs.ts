import type { InputReader } from '../../lib/action/inputs';
import { artifactNameInput } from '../../lib/artifacts/stage-artifact';
import { ConfigurationError } from '../../lib/errors';
import { SEVERITIES, type Severity } from '../../lib/severity';
import { LANGUAGES, type Language } from './model';

/** `fail-on`: a SARIF level (error, warning) or a severity; none never fails. */
export type FailOn = 'none' | 'error' | 'warning' | Exclude<Severity, 'note'>;
const FAIL_ON = ['none', 'error', 'warning', ...SEVERITIES.filter((s) => s !== 'note')] as FailOn[];

export interface ToolSelection {
  /** Tools named without "-": only these run. Empty: every tool for the languages. */
  only: string[];
  /** Tools named with "-": dropped from the set. */
  drop: string[];
}

export interface AnalyzeInputs {
  path: string;
  outputDir: string;
  /** Explicit languages; undefined = detect. */
  languages: Language[] | undefined;
  tools: ToolSelection;
  exclude: string[];
  failOn: FailOn;
  changedFilesOnly: boolean;
  baseRef: string | undefined;
  toolTimeoutMs: number;
  maxAnnotations: number;
  /** Upload analysis.json and analysis.sarif as an artifact (on a runner). */
  uploadArtifact: boolean;
  artifactName: string;
}

export function getInputs(inputs: InputReader): AnalyzeInputs {
  const languages = inputs.choices('languages', LANGUAGES);
  const tools = inputs.list('tools');
  const only = tools.filter((t) => !t.startsWith('-'));
  const drop = tools.filter((t) => t.startsWith('-')).map((t) => t.slice(1));
  if (only.length > 0 && drop.length > 0) {
    throw new ConfigurationError('input "tools" either names the tools to run ("eslint,tsc") or the ones to drop ("-clippy"), not both.');
  }
  return {
    path: inputs.path('path', { required: true, mustExist: 'directory' })!,
    outputDir: inputs.path('output-dir', { required: true })!,
    languages: languages.length > 0 ? languages : undefined,
    tools: { only, drop },
    exclude: inputs.list('exclude'),
    failOn: inputs.choice('fail-on', FAIL_ON),
    changedFilesOnly: inputs.boolean('changed-files-only'),
    baseRef: inputs.optionalString('base-ref'),
    toolTimeoutMs: (inputs.integer('tool-timeout', { min: 1, max: 6 * 3600 }) ?? 600) * 1000,
    maxAnnotations: inputs.integer('max-annotations', { min: 0, max: 1000 }) ?? 50,
    uploadArtifact: inputs.boolean('upload-artifact'),
    artifactName: artifactNameInput(inputs.string('artifact-name', { required: true })),
  };
}

