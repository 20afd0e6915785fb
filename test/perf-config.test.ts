import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { ConfigurationError } from '../lib/errors';
import { createConsoleLogger } from '../lib/action/logger';
import { schemaViolations } from '../lib/schema/validate';
import { BenchmarkConfigError } from '../actions/perf-bench/config/config-problems';
import { loadBenchmarkConfig } from '../actions/perf-bench/config/load-config';

const programs = path.resolve('test/fixtures/perf/programs');

/** Writes a benchmark file into a fresh folder and returns its path. */
function benchFile(yaml: string, name = 'assay-bench.yml'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-perf-config-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, yaml);
  return file;
}

function configError(yaml: string): BenchmarkConfigError {
  const file = benchFile(yaml);
  try {
    loadBenchmarkConfig(file);
  } catch (err) {
    assert.ok(err instanceof BenchmarkConfigError, String(err));
    assert.ok(err instanceof ConfigurationError);
    assert.ok(err.message.includes(file), `names the file: ${err.message}`);
    return err;
  }
  assert.fail(`expected ${yaml} to be refused`);
}

test('the sample benchmark file loads with defaults applied and paths resolved', () => {
  const config = loadBenchmarkConfig('sample/assay-bench.yml');
  assert.equal(config.commands.length, 2);
  const [sort] = config.commands;
  assert.deepEqual(sort!.argv, ['node', 'bench/sort.mjs', '{n}']);
  assert.deepEqual(sort!.sizes, [100000, 200000, 400000, 800000, 1600000]);
  assert.equal(sort!.warmup, 1);
  assert.equal(sort!.repetitions, 5);
  assert.equal(sort!.timeoutMs, 300_000);
  assert.equal(sort!.timeMetric, 'auto');
  assert.equal(sort!.cwd, path.resolve('sample'));
  assert.match(sort!.source, /sample\/assay-bench\.yml:4 benchmarks\[0\]/);
});

test('defaults, env, size-env, scripts run by shebang or extension', () => {
  fs.mkdirSync(path.join(os.tmpdir(), 'assay-perf-config-x'), { recursive: true });
  const file = benchFile(`
defaults:
  repetitions: 3
  timeout: 20
  env: { MODE: fast, LEVEL: 2 }
benchmarks:
  - name: by-extension
    script: ${programs}/linear.mjs
    args: ["{n}", 7]
    sizes: [10, 20]
  - name: by-shebang
    script: ${programs}/size-from-env.py
    size-env: BENCH_SIZE
    sizes: [100]
    env: { LEVEL: 3, DEBUG: true }
    warmup: 0
    time-metric: wall
  - name: shell
    script: ${programs}/sleep-bound.sh
    args: ["100"]
`);
  const { commands } = loadBenchmarkConfig(file);
  assert.deepEqual(commands[0]!.argv, ['node', `${programs}/linear.mjs`, '{n}', '7']);
  assert.equal(commands[0]!.repetitions, 3);
  assert.equal(commands[0]!.timeoutMs, 20_000);
  assert.deepEqual(commands[1]!.argv, ['/usr/bin/env', 'python3', `${programs}/size-from-env.py`]);
  assert.deepEqual(commands[1]!.env, { MODE: 'fast', LEVEL: '3', DEBUG: 'true' });
  assert.equal(commands[1]!.sizeEnv, 'BENCH_SIZE');
  assert.equal(commands[1]!.warmup, 0);
  assert.equal(commands[1]!.timeMetric, 'wall');
  assert.deepEqual(commands[2]!.argv, ['bash', `${programs}/sleep-bound.sh`, '100']);
});

test('an unknown key names the file, line, benchmark and field, and suggests the right one', () => {
  const err = configError(`benchmarks:
  - name: sort
    command: [node, sort.mjs, "{n}"]
    sizes: [1000, 2000]
    repetitons: 5
`);
  assert.equal(err.problems.length, 1);
  assert.match(err.message, /assay-bench\.yml:5: benchmark "sort" \(benchmarks\[0\]\), field "repetitons": is not a key of a command benchmark; did you mean "repetitions"\?/);
});

test('a wrong type says what was given and what to write', () => {
  const err = configError(`benchmarks:
  - name: sort
    command: node sort.mjs
    timeout: 5m
    repetitions: 0
`);
  const text = err.message;
  assert.match(text, /has 3 problems/);
  assert.match(text, /:3: benchmark "sort" \(benchmarks\[0\]\), field "command": must be a list \(got "node sort\.mjs"\); write the program and its arguments as a list \(no shell\), e\.g\. command: \[node, bench\/sort\.mjs, "\{n\}"\]/);
  assert.match(text, /:4: .*field "timeout": must be a number \(got "5m"\); write the limit per run in seconds, e\.g\. timeout: 300/);
  assert.match(text, /:5: .*field "repetitions": must be >= 1 \(got 0\)/);
});

test('duplicate names are refused, across command benchmarks and load tests', () => {
  const err = configError(`benchmarks:
  - name: sort
    command: [node, a.mjs]
  - name: sort
    command: [node, b.mjs]
load:
  - name: sort
`);
  assert.equal(err.problems.length, 2);
  assert.match(err.message, /:4: benchmark "sort" \(benchmarks\[1\]\), field "name": "sort" is already the name of benchmarks\[0\]; give each benchmark a unique name/);
  assert.match(err.message, /:7: benchmark "sort" \(load\[0\]\), field "name"/);
});

