/**
 * The artifact names the stages upload under: a contract between the actions and the workflows
 * that chain them (docs/artifacts.md).
 *
 *   analyze          assay-analysis     (a language matrix: assay-analysis-<language>)
 *   security-scan    assay-security
 *   perf-bench       assay-performance
 *   (CodeQL's SARIF) assay-codeql       (uploaded by the workflow from codeql-action's output)
 *   (reviewer notes) assay-notes
 *   generate-report  assay-report
 *
 * generate-report, with download-artifacts, takes every artifact whose name is or starts with
 * one of the first five.
 */
export const ARTIFACT_NAMES = {
  analysis: 'assay-analysis',
  security: 'assay-security',
  performance: 'assay-performance',
  codeql: 'assay-codeql',
  notes: 'assay-notes',
  report: 'assay-report',
} as const;
