import { ARTIFACT_NAMES } from '../../../lib/artifacts/artifact-names';

/**
 * The report's data sources: the standard file names in an input folder, the artifact names the
 * stages upload them under (lib/artifacts/artifact-names.ts, docs/artifacts.md), and which stage
 * writes each, so an error about a missing file can say how to produce it.
 */

export type SourceKey = 'analysis' | 'security' | 'performance' | 'notes';

export interface SourceSpec {
  /** The name for the source, as users see it in errors. */
  label: string;
  /** The main file; its absence decides whether the source is present. */
  file: string;
  /** Files read alongside when present (never required). */
  companions: readonly string[];
  required: boolean;
  /** The artifact the stages upload it under by default. */
  artifact: string;
  /** How to get the file, for the error or the note. */
  producedBy: string;
  /** What the report lacks without it (optional sources only). */
  without?: string;
}

export const SOURCES: Record<SourceKey, SourceSpec> = {
  analysis: {
    label: 'github_analysis',
    file: 'analysis.json',
    companions: ['analysis.sarif'],
    required: true,
    artifact: ARTIFACT_NAMES.analysis,
    producedBy: 'the analyze action (`assay analyze --output-dir DIR`)',
  },
  security: {
    label: 'security_scan',
    file: 'security.sarif',
    companions: ['security.json'],
    required: true,
    artifact: ARTIFACT_NAMES.security,
    producedBy: 'the security-scan action (`assay security-scan --output-dir DIR`)',
  },
  performance: {
    label: 'performance_metrics',
    file: 'performance.json',
    companions: [],
    required: false,
    artifact: ARTIFACT_NAMES.performance,
    producedBy: 'the perf-bench action (`assay perf-bench --output-dir DIR`)',
    without: 'the report has no benchmark results',
  },
  notes: {
    label: 'custom_notes',
    file: 'notes.md',
    companions: [],
    required: false,
    artifact: ARTIFACT_NAMES.notes,
    producedBy: "a reviewer (Markdown with YAML front matter, schemas/notes.schema.json)",
    without: "the report has no reviewer's notes",
  },
};

export const SOURCE_KEYS = Object.keys(SOURCES) as SourceKey[];

/** Default artifact name per source. */
export const DEFAULT_ARTIFACT_NAMES: Record<SourceKey, string> = {
  analysis: SOURCES.analysis.artifact,
  security: SOURCES.security.artifact,
  performance: SOURCES.performance.artifact,
  notes: SOURCES.notes.artifact,
};

/** Artifacts of SARIF files (CodeQL's, or any other tool's) merged into the security source. */
export const CODEQL_ARTIFACT = ARTIFACT_NAMES.codeql;

/**
 * Whether an artifact belongs to a source whose artifact name is `prefix`: the name itself, or
 * one that starts with it (a matrix job's assay-analysis-python, a second assay-security-web).
 */
export function matchesArtifactPrefix(name: string, prefix: string): boolean {
  return name.startsWith(prefix);
}
