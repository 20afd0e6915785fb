import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { createConsoleLogger } from '../lib/action/logger';
import { ConfigurationError, SchemaValidationError } from '../lib/errors';
import { schemaViolations } from '../lib/schema/validate';
import { findFiles } from '../actions/perf-bench/ingest/find-files';
import { ingestResults, parseIngestEntries, type IngestedBenchmarkResult, type IngestEntry } from '../actions/perf-bench/ingest/ingest-results';
import { millisecondsPer } from '../actions/perf-bench/ingest/ingested-result';

/** Real output of each tool (test/fixtures/perf/ingest/README.md says how each was made). */
const ROOT = path.resolve(import.meta.dirname, 'fixtures/perf/ingest');

function ingest(format: IngestEntry['format'], files: string | string[], extra: Partial<IngestEntry> = {}): IngestedBenchmarkResult[] {
  const results = ingestResults({ format, files, ...extra }, ROOT);
  // Whatever comes out goes into performance.json as it is.
  assert.deepEqual(schemaViolations('performance', { schemaVersion: 1, generatedAt: new Date().toISOString(), benchmarks: results }), []);
  for (const r of results) assert.equal(r.kind, 'ingested');
  return results;
}

function byName(results: IngestedBenchmarkResult[], name: string): IngestedBenchmarkResult {
  const r = results.find((x) => x.name === name);
  assert.ok(r, `no result named "${name}" among ${results.map((x) => x.name).join(', ')}`);
  return r;
}

const values = (r: IngestedBenchmarkResult) => r.runs![0]!.samples.map((s) => s.wallMs);
const close = (a: number, b: number, rel = 1e-9) => Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b));

test("github-action-benchmark custom JSON: both directions, units as given, repeated names as samples, range and extra kept", () => {
  const bigger = ingest('custom-bigger-is-better', 'custom/custom-bigger.json');
  const source = JSON.parse(fs.readFileSync(path.join(ROOT, 'custom/custom-bigger.json'), 'utf8')) as { name: string; value: number }[];
  assert.deepEqual(bigger.map((r) => r.name), source.map((s) => s.name));
  const stringify = bigger[0]!;
  assert.equal(stringify.unit, 'ops/s');
  assert.equal(stringify.ingest.biggerIsBetter, true);
  assert.equal(stringify.ingest.samples, 'summary');
  assert.deepEqual(values(stringify), [source[0]!.value]);
  assert.match(String(stringify.ingest.info!.extra), /measured for 100 ms/);
  assert.equal(bigger[1]!.ingest.info!.range, '±5%');

  const smaller = ingest('custom-smaller-is-better', 'custom/custom-smaller.json');
  const trips = byName(smaller, '200 JSON round trips');
  assert.equal(trips.ingest.biggerIsBetter, false);
  assert.equal(trips.unit, 'ms');
  assert.equal(trips.ingest.samples, 'raw');
  assert.equal(values(trips).length, 3, 'three entries of one name are three samples');
  assert.equal(trips.runs![0]!.wall!.median, trips.ingest.value);
  assert.equal(byName(smaller, 'heap used after the runs').unit, 'MB');
});

