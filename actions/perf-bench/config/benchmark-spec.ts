/** A command benchmark from the benchmark file, validated, with defaults applied and paths resolved. */
export interface CommandBenchmarkSpec {
  name: string;
  /** Program and arguments (no shell); "{n}" in an argument is replaced by each size. */
  argv: string[];
  sizes?: number[];
  /** Environment variable that also carries the size. */
  sizeEnv?: string;
  warmup: number;
  repetitions: number;
  /** Per run. */
  timeoutMs: number;
  /** Which time the complexity fit uses (complexity/time-metric.ts). */
  timeMetric: 'auto' | 'cpu' | 'wall';
  /** Absolute. */
  cwd: string;
  /** Added to the base environment the runner is given. */
  env: Record<string, string>;
  /** Where it was defined, for messages: `assay-bench.yml:4 benchmarks[0]`. */
  source: string;
}

export interface BenchmarkConfig {
  /** The benchmark file as given. */
  file: string;
  /** Its folder, absolute: relative paths in the file resolve against it. */
  dir: string;
  commands: CommandBenchmarkSpec[];
  /** The whole parsed document, for the parts that own other keys (`load`, `ingest`, …). */
  document: Record<string, unknown>;
}

/** The placeholder replaced by the size. */
export const SIZE_PLACEHOLDER = '{n}';

export const BUILT_IN_DEFAULTS = { warmup: 1, repetitions: 5, timeoutSeconds: 300 } as const;
