/**
 * The perf-bench data model. performance.json (schemas/performance.schema.json) is built from
 * these; each part (harness, complexity, statistics, load, ingest, history) works on them.
 */

/** One finished process, measured by the operating system's accounting (wait4), not by sampling. */
export interface ProcessSample {
  wallMs: number;
  userMs: number;
  systemMs: number;
  /** (user + system) / wall × 100; above 100 for multi-threaded programs. */
  cpuPercent: number;
  /** ru_maxrss of the finished process (and its waited-for children), in bytes. */
  peakRssBytes: number;
  exitCode: number | null;
  signal?: string;
}

/** Summary statistics of one series of values. */
export interface Stats {
  median: number;
  mean: number;
  stddev: number;
  min: number;
  max: number;
  /** Coefficient of variation, stddev / mean. */
  cv: number;
}

export const COMPLEXITY_CLASSES = ['O(1)', 'O(log n)', 'O(n)', 'O(n log n)', 'O(n^2)', 'O(n^3)', 'O(2^n)'] as const;
export type ComplexityClass = (typeof COMPLEXITY_CLASSES)[number] | 'inconclusive';

export interface ComplexityFit {
  class: ComplexityClass;
  /** Goodness of fit of the chosen model. */
  rSquared: number;
  /** 0–1: how clearly the chosen model beats the runner-up. */
  confidence: number;
  /** The stated selection criterion, e.g. "lowest AIC; inconclusive when the runner-up is within 2". */
  criterion: string;
}

export type Verdict = 'improved' | 'unchanged' | 'regressed' | 'inconclusive';

export interface Comparison {
  verdict: Verdict;
  /** current / baseline, of the medians. */
  ratio: number;
  confidenceInterval: [number, number];
  confidenceLevel: number;
  pValue?: number;
  method: string;
  baseline: number;
  current: number;
  /** Samples each side the decision used (the harness may add samples up to a limit). */
  samples?: { baseline: number; current: number };
}

/** One benchmark's result as performance.json holds it (extra keys per kind are allowed). */
export interface BenchmarkResult {
  name: string;
  kind: 'command' | 'load' | 'stress' | 'ingested';
  unit?: string;
  status: 'ok' | 'failed' | 'timed-out';
  error?: string;
  runs?: { size?: number; samples: ProcessSample[]; wall?: Stats; peakRss?: Stats }[];
  complexity?: { time?: ComplexityFit; memory?: ComplexityFit };
  comparison?: Comparison;
  load?: Record<string, unknown>;
  trendChart?: string;
}
