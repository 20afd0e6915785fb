import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { createConsoleLogger } from '../lib/action/logger';
import { CommandNotFoundError } from '../lib/process/run-process';
import { schemaViolations } from '../lib/schema/validate';
import type { CommandBenchmarkSpec } from '../actions/perf-bench/config/benchmark-spec';
import { loadBenchmarkConfig } from '../actions/perf-bench/config/load-config';
import { measureHarnessOverhead } from '../actions/perf-bench/harness/harness-overhead';
import { measureProcess, MeasurementUnavailableError } from '../actions/perf-bench/harness/measure-process';
import { runCommandBenchmark, runCommandBenchmarks } from '../actions/perf-bench/harness/run-command-benchmark';
import { stats } from '../actions/perf-bench/harness/stats';

const programs = path.resolve('test/fixtures/perf/programs');
const env = process.env;
const MiB = 1024 * 1024;
const quiet = createConsoleLogger({ write: () => {} });

function spec(name: string, argv: string[], extra: Partial<CommandBenchmarkSpec> = {}): CommandBenchmarkSpec {
  return { name, argv, warmup: 0, repetitions: 1, timeoutMs: 60_000, timeMetric: 'auto', cwd: programs, env: {}, source: 'test', ...extra };
}

test('stats: median, mean, sample standard deviation, min, max, cv', () => {
  const s = stats([4, 1, 3, 2, 10]);
  assert.equal(s.median, 3);
  assert.equal(s.mean, 4);
  assert.equal(s.min, 1);
  assert.equal(s.max, 10);
  assert.ok(Math.abs(s.stddev - Math.sqrt(12.5)) < 1e-12);
  assert.ok(Math.abs(s.cv - Math.sqrt(12.5) / 4) < 1e-12);
  assert.equal(stats([1, 2, 3, 4]).median, 2.5);
  assert.deepEqual(stats([7]), { median: 7, mean: 7, stddev: 0, min: 7, max: 7, cv: 0 });
  assert.throws(() => stats([]), RangeError);
});

test('a run is measured as a whole process: exit code, signal, argv without a shell, the exact environment, cwd', async () => {
  const script = 'console.log(JSON.stringify({ arg: process.argv[1], mode: process.env.MODE, leaked: process.env.PYENV_VERSION ?? null, cwd: process.cwd() })); process.exit(4)';
  const run = await measureProcess(['node', '-e', script, '$(touch /tmp/assay-x); `id`'], { env: { PATH: env.PATH, MODE: 'exact' }, cwd: os.tmpdir() });
  assert.equal(run.exitCode, 4);
  assert.equal(run.signal, undefined);
  assert.equal(run.timedOut, false);
  assert.deepEqual(JSON.parse(run.stdout), { arg: '$(touch /tmp/assay-x); `id`', mode: 'exact', leaked: null, cwd: fs.realpathSync(os.tmpdir()) });
  assert.ok(run.wallMs > 5 && run.userMs > 0 && run.peakRssBytes > 10 * MiB, JSON.stringify(run));
  const killed = await measureProcess(['node', '-e', 'process.kill(process.pid, "SIGSEGV")'], { env });
  assert.equal(killed.exitCode, null);
  assert.equal(killed.signal, 'SIGSEGV');
});

test('peak memory: a program holding N MiB reads as its baseline + N MiB, within ±15 MiB', async () => {
  const baseline = await measureProcess(['node', `${programs}/allocate.mjs`, '0'], { env });
  for (const mb of [100, 300]) {
    const run = await measureProcess(['node', `${programs}/allocate.mjs`, String(mb)], { env });
    const extra = (run.peakRssBytes - baseline.peakRssBytes) / MiB;
    assert.ok(Math.abs(extra - mb) <= 15, `${mb} MiB allocated, peak RSS ${(run.peakRssBytes / MiB).toFixed(1)} MiB = baseline ${(baseline.peakRssBytes / MiB).toFixed(1)} + ${extra.toFixed(1)}`);
  }
});