test('pytest-benchmark JSON: the per-round data as samples in ms, the full test name, and a saved run without data as a summary', () => {
  const source = JSON.parse(fs.readFileSync(path.join(ROOT, 'pytest/pytest-benchmark.json'), 'utf8')) as {
    benchmarks: { fullname: string; stats: { median: number; rounds: number; data: number[] } }[];
  };
  const results = ingest('pytest-benchmark', 'pytest/pytest-benchmark.json');
  assert.deepEqual(results.map((r) => r.name), ['test_bench.py::test_fib', 'test_bench.py::test_sorted', 'test_bench.py::test_sleep']);
  for (const [i, r] of results.entries()) {
    const stats = source.benchmarks[i]!.stats;
    assert.equal(r.unit, 'ms');
    assert.equal(r.ingest.originalUnit, 's');
    assert.equal(r.ingest.samples, 'raw');
    assert.equal(values(r).length, stats.rounds);
    assert.ok(close(values(r)[0]!, stats.data[0]! * 1000, 1e-9));
    assert.ok(close(r.ingest.value!, stats.median * 1000, 1e-9));
    assert.equal(r.ingest.info!.rounds, stats.rounds);
  }
  // time.sleep(0.001) takes at least a millisecond.
  assert.ok(byName(results, 'test_bench.py::test_sleep').runs![0]!.wall!.min >= 1);

  const saved = ingest('pytest-benchmark', 'pytest/saved/*.json');
  const fib = byName(saved, 'test_bench.py::test_fib');
  assert.equal(fib.ingest.samples, 'summary');
  assert.equal(values(fib).length, 1);
  assert.equal(fib.runs![0]!.wall, undefined, 'no statistics are made up from one value');
  assert.deepEqual(Object.keys(fib.ingest.summary!).sort(), ['hd15iqr', 'iqr', 'ld15iqr', 'max', 'mean', 'median', 'min', 'q1', 'q3', 'stddev']);
  assert.equal(fib.ingest.info!.rounds, 12);
});

test('go test -bench text: -count lines as samples, sub-benchmarks, B/op and allocs/op and MB/s as their own benchmarks', () => {
  const results = ingest('go-bench', 'go/go-bench.txt');
  const sum = byName(results, 'BenchmarkSum');
  assert.equal(sum.unit, 'ms');
  assert.equal(sum.ingest.originalUnit, 'ns/op');
  assert.deepEqual(values(sum), [0.0001514, 0.0001456, 0.0001726]);
  assert.equal(sum.ingest.value, 0.0001514, 'the median line');
  assert.deepEqual(sum.ingest.info!.iterations, [20000, 20000, 20000]);
  assert.equal(sum.ingest.info!.procs, 2);
  assert.equal(sum.ingest.info!.package, 'example.com/assaybench');
  assert.deepEqual(values(byName(results, 'BenchmarkSortCopy/size=1000')), [0.041016, 0.040945, 0.040742]);
  const bytes = byName(results, 'BenchmarkSortCopy/size=100 - B/op');
  assert.equal(bytes.unit, 'B/op');
  assert.deepEqual(values(bytes), [920, 920, 920]);
  assert.deepEqual(values(byName(results, 'BenchmarkSortCopy/size=100 - allocs/op')), [2, 2, 2]);
  const mbs = byName(results, 'BenchmarkThroughput - MB/s');
  assert.equal(mbs.ingest.biggerIsBetter, true);
  assert.deepEqual(values(mbs), [52988.19, 60242.76, 60271.61]);
  assert.equal(byName(results, 'BenchmarkThroughput').ingest.biggerIsBetter, false);
  assert.equal(results.length, 13);
});

test('go test -bench -json: the same results from the event stream (lines split across events)', () => {
  const results = ingest('go-bench', 'go/go-bench.json');
  assert.deepEqual(results.map((r) => r.name), ['BenchmarkSum', 'BenchmarkSum - B/op', 'BenchmarkSum - allocs/op']);
  assert.deepEqual(values(results[0]!), [0.0001826, 0.0001613]);
});

test('go test -bench over two packages: names carry the package, and a failed benchmark is a failed result with its message', () => {
  const results = ingest('go-bench', 'go/go-bench-multi.txt');
  assert.ok(byName(results, 'BenchmarkSum (example.com/assaybench)'));
  assert.deepEqual(values(byName(results, 'BenchmarkConcat (example.com/assaybench/sub) - allocs/op')), [9, 9]);
  const broken = byName(results, 'BenchmarkBroken (example.com/assaybench/sub)');
  assert.equal(broken.status, 'failed');
  assert.equal(broken.error, 'the Go benchmark failed: fail_test.go:17: fixture: this benchmark always fails');
  assert.equal(broken.runs, undefined);
});

