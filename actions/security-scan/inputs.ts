import type { InputReader } from '../../lib/action/inputs';
import { artifactNameInput } from '../../lib/artifacts/stage-artifact';
import { ConfigurationError } from '../../lib/errors';
import type { SeverityThreshold } from '../../lib/severity';

export const SCANNERS = ['dependencies', 'sast', 'secrets'] as const;
export type ScannerGroup = (typeof SCANNERS)[number];

export interface ConvertEntry {
  format: string;
  glob: string;
}

export interface SecurityScanInputs {
  path: string;
  outputDir: string;
  scanners: ScannerGroup[];
  osvDatabase: string | undefined;
  osvApiUrl: URL;
  sarifFiles: string[];
  convert: ConvertEntry[];
  failOnSeverity: SeverityThreshold;
  upload: boolean;
  category: string;
  waitForProcessing: boolean;
  processingTimeoutMs: number;
  scannerTimeoutMs: number;
  token: string | undefined;
  /** Upload security.sarif and security.json as an artifact (on a runner). */
  uploadArtifact: boolean;
  artifactName: string;
}

export function getInputs(inputs: InputReader): SecurityScanInputs {
  const scanners = inputs.choices('scanners', SCANNERS);
  const convert = inputs.raw('convert')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line): ConvertEntry => {
      const colon = line.indexOf(':');
      if (colon <= 0 || line.slice(colon + 1).trim() === '') {
        throw new ConfigurationError(`input "convert" line "${line}" must be "Format: glob", e.g. "CppCheck: reports/*.xml".`);
      }
      return { format: line.slice(0, colon).trim(), glob: line.slice(colon + 1).trim() };
    });
  return {
    path: inputs.path('path', { required: true, mustExist: 'directory' })!,
    outputDir: inputs.path('output-dir', { required: true })!,
    scanners: scanners.length > 0 ? scanners : [...SCANNERS],
    osvDatabase: inputs.path('osv-database', { mustExist: 'any' }),
    osvApiUrl: inputs.url('osv-api-url') ?? new URL('https://api.osv.dev'),
    sarifFiles: inputs.list('sarif-files'),
    convert,
    failOnSeverity: inputs.choice('fail-on-severity', ['critical', 'high', 'medium', 'low', 'none'] as const),
    upload: inputs.boolean('upload'),
    category: inputs.string('category', { required: true }),
    waitForProcessing: inputs.boolean('wait-for-processing'),
    processingTimeoutMs: (inputs.integer('processing-timeout', { min: 0, max: 3600 }) ?? 300) * 1000,
    scannerTimeoutMs: (inputs.integer('scanner-timeout', { min: 1, max: 6 * 3600 }) ?? 600) * 1000,
    token: inputs.optionalString('github-token'),
    uploadArtifact: inputs.boolean('upload-artifact'),
    artifactName: artifactNameInput(inputs.string('artifact-name', { required: true })),
  };
}