/** The share of one CPU this process gets right now (other jobs on the machine lower it). */
function availableCpuShare(ms = 300): number {
  const start = process.cpuUsage();
  const t0 = performance.now();
  let x = 0;
  while (performance.now() - t0 < ms) x = (x + 1) | 0;
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / (performance.now() - t0);
}

test('CPU utilisation: a computing program near 100%, a sleeping one near 0% with wall ≈ the sleep', async (t) => {
  const cpu = await runCommandBenchmark(spec('cpu', ['node', 'cpu-bound.mjs', '400'], { repetitions: 3 }), { log: quiet, env });
  const share = availableCpuShare();
  const best = Math.max(...cpu.runs[0]!.samples.map((s) => s.cpuPercent));
  const run = cpu.runs[0]!.samples[0]!;
  // The kernel's CPU time matches what the program counted for itself (plus Node's start-up).
  assert.ok(run.userMs + run.systemMs >= 400 && run.userMs + run.systemMs < 400 + 250, `CPU time ${run.userMs + run.systemMs} ms`);
  if (share >= 0.9) assert.ok(best >= 85, `best CPU ${best}% on an idle machine`);
  else {
    t.diagnostic(`machine busy (this process gets ${(share * 100).toFixed(0)}% of a CPU): best CPU utilisation ${best}%`);
    assert.ok(best >= Math.min(85, share * 100 * 0.5), `best CPU ${best}% with ${(share * 100).toFixed(0)}% available`);
  }

  const sleep = await runCommandBenchmark(spec('sleep', ['bash', 'sleep-bound.sh', '500'], { repetitions: 3 }), { log: quiet, env });
  for (const s of sleep.runs[0]!.samples) {
    assert.ok(s.cpuPercent < 5, `sleeping: CPU ${s.cpuPercent}%`);
    assert.ok(s.wallMs >= 500 && s.wallMs < 800, `sleeping 0.5 s: wall ${s.wallMs} ms`);
  }
  assert.ok(best > 10 * Math.max(...sleep.runs[0]!.samples.map((s) => s.cpuPercent)));
});

test('a timeout stops the whole process group and says so', async () => {
  const started = performance.now();
  const run = await measureProcess(['node', `${programs}/hang.mjs`], { env, timeoutMs: 800, killGraceMs: 500 });
  assert.equal(run.timedOut, true);
  assert.equal(run.signal, 'SIGTERM');
  assert.ok(run.wallMs >= 800 && performance.now() - started < 5000, `wall ${run.wallMs}`);
  // No grandchild survives: its stdout/stderr pipes would otherwise have kept the helper's output open.
  const stubborn = await measureProcess(['node', '-e', 'process.on("SIGTERM", () => {}); setInterval(() => {}, 1000)'], { env, timeoutMs: 500, killGraceMs: 300 });
  assert.equal(stubborn.timedOut, true);
  assert.equal(stubborn.signal, 'SIGKILL');
});

test('an abort stops the run at once and rejects', async () => {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 300);
  const started = performance.now();
  await assert.rejects(measureProcess(['sleep', '20'], { env, signal: controller.signal }), (e: unknown) => (e as Error).name === 'AbortError');
  assert.ok(performance.now() - started < 5000);
});

test('a missing program, a missing python3 and Windows are clear errors', async () => {
  await assert.rejects(measureProcess(['assay-no-such-program'], { env }), (e: unknown) => e instanceof CommandNotFoundError && /"assay-no-such-program" was not found/.test(e.message));
  await assert.rejects(measureProcess(['true'], { env, python: 'assay-no-python3' }), (e: unknown) =>
    e instanceof MeasurementUnavailableError && /"assay-no-python3" was not found on PATH/.test(e.message) && /os\.wait4/.test(e.message) && /setup-python/.test(e.message),
  );
  await assert.rejects(measureProcess(['true'], { env, platform: 'win32' }), (e: unknown) => e instanceof MeasurementUnavailableError && /Linux or macOS runner/.test(e.message));
});