test("Criterion: benchmark.json's id as the name, sample.json's per-iteration times as samples, the slope (or mean) as headline; change/ files skipped", () => {
  const warnings: string[] = [];
  const results = ingestResults({ format: 'criterion', files: 'criterion/target/criterion/**/estimates.json' }, ROOT, {
    log: createConsoleLogger({ write: (l) => warnings.push(l) }),
  });
  assert.deepEqual(results.map((r) => r.name).sort(), ['fib 15', 'sum/1000']);
  assert.ok(warnings.some((w) => /sum\/1000\/change\/estimates\.json: skipped: it is a change\/estimates\.json/.test(w)), warnings.join('\n'));

  const dir = path.join(ROOT, 'criterion/target/criterion/sum/1000/new');
  const est = JSON.parse(fs.readFileSync(path.join(dir, 'estimates.json'), 'utf8'));
  const sample = JSON.parse(fs.readFileSync(path.join(dir, 'sample.json'), 'utf8')) as { iters: number[]; times: number[] };
  const sum = byName(results, 'sum/1000');
  assert.equal(sum.unit, 'ms');
  assert.equal(sum.ingest.originalUnit, 'ns');
  assert.equal(sum.ingest.info!.estimate, 'slope');
  assert.equal(sum.ingest.info!.samplingMode, 'Linear');
  assert.deepEqual(sum.ingest.info!.throughput, { Elements: 1000 });
  assert.ok(close(sum.ingest.value!, est.slope.point_estimate / 1e6, 1e-9));
  assert.ok(close(sum.ingest.summary!.slope_lower_bound!, est.slope.confidence_interval.lower_bound / 1e6, 1e-9));
  assert.equal(values(sum).length, 20);
  assert.ok(close(values(sum)[3]!, sample.times[3]! / sample.iters[3]! / 1e6, 1e-9));

  const fib = byName(results, 'fib 15');
  assert.equal(fib.ingest.info!.estimate, 'mean', 'flat sampling has no slope');
  assert.equal(values(fib).length, 12);
});

test('Criterion without benchmark.json or sample.json: the name from the folder, the estimates as a summary', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-criterion-'));
  const dir = path.join(tmp, 'target/criterion/parse/small input/new');
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'criterion/target/criterion/sum/1000/new/estimates.json'), path.join(dir, 'estimates.json'));
  const [r] = ingestResults({ format: 'criterion', files: 'target/criterion/**/new/estimates.json' }, tmp);
  assert.equal(r!.name, 'parse/small input');
  assert.equal(r!.ingest.samples, 'summary');
  assert.deepEqual(Object.keys(r!.ingest.summary!).sort(), ['mean', 'median', 'median_abs_dev', 'slope', 'slope_lower_bound', 'slope_upper_bound', 'std_dev']);
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('hyperfine --export-json: every run time as a sample in ms, parameters kept; the same command in two files is merged', () => {
  const source = JSON.parse(fs.readFileSync(path.join(ROOT, 'hyperfine/hyperfine.json'), 'utf8')) as { results: { command: string; times: number[]; median: number }[] };
  const results = ingest('hyperfine', 'hyperfine/hyperfine.json');
  assert.deepEqual(results.map((r) => r.name), ['sleep 0.01', 'sleep 0.02']);
  const first = results[0]!;
  assert.deepEqual(values(first), source.results[0]!.times.map((t) => Number((t * 1000).toPrecision(12))));
  assert.ok(close(first.ingest.value!, source.results[0]!.median * 1000));
  assert.ok(first.runs![0]!.wall!.min >= 10, 'sleep 0.01 takes at least 10 ms');
  assert.equal(first.ingest.summary!.user! > 0, true);

  const params = ingest('hyperfine', 'hyperfine/hyperfine-params.json');
  assert.deepEqual(params[1]!.ingest.info!.parameters, { n: '2' });

  const both = ingest('hyperfine', ['hyperfine/hyperfine.json', 'hyperfine/hyperfine-params.json']);
  assert.equal(values(byName(both, 'sleep 0.01')).length, 15);
  assert.deepEqual(byName(both, 'sleep 0.01').ingest.files, ['hyperfine/hyperfine-params.json', 'hyperfine/hyperfine.json']);
});

