import type { Logger } from '../../../lib/action/logger';
import { ProcessError } from '../../../lib/errors';
import { fitComplexity, type ComplexityFitDetail, type FitComplexityOptions } from '../complexity/fit-complexity';
import { chooseTimeMetric, type TimeMetric } from '../complexity/time-metric';
import { SIZE_PLACEHOLDER, type CommandBenchmarkSpec } from '../config/benchmark-spec';
import type { BenchmarkResult, ProcessSample, Stats } from '../model';
import { measureProcess, type MeasuredRun } from './measure-process';
import { stats } from './stats';

export interface RunCommandOptions {
  log: Logger;
  /** The base environment of every run (main.ts passes process.env); the benchmark's env is added to it. */
  env: Record<string, string | undefined>;
  signal?: AbortSignal;
  /** Python for the measuring helper; default python3. */
  python?: string;
  /** Between SIGTERM and SIGKILL when a run times out. Default 2000 ms. */
  killGraceMs?: number;
  fit?: FitComplexityOptions;
}

/** The measured runs of one size: the kept samples and their summaries. */
export interface CommandRun {
  size?: number;
  samples: ProcessSample[];
  wall: Stats;
  peakRss: Stats;
  userMs: Stats;
  systemMs: Stats;
  cpuPercent: Stats;
}

export interface CommandBenchmarkResult extends BenchmarkResult {
  kind: 'command';
  unit: 'ms';
  command: string[];
  warmup: number;
  repetitions: number;
  runs: CommandRun[];
  complexity?: {
    /** The fit of the time chosen by `time-metric` (see complexity/time-metric.ts). */
    time: ComplexityFitDetail & { metric: TimeMetric; metricReason: string };
    memory: ComplexityFitDetail;
    /** Both fits, whichever was chosen, so a reader can compare them. */
    cpuTime: ComplexityFitDetail;
    wallTime: ComplexityFitDetail;
  };
}

/**
 * Runs one command benchmark, each run measured as a whole process. The sizes (or the one run
 * without sizes) take turns: round 1 runs every size once, then round 2, and so on, the warm-up
 * rounds first and discarded. In turns, a machine that slows down or speeds up for a while (a
 * neighbour's job, a CPU's clock) touches one repetition of every size rather than all the
 * repetitions of the sizes that happened to run then, so the medians per size — and the curve
 * fitted through them — keep their shape. The first run that fails (non-zero exit, signal,
 * timeout, program missing) ends this benchmark with status "failed" or "timed-out" and an error
 * that says which run and why; the runs measured before it are kept. With two or more sizes and
 * no failure, time (median per size) and peak memory are fitted against the complexity classes.
 * Only an abort or a machine without the measuring helper throws.
 */
