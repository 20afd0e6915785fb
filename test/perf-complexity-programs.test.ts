/**
 * Real programs with a known complexity, measured by the harness and fitted: the classes must
 * come out right. CPU time is what the fit uses for programs that compute (complexity/time-metric.ts),
 * so a busy machine slows these tests down but does not change their answer.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { createConsoleLogger } from '../lib/action/logger';
import type { CommandBenchmarkSpec } from '../actions/perf-bench/config/benchmark-spec';
import { runCommandBenchmark } from '../actions/perf-bench/harness/run-command-benchmark';

const programs = path.resolve('test/fixtures/perf/programs');
const quiet = createConsoleLogger({ write: () => {} });

function spec(name: string, script: string, sizes: number[], extra: Partial<CommandBenchmarkSpec> = {}): CommandBenchmarkSpec {
  return { name, argv: ['node', script, '{n}'], sizes, warmup: 1, repetitions: 5, timeoutMs: 60_000, timeMetric: 'auto', cwd: programs, env: {}, source: 'test', ...extra };
}

async function fitted(s: CommandBenchmarkSpec) {
  const result = await runCommandBenchmark(s, { log: quiet, env: process.env });
  assert.equal(result.status, 'ok', result.error);
  const c = result.complexity!;
  const medians = result.runs.map((r) => `${r.size}: cpu ${(r.userMs.median + r.systemMs.median).toFixed(0)} wall ${r.wall.median.toFixed(0)}`).join(', ');
  return { result, c, why: `${JSON.stringify({ time: { ...c.time, candidates: undefined }, memory: c.memory.class })} [${medians}]` };
}

/**
 * The sizes make the algorithm's work dominate Node's start-up (about 60 ms of CPU time) at every
 * size: the smallest run does 70–100 ms of work and the sizes span 32× (n log n against n then
 * differ by 4–5% in the fit's relative residuals, against 1–2% when start-up dominated the small
 * sizes), or 4× for the quadratic (16× in work). A start-up cost that shifts while the sizes run
 * one after another (another job starting on the machine) then moves each point by a few per cent
 * at most, where it used to be a large part of the small sizes' times and bent the curve by a
 * class. Three repetitions per size (medians) and no warm-up keep each benchmark to 10–20 s of CPU.
 */
const fast = { warmup: 0, repetitions: 3 };

function assertClass(c: { time: { class: string; rSquared: number; metric: string } }, expected: string, why: string): void {
  assert.equal(c.time.class, expected, why);
  assert.equal(c.time.metric, 'cpu', why);
  assert.ok(c.time.rSquared > 0.99, why);
}

test('a linear algorithm is O(n)', async () => {
  const { c, why } = await fitted(spec('linear', 'linear.mjs', [2560, 5120, 10240, 20480, 40960, 81920], fast));
  assertClass(c, 'O(n)', why);
  assert.match(c.time.criterion, /BIC/);
});

test('an n log n algorithm (merge sort) is O(n log n)', async () => {
  const { c, why } = await fitted(spec('nlogn', 'nlogn.mjs', [1024, 2048, 4096, 8192, 16384, 32768], fast));
  assertClass(c, 'O(n log n)', why);
});

test('a quadratic algorithm is O(n^2)', async () => {
  const { c, why } = await fitted(spec('quadratic', 'quadratic.mjs', [12000, 17000, 24000, 34000, 48000], fast));
  assertClass(c, 'O(n^2)', why);
});

test('memory that grows with n is O(n) in peak RSS; a sleep that grows with n is fitted on wall time', async () => {
  const memory = await fitted(spec('allocate', 'allocate.mjs', [16, 32, 64, 128, 256], { warmup: 0, repetitions: 3 }));
  assert.equal(memory.c.memory.class, 'O(n)', memory.why);
  const slope = memory.c.memory.coefficients!.b / (1024 * 1024);
  assert.ok(Math.abs(slope - 1) < 0.1, `${slope.toFixed(3)} MiB of peak RSS per MiB allocated`);

  // sleep-bound.sh sleeps n ms: the time grows linearly, the CPU time does not.
  const sleeping = await fitted({
    ...spec('sleep', 'sleep-bound.sh', [50, 100, 200, 400, 800], { warmup: 0, repetitions: 3 }),
    argv: ['bash', 'sleep-bound.sh', '{n}'],
  });
  assert.equal(sleeping.c.time.metric, 'wall', sleeping.why);
  assert.equal(sleeping.c.time.class, 'O(n)', sleeping.why);
});