test('benchmark.js lines: ops/sec as a bigger-is-better summary with the margin and runs sampled', () => {
  const results = ingest('benchmarkjs', 'benchmarkjs/benchmarkjs.txt');
  assert.deepEqual(results.map((r) => r.name), ['sort 1000 numbers', 'sum 1000 numbers', 'RegExp#test']);
  const regexp = results[2]!;
  assert.equal(regexp.unit, 'ops/sec');
  assert.equal(regexp.ingest.biggerIsBetter, true);
  assert.equal(regexp.ingest.value, 63653647);
  assert.equal(regexp.ingest.samples, 'summary');
  assert.deepEqual(regexp.ingest.info, { rmePercent: 8.94, runsSampled: 76 });
});

test('tinybench 6: the printed table and its JSON give the same results; the results JSON gives the raw latency samples', () => {
  const printed = ingest('tinybench', 'tinybench/v6/tinybench-table.txt');
  const json = ingest('tinybench', 'tinybench/v6/tinybench-table.json');
  assert.deepEqual(
    printed.map((r) => ({ ...r, ingest: { ...r.ingest, files: [] } })),
    json.map((r) => ({ ...r, ingest: { ...r.ingest, files: [] } })),
  );
  const sort = byName(printed, 'sort 1000 numbers');
  assert.equal(sort.unit, 'ms');
  assert.equal(sort.ingest.originalUnit, 'ns');
  assert.equal(sort.ingest.value, 0.094334, "the median column, '94334 ± 2284.5' ns");
  assert.equal(sort.ingest.summary!.mean, 0.224458);
  assert.deepEqual(sort.ingest.info, { samplesCount: 40, throughputOpsPerSecond: 10191, margin: '±115.72%' });

  const raw = ingest('tinybench', 'tinybench/v6/tinybench-results.json');
  const sortRaw = byName(raw, 'sort 1000 numbers');
  assert.equal(sortRaw.ingest.samples, 'raw');
  assert.equal(values(sortRaw).length, 40);
  assert.equal(sortRaw.ingest.value, 0.094334, 'the same median as the table printed');
});

test('tinybench: a task that threw is a failed result with its message; tinybench 2 output is read too', () => {
  const errored = ingest('tinybench', 'tinybench/v6/tinybench-errored-table.txt');
  assert.equal(byName(errored, 'parse int').status, 'ok');
  const broken = byName(errored, 'broken task');
  assert.equal(broken.status, 'failed');
  assert.equal(broken.error, 'the tinybench task threw: fixture: this task always throws');

  const v2table = ingest('tinybench', 'tinybench/v2/tinybench2-table.txt');
  const sort = byName(v2table, 'sort 1000 numbers');
  assert.equal(sort.ingest.value, 0.100966725, 'v2 has only the mean: 100966.7249999989 ns, to 12 digits');
  assert.equal(sort.ingest.info!.throughputOpsPerSecond, 9904);
  const v2raw = ingest('tinybench', 'tinybench/v2/tinybench2-results.json');
  assert.equal(values(byName(v2raw, 'sum 1000 numbers')).length, 40);
});