test('the sizes take turns, warm-up rounds first and discarded; repetitions are kept as samples with their statistics', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-perf-warm-'));
  const log = path.join(dir, 'runs.log');
  const result = await runCommandBenchmark(
    spec('count', ['node', '-e', `require("fs").appendFileSync(${JSON.stringify(log)}, process.argv[1] + "\\n")`, '{n}'], { sizes: [10, 20], warmup: 2, repetitions: 3 }),
    { log: quiet, env },
  );
  assert.equal(result.status, 'ok');
  assert.deepEqual(fs.readFileSync(log, 'utf8').trim().split('\n'), ['10', '20', '10', '20', '10', '20', '10', '20', '10', '20']);
  assert.deepEqual(result.runs.map((r) => [r.size, r.samples.length]), [[10, 3], [20, 3]]);
  const r = result.runs[0]!;
  assert.equal(r.wall.median, stats(r.samples.map((s) => s.wallMs)).median);
  assert.ok(r.peakRss.median > 0 && r.cpuPercent.median > 0);
});

test('a crash and a hang fail only their own benchmark, with a clear error; the others are intact', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-perf-bench-'));
  const file = path.join(dir, 'assay-bench.yml');
  fs.writeFileSync(
    file,
    `defaults:
  cwd: ${programs}
  warmup: 1
  repetitions: 2
benchmarks:
  - name: before
    command: [node, linear.mjs, "{n}"]
    sizes: [100, 200]
  - name: crash
    script: crash.mjs
  - name: hang
    command: [node, hang.mjs]
    timeout: 1
  - name: env-size
    script: size-from-env.py
    size-env: BENCH_SIZE
    sizes: [1000, 2000]
  - name: after
    command: [bash, sleep-bound.sh, "50"]
`,
  );
  const config = loadBenchmarkConfig(file);
  const lines: string[] = [];
  const results = await runCommandBenchmarks(config.commands, { log: createConsoleLogger({ write: (l) => lines.push(l) }), env, killGraceMs: 500 });
  const by = Object.fromEntries(results.map((r) => [r.name, r]));

  assert.equal(by.crash!.status, 'failed');
  assert.match(by.crash!.error!, /benchmark "crash" exited with code 3 \(warm-up run 1 of 1, after [\d.]+ s\); its stderr ends with:\n\s+crash\.mjs: could not open the input data set/);
  assert.equal(by.hang!.status, 'timed-out');
  assert.match(by.hang!.error!, /benchmark "hang" timed out after 1 s \(warm-up run 1 of 1\): its process group was stopped with SIGTERM\. If a run legitimately takes longer, raise "timeout"/);
  assert.deepEqual(by.hang!.runs, []);

  for (const name of ['before', 'env-size', 'after']) {
    assert.equal(by[name]!.status, 'ok', `${name}: ${by[name]!.error}`);
    assert.ok(by[name]!.runs.every((r) => r.samples.length === 2 && r.samples.every((s) => s.exitCode === 0)));
  }
  assert.deepEqual(by['env-size']!.runs.map((r) => r.size), [1000, 2000]);
  assert.ok(lines.some((l) => l.includes('error: benchmark "crash" exited with code 3')), lines.join('\n'));

  // What performance.json will hold of them is valid against its schema.
  const doc = { schemaVersion: 1, generatedAt: new Date().toISOString(), harnessOverheadMs: 1, benchmarks: results };
  assert.deepEqual(schemaViolations('performance', doc), []);
});

test('the harness measures its own overhead', async () => {
  const overhead = await measureHarnessOverhead({ env, runs: 10 });
  assert.ok(overhead.overheadMs > 0 && overhead.overheadMs < 50, `no-op wall ${overhead.overheadMs} ms`);
  assert.ok(overhead.perRunCostMs >= 0 && overhead.perRunCostMs < 1000, `per-run cost ${overhead.perRunCostMs} ms`);
  assert.ok(overhead.rssFloorBytes > 0 && overhead.rssFloorBytes < 64 * MiB, `RSS floor ${overhead.rssFloorBytes}`);
  assert.equal(overhead.runs, 10);
});
