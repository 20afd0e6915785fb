import type { StageResult } from './run-pipeline';

/** The root action's outputs besides `stages`: each is a stage's output under the same or a clearer name. */
export const ROOT_OUTPUTS = [
  { root: 'grade', stage: 'generate-report', output: 'grade' },
  { root: 'report-dir', stage: 'generate-report', output: 'report-dir' },
  { root: 'critical', stage: 'security-scan', output: 'critical' },
  { root: 'high', stage: 'security-scan', output: 'high' },
  { root: 'medium', stage: 'security-scan', output: 'medium' },
  { root: 'low', stage: 'security-scan', output: 'low' },
  { root: 'sarif-id', stage: 'security-scan', output: 'sarif-id' },
  { root: 'regressions', stage: 'perf-bench', output: 'regressions' },
  { root: 'urls', stage: 'publish-portal', output: 'urls' },
  { root: 'pages-url', stage: 'publish-portal', output: 'pages-url' },
  { root: 's3-url', stage: 'publish-portal', output: 's3-url' },
  { root: 'presigned-url', stage: 'publish-portal', output: 'presigned-url' },
] as const;

/** The root outputs the stages that ran produced. */
export function rootOutputs(results: readonly StageResult[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const o of ROOT_OUTPUTS) {
    const value = results.find((r) => r.stage === o.stage)?.outputs[o.output];
    if (value !== undefined) out[o.root] = value;
  }
  return out;
}