test('mistakes are ConfigurationErrors naming the file and what was expected; a prefix keeps names apart', () => {
  assert.throws(
    () => ingestResults({ format: 'hyperfine', files: 'hyperfine/nothing-*.json' }, ROOT, { configFile: 'bench.yml' }),
    (e: unknown) => e instanceof ConfigurationError && /no file matches "hyperfine\/nothing-\*\.json" under .* \(from bench\.yml\); check the path/.test(e.message),
  );
  assert.throws(
    () => ingestResults({ format: 'pytest-benchmark', files: 'hyperfine/hyperfine.json' }, ROOT),
    (e: unknown) => e instanceof ConfigurationError && /^hyperfine\/hyperfine\.json \(ingest format pytest-benchmark\) has no "benchmarks" list; expected pytest-benchmark JSON/.test(e.message),
  );
  assert.throws(() => ingestResults({ format: 'go-bench', files: 'benchmarkjs/benchmarkjs.txt' }, ROOT), /has no benchmark result line; expected `go test -bench` output/);
  assert.throws(() => ingestResults({ format: 'custom-smaller-is-better', files: 'go/go-bench.json' }, ROOT), /is not JSON .*; expected github-action-benchmark's custom JSON/);
  assert.throws(() => ingestResults({ format: 'tinybench', files: 'go/go-bench.txt' }, ROOT), /is neither JSON nor a console.table box/);
  // Two summaries of one benchmark cannot be combined.
  assert.throws(
    () => ingestResults({ format: 'pytest-benchmark', files: ['pytest/pytest-benchmark.json', 'pytest/saved/*.json'] }, ROOT),
    /"test_bench.py::test_fib" is in both pytest\/pytest-benchmark.json and pytest\/saved\/0001_summary.json without raw samples/,
  );
  const prefixed = ingest('benchmarkjs', 'benchmarkjs/benchmarkjs.txt', { prefix: 'js: ' });
  assert.equal(prefixed[0]!.name, 'js: sort 1000 numbers');
});

test('the ingest list is validated against its schema fragment', () => {
  const entries = parseIngestEntries([{ format: 'go-bench', files: 'bench.txt' }, { format: 'criterion', files: ['a/**/new/estimates.json'], prefix: 'rust/' }], 'bench.yml');
  assert.equal(entries.length, 2);
  assert.throws(
    () => parseIngestEntries([{ format: 'jmh', files: 'x.json' }], 'bench.yml'),
    (e: unknown) => e instanceof SchemaValidationError && /at \/ingest\/0\/format: must be equal to one of the allowed values \(allowed: custom-bigger-is-better, .*tinybench\)/.test(e.message),
  );
  assert.throws(() => parseIngestEntries([{ format: 'go-bench' }], 'bench.yml'), /at \/ingest\/0: must have required property 'files'/);
});

test('globs: **, *, ?, [..] and {a,b}, literal paths, absolute paths, nothing outside the walk', () => {
  const rel = (files: string[]) => files.map((f) => path.relative(ROOT, f).split(path.sep).join('/'));
  assert.deepEqual(rel(findFiles('hyperfine/*.json', ROOT)), ['hyperfine/hyperfine-params.json', 'hyperfine/hyperfine.json']);
  assert.deepEqual(rel(findFiles('**/custom-{bigger,smaller}.json', ROOT)), ['custom/custom-bigger.json', 'custom/custom-smaller.json']);
  assert.deepEqual(rel(findFiles('tinybench/v?/tinybench-*table.txt', ROOT)), ['tinybench/v6/tinybench-errored-table.txt', 'tinybench/v6/tinybench-table.txt']);
  assert.deepEqual(rel(findFiles('tinybench/v[2]/*.txt', ROOT)), ['tinybench/v2/tinybench2-table.txt']);
  assert.deepEqual(rel(findFiles('criterion/**/new/estimates.json', ROOT)), [
    'criterion/target/criterion/fib 15/new/estimates.json',
    'criterion/target/criterion/sum/1000/new/estimates.json',
  ]);
  assert.deepEqual(rel(findFiles('./go/go-bench.txt', ROOT)), ['go/go-bench.txt']);
  assert.deepEqual(findFiles(path.join(ROOT, 'go', '*.json'), '/nowhere'), [path.join(ROOT, 'go/go-bench.json')]);
  assert.deepEqual(findFiles('no-such-dir/**/*.json', ROOT), []);
  assert.deepEqual(findFiles('go', ROOT), [], 'a folder is not a file');
});

test('time units become milliseconds; other units stay as they are', () => {
  assert.equal(millisecondsPer('ns/op'), 1e-6);
  assert.equal(millisecondsPer('µs'), 1e-3);
  assert.equal(millisecondsPer('s'), 1000);
  assert.equal(millisecondsPer('ms'), 1);
  assert.equal(millisecondsPer('B/op'), undefined);
  assert.equal(millisecondsPer('ops/sec'), undefined);
});