export async function runCommandBenchmark(spec: CommandBenchmarkSpec, options: RunCommandOptions): Promise<CommandBenchmarkResult> {
  const { log } = options;
  const killGraceMs = options.killGraceMs ?? 2000;
  const result: CommandBenchmarkResult = {
    name: spec.name,
    kind: 'command',
    unit: 'ms',
    status: 'ok',
    command: spec.argv,
    warmup: spec.warmup,
    repetitions: spec.repetitions,
    runs: [],
  };
  const plans = (spec.sizes ?? [undefined]).map((size) => ({
    size,
    argv: size === undefined ? spec.argv : spec.argv.map((a) => a.split(SIZE_PLACEHOLDER).join(String(size))),
    env: { ...options.env, ...spec.env, ...(spec.sizeEnv && size !== undefined ? { [spec.sizeEnv]: String(size) } : {}) },
    samples: [] as ProcessSample[],
  }));
  const keepAll = () => {
    for (const plan of plans) keep(result, plan.size, plan.samples);
  };

  const total = spec.warmup + spec.repetitions;
  for (let i = 0; i < total; i++) {
    const warm = i < spec.warmup;
    const which = warm ? `warm-up run ${i + 1} of ${spec.warmup}` : `repetition ${i - spec.warmup + 1} of ${spec.repetitions}`;
    for (const { size, argv, env, samples } of plans) {
      const at = `${size !== undefined ? `size ${size}, ` : ''}${which}`;
      let run: MeasuredRun;
      try {
        run = await measureProcess(argv, { cwd: spec.cwd, env, timeoutMs: spec.timeoutMs, killGraceMs, signal: options.signal, python: options.python });
      } catch (err) {
        // A missing program or working directory ends this benchmark; an abort or a missing
        // measuring helper (MeasurementUnavailableError) concerns every benchmark and is thrown.
        if (err instanceof ProcessError) {
          fail(result, 'failed', `benchmark "${spec.name}" could not run (${at}): ${err.message}; see its definition at ${spec.source}.`);
          keepAll();
          log.error(result.error!);
          return result;
        }
        throw err;
      }
      if (run.timedOut) {
        const how = run.signal === 'SIGKILL' ? `it ignored SIGTERM and was killed with SIGKILL after ${killGraceMs / 1000} s more` : `its process group was stopped with ${run.signal ?? 'SIGTERM'}`;
        fail(
          result,
          'timed-out',
          `benchmark "${spec.name}" timed out after ${spec.timeoutMs / 1000} s (${at}): ${how}. If a run legitimately takes longer, raise "timeout" (seconds per run) in ${spec.source}.`,
        );
      } else if (run.exitCode !== 0) {
        const how = run.signal ? `was killed by ${run.signal}` : `exited with code ${run.exitCode}`;
        fail(result, 'failed', `benchmark "${spec.name}" ${how} (${at}, after ${(run.wallMs / 1000).toFixed(2)} s)${tail(run.stderr)}`);
      }
      if (result.status !== 'ok') {
        keepAll();
        log.error(result.error!);
        return result;
      }
      if (!warm) samples.push(sampleOf(run));
    }
  }
  keepAll();
  for (const kept of result.runs) {
    log.info(
      `${spec.name}${kept.size !== undefined ? ` n=${kept.size}` : ''}: wall ${kept.wall.median.toFixed(1)} ms median (cv ${(kept.wall.cv * 100).toFixed(1)}%), ` +
        `CPU ${kept.cpuPercent.median.toFixed(0)}%, peak RSS ${(kept.peakRss.median / 2 ** 20).toFixed(1)} MB`,
    );
  }

  if (spec.sizes && spec.sizes.length >= 2) {
    const points = (y: (s: ProcessSample) => number) => result.runs.flatMap((r) => r.samples.map((s) => ({ n: r.size!, y: y(s) })));
    const cpuTime = fitComplexity(points((s) => s.userMs + s.systemMs), options.fit);
    const wallTime = fitComplexity(points((s) => s.wallMs), options.fit);
    const memory = fitComplexity(points((s) => s.peakRssBytes), options.fit);
    const choice = chooseTimeMetric(
      spec.timeMetric,
      result.runs.map((r) => ({ cpuMs: r.userMs.median + r.systemMs.median, wallMs: r.wall.median })),
    );
    const time = { ...(choice.metric === 'cpu' ? cpuTime : wallTime), metric: choice.metric, metricReason: choice.reason };
    result.complexity = { time, memory, cpuTime: withoutCandidates(cpuTime), wallTime: withoutCandidates(wallTime) };
    log.info(`${spec.name}: time ${describeFit(time)} [${choice.reason}]; peak memory ${describeFit(memory)}`);
  }
  return result;
}

/** Runs the benchmarks one after another (in parallel they would disturb each other's numbers). */
export async function runCommandBenchmarks(specs: readonly CommandBenchmarkSpec[], options: RunCommandOptions): Promise<CommandBenchmarkResult[]> {
  const results: CommandBenchmarkResult[] = [];
  for (const spec of specs) {
    options.signal?.throwIfAborted();
    results.push(await options.log.group(`benchmark ${spec.name}`, () => runCommandBenchmark(spec, options)));
  }
  return results;
}

export function describeFit(fit: ComplexityFitDetail): string {
  if (fit.class === 'inconclusive') return `inconclusive (${fit.reason})`;
  return `${fit.class} (R² ${fit.rSquared.toFixed(3)}, confidence ${fit.confidence.toFixed(2)})`;
}

function withoutCandidates(fit: ComplexityFitDetail): ComplexityFitDetail {
  return { ...fit, candidates: [] };
}

function sampleOf(run: MeasuredRun): ProcessSample {
  return {
    wallMs: run.wallMs,
    userMs: run.userMs,
    systemMs: run.systemMs,
    cpuPercent: run.cpuPercent,
    peakRssBytes: run.peakRssBytes,
    exitCode: run.exitCode,
    ...(run.signal ? { signal: run.signal } : {}),
  };
}

function keep(result: CommandBenchmarkResult, size: number | undefined, samples: ProcessSample[]): CommandRun | undefined {
  if (samples.length === 0) return undefined;
  const run: CommandRun = {
    ...(size !== undefined ? { size } : {}),
    samples,
    wall: stats(samples.map((s) => s.wallMs)),
    peakRss: stats(samples.map((s) => s.peakRssBytes)),
    userMs: stats(samples.map((s) => s.userMs)),
    systemMs: stats(samples.map((s) => s.systemMs)),
    cpuPercent: stats(samples.map((s) => s.cpuPercent)),
  };
  result.runs.push(run);
  return run;
}

function fail(result: CommandBenchmarkResult, status: 'failed' | 'timed-out', error: string): void {
  result.status = status;
  result.error = error;
}

/** The last lines of the program's stderr, which usually say why it failed. */
function tail(stderr: string): string {
  const lines = stderr.trim().split('\n').filter(Boolean).slice(-5);
  if (lines.length === 0) return '; it wrote nothing to stderr.';
  const text = lines.join('\n    ');
  return `; its stderr ends with:\n    ${text.length > 1500 ? `…${text.slice(-1500)}` : text}`;
}
