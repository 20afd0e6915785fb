import * as os from 'node:os';
import type { Logger } from '../../lib/action/logger';
import { ASSAY_VERSION } from '../../lib/version';
import { loadBaseline, type BaselineSource } from './compare/baseline-source';
import { attachComparison, pairSamples, type Metric } from './compare/match-baseline';
import type { PerformanceDocument } from './compare/performance-document';
import { sampleUntilDecided } from './compare/sequential';
import { SIZE_PLACEHOLDER, type CommandBenchmarkSpec } from './config/benchmark-spec';
import { loadBenchmarkConfig } from './config/load-config';
import { measureHarnessOverhead } from './harness/harness-overhead';
import { measureProcess } from './harness/measure-process';
import { runCommandBenchmarks, type CommandBenchmarkResult } from './harness/run-command-benchmark';
import { stats } from './harness/stats';
import type { HistoryStore } from './history/history-store';
import { recordRun } from './history/record-run';
import { ingestResults, parseIngestEntries } from './ingest/ingest-results';
import { parseLoadTests } from './load/spec';
import { runLoadTest } from './load/run-load-test';
import type { BenchmarkResult, ProcessSample } from './model';

export interface RunBenchmarksOptions {
  configFile: string;
  outputDir: string;
  /** Baseline sources, tried in order; the first that has one is used. */
  baselines: BaselineSource[];
  minEffect: number;
  history?: { store: HistoryStore; persist: boolean; maxHistory: number; identity: { commit: string; ref: string; id?: string } };
  commit?: { sha?: string; ref?: string };
  env: Record<string, string | undefined>;
  log: Logger;
  signal?: AbortSignal;
  now?: () => Date;
}

export interface RunBenchmarksResult {
  document: PerformanceDocument;
  baselineOrigin?: string;
  notes: string[];
}

/**
 * Everything perf-bench does, without GitHub: read the benchmark file, run the command
 * benchmarks, the load and stress tests, ingest other tools' results, compare with a baseline
 * (taking more samples where the first ones cannot decide), record the history and draw the
 * trend charts. One benchmark failing never takes the others' results with it.
 */
export async function runBenchmarks(o: RunBenchmarksOptions): Promise<RunBenchmarksResult> {
  const { log } = o;
  const notes: string[] = [];
  const config = loadBenchmarkConfig(o.configFile, { log });
  const loadSpecs = config.document.load === undefined ? [] : parseLoadTests(config.document.load, o.configFile);
  const ingestEntries = config.document.ingest === undefined ? [] : parseIngestEntries(config.document.ingest, o.configFile);

  const overhead = config.commands.length > 0 ? await measureHarnessOverhead({ env: o.env, signal: o.signal }) : undefined;
  const commands = await log.group('Command benchmarks', () => runCommandBenchmarks(config.commands, { log, env: o.env, signal: o.signal }));
  const loads: BenchmarkResult[] = [];
  for (const spec of loadSpecs) loads.push(await log.group(`Load test ${spec.name}`, () => runLoadTest(spec, { log, env: o.env as NodeJS.ProcessEnv, root: config.dir, signal: o.signal })));
  const ingested = ingestEntries.flatMap((entry) => ingestResults(entry, config.dir, { log, configFile: o.configFile }));
  let benchmarks: BenchmarkResult[] = [...commands, ...loads, ...ingested];

  let baselineOrigin: string | undefined;
  for (const source of o.baselines) {
    const loaded = await loadBaseline(source, log);
    if (!loaded.found) {
      notes.push(`no baseline: ${loaded.reason}`);
      continue;
    }
    baselineOrigin = loaded.origin;
    benchmarks = await compareAll(benchmarks, loaded.document.benchmarks, config.commands, o);
    break;
  }

  if (o.history) {
    const recorded = await recordRun({ store: o.history.store, results: benchmarks, identity: o.history.identity, maxHistory: o.history.maxHistory, outputDir: o.outputDir, persist: o.history.persist, log });
    benchmarks = recorded.benchmarks;
  }

  const document: PerformanceDocument = {
    schemaVersion: 1,
    generatedAt: (o.now ?? (() => new Date()))().toISOString(),
    producer: { name: 'assay', version: ASSAY_VERSION },
    ...(o.commit ? { commit: o.commit } : {}),
    environment: { os: `${os.type()} ${os.release()}`, cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.availableParallelism(), memoryBytes: os.totalmem(), node: process.version },
    ...(overhead ? { harnessOverheadMs: overhead.overheadMs } : {}),
    benchmarks,
  };
  return { document, ...(baselineOrigin ? { baselineOrigin } : {}), notes };
}