test('a missing command, a missing name, and both command and script', () => {
  const err = configError(`benchmarks:
  - name: sort
    sizes: [1, 2]
  - command: [node, x.mjs]
  - name: both
    command: [node, x.mjs]
    script: x.mjs
`);
  assert.match(err.message, /:2: benchmark "sort" \(benchmarks\[0\]\), field "command": is missing: write the program and its arguments as a list .* or write the path of a script/);
  assert.match(err.message, /:4: benchmark benchmarks\[1\], field "name": is missing; write a short unique name/);
  assert.match(err.message, /benchmark "both" \(benchmarks\[2\]\), field "command": both "command" and "script" are given; keep one/);
});

test('sizes the program never sees, {n} without sizes, a missing script or folder', () => {
  const err = configError(`benchmarks:
  - name: no-placeholder
    command: [node, x.mjs]
    sizes: [1, 2]
  - name: no-sizes
    command: [node, x.mjs, "{n}"]
  - name: gone
    script: nowhere/bench.mjs
  - name: unknown-interpreter
    script: ${programs}/../programs/README-not-there.txt
  - name: bad-cwd
    command: [node]
    cwd: does/not/exist
`);
  assert.match(err.message, /"no-placeholder".*field "sizes": are given but the program never sees them: put "\{n\}" in the command/);
  assert.match(err.message, /"no-sizes".*field "command": uses \{n\} but no sizes are given/);
  assert.match(err.message, /"gone".*field "script": nowhere\/bench\.mjs was not found/);
  assert.match(err.message, /"bad-cwd".*field "cwd": the folder does\/not\/exist .* does not exist/);
});

test('a script without shebang or known extension is refused with what to do', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-perf-config-'));
  fs.writeFileSync(path.join(dir, 'bench.rb'), 'puts 1\n');
  fs.writeFileSync(path.join(dir, 'b.yml'), 'benchmarks:\n  - name: ruby\n    script: bench.rb\n');
  assert.throws(() => loadBenchmarkConfig(path.join(dir, 'b.yml')), /field "script": cannot tell how to run bench\.rb: it has no "#!" line .* add a shebang line or use command: \[interpreter, bench\.rb\]/);
});

test('defaults are checked too, and broken YAML names its line', () => {
  const err = configError(`defaults:
  timeuot: 30
  sizes: [100, 100]
benchmarks:
  - name: x
    command: [node]
`);
  assert.match(err.message, /:2: field "defaults\.timeuot": is not a default a benchmark can inherit; did you mean "timeout"\?/);
  assert.match(err.message, /:3: field "defaults\.sizes": lists the same value twice/);
  const yaml = configError('benchmarks:\n  - name: x\n    command: [node\n');
  assert.match(yaml.message, /assay-bench\.yml:\d+: is not valid YAML/);
});

test('a missing file and an empty file are configuration errors that say what to pass', () => {
  assert.throws(() => loadBenchmarkConfig('/nonexistent/assay-bench.yml'), (e: unknown) => e instanceof ConfigurationError && /was not found; pass the benchmark file/.test(e.message));
  assert.throws(() => loadBenchmarkConfig(benchFile('')), /must be a map with a "benchmarks:" list/);
  assert.throws(() => loadBenchmarkConfig(benchFile('defaults: { repetitions: 3 }\n')), /has nothing to run/);
});

test('other kinds and top-level keys are left to their parts; unknown top-level keys are warned about', () => {
  const lines: string[] = [];
  const file = benchFile(`benchmarks:
  - name: sort
    command: [node, x.mjs]
  - name: api
    kind: load
    anything: goes
load:
  - name: web
    start: { command: [node, server.mjs] }
ingest: [{ format: hyperfine, file: out.json }]
benchmark: []
`);
  const config = loadBenchmarkConfig(file, { log: createConsoleLogger({ write: (l) => lines.push(l) }) });
  assert.deepEqual(config.commands.map((c) => c.name), ['sort']);
  assert.ok(Array.isArray(config.document.load));
  assert.equal(lines.length, 1);
  assert.match(lines[0]!, /:11: the top-level key "benchmark" is not read by perf-bench \(did you mean "benchmarks"\?\)/);
});

test('the schema itself: strict per command benchmark, open at the top level', () => {
  assert.deepEqual(schemaViolations('benchmark-config', { benchmarks: [{ name: 'a', command: ['x'] }], load: [{ whatever: 1 }], future: true }), []);
  const bad = schemaViolations('benchmark-config', { benchmarks: [{ name: 'a', command: ['x'], shell: true }] });
  assert.ok(bad.some((v) => v.path === '/benchmarks/0' && v.rule.startsWith('additionalProperties')));
});

test('defaults.sizes go only to benchmarks that take a size', () => {
  const { commands } = loadBenchmarkConfig(
    benchFile(`defaults:
  sizes: [10, 20, 40, 80]
benchmarks:
  - name: sized
    command: [node, x.mjs, "{n}"]
  - name: by-env
    command: [node, x.mjs]
    size-env: N
  - name: once
    command: [node, startup.mjs]
`),
  );
  assert.deepEqual(commands.map((c) => c.sizes), [[10, 20, 40, 80], [10, 20, 40, 80], undefined]);
});
