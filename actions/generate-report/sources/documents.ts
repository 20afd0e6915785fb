import type { Severity } from '../../../lib/severity';

/**
 * The stages' files as their schemas describe them (schemas/*.schema.json are the contract; a
 * file from another producer that passes the schema is read the same). Only what the report reads
 * is typed; everything else in the files is allowed and ignored.
 */

export type SeverityCounts = Record<Severity, number>;

/** analysis.json (schemas/analysis.schema.json). */
export interface AnalysisData {
  schemaVersion: 1;
  generatedAt: string;
  producer?: { name: string; version: string };
  root?: string;
  commit?: { sha?: string; ref?: string };
  languages: string[];
  tools: AnalysisTool[];
  files: AnalysisFile[];
  totals: {
    findings: number;
    errors?: number;
    bySeverity: SeverityCounts;
    byTool: Record<string, number>;
    files: number;
    coverage?: CoverageCounts;
    complexity?: { functions?: number; average?: number; max?: number };
  };
}

export interface AnalysisTool {
  name: string;
  version?: string;
  status: 'ok' | 'failed' | 'timed-out' | 'skipped';
  reason?: string;
  durationMs: number;
  counts: SeverityCounts;
  findings?: number;
  notes?: string[];
}

export interface AnalysisFile {
  path: string;
  language?: string;
  findings: AnalysisFinding[];
  functions?: { name: string; line: number; endLine?: number; complexity: number; coverage?: number }[];
  coverage?: CoverageCounts;
}

export interface AnalysisFinding {
  tool: string;
  ruleId: string;
  level: 'error' | 'warning' | 'note';
  severity: Severity;
  message: string;
  line: number;
  column?: number;
  helpUri?: string;
}

export interface CoverageCounts {
  linesCovered: number;
  linesTotal: number;
  branchesCovered?: number;
  branchesTotal?: number;
  percent?: number;
}

/** security.json, the security-scan summary (no schema of its own; checked for what we read). */
export interface SecuritySummary {
  schemaVersion?: number;
  generatedAt?: string;
  scanners: { name: string; status: string; reason?: string; version?: string; findings?: number; durationMs?: number }[];
  /** What the merge cut to stay within GitHub's limits: each entry says what and how much. */
  cuts: unknown[];
  notes: string[];
}

/** performance.json (schemas/performance.schema.json). */
export interface PerformanceData {
  schemaVersion: 1;
  generatedAt: string;
  producer?: { name: string; version: string };
  commit?: { sha?: string; ref?: string };
  benchmarks: BenchmarkData[];
}

export interface BenchmarkData {
  name: string;
  kind?: 'command' | 'load' | 'stress' | 'ingested';
  unit?: string;
  status: 'ok' | 'failed' | 'timed-out';
  error?: string;
  runs?: { size?: number; samples: { wallMs: number }[]; wall?: { median: number } }[];
  complexity?: { time?: { class: string; rSquared?: number }; memory?: { class: string } };
  comparison?: {
    verdict: 'improved' | 'unchanged' | 'regressed' | 'inconclusive';
    ratio?: number;
    confidenceInterval?: number[];
  };
  load?: Record<string, unknown>;
  trendChart?: string;
}

/** The YAML front matter of notes.md (schemas/notes.schema.json). */
export interface NotesFrontMatter {
  title: string;
  author?: string;
  client?: string;
  date?: string;
  engagement?: string;
  summary?: string;
  risks?: string[];
  recommendations?: { title: string; priority?: 'critical' | 'high' | 'medium' | 'low'; detail?: string }[];
}
