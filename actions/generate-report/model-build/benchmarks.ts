import type { ReportModel } from '../model';
import type { BenchmarkData } from '../sources/documents';

type Benchmark = NonNullable<ReportModel['performance']>['benchmarks'][number];

/**
 * One line per benchmark: its median at the largest size measured (wall time of command
 * benchmarks; p50 latency of load and stress tests), the fitted time complexity, and the
 * baseline verdict with its ratio and confidence interval.
 */
export function benchmarkRows(benchmarks: readonly BenchmarkData[], charts: ReadonlyMap<string, string>): Benchmark[] {
  return benchmarks.map((b) => {
    const row: Benchmark = { name: b.name, status: b.status };
    if (b.error) row.error = b.error;
    const latency = (b.load?.summary as { latencyMs?: { p50?: number } } | undefined)?.latencyMs?.p50;
    const largest = [...(b.runs ?? [])].sort((x, y) => (y.size ?? 0) - (x.size ?? 0))[0];
    if (latency !== undefined) {
      row.median = latency;
      row.unit = 'ms';
    } else if (largest) {
      const median = largest.wall?.median ?? medianOf(largest.samples.map((s) => s.wallMs));
      if (median !== undefined) {
        row.median = Math.round(median * 1000) / 1000;
        row.unit = b.unit ?? 'ms';
      }
      if (largest.size !== undefined) row.size = largest.size;
    }
    if (b.complexity?.time?.class) row.complexity = b.complexity.time.class;
    if (b.comparison) {
      row.verdict = b.comparison.verdict;
      if (b.comparison.ratio !== undefined) row.ratio = b.comparison.ratio;
      const ci = b.comparison.confidenceInterval;
      if (ci?.length === 2) row.interval = [ci[0]!, ci[1]!];
    }
    const chart = charts.get(b.name);
    if (chart) row.trendChartSvg = chart;
    return row;
  });
}

function medianOf(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
