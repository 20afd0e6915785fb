import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { medianConfidenceInterval } from '../compare/order-statistics';
import { writeFileAtomically } from '../history/file-history';
import type { HistoryDocument } from '../history/history-document';
import type { BenchmarkResult } from '../model';
import { renderTrendChart, type TrendPoint, type TrendSeries } from './trend-chart';

export const CHARTS_FOLDER = 'charts';

export type ChartMetric = 'wall' | 'peakRss';

/**
 * A benchmark's trend from the history: one point per recorded run that has it, at one input
 * size (the largest size of its newest entry, the size comparisons use). The band is the 95%
 * confidence interval of the median from order statistics (no random numbers, so charts are
 * reproducible), or the range for runs with fewer than 6 samples.
 */
export function trendSeries(history: HistoryDocument, benchmark: string, metric: ChartMetric = 'wall'): TrendSeries | undefined {
  const withIt = history.entries
    .map((entry) => ({ entry, bench: entry.benchmarks.find((b) => b.name === benchmark) }))
    .filter((e): e is { entry: (typeof e)['entry']; bench: NonNullable<(typeof e)['bench']> } => e.bench !== undefined);
  if (withIt.length === 0) return undefined;
  const newest = withIt[withIt.length - 1]!.bench;
  const sizes = newest.runs.map((r) => r.size);
  const size = sizes.every((s) => s === undefined) ? undefined : Math.max(...sizes.filter((s): s is number => s !== undefined));
  let ranges = 0;
  const points: TrendPoint[] = [];
  for (const { entry, bench } of withIt) {
    const run = bench.runs.find((r) => r.size === size);
    if (!run) continue;
    const values = metric === 'wall' ? run.wallMs : run.peakRssBytes;
    const middle = metric === 'wall' ? run.wallMedianMs : run.peakRssMedianBytes;
    if (!values || values.length === 0 || middle === undefined) continue;
    const ci = medianConfidenceInterval(values, 0.95);
    if (!ci.exact) ranges++;
    points.push({ commit: entry.commit, date: entry.date, value: middle, low: Math.min(ci.low, middle), high: Math.max(ci.high, middle) });
  }
  const band = ranges === 0 ? '95% confidence interval of the median' : ranges === points.length ? 'range of the samples' : '95% confidence interval of the median (range where fewer than 6 samples)';
  return {
    benchmark,
    metric: metric === 'wall' ? 'median wall time' : 'median peak memory',
    unit: metric === 'wall' ? 'ms' : 'bytes',
    ...(size === undefined ? {} : { size }),
    band,
    points,
  };
}

/** A file name safe on every file system, readable, and unique per benchmark name. */
export function chartFileName(benchmark: string, metric: ChartMetric = 'wall'): string {
  const slug = benchmark
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60)
    .toLowerCase();
  const hash = createHash('sha256').update(`${metric}\0${benchmark}`).digest('hex').slice(0, 8);
  return `${slug || 'benchmark'}-${metric === 'wall' ? '' : 'memory-'}${hash}.svg`;
}

export interface WriteTrendChartsOptions {
  outputDir: string;
  /** Benchmarks to chart; by default every benchmark in the history. */
  benchmarks?: readonly string[];
  metric?: ChartMetric;
}

/** Writes one chart per benchmark under `<outputDir>/charts/`; returns name → path relative to outputDir. */
export async function writeTrendCharts(history: HistoryDocument, options: WriteTrendChartsOptions): Promise<Map<string, string>> {
  const names = options.benchmarks ?? [...new Set(history.entries.flatMap((e) => e.benchmarks.map((b) => b.name)))];
  const written = new Map<string, string>();
  for (const name of names) {
    const series = trendSeries(history, name, options.metric);
    if (!series || series.points.length === 0) continue;
    const relative = `${CHARTS_FOLDER}/${chartFileName(name, options.metric)}`;
    await writeFileAtomically(path.join(options.outputDir, ...relative.split('/')), renderTrendChart(series));
    written.set(name, relative);
  }
  return written;
}

/** This run's benchmarks with `trendChart` set where a chart was written. */
export function attachTrendCharts(benchmarks: readonly BenchmarkResult[], charts: ReadonlyMap<string, string>): BenchmarkResult[] {
  return benchmarks.map((b) => (charts.has(b.name) ? { ...b, trendChart: charts.get(b.name)! } : b));
}
