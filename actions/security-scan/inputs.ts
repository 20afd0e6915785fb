import type { InputReader } from '../../lib/action/inputs';
import { artifactNameInput } from '../../lib/artifacts/stage-artifact';
import { ConfigurationError } from '../../lib/errors';
import type { SeverityThreshold } from '../../lib/severity';

/** The scanner groups; an empty `scanners` input runs all three. */
export const SCANNERS = ['dependencies', 'sast', 'secrets'] as const;
export type ScannerGroup = (typeof SCANNERS)[number];
/**
 * What the `scanners` input accepts: the groups, or `none` on its own, which runs no scanner and
 * only merges the SARIF of `sarif-files` and `convert` (the reusable workflow's single code
 * scanning upload of every stage's SARIF).
 */
export const SCANNER_CHOICES = [...SCANNERS, 'none'] as const;

export interface ConvertEntry {
  format: string;
  glob: string;
}

export interface SecurityScanInputs {
  path: string;
  outputDir: string;
  /** Empty for `scanners: none` (only sarif-files and convert are merged). */
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
  const chosen = inputs.choices('scanners', SCANNER_CHOICES);
  const noScanners = chosen.includes('none');
  if (noScanners && chosen.length > 1) {
    const others = chosen.filter((c) => c !== 'none');
    throw new ConfigurationError(
      `input "scanners" has "none" together with ${others.map((o) => `"${o}"`).join(', ')}; "none" runs no scanner, so give it alone (to merge only sarif-files and convert) or list the scanners to run.`,
    );
  }
  const scanners = chosen.filter((c): c is ScannerGroup => c !== 'none');
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
  const sarifFiles = inputs.list('sarif-files');
  if (noScanners && sarifFiles.length === 0 && convert.length === 0) {
    throw new ConfigurationError('input "scanners" is "none", so no scanner runs, and neither sarif-files nor convert names a report to merge: there would be nothing to write. Give sarif-files (or convert), or leave scanners empty to run all three.');
  }
  return {
    path: inputs.path('path', { required: true, mustExist: 'directory' })!,
    outputDir: inputs.path('output-dir', { required: true })!,
    // `none`: no scanner at all; empty: every one.
    scanners: noScanners ? [] : scanners.length > 0 ? scanners : [...SCANNERS],
    osvDatabase: inputs.path('osv-database', { mustExist: 'any' }),
    osvApiUrl: inputs.url('osv-api-url') ?? new URL('https://api.osv.dev'),
    sarifFiles,
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