/**
 * Compares each benchmark with the baseline's. A command benchmark is measured again at the
 * compared size while the statistics cannot decide (10 samples a side at first, at most 30):
 * the baseline is fixed, so only this run's side grows.
 */
async function compareAll(current: BenchmarkResult[], baseline: BenchmarkResult[], specs: readonly CommandBenchmarkSpec[], o: RunBenchmarksOptions): Promise<BenchmarkResult[]> {
  const byName = new Map(baseline.map((b) => [b.name, b]));
  const out: BenchmarkResult[] = [];
  for (const bench of current) {
    const metric = comparisonMetric(bench);
    const paired = pairSamples(bench, byName.get(bench.name), metric);
    if ('status' in paired) {
      out.push({ ...bench, comparisonNote: `not compared: ${paired.reason}` } as BenchmarkResult);
      continue;
    }
    const spec = bench.kind === 'command' ? specs.find((s) => s.name === bench.name) : undefined;
    const run = bench.runs?.find((r) => r.size === paired.size);
    const take = async (more: { current: number }) => {
      if (!spec || !run) return {};
      const added: ProcessSample[] = [];
      for (let i = 0; i < more.current; i++) {
        const sample = await measureOnce(spec, paired.size, o);
        if (!sample) break;
        added.push(sample);
      }
      run.samples.push(...added);
      run.wall = stats(run.samples.map((s) => s.wallMs));
      return { current: added.map((s) => (metric === 'cpuMs' ? s.userMs + s.systemMs : s.wallMs)) };
    };
    const decided = await sampleUntilDecided({ baseline: paired.baseline, current: paired.current }, take, { minEffect: o.minEffect, biggerIsBetter: paired.biggerIsBetter });
    o.log.info(`${bench.name}: ${decided.comparison.verdict} (×${decided.comparison.ratio.toFixed(3)} ${metric === 'cpuMs' ? 'CPU time' : 'wall time'}, ${decided.current.length} samples against ${decided.baseline.length})`);
    out.push(attachComparison(bench, { ...decided.comparison, method: `${decided.comparison.method}; on ${metric === 'cpuMs' ? 'CPU time (user + system)' : 'wall time'}` }, paired.size));
  }
  return out;
}

/**
 * What to compare: for a program that computes (it keeps a core busy most of the time), its CPU
 * time, which does not grow when a noisy neighbour takes the core; for one that waits (sleeps,
 * I/O, a server), its wall time. The same rule picks the time the complexity fit uses.
 */
function comparisonMetric(bench: BenchmarkResult): Metric {
  const fitted = (bench.complexity?.time as { metric?: string } | undefined)?.metric;
  if (fitted === 'cpu') return 'cpuMs';
  if (fitted === 'wall') return 'wallMs';
  if (bench.kind !== 'command') return 'wallMs';
  const cpu = (bench.runs ?? []).flatMap((r) => r.samples.map((s) => s.cpuPercent)).filter((v) => typeof v === 'number');
  const sorted = [...cpu].sort((a, b) => a - b);
  return sorted.length > 0 && sorted[Math.floor(sorted.length / 2)]! >= 50 ? 'cpuMs' : 'wallMs';
}

/** One more measured run of a command benchmark at a size; undefined when it did not succeed. */
async function measureOnce(spec: CommandBenchmarkSpec, size: number | undefined, o: RunBenchmarksOptions): Promise<ProcessSample | undefined> {
  const argv = size === undefined ? spec.argv : spec.argv.map((a) => a.split(SIZE_PLACEHOLDER).join(String(size)));
  const env = { ...o.env, ...spec.env, ...(spec.sizeEnv && size !== undefined ? { [spec.sizeEnv]: String(size) } : {}) };
  const run = await measureProcess(argv, { cwd: spec.cwd, env, timeoutMs: spec.timeoutMs, ...(o.signal ? { signal: o.signal } : {}) });
  if (run.timedOut || run.exitCode !== 0) return undefined;
  const { stdout: _o, stderr: _e, timedOut: _t, ...sample } = run;
  return sample;
}

export type { CommandBenchmarkResult };
