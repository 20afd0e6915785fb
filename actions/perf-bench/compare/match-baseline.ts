import type { BenchmarkResult, ProcessSample } from '../model';
import { compareSamples, type ComparisonOptions, type SampleComparison } from './compare-samples';
import { biggerIsBetter } from './value-direction';

/**
 * Pairs this run's benchmarks with the baseline's, by name and then by input size, and compares
 * the raw samples of each pair. A benchmark without a counterpart gets no comparison and a note
 * saying why, so the report can say "no baseline" rather than stay silent.
 *
 * A benchmark measured at several sizes is compared at the largest size both runs have: it has
 * the most signal (the longest runs, the least timer and start-up noise relative to the work) and
 * it is the size a slowdown in the algorithm shows most at. One test per benchmark also keeps the
 * false-alarm rate per benchmark at α rather than α times the number of sizes.
 */
/** cpuMs is user + system CPU time: for a CPU-bound program it does not count time spent waiting for a busy core. */
export type Metric = 'wallMs' | 'cpuMs' | 'peakRssBytes';

export type ComparisonOutcome =
  | { name: string; status: 'compared'; size?: number; comparison: SampleComparison }
  | { name: string; status: 'no-baseline' | 'not-comparable'; reason: string };

export interface PairedSamples {
  size?: number;
  baseline: number[];
  current: number[];
  biggerIsBetter: boolean;
}

/** The samples to compare for one benchmark, or why there are none. */
export function pairSamples(
  current: BenchmarkResult,
  baseline: BenchmarkResult | undefined,
  metric: Metric = 'wallMs',
): PairedSamples | { status: 'no-baseline' | 'not-comparable'; reason: string } {
  if (!baseline) return { status: 'no-baseline', reason: `no benchmark named "${current.name}" in the baseline` };
  if (current.status !== 'ok') return { status: 'not-comparable', reason: `it did not finish in this run (${current.status})` };
  if (baseline.status !== 'ok') return { status: 'not-comparable', reason: `it did not finish in the baseline run (${baseline.status})` };
  const currentRuns = usableRuns(current, metric);
  const baselineRuns = usableRuns(baseline, metric);
  if (currentRuns.size === 0) return { status: 'not-comparable', reason: `this run has no ${metric} samples` };
  if (baselineRuns.size === 0) return { status: 'no-baseline', reason: `the baseline has no ${metric} samples for it` };
  const common = [...currentRuns.keys()].filter((size) => baselineRuns.has(size));
  if (common.length === 0) {
    return {
      status: 'not-comparable',
      reason: `no input size in common (this run: ${listSizes(currentRuns)}; baseline: ${listSizes(baselineRuns)})`,
    };
  }
  // undefined (a benchmark without sizes) only ever meets undefined.
  const size = common.reduce((a, b) => ((b ?? -Infinity) > (a ?? -Infinity) ? b : a));
  return {
    ...(size === undefined ? {} : { size }),
    baseline: baselineRuns.get(size)!,
    current: currentRuns.get(size)!,
    biggerIsBetter: metric === 'wallMs' || metric === 'cpuMs' ? biggerIsBetter(current.unit ?? baseline.unit) : false,
  };
}

export interface CompareWithBaselineOptions {
  metric?: Metric;
  comparison?: Partial<ComparisonOptions>;
}

export interface BaselineComparisonResult {
  /** This run's benchmarks, each with `comparison` set, or `comparisonNote` saying why not. */
  benchmarks: BenchmarkResult[];
  outcomes: ComparisonOutcome[];
  /** Baseline benchmarks this run no longer has (renamed or removed). */
  onlyInBaseline: string[];
}

/** Compares each benchmark with the fixed samples at hand (no adaptive sampling). */
export function compareWithBaseline(
  current: readonly BenchmarkResult[],
  baseline: readonly BenchmarkResult[],
  options: CompareWithBaselineOptions = {},
): BaselineComparisonResult {
  const byName = new Map<string, BenchmarkResult>();
  for (const b of baseline) if (!byName.has(b.name)) byName.set(b.name, b);
  const outcomes: ComparisonOutcome[] = [];
  const benchmarks = current.map((bench): BenchmarkResult => {
    const paired = pairSamples(bench, byName.get(bench.name), options.metric);
    if ('status' in paired) {
      outcomes.push({ name: bench.name, ...paired });
      return withoutComparison(bench, paired.reason);
    }
    const comparison = compareSamples(paired.baseline, paired.current, { biggerIsBetter: paired.biggerIsBetter, ...options.comparison });
    outcomes.push({ name: bench.name, status: 'compared', ...(paired.size === undefined ? {} : { size: paired.size }), comparison });
    return attachComparison(bench, comparison, paired.size);
  });
  const names = new Set(current.map((b) => b.name));
  return { benchmarks, outcomes, onlyInBaseline: [...byName.keys()].filter((n) => !names.has(n)) };
}

/** The benchmark with its comparison (and the size compared, an extra key the schema allows). */
export function attachComparison(bench: BenchmarkResult, comparison: SampleComparison, size?: number): BenchmarkResult {
  const { comparisonNote: _dropped, ...rest } = bench as BenchmarkResult & { comparisonNote?: string };
  return { ...rest, comparison: size === undefined ? comparison : { ...comparison, size } as SampleComparison };
}

function withoutComparison(bench: BenchmarkResult, reason: string): BenchmarkResult {
  const { comparison: _dropped, ...rest } = bench;
  return { ...rest, comparisonNote: `not compared: ${reason}` } as BenchmarkResult;
}

function usableRuns(bench: BenchmarkResult, metric: Metric): Map<number | undefined, number[]> {
  const runs = new Map<number | undefined, number[]>();
  for (const run of bench.runs ?? []) {
    const values = run.samples
      .filter((s: ProcessSample) => s.exitCode === 0 || s.exitCode === undefined)
      .map((s) => (metric === 'cpuMs' ? (typeof s.userMs === 'number' && typeof s.systemMs === 'number' ? s.userMs + s.systemMs : undefined) : s[metric]))
      .filter((v): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0);
    if (values.length > 0 && !runs.has(run.size)) runs.set(run.size, values);
  }
  return runs;
}

function listSizes(runs: Map<number | undefined, number[]>): string {
  return [...runs.keys()].map((s) => (s === undefined ? 'no size' : String(s))).join(', ');
}
