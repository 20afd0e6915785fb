import type { BenchmarkResult, ProcessSample, Stats } from '../model';
import type { ParsedBenchmark } from './parsed-benchmark';
import { summarize } from './summary-stats';

export const INGEST_FORMATS = [
  'custom-bigger-is-better',
  'custom-smaller-is-better',
  'pytest-benchmark',
  'go-bench',
  'criterion',
  'hyperfine',
  'benchmarkjs',
  'tinybench',
] as const;
export type IngestFormat = (typeof INGEST_FORMATS)[number];

/** What an ingested benchmark carries besides the common fields, under `ingest`. */
export interface IngestInfo {
  format: IngestFormat;
  /** The file(s) it came from, relative to the root, with forward slashes. */
  files: string[];
  /** Which way is better; the comparison must know, since ops/sec and ms go opposite ways. */
  biggerIsBetter: boolean;
  /**
   * "raw": runs[0].samples are the tool's own measurements (rounds, repetitions, lines) and
   * runs[0].wall their statistics. "summary": the tool kept no measurements; the one sample is
   * its headline value and `summary` holds its statistics. Absent when the benchmark failed.
   */
  samples?: 'raw' | 'summary';
  /** The tool's headline value, in `unit` (absent when the benchmark failed). */
  value?: number;
  /** The tool's unit when it was converted (time units become ms). */
  originalUnit?: string;
  /** The tool's own statistics, in `unit`. */
  summary?: Record<string, number>;
  info?: Record<string, unknown>;
}

/**
 * An ingested benchmark. For kind "ingested", runs[0].samples[].wallMs holds each value in the
 * result's `unit`: milliseconds for every time unit (converted), otherwise the tool's unit
 * (ops/sec, B/op, …) with `ingest.biggerIsBetter` saying which way is better.
 */
export interface IngestedBenchmarkResult extends BenchmarkResult {
  kind: 'ingested';
  unit: string;
  ingest: IngestInfo;
}

/** Milliseconds per unit, for the time units the tools use ("ns/op" and "ns/iter" are times per operation). */
const MS_PER: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, sec: 1000, secs: 1000, second: 1000, seconds: 1000 };

/** The factor to milliseconds, or undefined when `unit` is not a time. */
export function millisecondsPer(unit: string): number | undefined {
  const u = unit.trim().toLowerCase().replace(/\/(op|iter|iteration)$/, '');
  return MS_PER[u];
}

export function toIngestedResult(p: ParsedBenchmark, format: IngestFormat, files: string[], prefix = ''): IngestedBenchmarkResult {
  const factor = millisecondsPer(p.unit);
  const convert = (v: number) => (factor === undefined ? v : tidy(v * factor));
  const unit = factor === undefined ? p.unit : 'ms';
  const raw = p.samples !== undefined && p.samples.length > 0;
  const values = raw ? p.samples!.map(convert) : [convert(p.value)];
  const summary = p.summary ? Object.fromEntries(Object.entries(p.summary).map(([k, v]) => [k, convert(v)])) : undefined;
  const common = {
    format,
    files,
    biggerIsBetter: p.biggerIsBetter,
    ...(factor !== undefined && p.unit !== 'ms' ? { originalUnit: p.unit } : {}),
    ...(p.info && Object.keys(p.info).length > 0 ? { info: p.info } : {}),
  };
  if (p.error) return { name: prefix + p.name, kind: 'ingested', unit, status: 'failed', error: p.error, ingest: common };
  const ingest: IngestInfo = {
    ...common,
    samples: raw ? 'raw' : 'summary',
    value: convert(p.value),
    ...(summary && Object.keys(summary).length > 0 ? { summary } : {}),
  };
  return {
    name: prefix + p.name,
    kind: 'ingested',
    unit,
    status: 'ok',
    // The model's ProcessSample has process fields (CPU, RSS, exit code) an ingested value does
    // not have; the schema requires only wallMs, so only wallMs is written.
    runs: [{ samples: values.map((v) => ({ wallMs: v }) as ProcessSample), ...(raw ? { wall: tidyStats(summarize(values)) } : {}) }],
    ingest,
  };
}

/** Twelve significant digits: 151.4 ns is 0.0001514 ms, not 0.00015139999999999998. */
function tidy(v: number): number {
  return Number(v.toPrecision(12));
}

function tidyStats(s: Stats): Stats {
  return { median: tidy(s.median), mean: tidy(s.mean), stddev: tidy(s.stddev), min: tidy(s.min), max: tidy(s.max), cv: tidy(s.cv) };
}
